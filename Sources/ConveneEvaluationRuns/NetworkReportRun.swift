import ConveneCore
import ConveneDisclosureAudit
import ConveneEvaluation
import ConveneNetwork
import ConveneReports
import ConveneWorkspace

/// `convene network report` as one transaction under the network folder's lock: the folder and
/// its events are read (each file whole), the report refused when they hold errors, when an
/// event's records are not those its last published report counted (so that no network figure
/// is an event report's plus a late or re-sent form), or when it would show a cell moved by
/// fewer people than the threshold since any network report published from the folder,
/// rendered, attacked with the events' own reports when asked, written, and what it showed
/// recorded beside the earlier ones for the next one.
public enum NetworkReportRun {
  /// A kind of report file.
  public enum Format: String, CaseIterable, Sendable {
    case html, md, csv, json
  }

  /// What the organiser asked for.
  public typealias Request = ReportRequest<Format>

  /// What the run did.
  public struct Outcome: Sendable {
    /// The report as written, hidden cells included.
    public var report: NetworkReport
    /// The warnings reading the folder gave (such as cities that match no member city).
    public var warnings: Int
    /// The folder the files went to (or would have).
    public var folder: String
    /// The files' names, in the order asked.
    public var fileNames: [String]
    /// The audit, when asked; `earlier` names the event report folders it was checked with.
    public var audit: ReportRun.Audit?
    /// False when the audit refused the report: nothing was written.
    public var written: Bool
    /// The events published under a lower threshold than the network's, whose small cells no
    /// network cell can take back: with any, the report is audited even when not asked.
    public var lowerThresholds: [String] = []

    /// The path of each file.
    public var paths: [String] { fileNames.map { joinPath(folder, $0) } }
  }

  /// Reports on the network in `folder`; the questions and indicators of an event that
  /// declares none are `standard`. The events' own reports are read from `outside` for the
  /// audit. The folder's record of published reports hashes the people it keeps under a key
  /// from `newKey`, drawn once.
  public static func run(
    _ folder: NetworkFolder, outside: any FileSystem, request: Request, standard: Evaluation, purpose: String,
    newKey: () -> String = { ReportRun.randomEdition() + ReportRun.randomEdition() }
  ) throws -> Outcome {
    try folder.workspace.transaction(purpose: purpose) {
      let loaded = try folder.load(standardEvaluation: standard)
      try refuseErrors(in: loaded)
      try refuseUnpublished(loaded.records.events, in: folder)
      let record = try folder.publishedRecord()
      let report = NetworkReport(records: loaded.records, published: record)
      let labels = NetworkLabels(language: request.language ?? loaded.records.settings.languages.first ?? "en")
      let key = newKey()
      // The check against the published editions, and the record kept if the report is written,
      // are worked out beside the files.
      let (recordText, rendered) = beside(
        { try folder.publication(of: report, after: record, newKey: { key }) },
        { try render(request.formats, report, labels: labels, template: request.template) })
      let nextRecord = try recordText.get()
      let files = try rendered.get()
      let target = request.output ?? folder.path(OutputFolder.reports)
      var outcome = Outcome(
        report: report, warnings: loaded.findings.filter { $0.severity == .warning }.count, folder: target,
        fileNames: files.map(\.name), audit: nil, written: false)
      outcome.lowerThresholds = Self.eventsUnderTheNetworkThreshold(loaded.records)
      if request.audit || !outcome.lowerThresholds.isEmpty {
        let audit = try Self.audit(files, of: report, events: loaded.records.events, in: folder, on: outside)
        // Stopped by Ctrl-C or SIGTERM between two counts: it has passed nothing.
        try Interruption.checkpoint()
        outcome.audit = audit
        if audit.refusal != nil { return outcome }
      }
      try Interruption.checkpoint()
      // What the report shows is recorded with the files, as one change, as `report` does: a
      // failure leaves the earlier report and record as they were.
      var commit = FileCommit()
      try folder.recordPublication(nextRecord, in: &commit)
      let writer = request.output.map { folder.workspace.allowing($0) } ?? folder.workspace
      try writer.fileSystem.createDirectory(target)
      for file in files { commit.add(file.text, to: joinPath(target, file.name), on: writer.fileSystem) }
      try commit.write()
      outcome.written = true
      return outcome
    }
  }

  /// The events whose own threshold is below the network's: their reports show groups the
  /// network counts small, which can bound a city the plain report's rules leave shown.
  static func eventsUnderTheNetworkThreshold(_ records: NetworkRecords) -> [String] {
    let threshold = records.disclosurePolicy.threshold
    return records.events.filter { $0.records.plan.event.disclosure.threshold < threshold }.map(\.path)
  }

  /// Fails, listing every error in order, when the folder or its events hold any.
  static func refuseErrors(in loaded: NetworkFolder.Loaded) throws(CommandFailure) {
    let errors = loaded.errors
    guard !errors.isEmpty else { return }
    let summary =
      "the network has \(errors.count) error\(errors.count == 1 ? "" : "s"); nothing was written (see `convene network check`)"
    throw CommandFailure((NetworkChecker.ordered(errors).map(\.description) + [summary]).joined(separator: "\n"))
  }

