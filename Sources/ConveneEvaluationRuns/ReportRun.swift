import ConveneCore
import ConveneDisclosureAudit
import ConveneEvaluation
import ConveneReports
import ConveneWorkspace

/// `convene report` as one transaction under the lock of every workspace read (taken in one
/// order, so that two reports never wait on each other): the records are read, the reports
/// written (when asked, only once the attacker's audit passes), and each event's record of
/// what was hidden updated.
public enum ReportRun {
  /// The folder a network report goes to (outside the workspaces it reads) unless the
  /// organiser names another.
  public static let networkFolder = "network-report"

  /// A report file.
  public enum Format: String, CaseIterable, Sendable {
    case html, md, csv, json

    /// The file's name in the report folder.
    public var fileName: String {
      switch self {
      case .html: PublishedFiles.htmlName
      case .md: PublishedFiles.markdownName
      case .csv: PublishedFiles.csvName
      case .json: PublishedFiles.jsonName
      }
    }
  }

  /// What the organiser asked for.
  public typealias Request = ReportRequest<Format>

  /// What the attacker's audit found.
  public struct Audit: Sendable {
    /// The cells checked and those the attacker could narrow down.
    public var result: DisclosureAudit.Result
    /// The folders of the reports published before that it was checked with.
    public var earlier: [String]

    /// The failure the command ends with when the audit did not pass: every cell recovered or
    /// left undecided, and every finding.
    public var refusal: CommandFailure? {
      guard !result.passed else { return nil }
      let lines =
        result.recovered.map { "  recoverable: \($0)" } + result.undecided.map { "  undecided: \($0)" }
        + result.findings.map { "  \($0)" }
      return CommandFailure("the disclosure audit failed, nothing was written:\n" + lines.joined(separator: "\n"))
    }
  }

  /// What the run did.
  public struct Outcome: Sendable {
    /// The report as written, hidden cells included.
    public var report: IndicatorReport
    /// The folder the files went to (or would have).
    public var folder: String
    /// The files, in the order asked.
    public var formats: [Format]
    /// The audit, when asked.
    public var audit: Audit?
    /// False when the audit refused the report: nothing was written.
    public var written: Bool

    /// The path of each file.
    public var paths: [String] { formats.map { joinPath(folder, $0.fileName) } }
  }

  /// Reports on `workspaces` (one event, or several rolled up). `outside` is the file system
  /// beyond the workspaces: a roll-up is written there, and reports published before are read
  /// from it. Records in a state no report saw before are named by `newEdition`.
  public static func run(
    _ workspaces: [Workspace], outside: any FileSystem, request: Request, standard: Evaluation,
    newEdition: () -> String, purpose: String
  ) throws -> Outcome {
    try locking(workspaces.sorted { $0.root < $1.root }[...], purpose: purpose) {
      let contexts = try workspaces.map { try EvaluationContext.load($0, standard: standard) }
      try requireEachEventOnce(contexts)
      var earlier: [String: DisclosureRecord] = [:]
      for context in contexts { earlier[context.plan.event.id] = try context.disclosureRecord() }
      let report = IndicatorReport(
        events: try contexts.map { try $0.records() }, earlier: earlier, newEdition: newEdition)
      if let refusal = fewChangedRefusal(report, earlier: earlier) { throw refusal }
      let labels = ReportLabels(language: request.language ?? contexts[0].plan.event.languages.first ?? "en")
      let files = try request.formats.map { ($0, try render($0, report, labels: labels, template: request.template)) }
      let rollUp = workspaces.count > 1
      // A roll-up goes into the (first) workspace too, never into the folder the command was run from.
      let folder =
        request.output ?? contexts[0].workspace.path(rollUp ? networkFolder : OutputFolder.reports)
      var outcome = Outcome(report: report, folder: folder, formats: request.formats, audit: nil, written: false)
      if request.audit {
        // Reports already published (in the workspaces and where this one goes) are earlier
        // publications of the same events; nothing is written unless the audit passes.
        let folders = contexts.map { $0.workspace.path(OutputFolder.reports) }
        let published = try (folders.contains(folder) ? folders : folders + [folder]).compactMap {
          try publishedFiles(in: $0, on: outside)
        }
        let audit = Self.audit(files, of: report, folder: folder, earlier: published)
        // A Ctrl-C or SIGTERM stops the audit between two counts; an audit stopped part-way
        // has passed nothing.
        try Interruption.checkpoint()
        outcome.audit = audit
        if audit.refusal != nil { return outcome }
      }
      try Interruption.checkpoint()
      // A network report is written outside the workspaces it reads.
      let fileSystem = rollUp ? outside : contexts[0].workspace.allowing(folder).fileSystem
      try publish(files, in: folder, on: fileSystem, records: report.records, of: contexts)
      outcome.written = true
      return outcome
    }
  }

