import ConveneCore
import ConveneEvaluationRuns
import ConveneTemplates
import ConveneTestSupport
import ConveneWorkspace
import Foundation
import Testing

/// `report` as one transaction, on the Dakar example in memory after the event.
@Suite struct ReportRunTests {
  let dakar: DakarInMemory

  init() throws {
    dakar = try DakarInMemory()
    try dakar.afterTheEvent()
  }

  func report(audit: Bool = false, output: String? = nil) throws -> ReportRun.Outcome {
    try ReportRun.run(
      [dakar.workspace], outside: dakar.files,
      request: .init(
        formats: ReportRun.Format.allCases, output: output, language: nil, audit: audit,
        template: try #require(TemplateBundle.text(of: "report.html.mustache"))),
      standard: DakarInMemory.standard(), newEdition: ReportRun.randomEdition, purpose: "test")
  }

  /// Sets the disclosure threshold in `event.json`.
  func setThreshold(_ threshold: Int) throws {
    let event = try #require(dakar.text("event.json"))
    let lines = event.components(separatedBy: "\n").filter { !$0.contains("\"disclosure\"") }
    try dakar.files.write(
      ([lines[0], "  \"disclosure\": { \"threshold\": \(threshold) },"] + lines.dropFirst()).joined(separator: "\n"),
      to: dakar.path("event.json"))
  }

  @Test func anAuditedReportWritesEveryFormatAndTheRecordOfWhatItHid() throws {
    let outcome = try report(audit: true)
    #expect(outcome.written)
    #expect(outcome.audit?.result.passed == true && outcome.audit?.earlier == [])
    #expect(
      outcome.paths == [dakar.path("reports/report.html"), dakar.path("reports/report.md"), dakar.path("reports/indicators.csv"),
        dakar.path("reports/indicators.json")])
    for path in outcome.paths { #expect(dakar.files.text(path) != nil) }
    #expect(dakar.text("reports/indicators.csv")!.contains("dakar-2027,registered,gender,woman,25,25,\r\n"))
    #expect(dakar.text(".convene/disclosure.json")!.contains("\"registered\""))
    // Audited again with the first report in the folder.
    #expect(try report(audit: true).audit?.earlier == [dakar.path("reports")])
  }

  @Test func aReportTheAuditRefusesWritesNoFileAtAll() throws {
    try setThreshold(10)
    #expect(try report().written)
    let first = dakar.text("reports/indicators.csv")
    try setThreshold(5)
    // The record of what the first report hid is lost: the second would show what it hid.
    dakar.files.delete(dakar.path(".convene/disclosure.json"))
    let writes = dakar.files.writes.count
    let refused = try report(audit: true)
    #expect(!refused.written)
    let refusal = try #require(refused.audit?.refusal)
    #expect(refusal.message.hasPrefix("the disclosure audit failed, nothing was written:\n"))
    #expect(refusal.message.contains("recoverable: dakar-2027 "))
    #expect(dakar.files.writes.count == writes)
    #expect(dakar.text("reports/indicators.csv") == first)
  }

  @Test func aNewEditionAFewPeopleApartIsRefusedUntilEnoughRecordsChanged() throws {
    #expect(try report().written)
    // The same report again: nothing changed, nothing new to give away.
    #expect(try report().written)
    let published = try #require(dakar.text("reports/indicators.csv"))
    let record = try #require(dakar.text(".convene/disclosure.json"))
    #expect(record.contains("\"populations\"") && record.contains("\"responded\"") && !record.contains("p019"))
    // One late form: the next edition would be the last one plus that person's answers.
    let late = try dakar.collectLateFeedback(from: ["p005"])
    #expect(late.outcome.rejections.isEmpty && late.written)
    try expectRefused(
      ["responded: 1 person entered, left or changed (4 more needed)",
        "answered:satisfaction: 1 person entered, left or changed (4 more needed)"], unchanged: published, record)
    // Four more people's forms: five people apart from the last edition, which may be published.
    try dakar.collectLateFeedback(from: ["p023", "p007", "p012", "p031"])
    let outcome = try report(audit: true)
    #expect(outcome.written && outcome.report.fewChanged.isEmpty, "\(outcome.audit?.refusal?.message ?? "")")
    #expect(dakar.text("reports/indicators.csv") != published)
    // One more after that edition is refused again.
    try dakar.collectLateFeedback(from: ["p022"])
    #expect(throws: CommandFailure.self) { try report() }
  }

  /// Expects `report --audit` to be refused (exit 1) naming each of `populations` since the
  /// published edition `edition` of `of`, with no file written and the last edition and its
  /// record as they were.
  @discardableResult
  func expectRefused(
    _ populations: [String], since edition: Int = 1, of count: Int = 1, unchanged published: String, _ record: String
  ) throws -> [String] {
    let writes = dakar.files.writes.count
    let failure: CommandFailure
    do {
      _ = try report(audit: true)
      Issue.record("the report was written")
      return []
    } catch let error as CommandFailure {
      failure = error
    }
    let lines = failure.message.components(separatedBy: "\n")
    #expect(failure.exitCode == 1)
    #expect(lines.first?.hasPrefix("dakar-2027: fewer than 5 people changed in ") == true, "\(lines)")
    #expect(
      lines.first?.hasSuffix(
        " of its report already published; a new edition now would reveal their answers and groups as the difference between the two reports:"
      ) == true, "\(lines)")
    let heading = "  since edition \(edition) of \(count) published\(edition == count ? ", the last" : "") (its reports name the editions "
    let start = try #require(lines.firstIndex { $0.hasPrefix(heading) }, "\(lines)")
    let section = lines[(start + 1)...].prefix { $0.hasPrefix("    ") }
    for population in populations { #expect(section.contains("    " + population), "\(lines)") }
    #expect(
      lines.suffix(2) == [
        "Publish again once at least 5 people have changed since every published edition in each population that changed, or keep sharing the last report.",
        "Nothing was written.",
      ])
    #expect(dakar.files.writes.count == writes)
    #expect(dakar.text("reports/indicators.csv") == published)
    #expect(dakar.text(".convene/disclosure.json") == record)
    return lines
  }

