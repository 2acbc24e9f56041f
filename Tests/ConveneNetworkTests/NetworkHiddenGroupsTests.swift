import ConveneCore
import ConveneEvaluation
import Testing

@testable import ConveneNetwork

/// Two network reports of the same people: what the first hid stays hidden in the second,
/// whatever the threshold or `cities.csv` say then, so that no arithmetic over both gives a
/// small group away.
@Suite struct NetworkHiddenGroupsTests {
  /// 22 commitments of Tunis people followed up: 12 done, 2 in progress, 5 not started, 3
  /// dropped (14 acted upon), under a threshold of `threshold`.
  static func followups(threshold: Int) -> NetworkRecords {
    let statuses =
      Array(repeating: "done", count: 12) + Array(repeating: "in-progress", count: 2)
      + Array(repeating: "not-started", count: 5) + Array(repeating: "dropped", count: 3)
    let people = statuses.indices.map { Build.person($0 + 1, city: "Tunis", country: "TN") }
    let responses = people.map { Build.response($0.id, commitment: "Step \($0.id)") }
    let followups = people.indices.map { Build.followup(people[$0].id, status: statuses[$0]) }
    let event = Build.networkEvent(
      Build.event("tunis-2028", year: 2028), people: people, responses: responses, followups: followups)
    var records = Build.records(
      events: [event], cities: [Build.city("tunis-tn", "Tunis", "TN")],
      indicators: [Build.indicator("commitments-acted-upon", .actedUponShare)])
    records.settings.disclosure = DisclosurePolicy(threshold: threshold)
    return records
  }

  /// What a reader holding `reports` knows: every cell shown by any of them, by year, figure,
  /// scope and group, as its n and its numerator (a percentage's value times n).
  static func shown(_ reports: [NetworkReport]) -> [String: (n: Int, numerator: Int?)] {
    var known: [String: (n: Int, numerator: Int?)] = [:]
    for report in reports {
      for cell in report.values where cell.value.isAboutPeople && !cell.isCountHidden {
        let value = cell.value
        let key = "\(value.year) \(value.indicator) \(value.scope) \(value.disaggregation) \(value.group)"
        let numerator = cell.suppression == nil ? value.numerator : nil
        known[key] = (value.n, numerator ?? known[key]?.numerator)
      }
    }
    return known
  }

  /// The attacker's arithmetic: commitments acted upon (the share's numerator) less those
  /// done is the number in progress.
  static func inProgress(_ reports: [NetworkReport]) -> Int? {
    let known = shown(reports)
    guard let acted = known["2028 commitments-acted-upon network total all"]?.numerator,
      let done = known["2028 \(CityRecordCalculator.Figure.followedUp) network status done"]?.n
    else { return nil }
    return acted - done
  }

  @Test func aThresholdLoweredOrRaisedShowsNothingTheFirstReportOfTheSamePeopleHid() throws {
    for (first, second) in [(10, 5), (5, 10)] {
      let earlier = NetworkReport(records: Self.followups(threshold: first))
      let record = NetworkPublicationRecord(earlier, newKey: { "k" })
      // Read back from its file, as the next `network report` reads it.
      let kept = try NetworkPublicationRecord.read(record.json)
      #expect(kept.hidden == record.hidden && !kept.hidden.isEmpty)
      #expect(throws: NetworkPublicationRecord.RecordError.self) {
        try NetworkPublicationRecord.read(record.json.replacingOccurrences(of: "\"hidden\": [", with: "\"hidden\": [[2028, \"network\"],"))
      }
      let later = NetworkReport(records: Self.followups(threshold: second), published: kept)
      #expect(Self.inProgress([earlier, later]) == nil, "threshold \(first) then \(second)")
      // Every cell the second shows, the first showed.
      let before = Self.shown([earlier])
      for (cell, counts) in Self.shown([later]) {
        #expect(before[cell]?.n == counts.n, "threshold \(first) then \(second): \(cell)")
        if counts.numerator != nil { #expect(before[cell]?.numerator == counts.numerator, "\(cell)") }
      }
      #expect(record.smallChanges(in: later).isEmpty && record.combinations(in: later).isEmpty)
    }
  }

  /// A record written before hidden groups were kept learns them from the same report again,
  /// and the next report under another threshold keeps them.
  @Test func aRecordWithoutHiddenGroupsLearnsThemFromTheSameReportAgain() throws {
    let earlier = NetworkReport(records: Self.followups(threshold: 10))
    let json = NetworkPublicationRecord(earlier, newKey: { "k" }).json
    let start = try #require(json.range(of: ",\n  \"hidden\""))
    let old = try NetworkPublicationRecord.read(String(json[..<start.lowerBound]) + "\n}")
    #expect(old.hidden.isEmpty && old.editions == 1)
    let again = old.adding(NetworkReport(records: Self.followups(threshold: 10), published: old), newKey: { "never drawn" })
    #expect(again.editions == 1 && !again.hidden.isEmpty)
    let later = NetworkReport(records: Self.followups(threshold: 5), published: again)
    #expect(Self.inProgress([earlier, later]) == nil)
  }

  /// Without the record, the attack works: the test above attacks something real.
  @Test func withoutTheRecordOneOfTheTwoOrdersGivesTheTwoInProgressAway() {
    let leaks = [(10, 5), (5, 10)].map { first, second in
      Self.inProgress([
        NetworkReport(records: Self.followups(threshold: first)), NetworkReport(records: Self.followups(threshold: second)),
      ])
    }
    #expect(leaks.contains(2), "\(leaks)")
  }

