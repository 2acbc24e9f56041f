import ConveneCore
import ConveneDisclosureAudit
import ConveneEvaluation
import Foundation
import Testing

/// The audit plays the attacker. First it is shown to catch leaks (in the reports of the old
/// policy and in hand-made tables), then it is run on generated events with many small groups,
/// alone, rolled up, and reported again later.
@Suite struct DisclosureAuditTests {
  func recovered(_ result: DisclosureAudit.Result) -> [String: [Int]] {
    var cells: [String: [Int]] = [:]
    for leak in result.recovered { for cell in leak.cells { cells[cell] = leak.values } }
    return cells
  }

  @Test func theOldPolicysDakarReportGivesAwayTheThreeYoungestRespondents() {
    // indicators.csv and indicators.json as convene wrote them before this policy, for the
    // Dakar workshop after the event: 40 respondents, 37 of them shown by age beside the
    // hidden `satisfied` of the 18-24s.
    let result = DisclosureAudit.run([Publish.fixture("dakar-old-policy")])
    #expect(!result.passed)
    #expect(recovered(result)["dakar-2027 satisfied age_group 18-24"] == [3])
    // The same three people, through every feedback indicator broken down by age.
    let (rests, groups) = (
      result.recovered.filter { $0.cells[0].hasSuffix("(complement)") },
      result.recovered.filter { !$0.cells[0].hasSuffix("(complement)") }
    )
    #expect(groups.count == 7)
    #expect(groups.allSatisfy { $0.values == [3] && $0.cells[0].contains("age_group 18-24") })
    // And shares whose rest is a small group: 85.7 % of 7 local officials satisfied leaves 1.
    #expect(rests.allSatisfy { $0.values.count == 1 && (1...4).contains($0.values[0]) }, "\(rests)")
    #expect(recovered(result)["dakar-2027 satisfied category local-official (complement)"] == [1], "\(rests)")
  }

  /// Asked to stop (Ctrl-C, SIGTERM), the audit ends before the next hidden count, and an
  /// audit stopped part-way has passed nothing, even where the counts it did check were safe.
  @Test func anAuditAskedToStopEndsBeforeTheNextCountAndPassesNothing() {
    let whole = DisclosureAudit.run([Publish.fixture("dakar-old-policy")])
    #expect(whole.hiddenCounts > 10)
    var asked = 0
    let stopped = DisclosureAudit.run([Publish.fixture("dakar-old-policy")]) {
      asked += 1
      return asked == 3
    }
    #expect(asked == 3)
    #expect(stopped.stopped && !stopped.passed)
    #expect(stopped.recovered.count < whole.recovered.count)
    #expect(stopped.summary.hasSuffix("; stopped before every hidden count was checked"), "\(stopped.summary)")
    #expect(!whole.stopped && !whole.summary.contains("stopped"))
  }

  @Test func aHiddenPercentageThatKeepsItsNIsWorkedOutFromTheTotal() {
    let json = """
      {"events": [{"id": "e"}], "suppression_threshold": 5,
       "indicators": [{"id": "satisfied", "measure": "share", "question": "q", "answers": ["5"]}],
       "values": [
        {"event": "e", "indicator": "satisfied", "disaggregation": "total", "group": "all", "value": 50.0, "n": 20},
        {"event": "e", "indicator": "satisfied", "disaggregation": "age_group", "group": "young", "value": "<5", "n": "<5"},
        {"event": "e", "indicator": "satisfied", "disaggregation": "age_group", "group": "old", "value": 47.1, "n": 17}
       ]}
      """
    let result = DisclosureAudit.run([PublishedFiles(name: "hand-made", json: json)])
    #expect(recovered(result)["e satisfied age_group young"] == [3])
    // 10 satisfied in all, 8 of the 17 old: 2 of the 3 young.
    #expect(recovered(result)["e satisfied age_group young (numerator)"] == [2])
  }

  @Test func aRollUpBesideAnEventsHiddenCellGivesItAway() {
    let json = """
      {"events": [{"id": "a"}, {"id": "b"}],
       "indicators": [{"id": "registered", "measure": "registered"}],
       "values": [
        {"event": "a", "indicator": "registered", "disaggregation": "total", "group": "all", "value": 40, "n": 40},
        {"event": "a", "indicator": "registered", "disaggregation": "gender", "group": "woman", "value": "suppressed", "n": "suppressed"},
        {"event": "a", "indicator": "registered", "disaggregation": "gender", "group": "man", "value": "suppressed", "n": "suppressed"},
        {"event": "b", "indicator": "registered", "disaggregation": "total", "group": "all", "value": 30, "n": 30},
        {"event": "b", "indicator": "registered", "disaggregation": "gender", "group": "woman", "value": 15, "n": 15},
        {"event": "b", "indicator": "registered", "disaggregation": "gender", "group": "man", "value": 15, "n": 15},
        {"event": "all", "indicator": "registered", "disaggregation": "total", "group": "all", "value": 70, "n": 70},
        {"event": "all", "indicator": "registered", "disaggregation": "gender", "group": "woman", "value": 18, "n": 18},
        {"event": "all", "indicator": "registered", "disaggregation": "gender", "group": "man", "value": "suppressed", "n": "suppressed"}
       ]}
      """
    let result = DisclosureAudit.run([PublishedFiles(name: "network", json: json)])
    #expect(recovered(result)["a registered gender woman"] == [3])
  }