  @Test func oneLateFormAndFourNewRegistrationsAreRefusedPopulationByPopulation() throws {
    #expect(try report().written)
    let published = try #require(dakar.text("reports/indicators.csv"))
    let record = try #require(dakar.text(".convene/disclosure.json"))
    // Five people changed in all, but the respondents' figures would differ by one form and
    // the registered by four people.
    try dakar.collectLateFeedback(from: ["p005"])
    try dakar.addDeclinedRegistrations(1...4)
    try expectRefused(
      ["registered: 4 people entered, left or changed (1 more needed)",
        "responded: 1 person entered, left or changed (4 more needed)",
        "answered:knowledge_before+knowledge_after: 1 person entered, left or changed (4 more needed)"],
      unchanged: published, record)
    // Four more forms: every population that changed did so by five people or more.
    try dakar.collectLateFeedback(from: ["p023", "p007", "p012", "p031"])
    try dakar.addDeclinedRegistrations(5...9)
    #expect(try report(audit: true).written)
    #expect(dakar.text("reports/indicators.csv") != published)
  }

  /// `event.json` with the indicator `id` left out of its evaluation.
  func removeIndicator(_ id: String) throws {
    let data = Data(try #require(dakar.text("event.json")).utf8)
    var event = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    var evaluation = try #require(event["evaluation"] as? [String: Any])
    let indicators = try #require(evaluation["indicators"] as? [[String: Any]])
    evaluation["indicators"] = indicators.filter { $0["id"] as? String != id }
    event["evaluation"] = evaluation
    let text = String(decoding: try JSONSerialization.data(withJSONObject: event, options: [.prettyPrinted]), as: UTF8.self)
    try dakar.files.write(text, to: dakar.path("event.json"))
  }

  @Test func droppingTheChangeIndicatorOnTheSameRecordsIsRefusedForTheMeanItUnpairs() throws {
    // Five late forms answer both knowledge questions; an anonymous one answers only "before", 1.
    try dakar.collectLateFeedback(from: ["p023", "p007", "p012", "p031", "p022"])
    try dakar.collectAnonymousFeedback(
      ["r-before-only"], answers: #"{"satisfaction": 4, "knowledge_before": 1, "intend_to_act": "yes", "recommend": 8}"#)
    #expect(try report(audit: true).written)
    let published = try #require(dakar.text("reports/indicators.csv"))
    let record = try #require(dakar.text(".convene/disclosure.json"))
    let event = try #require(dakar.text("event.json"))
    // Without the change, the mean before would count that form too: the two means give its answer.
    try removeIndicator("knowledge-change")
    let lines = try expectRefused(
      ["mean:knowledge_before: 1 person entered, left or changed (4 more needed)"], unchanged: published, record)
    #expect(!lines.contains { $0.hasPrefix("    mean:knowledge_after") })
    #expect(
      lines.contains(
        "The records are those of the last report: the indicators in event.json changed (the mean of knowledge_before counts those who answered both questions where a \"change\" indicator compares them, else everyone who answered it). Restore the indicators of the published edition to publish its figures again."
      ), "\(lines)")
    // The indicators restored, the same edition is published again.
    try dakar.files.write(event, to: dakar.path("event.json"))
    #expect(try report(audit: true).written)
  }

  @Test func aResentFormWithOneOtherAnswerIsRefusedWhereThatAnswerIsCounted() throws {
    #expect(try report().written)
    let published = try #require(dakar.text("reports/indicators.csv"))
    let record = try #require(dakar.text(".convene/disclosure.json"))
    // p020 sends the form again, later, with knowledge_before 1 instead of 3: the same people
    // responded, but the knowledge figures (all over those who answered both) would move by
    // one person's answer.
    try dakar.collectLateFeedback(from: ["p020"], answers: DakarInMemory.resentAnswersOfP020)
    let lines = try expectRefused(
      ["answered:knowledge_before+knowledge_after: 1 person entered, left or changed (4 more needed)"],
      unchanged: published, record)
    // The populations whose figures do not use that answer did not change; the mean of
    // knowledge_before, compared by question too, did.
    #expect(lines.contains("    mean:knowledge_before: 1 person entered, left or changed (4 more needed)"))
    #expect(lines.count == 6, "\(lines)")
  }

  /// The report's files and record now, to compare after a refusal.
  func published() throws -> (indicators: String, record: String) {
    (try #require(dakar.text("reports/indicators.csv")), try #require(dakar.text(".convene/disclosure.json")))
  }

  /// The refusal's lines for one late form against the edition it is compared with.
  static let oneLateForm = [
    "responded: 1 person entered, left or changed (4 more needed)",
    "answered:satisfaction: 1 person entered, left or changed (4 more needed)",
  ]

  @Test func fiveGendersCorrectedThenRevertedWithOneLateFormAreRefusedAgainstTheFirstEdition() throws {
    // The fourth attacker's cycle: edition 1; five respondents' gender "corrected" (every
    // population they are in moved by 5: edition 2); the correction undone while one late form
    // arrives. Six people from edition 2, but one from edition 1.
    #expect(try report(audit: true).written)
    let first = try published()
    let five = Set(dakar.respondentsOfEveryQuestion().prefix(5))
    #expect(five.count == 5)
    let genders = try #require(dakar.text("participants.csv"))
    try dakar.setGender("non-binary", of: five)
    #expect(dakar.text("participants.csv") != genders)
    #expect(try report(audit: true).written)
    let second = try published()
    #expect(second.indicators != first.indicators)
    try dakar.files.write(genders, to: dakar.path("participants.csv"))
    try dakar.collectLateFeedback(from: ["p005"])
    let lines = try expectRefused(
      Self.oneLateForm, since: 1, of: 2, unchanged: second.indicators, second.record)
    // Against edition 2, every population moved by 5 or more: only edition 1 is named.
    #expect(!lines.contains { $0.hasPrefix("  since edition 2 ") }, "\(lines)")
    // Without the late form, the records are edition 1's again: nothing new, written.
    try dakar.removeResponses(["r-late-p005"])
    #expect(try report(audit: true).written)
    #expect(dakar.text("reports/indicators.csv") == first.indicators)
  }

  @Test func fiveTestFormsAddedThenCleanedOutWithOneLateFormAreRefusedAgainstTheFirstEdition() throws {
    // The second variant: edition 1; five anonymous test forms (edition 2); the test forms
    // cleaned out of feedback.csv as one late form arrives (from p006).
    #expect(try report(audit: true).written)
    let tests = (1...5).map { "r-test-\($0)" }
    try dakar.collectAnonymousFeedback(tests)
    #expect(try report(audit: true).written)
    let second = try published()
    try dakar.removeResponses(Set(tests))
    try dakar.collectLateFeedback(from: ["p006"])
    let lines = try expectRefused(
      Self.oneLateForm, since: 1, of: 2, unchanged: second.indicators, second.record)
    #expect(!lines.contains { $0.hasPrefix("  since edition 2 ") }, "\(lines)")
    // Five more late forms from people who came: six respondents apart from edition 1 (five
    // of those who came), eleven from edition 2: written, and kept as edition 3.
    try dakar.collectLateFeedback(from: ["p023", "p007", "p012", "p031", "p022"])
    let third = try report(audit: true)
    #expect(third.written, "\(third.audit?.refusal?.message ?? "")")
    #expect(third.report.records["dakar-2027"]?.published.count == 3)
    #expect(try published().indicators != second.indicators)
  }

  @Test func fourEditionsEachFivePeopleFromEveryOtherAreRefusedForThePersonTheyAddUpTo() throws {
    // The attacker's cycle: edition 1; five test forms (edition 2); seven late forms, one of
    // them anonymous (edition 3); the test forms cleaned out while the anonymous late form is
    // withdrawn. Every edition is 5 or more people from every other, but edition 3 − edition 2
    // − the new one + edition 1 is that form. (Anonymous, it is outside those who came, whom
    // the response rate counts: a named form withdrawn would change them by one person, which
    // is refused on its own.)
    #expect(try report(audit: true).written)
    let tests = (1...5).map { "r-test-\($0)" }
    try dakar.collectAnonymousFeedback(tests)
    #expect(try report(audit: true).written)
    try dakar.collectLateFeedback(from: ["p006", "p023", "p007", "p012", "p031", "p022"])
    try dakar.collectAnonymousFeedback(["r-late-anonymous"])
    #expect(try report(audit: true).written)
    let third = try published()
    try dakar.removeResponses(Set(tests + ["r-late-anonymous"]))
    let writes = dakar.files.writes.count
    let failure: CommandFailure
    do {
      _ = try report(audit: true)
      Issue.record("the report was written")
      return
    } catch let error as CommandFailure {
      failure = error
    }
    #expect(failure.exitCode == 1)
    let lines = failure.message.components(separatedBy: "\n")
    #expect(
      lines.first
        == "dakar-2027: adding and subtracting editions of its report already published and the new one would single out fewer than 5 people in some populations it publishes; a new edition now would reveal their answers and groups as that sum of the reports' figures:"
    )
    #expect(lines.contains("  responded: the new edition − edition 3 + edition 2 − edition 1 counts 1 person (fewer than 5)"), "\(lines)")
    #expect(lines.contains("  answered:satisfaction: the new edition − edition 3 + edition 2 − edition 1 counts 1 person (fewer than 5)"))
    let named = lines.drop { $0 != "  where" }.dropFirst().prefix { $0.hasPrefix("    ") }
    #expect(named.map { $0.prefix(30) } == ["    edition 1 of 3 published (", "    edition 2 of 3 published (", "    edition 3 of 3 published, "])
    #expect(named.allSatisfy { $0.contains("(its reports name the editions registration ") })
    #expect(
      lines.suffix(2) == [
        "Publish again once more people have entered, left or changed in those populations so that every such sum counts 5 people or more (or once the records are those of a published edition again), or keep sharing the last report.",
        "Nothing was written.",
      ])
    #expect(dakar.files.writes.count == writes)
    #expect(try published() == third)
    // The form back: the sum is nobody, and the edition is written.
    try dakar.collectAnonymousFeedback(["r-late-anonymous"])
    let outcome = try report(audit: true)
    #expect(outcome.written && outcome.report.fewCombined.isEmpty)
    #expect(outcome.report.records["dakar-2027"]?.published.count == 4)
  }

