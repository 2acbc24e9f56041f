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
      which one could be worked out, read suppressed; each workspace's .convene/disclosure.json \
      remembers what was hidden so that later reports of the same people, on their own or \
      rolled up, hide it again. With --across, the listed workspaces are rolled up into one \
      network report (each event, then all events together). With --audit, the reports are \
      first attacked, together with those already in the workspaces and the output folder, \
      and nothing is written if arithmetic on them recovers a hidden small group.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case html, md, csv, json

    var fileName: String {
      switch self {
      case .html: PublishedFiles.htmlName
      case .md: PublishedFiles.markdownName
      case .csv: PublishedFiles.csvName
      case .json: PublishedFiles.jsonName
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

  /// One transaction under the lock of every workspace read (taken in one order, so that two
  /// reports never wait on each other): the records are read, the reports written, and each
  /// event's record of what was hidden updated.
  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let workspaces = (across.isEmpty ? [options.workspace] : across).map {
      Workspace.local(root: $0, environment: environment)
    }
    try Self.locking(workspaces.sorted { $0.root < $1.root }[...]) { try transaction(workspaces) }
  }

  static func locking(_ workspaces: ArraySlice<Workspace>, _ body: () throws -> Void) throws {
    guard let first = workspaces.first else { return try body() }
    try first.locked { try locking(workspaces.dropFirst(), body) }
  }

  func transaction(_ workspaces: [Workspace]) throws {
    let contexts = try workspaces.map(EvaluationContext.load)
    var earlier: [String: DisclosureRecord] = [:]
    for context in contexts { earlier[context.plan.event.id] = try context.disclosureRecord() }
    // Records in a state no report saw before get a random edition name.
    let report = IndicatorReport(
      events: try contexts.map { try $0.records() }, earlier: earlier,
      newEdition: { String(UInt64.random(in: 1...UInt64.max), radix: 16) })
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
    do {
      // A network report is written outside the workspaces it reads.
      let fileSystem: any FileSystem =
        across.isEmpty
        ? contexts[0].workspace.allowing(folder).fileSystem
        : LocalFileSystem(environment: ProcessInfo.processInfo.environment)
      try fileSystem.createDirectory(folder)
      for (kind, text) in files { try fileSystem.write(text, to: joinPath(folder, kind.fileName)) }
      // What each event's figures hid, so that its later reports hide it again.
      for context in contexts {
        guard let record = report.records[context.plan.event.id] else { continue }
        let workspace = context.workspace
        try workspace.fileSystem.createDirectory(workspace.path(".convene"))
        try workspace.fileSystem.write(record.json, to: workspace.path(DisclosureRecord.path))
      }
    } catch {
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
    let fileSystem = LocalFileSystem(environment: ProcessInfo.processInfo.environment)
    return PublishedFiles(name: folder) { name in
      (try? fileSystem.contents(of: joinPath(folder, name)) ?? nil).map {
        String(decoding: $0, as: UTF8.self)
      }
    }
  }
}
