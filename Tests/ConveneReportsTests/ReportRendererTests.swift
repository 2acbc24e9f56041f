import ConveneCSV
import ConveneCore
import ConveneEvaluation
import Foundation
import Testing

@testable import ConveneReports

@Suite struct ReportRendererTests {
  let report = IndicatorReport(events: [Fixture.records()])

  @Test func theCSVIsLongFormWithSmallGroupsHiddenAndFormulasNeutralised() throws {
    let text = ReportRenderer.csv(report)
    let table = try CSVTable(text: text)
    #expect(
      table.header == ["event", "indicator", "disaggregation", "group", "value", "n", "target"])
    let rows = table.rows.map(\.fields)
    #expect(rows.contains(["t-2027", "registered", "total", "all", "12", "12", ""]))
    // 4 young people: hidden; the 8 mayors too, or 12 - 8 would give the 4 away.
    #expect(rows.contains(["t-2027", "registered", "category", "youth", "<5", "<5", ""]))
    #expect(
      rows.contains(["t-2027", "registered", "category", "mayor", "suppressed", "suppressed", ""]))
    #expect(rows.contains(["t-2027", "satisfaction-mean", "total", "all", "4.00", "9", "4.00"]))
    // The region a participant typed as a formula is text, not a formula.
    #expect(text.contains("'=HYPERLINK"))
    #expect(!text.contains(",=HYPERLINK"))
  }

  @Test func theJSONUsesTheCSVFieldNames() {
    let json = ReportRenderer.json(report)
    #expect(json.contains("\"indicator\": \"registered\""))
    #expect(json.contains("\"disaggregation\": \"total\""))
    #expect(json.contains("\"value\": \"<5\""))
    #expect(json.contains("\"suppression_threshold\": 5"))
  }

  @Test func htmlEscapesEveryTextAndDrawsTheChartsInline() throws {
    let html = try ReportRenderer.html(
      report, labels: ReportLabels(language: "en"),
      template: Fixture.template("report.html.mustache"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(html.contains("&lt;script&gt;"))
    for chart in ["chart-participation", "chart-funnel", "chart-satisfaction", "chart-knowledge"] {
      #expect(html.contains("<svg class=\"chart\" id=\"\(chart)\""), "\(chart) is missing")
    }
    // Nothing is fetched: no tag with a src or href, no imported style or font.
    let tags = html.replacingOccurrences(of: #""[^"]*""#, with: "\"\"", options: .regularExpression)
    #expect(tags.range(of: #"<[^>]*\s(src|href)\s*="#, options: .regularExpression) == nil)
    for marker in ["@import", "url("] { #expect(!html.contains(marker), "\(marker) found") }
    #expect(html.contains("@media print"))
    // Commitments are listed (9 wrote one), escaped.
    #expect(html.contains("<li>Do &lt;script&gt;"))
  }

  @Test func markdownEscapesHTMLAndMarkup() {
    let markdown = ReportRenderer.markdown(report, labels: ReportLabels(language: "en"))
    // Every < is escaped, so no Markdown renderer passes a tag through.
    #expect(!markdown.replacingOccurrences(of: "\\<", with: "").contains("<"))
    #expect(markdown.contains("\\<script\\>"))
    #expect(markdown.contains("| Registered | 12 (n=12) |"))
  }
}