  @Test func twoReportsOfTheSamePeopleWithDifferentHiddenCellsGiveThemAway() {
    func report(_ hidden: String) -> PublishedFiles {
      let rows = [("all", 50), ("a", 2), ("b", 20), ("c", 28)].map { group, n in
        let shown = group != "a" && group != hidden
        return "e,registered,\(group == "all" ? "total" : "category"),\(group),\(shown ? String(n) : "suppressed"),\(shown ? String(n) : "suppressed"),"
      }
      let csv = (["event,indicator,disaggregation,group,value,n,target"] + rows).joined(separator: "\r\n") + "\r\n"
      return PublishedFiles(
        name: "hid \(hidden)", csv: csv,
        json: #"{"events": [{"id": "e"}], "indicators": [{"id": "registered", "measure": "registered"}], "values": []}"#)
    }
    #expect(DisclosureAudit.run([report("b")]).passed)
    #expect(DisclosureAudit.run([report("c")]).passed)
    let both = DisclosureAudit.run([report("b"), report("c")])
    #expect(recovered(both)["e registered category a"] == [2])
  }

  @Test func aMarkdownOrHTMLReportShowingWhatTheCSVHidesIsCaught() {
    let report = IndicatorReport(events: [EventGenerator.event(seed: 7)])
    var files = Publish.files(report, name: "seed 7")
    #expect(DisclosureAudit.run([files]).passed)
    let hidden = report.values.first { $0.isCountHidden && $0.value.event == report.headline && !$0.value.isTotal }!
    // The Markdown shows one hidden row's n.
    let row = "| \(hidden.valueText) | \(hidden.nText) |"
    let markdown = files.markdown!.components(separatedBy: "\n")
    let index = markdown.firstIndex { $0.contains(row) }!
    files.markdown = markdown.enumerated().map { offset, line in
      offset == index ? line.replacingOccurrences(of: row, with: "| suppressed | \(hidden.value.n) |") : line
    }.joined(separator: "\n")
    let result = DisclosureAudit.run([files])
    #expect(!result.passed)
    #expect(result.findings.contains { $0.contains("report.md") && $0.contains("n=\(hidden.value.n)") })
  }

  @Test func aChartBarDrawnForAHiddenCellIsCaught() {
    let report = IndicatorReport(events: [EventGenerator.event(seed: 11)])
    var files = Publish.files(report, name: "seed 11")
    let marker = "<text class=\"value\""
    let html = files.html!
    guard let chart = html.range(of: "<svg class=\"chart\" id=\"chart-participation\""),
      let suppressed = html.range(of: ">suppressed</text>", range: chart.upperBound..<html.endIndex),
      let value = html.range(of: marker, options: .backwards, range: chart.upperBound..<suppressed.lowerBound)
    else { return }
    files.html = html.replacingCharacters(
      in: value.lowerBound..<value.lowerBound,
      with: "<rect class=\"bar\" x=\"200\" y=\"0\" width=\"30\" height=\"18\"/>")
    let result = DisclosureAudit.run([files])
    #expect(result.findings.contains { $0.contains("draws a bar for the hidden cell") })
  }

  /// How many generated events the tests audit; `DISCLOSURE_AUDIT_EVENTS` asks for more.
  static let events = Int(ProcessInfo.processInfo.environment["DISCLOSURE_AUDIT_EVENTS"] ?? "") ?? 80

  /// The languages reports are written in, in turn (the audit reads each one's words).
  static let languages = ["en", "fr", "ar", "es", "pt"]

  @Test func generatedEventsWithManySmallGroupsGiveNothingAway() {
    var failures: [String] = []
    var hiddenCounts = 0
    for seed in 1...UInt64(Self.events) {
      let report = IndicatorReport(events: [EventGenerator.event(seed: seed)])
      let language = Self.languages[Int(seed) % Self.languages.count]
      let result = DisclosureAudit.run([Publish.files(report, name: "seed \(seed)", language: language)])
      hiddenCounts += result.hiddenCounts
      if !result.passed {
        failures.append(
          "seed \(seed): " + (result.recovered.map(\.description) + result.undecided + result.findings).prefix(5).joined(separator: "; "))
      }
      // A row of no one is shown only where its group's registered are shown too (or no one
      // is counted at all): beside a hidden one it would say that the hidden row holds the
      // threshold or more.
      let hiddenRegistered = Set(
        report.values.filter { $0.value.indicator == "registered" && $0.value.isFieldGroup && $0.isCountHidden }
          .map { [$0.value.disaggregation, $0.value.group] })
      let noOne = Set(report.values.filter { $0.value.isTotal && $0.value.n == 0 }.map(\.value.indicator))
      for cell in report.values
      where cell.value.isFieldGroup && !cell.isCountHidden && cell.value.n == 0 && !noOne.contains(cell.value.indicator)
        && hiddenRegistered.contains([cell.value.disaggregation, cell.value.group])
      {
        failures.append("seed \(seed): \(cell.value.indicator) \(cell.value.disaggregation) \(cell.value.group) shows 0 beside its registered hidden")
      }
      // Nothing about 1 to threshold - 1 people is shown, but the whole event's answer counts.
      let threshold = report.policies.values.first!.threshold
      for cell in report.values where !cell.isCountHidden && cell.value.disaggregation != "answer" {
        if (1..<threshold).contains(cell.value.n) {
          failures.append("seed \(seed): \(cell.value.indicator) \(cell.value.disaggregation) \(cell.value.group) shows n=\(cell.value.n)")
        }
      }
    }
    #expect(failures.isEmpty, "\(failures.count) events failed: \(failures.prefix(10).joined(separator: "\n"))")
    #expect(hiddenCounts > Self.events * 10)
  }

  @Test func generatedRollUpsWithTheEventsOwnReportsGiveNothingAway() {
    var failures: [String] = []
    for round in 0..<max(1, Self.events / 8) {
      let seeds = (0..<(2 + round % 2)).map { UInt64(10_000 + round * 10 + $0) }
      let events = seeds.map { EventGenerator.event(seed: $0) }
      let languages = Self.languages
      let own = events.enumerated().map { index, event in
        Publish.files(
          IndicatorReport(events: [event]), name: event.plan.event.id,
          language: languages[(round + index) % languages.count])
      }
      let network = Publish.files(
        IndicatorReport(events: events), name: "network \(round)",
        language: languages[(round + 2) % languages.count])
      let result = DisclosureAudit.run(own + [network])
      if !result.passed {
        failures.append(
          "round \(round): " + (result.recovered.map(\.description) + result.undecided + result.findings).prefix(5).joined(separator: "; "))
      }
    }
    #expect(failures.isEmpty, "\(failures.count) roll-ups failed: \(failures.prefix(10).joined(separator: "\n"))")
  }

  /// The same event reported twice: first with `first`, then with `then` applied to its
  /// records, the second report knowing what the first hid when `remember` is true.
  func twice(
    seed: UInt64, remember: Bool, _ first: (inout EventRecords) -> Void,
    _ then: (inout EventRecords) -> Void
  ) -> DisclosureAudit.Result {
    var records = EventGenerator.event(seed: seed)
    first(&records)
    // Editions named in turn, as the command names them at random.
    var editions = 0
    let newEdition = { () -> String in
      editions += 1
      return "edition-\(editions)"
    }
    let before = IndicatorReport(events: [records], newEdition: newEdition)
    then(&records)
    let id = records.plan.event.id
    let after = IndicatorReport(
      events: [records], earlier: remember ? before.records : [:], newEdition: newEdition)
    return DisclosureAudit.run([
      Publish.files(before, name: "\(id) before"), Publish.files(after, name: "\(id) after"),
    ])
  }

  @Test func aReportAfterTheThresholdIsLoweredKeepsHiddenWhatTheFirstHid() {
    var withRecord: [String] = []
    var withoutRecord = 0
    for seed in 1...UInt64(max(20, Self.events / 5)) {
      let raise: (inout EventRecords) -> Void = { $0.plan.event.disclosure.threshold = 10 }
      let lower: (inout EventRecords) -> Void = { $0.plan.event.disclosure.threshold = 5 }
      let kept = twice(seed: seed, remember: true, raise, lower)
      if !kept.passed { withRecord.append("seed \(seed): \(kept.summary)") }
      if !twice(seed: seed, remember: false, raise, lower).passed { withoutRecord += 1 }
    }
    #expect(withRecord.isEmpty, "\(withRecord.joined(separator: "\n"))")
    // Without the record, a group hidden under 10 but shown under 5 comes out.
    #expect(withoutRecord > 0)
  }

  @Test func aReportAfterMoreFeedbackCameInStaysConsistentWithTheFirst() {
    // The registration figures are the same people in both reports (attacked together); the
    // feedback figures are new ones.
    var failures: [String] = []
    for seed in 1...UInt64(max(20, Self.events / 5)) {
      var late: [FeedbackResponse] = []
      let result = twice(
        seed: seed, remember: true,
        { records in
          late = Array(records.responses.suffix(records.responses.count / 3))
          records.responses.removeLast(late.count)
        }, { records in records.responses += late })
      if !result.passed { failures.append("seed \(seed): \(result.summary)") }
    }
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
  }
}
