import ArgumentParser
import ConveneCore
import ConveneDisclosureAudit
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
      and reports/indicators.json; --format writes only one of them. Groups of fewer than the \
      event's disclosure threshold (5 unless event.json says otherwise), and every cell from \
      which one could be worked out, read suppressed; .convene/disclosure.json remembers what \
      was hidden so that later reports of the same people stay consistent. With --across, the \
      listed workspaces are rolled up into one network report (each event, then all events \
      together). --audit then plays the attacker on what was written (with the reports already \
      in the workspaces) and fails if any hidden small group can be worked out.
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
  @Flag(
    help:
      "Check the written reports, with those already published, for hidden groups that arithmetic can recover."
  )
  var audit = false
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
    var earlier: [String: DisclosureRecord] = [:]
    for context in contexts { earlier[context.plan.event.id] = try context.disclosureRecord() }
    let report = IndicatorReport(events: try contexts.map { try $0.records() }, earlier: earlier)
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
    if audit {
      // Reports already published (in the workspaces and where this one goes) are earlier
      // publications of the same events; nothing is written unless the audit passes.
      let folders = contexts.map { $0.workspace.path("reports") }
      let earlier = (folders.contains(folder) ? folders : folders + [folder]).compactMap(
        Self.publishedFiles(in:))
      try runAudit(files: files, report: report, folder: folder, earlier: earlier)
    }
    let write = { () throws(WorkspaceError) in
      let fileSystem = LocalFileSystem(environment: ProcessInfo.processInfo.environment)
      try fileSystem.createDirectory(folder)
      for (kind, text) in files { try fileSystem.write(text, to: joinPath(folder, kind.fileName)) }
      if across.isEmpty, let record = report.records[contexts[0].plan.event.id] {
        let workspace = contexts[0].workspace
        try fileSystem.createDirectory(workspace.path(".convene"))
        try fileSystem.write(record.json, to: workspace.path(DisclosureRecord.path))
      }
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
      "\(report.isRollUp ? "Network report over \(report.events.count) events" : "Report on \(report.events[0].id)"): \(report.definitions.count) indicators, \(report.values.count) cells, \(hidden) hidden (groups under \(report.threshold) and what would give them away)."
    )
    for name in ["registered", "attended", "responses", "satisfaction-mean", "nps"] {
      if let cell = report.total(event: report.headline, indicator: name), !cell.valueText.isEmpty {
        Terminal.print("  \(name): \(cell.valueText)")
      }
    }
    for (kind, _) in files { Terminal.print("Wrote \(joinPath(folder, kind.fileName))") }
  }

  /// Audits what is about to be written (with the JSON's definitions when only another format
  /// is) together with the reports published before; fails naming every recoverable cell.
  func runAudit(
    files: [(Format, String)], report: IndicatorReport, folder: String, earlier: [PublishedFiles]
  ) throws {
    let text = { (format: Format) in files.first { $0.0 == format }?.1 }
    let written = PublishedFiles(
      name: folder, csv: text(.csv), json: text(.json) ?? ReportRenderer.json(report),
      markdown: text(.md), html: text(.html))
    let result = DisclosureAudit.run(earlier + [written])
    let with = earlier.isEmpty ? "" : " with the reports in \(earlier.map(\.name).joined(separator: ", "))"
    Terminal.print("Disclosure audit of this report\(with): \(result.summary).")
    guard result.passed else {
      let lines = result.recovered.map { "  recoverable: \($0)" } + result.undecided.map { "  undecided: \($0)" }
        + result.findings.map { "  \($0)" }
      throw CommandFailure(
        "the disclosure audit failed, nothing was written:\n" + lines.joined(separator: "\n"))
    }
  }

  /// The report files in `folder`, or nil when there are none.
  static func publishedFiles(in folder: String) -> PublishedFiles? {
    func read(_ name: String) -> String? {
      FileManager.default.contents(atPath: joinPath(folder, name)).map { String(decoding: $0, as: UTF8.self) }
    }
    let files = PublishedFiles(
      name: folder, csv: read("indicators.csv"), json: read("indicators.json"),
      markdown: read("report.md"), html: read("report.html"))
    return files.csv == nil && files.json == nil ? nil : files
  }
}