  /// Writes the report files and what each event's figures hid (`.convene/disclosure.json`,
  /// so that its later reports hide it again) as one change: a file that cannot be written
  /// or put in place (a folder where a file goes) leaves the earlier reports and records as
  /// they were (`FileCommit`).
  static func publish(
    _ files: [(Format, String)], in folder: String, on fileSystem: any FileSystem,
    records: [String: DisclosureRecord], of contexts: [EvaluationContext]
  ) throws {
    var commit = FileCommit()
    for context in contexts {
      guard let record = records[context.plan.event.id] else { continue }
      let workspace = context.workspace
      try workspace.fileSystem.createDirectory(workspace.path(".convene"))
      commit.add(record.json, to: workspace.path(DisclosureRecord.path), on: workspace.fileSystem)
    }
    try fileSystem.createDirectory(folder)
    for (format, text) in files { commit.add(text, to: joinPath(folder, format.fileName), on: fileSystem) }
    try commit.write()
  }

  /// Fails when two of the workspaces are one event (the same folder twice, or copies with one
  /// event id): a roll-up would count its people twice.
  static func requireEachEventOnce(_ contexts: [EvaluationContext]) throws(CommandFailure) {
    var seen: [String: String] = [:]
    for context in contexts {
      let id = context.plan.event.id
      if let first = seen[id] {
        throw CommandFailure(
          "\(first) and \(context.workspace.root) are both the event \(id): a roll-up counts each event once; nothing was written"
        )
      }
      seen[id] = context.workspace.root
    }
  }

  /// The failure a report ends with when some population of an event changed by 1 to
  /// `threshold - 1` people since one of its published editions (`IndicatorReport.fewChanged`),
  /// or when a signed combination of published editions and the new one counts 1 to
  /// `threshold - 1` people of a population (`IndicatorReport.fewCombined`): the difference of
  /// the two editions' figures of that population, or that combination of them, would be
  /// those people's records. `earlier` holds each event's record before this report. Nil when
  /// every event may be published.
  static func fewChangedRefusal(_ report: IndicatorReport, earlier: [String: DisclosureRecord]) -> CommandFailure? {
    guard !report.fewChanged.isEmpty || !report.fewCombined.isEmpty else { return nil }
    let threshold = { (event: String) in report.policies[event]?.threshold ?? report.threshold }
    let changed = report.fewChanged.sorted { $0.key < $1.key }.flatMap { event, editions -> [String] in
      let several = editions.count > 1 || editions.contains { $0.populations.count > 1 }
      let published = earlier[event]?.published.count ?? 0
      let heading =
        "\(event): fewer than \(threshold(event)) people changed in \(several ? "some populations" : "a population") it publishes since \(editions.count == 1 ? "an edition" : "editions") of its report already published; a new edition now would reveal their answers and groups as the difference between the two reports:"
      let sections = editions.sorted { $0.edition < $1.edition }.flatMap { changes in
        ["  since \(describe(changes, of: published)):"]
          + changes.populations.sorted { $0.key < $1.key }.map { population, changed in
            "    \(population): \(changed == 1 ? "1 person" : "\(changed) people") entered, left or changed (\(threshold(event) - changed) more needed)"
          }
      }
      let sameRecords: Bool = earlier[event]?.digests == report.records[event]?.digests
      let hint: [String] = sameRecords ? sameRecordsHint(editions) : []
      let closing =
        "Publish again once at least \(threshold(event)) people have changed since every published edition in each population that changed, or keep sharing the last report."
      return [heading] + sections + hint + [closing]
    }
    let combined = report.fewCombined.sorted { $0.key < $1.key }.flatMap { event, combinations in
      combinationLines(event, combinations, threshold: threshold(event), published: earlier[event]?.published ?? PublishedEditions())
    }
    return CommandFailure((changed + combined + ["Nothing was written."]).joined(separator: "\n"))
  }

  /// What a refusal adds when the records are those the record last saw: the populations
  /// changed because `event.json`'s indicators did (a question's mean, `mean:QUESTION`, counts
  /// those who answered both questions where a change indicator compares them).
  static func sameRecordsHint(_ editions: [PublishedEditions.Changes]) -> [String] {
    let questions = Set(
      editions.flatMap(\.populations.keys).filter { $0.hasPrefix(IndicatorCalculator.meanPrefix) }
        .map { String($0.dropFirst(IndicatorCalculator.meanPrefix.count)) })
    let means =
      questions.isEmpty
      ? ""
      : " (the mean of \(questions.sorted().joined(separator: ", ")) counts those who answered both questions where a \"change\" indicator compares them, else everyone who answered it)"
    return [
      "The records are those of the last report: the indicators in event.json changed\(means). Restore the indicators of the published edition to publish its figures again."
    ]
  }

