import ArgumentParser
import ConveneCore
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
        which one could be worked out, from a total, the other cities or a copy.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case html, md, csv, json
    }

    @Option(help: "Write only this format: html, md, csv (indicators.csv and cities.csv) or json.") var format: Format?
    @Option(help: "The folder to write to (default: reports/ in the network folder).") var output: String?
    @Option(help: "The language of the report: \(LanguagePack.codes.joined(separator: ", ")) (default: the network's first).")
    var lang: String?
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
      let target = output ?? folder.path("reports")
      let writer = output.map { folder.workspace.allowing($0) } ?? folder.workspace
      do {
        try Interruption.checkpoint()
        try writer.fileSystem.createDirectory(target)
        for (name, text) in files { try writer.fileSystem.write(text, to: joinPath(target, name)) }
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
  }
}
