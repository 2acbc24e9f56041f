import ArgumentParser
import ConveneCore
import ConveneEvaluationRuns
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

    @Option(help: "Write only this format: html, md, csv (indicators.csv and cities.csv) or json.")
    var format: NetworkReportRun.Format?
    @Option(help: "The folder to write to (default: reports/ in the network folder).") var output: String?
    @Option(help: "The language of the report: \(LanguagePack.codes.joined(separator: ", ")) (default: the network's first).")
    var lang: String?
    @Flag(
      inversion: .prefixedNo,
      help:
        "First attack the report, with the events' own reports, for hidden groups that arithmetic can recover, and write nothing if any is (the default; --no-audit writes without it)."
    )
    var audit = true
    @OptionGroup var options: NetworkOptions

    func validate() throws { try validateLanguage(lang) }

    func run() throws {
      let environment = ProcessInfo.processInfo.environment
      let outcome = try NetworkReportRun.run(
        options.open(), outside: LocalFileSystem(environment: environment),
        request: .init(
          formats: format.map { [$0] } ?? NetworkReportRun.Format.allCases, output: output, language: lang,
          audit: audit, template: TemplateBundle.required("network-report.html.mustache")),
        standard: EvaluationContext.standardEvaluation(), purpose: WorkspaceOptions.purpose)
      if !outcome.lowerThresholds.isEmpty, !audit {
        Terminal.print(
          "Audited, as \(outcome.lowerThresholds.joined(separator: ", ")) published under a lower threshold than the network's \(outcome.report.policy.threshold): its small groups can bound a city's."
        )
      }
      if let audit = outcome.audit {
        let events = audit.earlier.count
        let with = events == 0 ? "" : " with the reports of \(events) event\(events == 1 ? "" : "s")"
        Terminal.print("Disclosure audit of the network report\(with): \(audit.result.summary).")
        if let refusal = audit.refusal { throw refusal }
      }
      let report = outcome.report
      let hidden = report.values.filter { $0.suppression != nil }.count
      let years = report.years.isEmpty ? "no year" : "\(report.years.first!)–\(report.years.last!)"
      Terminal.print(
        "Network report \(years): \(report.events.count) events, \(report.framework.indicators.count) framework indicators, \(report.cities.count) city records, \(report.values.count) cells (\(hidden) hidden to protect groups under \(report.policy.threshold))."
      )
      if outcome.warnings > 0 {
        Terminal.print(
          "\(outcome.warnings) warning\(outcome.warnings == 1 ? "" : "s") (such as cities that match no member city): see `convene network check`."
        )
      }
      for path in outcome.paths { Terminal.print("Wrote \(path)") }
    }
  }
}

extension NetworkReportRun.Format: ExpressibleByArgument {}