  /// Tunis (`tunis` people, placed in `tunisCountry` by `cities.csv`) and Sousse (6 people) in
  /// Tunisia, and one person from Gafsa, no member city, at one 2028 event.
  static func cities(tunis: Int = 8, tunisCountry: String = "TN") -> NetworkRecords {
    let people =
      (1...tunis).map { Build.person($0, city: "Tunis", country: "TN") }
      + (1...6).map { Build.person(100 + $0, city: "Sousse", country: "TN") }
      + [Build.person(200, city: "Gafsa", country: "TN")]
    let event = Build.networkEvent(Build.event("tunis-2028", year: 2028), people: people)
    return Build.records(
      events: [event],
      cities: [Build.city("tunis-tn", "Tunis", tunisCountry), Build.city("sousse-tn", "Sousse", "TN")],
      indicators: [Build.indicator("participants", .participants, fields: ["country"])])
  }

  static func participants(_ report: NetworkReport, _ scope: String) -> Int? {
    report.cell(year: 2028, indicator: CityRecordCalculator.Figure.participants, scope: scope)
      .flatMap { $0.isCountHidden ? nil : $0.value.n }
  }

  @Test func aCityHiddenToProtectOnePersonFromNoMemberCityStaysHiddenWhenCitiesCsvMovesAnother() throws {
    let first = NetworkReport(records: Self.cities())
    #expect(Self.participants(first, "tunis-tn") == 8)
    #expect(Self.participants(first, "sousse-tn") == nil)
    let record = try NetworkPublicationRecord.read(NetworkPublicationRecord(first, newKey: { "k" }).json)
    // Tunis's country corrected to Libya: its 8 people no longer match it and count among
    // the people from no member city.
    let moved = Self.cities(tunisCountry: "LY")
    #expect(Self.participants(NetworkReport(records: moved), "sousse-tn") == 6, "the attack without the record")
    let second = NetworkReport(records: moved, published: record)
    #expect(Self.participants(second, "sousse-tn") == nil)
    // Tunisia's 15 people (the event's own report) − Tunis's 8 − Sousse's 6 would be the one
    // from Gafsa. No report of the two gives Sousse.
    for report in [first, second] {
      let result = CityCountDisclosureTests.audit(report)
      #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
    }
    #expect(record.smallChanges(in: second).isEmpty && record.combinations(in: second).isEmpty)
  }

  @Test func aCorrectionOfCitiesCsvThatMovesFewerThanFivePeopleIsRefusedAndFiveOrMoreIsWritten() throws {
    // Three people of Tunis: placing Tunis in Libya moves exactly them.
    let three = NetworkPublicationRecord(NetworkReport(records: Self.cities(tunis: 3)), newKey: { "k" })
    let corrected = NetworkReport(records: Self.cities(tunis: 3, tunisCountry: "LY"), published: three)
    let found = three.combinations(in: corrected)
    #expect(found.map(\.population) == ["2028 took-part"], "\(found)")
    #expect(found.first?.people == 3)
    #expect {
      try NetworkFolder.refuseCombinations(found, threshold: 5, record: three, report: corrected)
    } throws: { error in
      let message = (error as? CommandFailure)?.message ?? ""
      return message.contains("2028 took-part: the new edition − edition 1 counts 3 people (fewer than 5)")
        && message.contains("as cities.csv places them")
    }
    // Eight people of Tunis move together: nothing singles anyone out, and the report is
    // written, Sousse still hidden (its people are the same).
    let eight = NetworkPublicationRecord(NetworkReport(records: Self.cities()), newKey: { "k" })
    let later = NetworkReport(records: Self.cities(tunisCountry: "LY"), published: eight)
    #expect(eight.smallChanges(in: later).isEmpty && eight.combinations(in: later).isEmpty)
    #expect(Self.participants(later, "sousse-tn") == nil)
    let next = eight.adding(later, newKey: { "never drawn" })
    #expect(next.editions == 2)
    #expect(try NetworkPublicationRecord.read(next.json) == next)
  }

  /// Five more follow-ups came in (threshold 5): the new edition is written.
  @Test func aNewEditionWithFiveMoreFollowupsIsWritten() {
    let record = NetworkPublicationRecord(NetworkReport(records: Self.followups(threshold: 5)), newKey: { "k" })
    var records = Self.followups(threshold: 5)
    let more = (1...5).map { Build.person(300 + $0, city: "Tunis", country: "TN") }
    var event = records.events[0]
    event.records.plan.participants += more
    event.records.responses += more.map { Build.response($0.id, commitment: "Step \($0.id)") }
    event.followups += more.map { Build.followup($0.id, status: "done") }
    records.events = [event]
    let later = NetworkReport(records: records, published: record)
    #expect(record.smallChanges(in: later).isEmpty, "\(record.smallChanges(in: later))")
    #expect(record.combinations(in: later).isEmpty)
    let done = later.cell(year: 2028, indicator: CityRecordCalculator.Figure.followedUp, disaggregation: "status", group: "done")
    #expect(done?.value.n == 17)
    #expect(record.adding(later, newKey: { "never drawn" }).editions == 2)
  }
}