  /// A report file that cannot be written (a full disk, a read-only folder) fails the report
  /// before anything is put in place: no record of an edition nobody has, the earlier report
  /// and record as they were, and the same report runs once the file can be written.
  @Test(arguments: ["reports/report.html", "reports/indicators.json"])
  func aReportFileThatCannotBeWrittenLeavesTheEarlierReportAndRecord(_ refused: String) throws {
    let refusing = RefusingFileSystem(base: dakar.files, refused: dakar.path(refused))
    let workspace = Workspace(root: dakar.workspace.root, fileSystem: refusing)
    let request = ReportRun.Request(
      formats: ReportRun.Format.allCases, output: nil, language: nil, audit: false,
      template: try #require(TemplateBundle.text(of: "report.html.mustache")))
    let run = {
      try ReportRun.run(
        [workspace], outside: refusing, request: request, standard: DakarInMemory.standard(),
        newEdition: ReportRun.randomEdition, purpose: "test")
    }
    let paths = [".convene/disclosure.json"] + ReportRun.Format.allCases.map { "reports/" + $0.fileName }
    #expect(throws: WorkspaceError.self) { try run() }
    #expect(paths.allSatisfy { dakar.text($0) == nil }, "\(paths.map { dakar.text($0) != nil })")
    // A report published, then more answers: the new edition fails as the first did.
    #expect(try report().written)
    let earlier = paths.map { dakar.text($0) }
    try dakar.collectAnonymousFeedback((1...5).map { "r-late-\($0)" })
    #expect(throws: WorkspaceError.self) { try run() }
    #expect(paths.map { dakar.text($0) } == earlier)
    // Once the file can be written, the report runs.
    let rerun = try report()
    #expect(rerun.written && rerun.report.records["dakar-2027"]?.published.count == 2)
    #expect(paths.map { dakar.text($0) } != earlier)
  }

  @Test func editionNamesHaveSixteenHexadecimalDigits() {
    let hexadecimal = Set("0123456789abcdef")
    #expect((0..<200).allSatisfy { _ in ReportRun.randomEdition().count == 16 })
    #expect((0..<200).allSatisfy { _ in ReportRun.randomEdition().allSatisfy(hexadecimal.contains) })
  }

  @Test func aReportUnderAHeldLockStopsWithExitCode3() throws {
    let writes = dakar.files.writes.count
    let lock = try dakar.holdLock()
    defer { lock.release() }
    #expect {
      try report()
    } throws: { error in
      (error as? any ConveneError)?.exitCode == 3
    }
    #expect(dakar.files.writes.count == writes)
  }

  @Test func aDamagedRecordIsRefusedWithItsLineAndNothingIsWritten() throws {
    try dakar.files.write("{\n  \"version\": [\n", to: dakar.path(".convene/disclosure.json"))
    let writes = dakar.files.writes.count
    #expect {
      try report()
    } throws: { error in
      "\(error)".hasPrefix(dakar.path(".convene/disclosure.json") + ":") && "\(error)".contains("restore it")
    }
    #expect(dakar.files.writes.count == writes)
  }
}
