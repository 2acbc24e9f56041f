import ConveneCore
import ConveneEvaluationRuns
import ConveneNetwork
import ConveneReports
import ConveneTemplates
import ConveneTestSupport
import ConveneWorkspace
import Foundation
import Testing

/// `network report` as one transaction, over a network folder of the Dakar example (after the
/// event) in memory.
@Suite struct NetworkReportRunTests {
  let dakar: DakarInMemory
  let folder: NetworkFolder

  init() throws {
    dakar = try DakarInMemory()
    try dakar.afterTheEvent()
    let root = dakar.workspace.root + "-network"
    let example = DakarInMemory.repository + "/Examples/network/"
    for name in ["cities.csv", "framework.json", "requests.csv"] {
      try dakar.files.write(try String(contentsOfFile: example + name, encoding: .utf8), to: joinPath(root, name))
    }
    try dakar.files.write(
      "{\n  \"title\": \"Network\",\n  \"languages\": [\"en\"],\n  \"events\": [\"\(dakar.workspace.root)\"]\n}\n",
      to: joinPath(root, NetworkFile.name))
    let files = dakar.files
    folder = NetworkFolder(root: root, fileSystem: files) { Workspace(root: $0, fileSystem: files) }
    try publishDakar()
  }

  /// Dakar's own report (CSV and JSON in its `reports/`): the edition the network counts.
  @discardableResult
  func publishDakar() throws -> ReportRun.Outcome {
    try ReportRun.run(
      [dakar.workspace], outside: dakar.files,
      request: .init(
        formats: [.csv, .json], output: nil, language: nil, audit: false,
        template: try #require(TemplateBundle.text(of: "report.html.mustache"))),
      standard: DakarInMemory.standard(), newEdition: ReportRun.randomEdition, purpose: "test")
  }

  /// Expects `network report` to be refused (exit 1) by the event's state, with every line of
  /// `expected` in the message and nothing written anywhere.
  func expectRefusedByTheEventsState(_ expected: [String], in network: NetworkFolder? = nil) throws {
    let start = dakar.files.writes.count
    do {
      _ = try NetworkReportRun.run(
        network ?? folder, outside: dakar.files,
        request: .init(
          formats: NetworkReportRun.Format.allCases, output: nil, language: nil, audit: true,
          template: try #require(TemplateBundle.text(of: "network-report.html.mustache"))),
        standard: DakarInMemory.standard(), purpose: "test")
      Issue.record("the network report was written")
    } catch let failure as CommandFailure {
      #expect(failure.exitCode == 1)
      let lines = failure.message.components(separatedBy: "\n")
      #expect(
        lines.first == "the network report counts each event only as its last published report counted it; nothing was written:")
      for line in expected { #expect(lines.contains(line), "\(lines)") }
    }
    #expect(writes(since: start).isEmpty)
  }

  func report(audit: Bool = false, formats: [NetworkReportRun.Format] = NetworkReportRun.Format.allCases) throws
    -> NetworkReportRun.Outcome
  {
    try NetworkReportRun.run(
      folder, outside: dakar.files,
      request: .init(
        formats: formats, output: nil, language: nil, audit: audit,
        template: try #require(TemplateBundle.text(of: "network-report.html.mustache"))),
      standard: DakarInMemory.standard(), purpose: "test")
  }

  /// The writes made under the network folder or the workspace since `start`.
  func writes(since start: Int) -> [String] { Array(dakar.files.writes[start...]) }

  @Test func aReportWritesEachFormatsFilesAndRecordsWhatItShowed() throws {
    let outcome = try report()
    #expect(outcome.written && outcome.audit == nil)
    let reports = folder.path("reports")
    #expect(outcome.folder == reports)
    #expect(
      outcome.fileNames == ["network-report.html", "network-report.md", "indicators.csv", "cities.csv", "network-report.json"])
    for path in outcome.paths { #expect(dakar.files.text(path)?.isEmpty == false, "\(path)") }
    #expect(dakar.files.text(joinPath(reports, "indicators.csv"))!.hasPrefix("year,indicator,disaggregation,group,value,n,target\r\n"))
    #expect(outcome.report.events.count == 1)
    // One format: the record the next report is checked against, then its files only
    // (written side by side).
    let start = dakar.files.writes.count
    #expect(try report(formats: [.csv]).fileNames == ["indicators.csv", "cities.csv"])
    let written = writes(since: start)
    #expect(Set(written.dropFirst()) == [joinPath(reports, "indicators.csv"), joinPath(reports, "cities.csv")])
    #expect(written.count == 3 && written.first == folder.path(NetworkPublicationRecord.path))
  }

  @Test func eachFileHoldsItsOwnFormatInTheOrderAsked() throws {
    // Rendered side by side, the longest first: each file still gets its own text.
    let outcome = try report(formats: [.csv, .md, .json, .html])
    #expect(
      outcome.fileNames == ["indicators.csv", "cities.csv", "network-report.md", "network-report.json", "network-report.html"])
    let labels = NetworkLabels(language: "en")
    let template = try #require(TemplateBundle.text(of: "network-report.html.mustache"))
    let expected = [
      NetworkReportRenderer.csv(outcome.report), NetworkReportRenderer.citiesCSV(outcome.report),
      NetworkReportRenderer.markdown(outcome.report, labels: labels), NetworkReportRenderer.json(outcome.report),
      try NetworkReportRenderer.html(outcome.report, labels: labels, template: template),
    ]
    for (path, text) in zip(outcome.paths, expected) { #expect(dakar.files.text(path) == text, "\(path)") }
  }

  /// The record of what the report shows and its files are one change: a file that cannot be
  /// written fails the report with nothing written, neither the other files nor the record.
  @Test func aFileThatCannotBeWrittenFailsTheReportWithNothingWritten() throws {
    let reports = folder.path("reports")
    let refusing = RefusingFileSystem(base: dakar.files, refused: joinPath(reports, "cities.csv"))
    let network = NetworkFolder(root: folder.root, fileSystem: refusing) { Workspace(root: $0, fileSystem: refusing) }
    let start = dakar.files.writes.count
    #expect {
      try NetworkReportRun.run(
        network, outside: refusing,
        request: .init(
          formats: NetworkReportRun.Format.allCases, output: nil, language: nil, audit: false,
          template: try #require(TemplateBundle.text(of: "network-report.html.mustache"))),
        standard: DakarInMemory.standard(), purpose: "test")
    } throws: { error in
      (error as? WorkspaceError)?.description.contains("cities.csv") == true
    }
    #expect(writes(since: start) == [])
    #expect(dakar.files.text(folder.path(NetworkPublicationRecord.path)) == nil)
  }

  @Test func anAuditedReportIsCheckedWithTheEventsOwnReports() throws {
    _ = try ReportRun.run(
      [dakar.workspace], outside: dakar.files,
      request: .init(
        formats: [.csv, .json], output: nil, language: nil, audit: false,
        template: try #require(TemplateBundle.text(of: "report.html.mustache"))),
      standard: DakarInMemory.standard(), newEdition: { "e1" }, purpose: "test")
    let outcome = try report(audit: true)
    #expect(outcome.written)
    #expect(outcome.audit?.result.passed == true)
    #expect(outcome.audit?.earlier == [dakar.path("reports")])
  }

  @Test func anEventReportThatGivesASmallGroupAwayStopsTheAuditedReportBeforeAnyWrite() throws {
    // Dakar's report as written before the disclosure policy: its three youngest respondents
    // are 40 less the 37 shown by age.
    let fixture = DakarInMemory.repository + "/Tests/ConveneDisclosureAuditTests/Fixtures/dakar-old-policy/"
    for name in ["indicators.csv", "indicators.json"] {
      try dakar.files.write(try String(contentsOfFile: fixture + name, encoding: .utf8), to: dakar.path("reports/" + name))
    }
    let start = dakar.files.writes.count
    let outcome = try report(audit: true)
    #expect(!outcome.written)
    let refusal = try #require(outcome.audit?.refusal)
    #expect(refusal.message.hasPrefix("the disclosure audit failed, nothing was written:\n"))
    #expect(refusal.message.contains("recoverable: dakar-2027 knowledge-after age_group 18-24 = 3"), "\(refusal.message)")
    #expect(writes(since: start).isEmpty)
  }

  @Test func aFolderWithErrorsIsRefusedWithEveryErrorInOrderAndNothingIsWritten() throws {
    let requests = try #require(dakar.files.text(folder.path("requests.csv")))
    try dakar.files.write(requests + "atlantis-zz,2027-13-45,funding,open,\r\n", to: folder.path("requests.csv"))
    try dakar.files.write(
      try #require(dakar.files.text(folder.path("cities.csv"))) + "broken-zz,Broken,ZZ,,,active,,\r\n",
      to: folder.path("cities.csv"))
    let start = dakar.files.writes.count
    #expect {
      try report()
    } throws: { error in
      guard let failure = error as? CommandFailure, failure.exitCode == 1 else { return false }
      let lines = failure.message.split(separator: "\n").map(String.init)
      // cities.csv before requests.csv, whatever order the checks found them in; the count last.
      let cities = lines.firstIndex { $0.hasPrefix("error: cities.csv:") && $0.contains("\"ZZ\"") }
      let request = lines.firstIndex { $0.hasPrefix("error: requests.csv:") && $0.contains("atlantis-zz") }
      return cities != nil && request != nil && cities! < request!
        && lines.last == "the network has \(lines.count - 1) errors; nothing was written (see `convene network check`)"
    }
    #expect(writes(since: start).isEmpty)
  }

  @Test func anEventNeverReportedIsRefusedWithTheCommandThatPublishesIt() throws {
    dakar.files.delete(dakar.path(".convene/disclosure.json"))
    try expectRefusedByTheEventsState([
      "  \(dakar.workspace.root) (dakar-2027): no report of it was ever published; publish one first with `convene report --workspace \(dakar.workspace.root)`"
    ])
    try publishDakar()
    #expect(try report().written)
  }

  @Test func aLateFormAfterTheEventReportIsNotTheDifferenceOfTheTwoReports() throws {
    // The event report (edition 1), then one late form, then the first network report, or one
    // in a new network folder over the same event: the network's cells for the event's year
    // minus the event report's would be the late person's answers.
    try dakar.collectLateFeedback(from: ["p005"])
    let refusal = "  \(dakar.workspace.root) (dakar-2027): its records changed since its last published report (people changed by population: "
    let command = "publish its new edition first with `convene report --workspace \(dakar.workspace.root)`"
    try expectRefusedByTheEventsState([])
    let copy = NetworkFolder(root: dakar.workspace.root + "-regional", fileSystem: dakar.files, openWorkspace: { [files = dakar.files] in
      Workspace(root: $0, fileSystem: files)
    })
    for name in [NetworkFile.name, "cities.csv", "framework.json", "requests.csv"] {
      try dakar.files.write(try #require(dakar.files.text(folder.path(name))), to: copy.path(name))
    }
    try expectRefusedByTheEventsState([], in: copy)
    let message = try refusalMessage()
    #expect(message.contains(refusal) && message.contains("responded: 1") && message.contains(command), "\(message)")
    #expect(message.contains("(it refuses while fewer than 5 people changed in a population since a published edition: "))
    #expect(message.contains("responded needs 4 more since edition 1 of 1 published, the last"), "\(message)")
    // Four more forms: the event's new edition is published, and the network counts it.
    try dakar.collectLateFeedback(from: ["p023", "p007", "p012", "p031"])
    #expect(try publishDakar().written)
    #expect(try report().written)
  }

  @Test func aNetworkReportThenAFewRecordsThenTheEventReportIsRefused() throws {
    #expect(try report().written)
    let network = try #require(dakar.files.text(folder.path("reports/indicators.csv")))
    let event = try #require(dakar.text("reports/indicators.csv"))
    try dakar.collectLateFeedback(from: ["p005", "p023"])
    #expect(throws: CommandFailure.self) { try publishDakar() }
    try expectRefusedByTheEventsState([])
    #expect(try refusalMessage().contains("responded: 2"))
    #expect(dakar.files.text(folder.path("reports/indicators.csv")) == network)
    #expect(dakar.text("reports/indicators.csv") == event)
  }

  @Test func aResentFormThatMovesOnlyAMeanIsRefused() throws {
    #expect(try report().written)
    // p020 answers again, later, with knowledge_before 1 instead of 3: the same n.
    try dakar.collectLateFeedback(from: ["p020"], answers: DakarInMemory.resentAnswersOfP020)
    try expectRefusedByTheEventsState([])
    let message = try refusalMessage()
    #expect(message.contains("answered:knowledge_before+knowledge_after: 1") && !message.contains("responded:"), "\(message)")
  }

  @Test func aChangeNoFigureCountsIsPublishedAgainAndThenCounted() throws {
    #expect(try report().written)
    // p020 sends the form again with other comments only: no figure uses them.
    let answers = DakarInMemory.resentAnswersOfP020.replacingOccurrences(
      of: "\"knowledge_before\": 1", with: "\"knowledge_before\": 3"
    ).replacingOccurrences(of: "Des échanges très utiles entre maires.", with: "Merci.")
    try dakar.collectLateFeedback(from: ["p020"], answers: answers)
    let root = dakar.workspace.root
    try expectRefusedByTheEventsState([
      "  \(root) (dakar-2027): its records changed since its last published report, in nothing its figures count (or that report was written by an earlier version of convene); publish it again with `convene report --workspace \(root)`"
    ])
    let again = try publishDakar()
    #expect(again.written && again.report.fewChanged.isEmpty)
    #expect(try report().written)
  }

  /// Writes Dakar's `followup/followup.csv`: one answer, done, from each of `participants`.
  func writeFollowups(_ participants: [String]) throws {
    let rows = participants.map { "f-\($0),\($0),2027-07-10T10:00:00Z,followup-\($0).json,fr,done,,," }
    try dakar.files.write(
      (["response,participant,submitted_at,source,language,status,changes,obstacles,support"] + rows).map { $0 + "\r\n" }
        .joined(), to: dakar.path("followup/followup.csv"))
  }

  @Test func fiveFollowupsRemovedThenRestoredWithOneLateAreRefusedAgainstTheFirstNetworkEdition() throws {
    // What only the network counts, in the fourth attacker's cycle: 20 follow-ups (edition 1),
    // 5 of them removed (edition 2: every cell 0 or 5 apart), then restored as one late
    // follow-up arrives: 6 from edition 2, one from edition 1.
    let committed = dakar.respondentsOfEveryQuestion()
    #expect(committed.count >= 25)
    try writeFollowups(Array(committed.prefix(20)))
    #expect(try report().written)
    try writeFollowups(Array(committed.prefix(15)))
    #expect(try report().written)
    let files = ["reports/indicators.csv", "reports/cities.csv", "reports/network-report.json", NetworkPublicationRecord.path]
    let second = try files.map { try #require(dakar.files.text(folder.path($0))) }
    try writeFollowups(Array(committed.prefix(21)))
    let start = dakar.files.writes.count
    let lines = try refusalMessage().components(separatedBy: "\n")
    #expect(lines.first?.hasSuffix(" moved by fewer than 5 people since a network report already published from this folder, which anyone holding both could subtract; nothing was written:") == true, "\(lines)")
    #expect(lines.contains("  since edition 1 of 2 published:"), "\(lines)")
    #expect(lines.contains("    2027 city:followed-up network total all: 20 → 21"), "\(lines)")
    #expect(!lines.contains { $0.hasPrefix("  since edition 2") }, "\(lines)")
    #expect(writes(since: start).isEmpty)
    #expect(try files.map { try #require(dakar.files.text(folder.path($0))) } == second)
    // The same follow-ups as edition 2 again: written, no new edition. Then 25: 5 from edition
    // 1 and 10 from edition 2, written as edition 3.
    try writeFollowups(Array(committed.prefix(15)))
    #expect(try report().written)
    let record = { try NetworkPublicationRecord.read(try #require(dakar.files.text(self.folder.path(NetworkPublicationRecord.path)))) }
    #expect(try record().editions == 2)
    try writeFollowups(Array(committed.prefix(25)))
    #expect(try report().written)
    #expect(try record().editions == 3)
  }

  @Test func fourNetworkEditionsEachFiveApartThatSingleOutOneFollowupAreRefused() throws {
    // 10 follow-ups, then 5 late ones, then 11 more; then the 5 late ones removed as test forms
    // while the first person withdraws hers: every edition 5 or more from every other, and
    // edition 3 − edition 2 − edition 4 + edition 1 her follow-up.
    let committed = dakar.respondentsOfEveryQuestion()
    #expect(committed.count >= 26)
    for count in [10, 15, 26] {
      try writeFollowups(Array(committed.prefix(count)))
      #expect(try report().written)
    }
    let files = ["reports/indicators.csv", "reports/cities.csv", "reports/network-report.json", NetworkPublicationRecord.path]
    let third = try files.map { try #require(dakar.files.text(folder.path($0))) }
    try writeFollowups(Array(committed[1..<10] + committed[15..<26]))
    let start = dakar.files.writes.count
    let lines = try refusalMessage().components(separatedBy: "\n")
    #expect(lines.first?.hasPrefix("Adding and subtracting network reports already published from this folder (edition 1, edition 2, edition 3 (the last) of 3) and this one would single out fewer than 5 people") == true, "\(lines)")
    #expect(lines.contains("  2027 followed-up: the new edition − edition 3 + edition 2 − edition 1 counts 1 person (fewer than 5)"), "\(lines)")
    #expect(writes(since: start).isEmpty)
    #expect(try files.map { try #require(dakar.files.text(folder.path($0))) } == third)
    // The 5 late ones removed with no one withdrawing: every sum of editions counts 5 or more
    // (the late ones, the 11, the first 10), written as edition 4.
    try writeFollowups(Array(committed[0..<10] + committed[15..<26]))
    #expect(try report().written)
    let record = try NetworkPublicationRecord.read(try #require(dakar.files.text(folder.path(NetworkPublicationRecord.path))))
    #expect(record.editions == 4)
  }

  /// The message the network report is refused with now.
  func refusalMessage() throws -> String {
    do {
      _ = try report()
    } catch let failure as CommandFailure {
      return failure.message
    }
    Issue.record("the network report was written")
    return ""
  }

  @Test func aReportUnderAHeldLockStopsWithExitCode3() throws {
    let start = dakar.files.writes.count
    let lock = try dakar.files.lock(folder.workspace.lockPath, purpose: "convene network report")
    defer { lock.release() }
    #expect {
      try report()
    } throws: { error in
      (error as? any ConveneError)?.exitCode == 3
    }
    #expect(writes(since: start).isEmpty)
  }
}
