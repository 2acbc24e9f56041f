import ConveneDisclosureAudit
import ConveneEvaluation
import ConveneReports
import ConveneTemplates
import Foundation

/// Reports rendered the way `convene report` writes them, as the audit reads them.
enum Publish {
  static let template = TemplateBundle.text(of: "report.html.mustache")!

  /// The four files of `report`.
  static func files(_ report: IndicatorReport, name: String, language: String = "en")
    -> PublishedFiles
  {
    let labels = ReportLabels(language: language)
    return PublishedFiles(
      name: name, csv: ReportRenderer.csv(report), json: ReportRenderer.json(report),
      markdown: ReportRenderer.markdown(report, labels: labels),
      html: try! ReportRenderer.html(report, labels: labels, template: template))
  }

  /// A fixture's files (`Fixtures/NAME/indicators.csv` ...), those that exist.
  static func fixture(_ name: String) -> PublishedFiles {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/\(name)")
    func read(_ file: String) -> String? {
      try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
    }
    return PublishedFiles(
      name: name, csv: read("indicators.csv"), json: read("indicators.json"),
      markdown: read("report.md"), html: read("report.html"))
  }
}