  /// The lines of a refusal naming, for each population of `event`, the combination of its
  /// published editions and the new one that counts fewer than `threshold` people, and the
  /// editions it weighs.
  static func combinationLines(
    _ event: String, _ combinations: [EditionCombination], threshold: Int, published: PublishedEditions
  ) -> [String] {
    let new = published.count + 1
    let several = combinations.count > 1
    let weighed = Set(combinations.flatMap(\.weights.keys)).subtracting([new]).sorted()
    return [
      "\(event): adding and subtracting editions of its report already published and the new one would single out fewer than \(threshold) people in \(several ? "some populations" : "a population") it publishes; a new edition now would reveal their answers and groups as that sum of the reports' figures:"
    ]
      + combinations.sorted { $0.population < $1.population }.map {
        $0.refusalLine(newEdition: new, threshold: threshold)
      }
      + (weighed.isEmpty ? [] : ["  where"])
      + weighed.map { edition in
        "    " + describe(edition: edition, names: published.names[edition - 1], of: published.count)
      }
      + [
        "Publish again once more people have entered, left or changed in \(several ? "those populations" : "that population") so that every such sum counts \(threshold) people or more (or once the records are those of a published edition again), or keep sharing the last report."
      ]
  }

  /// A published edition as the organiser finds it: `edition 1 of 3 published (its reports name
  /// the editions registration 0123456789abcdef, feedback fedcba9876543210)`, without the
  /// names unless `named`.
  public static func describe(_ changes: PublishedEditions.Changes, of count: Int, named: Bool = true) -> String {
    describe(edition: changes.edition, names: changes.names, of: count, named: named)
  }

  /// Published edition `edition` of `count`, whose reports name the editions `names`, as the
  /// organiser finds it (see `describe(_:of:named:)`).
  static func describe(edition: Int, names: [Population.Source: String], of count: Int, named: Bool = true) -> String {
    guard edition > 0 else {
      return "the last edition published by an earlier version of convene (compared by source of records)"
    }
    let last = edition == count ? ", the last" : ""
    let listed = DisclosureRecord.sourceNames.compactMap { source, name in names[source].map { "\(name) \($0)" } }
    let shown = listed.isEmpty || !named ? "" : " (its reports name the editions \(listed.joined(separator: ", ")))"
    return "edition \(edition) of \(count) published\(last)\(shown)"
  }

  /// A random edition name.
  public static func randomEdition() -> String { UInt64.random(in: 1...UInt64.max).hexadecimalDigits }

  static func render(_ format: Format, _ report: IndicatorReport, labels: ReportLabels, template: String) throws
    -> String
  {
    switch format {
    case .html: try ReportRenderer.html(report, labels: labels, template: template)
    case .md: ReportRenderer.markdown(report, labels: labels)
    case .csv: ReportRenderer.csv(report)
    case .json: ReportRenderer.json(report)
    }
  }

  /// Holds the lock of every workspace in `workspaces`, one inside the other, while `body`
  /// runs.
  static func locking<T>(_ workspaces: ArraySlice<Workspace>, purpose: String, _ body: () throws -> T) throws -> T {
    guard let first = workspaces.first else { return try body() }
    return try first.transaction(purpose: purpose) { try locking(workspaces.dropFirst(), purpose: purpose, body) }
  }

  /// Audits the files about to be written in `folder` (with the JSON's definitions when only
  /// another format is) together with the reports published before.
  static func audit(
    _ files: [(Format, String)], of report: IndicatorReport, folder: String, earlier: [PublishedFiles]
  ) -> Audit {
    let text = { (format: Format) in files.first { $0.0 == format }?.1 }
    let written = PublishedFiles(
      name: folder, csv: text(.csv), json: text(.json) ?? ReportRenderer.json(report), markdown: text(.md),
      html: text(.html))
    return Audit(
      result: DisclosureAudit.run(earlier + [written], stopRequested: { Interruption.isRequested }),
      earlier: earlier.map(\.name))
  }

  /// The report files in `folder`, or nil when there are none; a report file that is there
  /// but cannot be read is an error (an audit without it would pass unchecked).
  static func publishedFiles(in folder: String, on fileSystem: any FileSystem) throws(WorkspaceError)
    -> PublishedFiles?
  {
    var failure: WorkspaceError?
    let files = PublishedFiles(name: folder) { name in
      do throws(WorkspaceError) {
        return try fileSystem.contents(of: joinPath(folder, name)).map { String(decoding: $0, as: UTF8.self) }
      } catch {
        failure = failure ?? error
        return nil
      }
    }
    if let failure { throw failure }
    return files
  }
}
