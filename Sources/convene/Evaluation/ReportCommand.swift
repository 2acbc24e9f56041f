import ArgumentParser
import ConveneCore
import ConveneEvaluationRuns
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
      rolled up, hide it again; a new edition after 1 to threshold - 1 people's records changed \
      since the last published report is refused (exit 1), as the two would differ by exactly \
      those records. With --across, the listed workspaces are rolled up into one \
      network report (each event, then all events together). With --audit, the reports are \
      first attacked, together with those already in the workspaces and the output folder, \
      and nothing is written if arithmetic on them recovers a hidden small group.
      """)

  @Option(help: "Write only this format: html, md, csv or json (default: all four).") var format:
    ReportRun.Format?
  @Option(
    parsing: .upToNextOption,
    help: "Roll these workspaces up into one network report (instead of the one --workspace).")
  var across: [String] = []
  @Option(
    help:
      "The folder to write to (default: reports/ in the workspace; network-report/ in the workspace with --across).")
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

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let workspaces = (across.isEmpty ? [options.workspace] : across).map {
      Workspace.local(root: $0, environment: environment)
    }
    let outcome = try ReportRun.run(
      workspaces, outside: LocalFileSystem(environment: environment),
      request: .init(
        formats: format.map { [$0] } ?? ReportRun.Format.allCases, output: output, language: lang, audit: audit,
        template: TemplateBundle.required("report.html.mustache")),
      standard: EvaluationContext.standardEvaluation(), newEdition: ReportRun.randomEdition,
      purpose: WorkspaceOptions.purpose)
    if let audit = outcome.audit {
      let with = audit.earlier.isEmpty ? "" : " with the reports in \(audit.earlier.joined(separator: ", "))"
      Terminal.print("Disclosure audit of this report\(with): \(audit.result.summary).")
      if let refusal = audit.refusal { throw refusal }
    }
    let report = outcome.report
    let hidden = report.values.filter { $0.suppression != nil }.count
    let under =
      report.largestThreshold == report.threshold
      ? "groups under \(report.threshold)"
      : "groups under \(report.threshold) to \(report.largestThreshold) as each event sets,"
    Terminal.print(
      "\(report.isRollUp ? "Network report over \(report.events.count) events" : "Report on \(report.events[0].id)"): \(report.definitions.count) indicators, \(report.values.count) cells, \(hidden) hidden (\(under) and what would give them away)."
    )
    for (event, fields) in report.keptMerging.sorted(by: { $0.key < $1.key }) {
      for (field, groups) in fields.sorted(by: { $0.key < $1.key }) {
        let how = groups.isEmpty ? "apart" : "merged into other-or-not-stated (\(groups.sorted().joined(separator: ", ")))"
        Terminal.print(
          "Note: \(event): \(field)'s residual groups are published \(how), as earlier reports of the event published them; disclosure.residual_groups in event.json does not change a field already published."
        )
      }
    }
    for name in ["registered", "attended", "responses", "satisfaction-mean", "nps"] {
      if let cell = report.total(event: report.headline, indicator: name), !cell.valueText.isEmpty {
        Terminal.print("  \(name): \(cell.valueText)")
      }
    }
    for path in outcome.paths { Terminal.print("Wrote \(path)") }
  }
}

extension ReportRun.Format: ExpressibleByArgument {}
