import ArgumentParser
import ConveneCore
import ConveneEvaluation
import ConveneReports
import ConveneTemplates
import ConveneWorkspace
import Foundation

/// `convene report [--format html|md|csv|json] [--across WS ...]`.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report", abstract: "Compute the M&E indicators and write the reports.",
    discussion: """
      Writes reports/report.html (charts as inline SVG, prints cleanly, fetches nothing), \
      reports/report.md, reports/indicators.csv (event,indicator,disaggregation,group,value,n,target) \
      and reports/indicators.json; --format writes only one of them. Groups of fewer than 5 \
      people are shown as <5, and cells from which one could be worked out as suppressed. \
      With --across, the listed workspaces are rolled up into one network report (each event, \
      then all events together).
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case html, md, csv, json

    var fileName: String {
      switch self {
      case .html: "report.html"
      case .md: "report.md"
      case .csv: "indicators.csv"
      case .json: "indicators.json"
      }
    }
  }

  @Option(help: "Write only this format: html, md, csv or json (default: all four).") var format:
    Format?
  @Option(
    parsing: .upToNextOption,
    help: "Roll these workspaces up into one network report (instead of the one --workspace).")
  var across: [String] = []
  @Option(
    help:
      "The folder to write to (default: reports/ in the workspace; network-report/ with --across).")
  var output: String?
  @Option(help: "The language of the report's headings: \(LanguagePack.codes.joined(separator: ", ")) (default: the event's first). Arabic is laid out right to left.")
  var lang: String?
  @OptionGroup var options: WorkspaceOptions

  func validate() throws {
    if across.count == 1 { throw ValidationError("--across needs two workspaces or more") }
    try validateLanguage(lang)
  }

  /// A report on one event is one transaction under its workspace's lock; a network report
  /// reads the workspaces it rolls up (each file whole) and writes outside them.
  func run() throws {
    if across.isEmpty { try options.open().locked { try transaction() } } else { try transaction() }
  }

  func transaction() throws {
    let roots = across.isEmpty ? [options.workspace] : across
    let contexts = try roots.map { root in
      try EvaluationContext.load(
        Workspace(
          root: root, fileSystem: LocalFileSystem(environment: ProcessInfo.processInfo.environment))
      )
    }
    let report = IndicatorReport(events: try contexts.map { try $0.records() })
    let labels = ReportLabels(language: lang ?? contexts[0].plan.event.languages.first ?? "en")
    let template = try TemplateBundle.required("report.html.mustache")
    var files: [(Format, String)] = []
    for kind in format.map({ [$0] }) ?? Format.allCases {
      switch kind {
      case .html:
        files.append((kind, try ReportRenderer.html(report, labels: labels, template: template)))
      case .md: files.append((kind, ReportRenderer.markdown(report, labels: labels)))
      case .csv: files.append((kind, ReportRenderer.csv(report)))
      case .json: files.append((kind, ReportRenderer.json(report)))
      }
    }
    let folder =
      output ?? (across.isEmpty ? contexts[0].workspace.path("reports") : "network-report")
    let write = { () throws(WorkspaceError) in
      let fileSystem = LocalFileSystem(environment: ProcessInfo.processInfo.environment)
      try fileSystem.createDirectory(folder)
      for (kind, text) in files { try fileSystem.write(text, to: joinPath(folder, kind.fileName)) }
    }
    do {
      // A network report is written outside the workspaces it reads; a report on one event
      // is written into it, under its lock.
      if across.isEmpty { try contexts[0].workspace.locked(write) } else { try write() }
    } catch let error as WorkspaceError {
      throw CommandFailure(error)
    }
    let hidden = report.values.filter { $0.suppression != nil }.count
    Terminal.print(
      "\(report.isRollUp ? "Network report over \(report.events.count) events" : "Report on \(report.events[0].id)"): \(report.definitions.count) indicators, \(report.values.count) cells, \(hidden) hidden as small groups."
    )
    for name in ["registered", "attended", "responses", "satisfaction-mean", "nps"] {
      if let cell = report.total(event: report.headline, indicator: name), !cell.valueText.isEmpty {
        Terminal.print("  \(name): \(cell.valueText)")
      }
    }
    for (kind, _) in files { Terminal.print("Wrote \(joinPath(folder, kind.fileName))") }
  }
}
