import ArgumentParser
import ConveneCore
import ConveneDisclosureAudit
import ConveneEvaluationRuns
import ConveneNetwork
import ConveneReports
import ConveneTemplates
import ConveneWorkspace
import Foundation

extension NetworkCommand {
  /// `convene network report`.
  struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write the network report: the framework's indicators year by year, and the city records.",
      discussion: """
        Writes to reports/ in the network folder (or --output): network-report.html (line charts \
        as inline SVG, prints cleanly, fetches nothing), network-report.md, indicators.csv \
        (year,indicator,disaggregation,group,value,n,target), cities.csv (the city records) and \
        network-report.json. Groups smaller than the disclosure threshold (5, or more where \
        network.json or an event says so) are shown as suppressed, and so are the cells from \
        which one could be worked out, from a total, the other cities or a copy. A report that \
        would show a cell moved by fewer people than the threshold since the last network \
        report (.convene/network-published.json) is refused.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case html, md, csv, json
    }

    @Option(help: "Write only this format: html, md, csv (indicators.csv and cities.csv) or json.") var format: Format?
    @Option(help: "The folder to write to (default: reports/ in the network folder).") var output: String?
    @Option(help: "The language of the report: \(LanguagePack.codes.joined(separator: ", ")) (default: the network's first).")
    var lang: String?
    @Flag(
      help:
        "First attack the report, with the events' own reports, for hidden groups that arithmetic can recover; write nothing if any is."
    )
    var audit = false
    @OptionGroup var options: NetworkOptions

    func validate() throws { try validateLanguage(lang) }

    /// One transaction under the network folder's lock: read the folder and its events (each
    /// file whole), compute, write.
    func run() throws {
      let folder = options.open()
      try folder.workspace.locked { try transaction(folder) }
    }

    func transaction(_ folder: NetworkFolder) throws {
      let loaded = try options.load()
      let errors = loaded.errors
      guard errors.isEmpty else {
        for error in NetworkCommand.Check.ordered(errors) { Terminal.error(error.description) }
        throw CommandFailure(
          "the network has \(errors.count) error\(errors.count == 1 ? "" : "s"); nothing was written (see `convene network check`)")
      }
      let report = NetworkReport(records: loaded.records)
      try folder.checkAgainstLastPublication(report)
      let labels = NetworkLabels(language: lang ?? loaded.records.settings.languages.first ?? "en")
      let template = try TemplateBundle.required("network-report.html.mustache")
      // The renderings are independent: made on every core.
      let rendered = ParallelMap.map(format.map { [$0] } ?? Format.allCases) { kind -> Result<[(String, String)], Error> in
        Result {
          switch kind {
          case .html:
            [("network-report.html", try NetworkReportRenderer.html(report, labels: labels, template: template))]
          case .md: [("network-report.md", NetworkReportRenderer.markdown(report, labels: labels))]
          case .csv:
            [("indicators.csv", NetworkReportRenderer.csv(report)), ("cities.csv", NetworkReportRenderer.citiesCSV(report))]
          case .json: [("network-report.json", NetworkReportRenderer.json(report))]
          }
        }
      }
      let files = try rendered.flatMap { try $0.get() }
      if audit { try runAudit(files: files, report: report, loaded: loaded, folder: folder) }
      let target = output ?? folder.path("reports")
      let writer = output.map { folder.workspace.allowing($0) } ?? folder.workspace
      do {
        try Interruption.checkpoint()
        try writer.fileSystem.createDirectory(target)
        for (name, text) in files { try writer.fileSystem.write(text, to: joinPath(target, name)) }
        try folder.recordPublication(report)
      } catch let error as WorkspaceError {
        throw CommandFailure(error)
      }
      let hidden = report.values.filter { $0.suppression != nil }.count
      let years = report.years.isEmpty ? "no year" : "\(report.years.first!)–\(report.years.last!)"
      Terminal.print(
        "Network report \(years): \(report.events.count) events, \(report.framework.indicators.count) framework indicators, \(report.cities.count) city records, \(report.values.count) cells (\(hidden) hidden to protect groups under \(report.policy.threshold))."
      )
      let warnings = loaded.findings.filter { $0.severity == .warning }.count
      if warnings > 0 {
        Terminal.print("\(warnings) warning\(warnings == 1 ? "" : "s") (such as cities that match no member city): see `convene network check`.")
      }
      for (name, _) in files { Terminal.print("Wrote \(joinPath(target, name))") }
    }

    /// Audits what is about to be written (the JSON, made for the audit when another format
    /// is asked for) with the reports in each event's `reports/`; fails naming every
    /// recoverable cell.
    func runAudit(files: [(String, String)], report: NetworkReport, loaded: NetworkFolder.Loaded, folder: NetworkFolder)
      throws
    {
      let text = { (name: String) in files.first { $0.0 == name }?.1 }
      let written = PublishedNetworkFiles(
        name: "network report", json: text(PublishedNetworkFiles.jsonName) ?? NetworkReportRenderer.json(report),
        indicatorsCSV: text(PublishedNetworkFiles.indicatorsName), citiesCSV: text(PublishedNetworkFiles.citiesName))
      let fileSystem = LocalFileSystem(environment: ProcessInfo.processInfo.environment)
      let events = loaded.records.events.compactMap {
        ReportRun.publishedFiles(in: joinPath(folder.eventRoot($0.path), "reports"), on: fileSystem)
      }
      let result = DisclosureAudit.run(network: written, with: events)
      let with = events.isEmpty ? "" : " with the reports of \(events.count) event\(events.count == 1 ? "" : "s")"
      Terminal.print("Disclosure audit of the network report\(with): \(result.summary).")
      guard result.passed else {
        let lines = result.recovered.map { "  recoverable: \($0)" } + result.undecided.map { "  undecided: \($0)" }
          + result.findings.map { "  \($0)" }
        throw CommandFailure("the disclosure audit failed, nothing was written:\n" + lines.joined(separator: "\n"))
      }
    }
  }
}
