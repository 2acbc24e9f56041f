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
    // 4 young people: hidden; the 8 mayors too, or 12 - 8 would give the 4 away. Both read
    // the same, so that the mark says nothing about which is the small one.
    #expect(
      rows.contains(["t-2027", "registered", "category", "youth", "suppressed", "suppressed", ""]))
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
    #expect(json.contains("\"value\": \"suppressed\""))
    #expect(json.contains("\"suppression_threshold\": 5"))
    #expect(json.contains("\"population\": \"answered:satisfaction\""))
    #expect(json.contains("\"residual_groups\": ["))
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

  /// In an Arabic report, a value is left to right as a whole (`94.4 (n=54)`), but a value
  /// that holds the hidden mark keeps the word right to left, its numbers alone isolated.
  @Test func anArabicHiddenValueKeepsItsWordRightToLeft() {
    let labels = ReportLabels(language: "ar")
    #expect(labels.value("94.4 (n=54)") == "\u{2066}94.4 (n=54)\u{2069}")
    #expect(labels.value("مخفي (n=52)") == "مخفي (n=\u{2066}52\u{2069})")
    #expect(labels.value("مخفي") == "مخفي")
    #expect(ReportLabels(language: "en").value("suppressed (n=52)") == "suppressed (n=52)")
  }

  @Test func markdownEscapesHTMLAndMarkup() {
    let markdown = ReportRenderer.markdown(report, labels: ReportLabels(language: "en"))
    // Every < is escaped, so no Markdown renderer passes a tag through.
    #expect(!markdown.replacingOccurrences(of: "\\<", with: "").contains("<"))
    #expect(markdown.contains("\\<script\\>"))
    #expect(markdown.contains("| Registered | 12 (n=12) |"))
  }

  @Test func percentagesAreRoundedHalfAwayFromZeroAlikeInEveryFormat() throws {
    // 569 of 2000 is 28.45 %: 28.4 when the binary 28.449999... is rounded, 28.5 exactly.
    let value = IndicatorValue(
      event: "t", indicator: "x", disaggregation: "total", group: "all", value: 569.0 * 100 / 2000,
      n: 2000, kind: .percent, population: "p", exact: Fraction(56_900, 2000))
    #expect(PublishedValue(value: value, suppression: nil).valueText == "28.5")
    #expect(PublishedValue.format(28.45, kind: .percent) == "28.5")
    #expect(PublishedValue.format(-0.125, kind: .mean) == "-0.13")
    #expect(PublishedValue.format(4.385, kind: .mean) == "4.39")
    #expect(PublishedValue.format(-0.004, kind: .mean) == "0.00")
    #expect(Fraction(175, 40)?.rounded(places: 2) == "4.38")  // 4.375 → 4.38
    #expect(Fraction(-7, 8)?.rounded(places: 2) == "-0.88")
    #expect(Fraction(1, 3)?.rounded(places: 1) == "0.3")
    // A report whose cells round at a half: every format says the same.
    let people = (1...16).map { index in
      Participant(
        id: "p\(index)", name: "N", email: "p\(index)@example.org", category: "mayor",
        country: "SN", region: "West", gender: "woman", status: .confirmed)
    }
    var plan = Fixture.plan()
    plan.participants = people
    let attended = EventRecords(
      plan: plan, evaluation: Evaluation(indicators: [
        IndicatorDefinition(id: "registered", label: ["en": "Registered"], measure: .registered, disaggregations: []),
        IndicatorDefinition(id: "confirmed", label: ["en": "Confirmed"], measure: .confirmed, disaggregations: []),
        IndicatorDefinition(id: "attended", label: ["en": "Attended"], measure: .attended, disaggregations: []),
        IndicatorDefinition(
          id: "attendance-rate", label: ["en": "Rate"], measure: .attendanceRate, target: 43.8,
          disaggregations: []),
      ]),
      // 7 of 16: 43.75 %, published 43.8, which meets a target of 43.8.
      attendance: people.prefix(7).map { AttendanceRecord(participant: $0.id, session: "s1", status: .present) })
    let report = IndicatorReport(events: [attended])
    #expect(ReportRenderer.csv(report).contains("t-2027,attendance-rate,total,all,43.8,16,43.8"))
    #expect(ReportRenderer.json(report).contains("\"value\": 43.8,"))
    #expect(ReportRenderer.markdown(report, labels: ReportLabels(language: "en")).contains("| 43.8 (n=16) |"))
    let html = try ReportRenderer.html(
      report, labels: ReportLabels(language: "en"), template: Fixture.template("report.html.mustache"))
    #expect(html.contains(">43.8</bdi> <span class=\"n\"><bdi dir=\"ltr\">n=16</bdi></span>"))
    #expect(html.contains("43.8</bdi> <span class=\"met\">(met)</span>"))
  }

  @Test func aRateOverNoOneIsNeitherShownNorMet() throws {
    var plan = Fixture.plan()
    for index in plan.participants.indices { plan.participants[index].status = .registered }
    let records = EventRecords(
      plan: plan, evaluation: Evaluation(indicators: [
        IndicatorDefinition(
          id: "attendance-rate", label: ["en": "Rate"], measure: .attendanceRate, target: 80,
          disaggregations: [])
      ]),
      attendance: plan.participants.map {
        AttendanceRecord(participant: $0.id, session: "s1", status: .present)
      })
    let report = IndicatorReport(events: [records])
    let html = try ReportRenderer.html(
      report, labels: ReportLabels(language: "en"), template: Fixture.template("report.html.mustache"))
    #expect(!html.contains("(met)"))
    #expect(!html.contains("100.0"))
    #expect(ReportRenderer.csv(report).contains("t-2027,attendance-rate,total,all,,0,80.0"))
  }
}