  /// Fails, naming each event and the command that publishes it, when an event was never
  /// reported or its records changed since its last published report: the network counts each
  /// event only as that report counted it, and `convene report` is where the rule for a new
  /// edition (enough people changed in each population) is applied.
  static func refuseUnpublished(_ events: [NetworkEvent], in folder: NetworkFolder) throws(CommandFailure) {
    let states = ParallelMap.map(events) { $0.editionState }
    let lines = zip(events, states).compactMap { event, state -> String? in
      let command = "`convene report --workspace \(folder.eventRoot(event.path))`"
      let threshold = event.records.plan.event.disclosure.threshold
      switch state {
      case .published: return nil
      case .neverPublished:
        return "  \(event.path) (\(event.id)): no report of it was ever published; publish one first with \(command)"
      case .changed(let editions):
        let last = editions.first { $0.edition == event.disclosure.lastEdition }?.populations ?? [:]
        let few = editions.flatMap { changes in
          changes.populations.filter { $0.value < threshold }.sorted { $0.key < $1.key }.map {
            "\($0.key) needs \(threshold - $0.value) more since \(ReportRun.describe(changes, of: event.disclosure.published.count, named: false))"
          }
        }
        let rule =
          few.isEmpty
          ? "" : " (it refuses while fewer than \(threshold) people changed in a population since a published edition: \(few.joined(separator: "; ")))"
        guard !last.isEmpty else {
          return
            "  \(event.path) (\(event.id)): its records changed since its last published report, in nothing its figures count (or that report was written by an earlier version of convene); publish it again with \(command)\(rule)"
        }
        let changes = last.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
        return
          "  \(event.path) (\(event.id)): its records changed since its last published report (people changed by population: \(changes)); publish its new edition first with \(command)\(rule)"
      }
    }
    guard !lines.isEmpty else { return }
    throw CommandFailure(
      (["the network report counts each event only as its last published report counted it; nothing was written:"]
        + lines).joined(separator: "\n"))
  }

  /// The files of each format (named, in the order asked), rendered on every core: they are
  /// independent, and the longest is started first. The Markdown and HTML reports share what
  /// they show, worked out once.
  static func render(_ formats: [Format], _ report: NetworkReport, labels: NetworkLabels, template: String) throws
    -> [(name: String, text: String)]
  {
    let names = formats.flatMap(fileNames)
    let pages = formats.contains(.html) || formats.contains(.md) ? NetworkReportRenderer.Pages(report, labels: labels) : nil
    let longestFirst = names.indices.sorted { longest.firstIndex(of: names[$0])! < longest.firstIndex(of: names[$1])! }
    let rendered = ParallelMap.map(longestFirst) { position -> Result<String, Error> in
      Result {
        switch names[position] {
        case PublishedNetworkFiles.htmlName: try NetworkReportRenderer.html(pages!, template: template)
        case PublishedNetworkFiles.markdownName: NetworkReportRenderer.markdown(pages!)
        case PublishedNetworkFiles.indicatorsName: NetworkReportRenderer.csv(report)
        case PublishedNetworkFiles.citiesName: NetworkReportRenderer.citiesCSV(report)
        default: NetworkReportRenderer.json(report)
        }
      }
    }
    var texts = [String](repeating: "", count: names.count)
    for (position, text) in zip(longestFirst, rendered) { texts[position] = try text.get() }
    return Array(zip(names, texts))
  }

  /// What `first` and `second` give (or throw), worked out at the same time.
  static func beside<First: Sendable, Second: Sendable>(
    _ first: @Sendable () throws -> First, _ second: @Sendable () throws -> Second
  ) -> (Result<First, any Error>, Result<Second, any Error>) {
    let sides = ParallelMap.map([true, false]) { isFirst -> (Result<First, any Error>?, Result<Second, any Error>?) in
      isFirst ? (Result { try first() }, nil) : (nil, Result { try second() })
    }
    return (sides[0].0!, sides[1].1!)
  }

  /// The files a format is written to.
  static func fileNames(_ format: Format) -> [String] {
    switch format {
    case .html: [PublishedNetworkFiles.htmlName]
    case .md: [PublishedNetworkFiles.markdownName]
    case .csv: [PublishedNetworkFiles.indicatorsName, PublishedNetworkFiles.citiesName]
    case .json: [PublishedNetworkFiles.jsonName]
    }
  }

  /// The files, the longest to render first (on the benchmark network, about 0.9, 0.8, 0.6,
  /// 0.2 and 0.01 s of CPU).
  static let longest = [
    PublishedNetworkFiles.jsonName, PublishedNetworkFiles.htmlName, PublishedNetworkFiles.markdownName,
    PublishedNetworkFiles.citiesName, PublishedNetworkFiles.indicatorsName,
  ]

  /// Audits what is about to be written (the JSON, made for the audit when another format is
  /// asked for) with the reports in each event's `reports/`.
  static func audit(
    _ files: [(name: String, text: String)], of report: NetworkReport, events: [NetworkEvent], in folder: NetworkFolder,
    on fileSystem: any FileSystem
  ) throws(WorkspaceError) -> ReportRun.Audit {
    let text = { (name: String) in files.first { $0.name == name }?.text }
    let written = PublishedNetworkFiles(
      name: "network report", json: text(PublishedNetworkFiles.jsonName) ?? NetworkReportRenderer.json(report),
      indicatorsCSV: text(PublishedNetworkFiles.indicatorsName), citiesCSV: text(PublishedNetworkFiles.citiesName))
    var published: [PublishedFiles] = []
    for event in events {
      let reports = joinPath(folder.eventRoot(event.path), OutputFolder.reports)
      if let files = try ReportRun.publishedFiles(in: reports, on: fileSystem) { published.append(files) }
    }
    return ReportRun.Audit(
      result: DisclosureAudit.run(network: written, with: published, stopRequested: { Interruption.isRequested }),
      earlier: published.map(\.name))
  }
}
