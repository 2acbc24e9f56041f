import ConveneCore
import ConveneDisclosureAudit
import ConveneEvaluation
import Testing

@testable import ConveneNetwork

/// An attacker's network (`net11`): one event, 8 people of Dakar, each with a commitment, 7
/// followed up as done and 1 as dropped. The follow-up statuses are hidden, but an acted-upon
/// share of 87.5 % of 8 said that 7 acted and 1 did not, and with only "done" and "dropped"
/// listed, that done = 7 and dropped = 1.
@Suite struct ActedUponComplementTests {
  /// `done` then `dropped` people of Dakar, half mayors, each followed up.
  static func records(done: Int, dropped: Int) -> NetworkRecords {
    let count = done + dropped
    return records(
      (1...count).map { ($0 <= count / 2 ? "mayor" : "practitioner", $0 <= done ? "done" : "dropped") },
      indicators: [
        Build.indicator(
          "commitments-acted-upon", .actedUponShare, fields: ["category", "region", "city_size", "event_kind"])
      ])
  }

  /// People of Dakar by category and follow-up status, each with a commitment.
  static func records(_ people: [(category: String, status: String)], indicators: [FrameworkIndicator])
    -> NetworkRecords
  {
    let participants = people.indices.map { Build.person($0 + 1, category: people[$0].category) }
    let responses = participants.map { Build.response($0.id, commitment: "Step \($0.id)") }
    let followups = participants.indices.map { Build.followup(participants[$0].id, status: people[$0].status) }
    let event = Build.networkEvent(
      Build.event("ev11", year: 2027), people: participants, responses: responses, followups: followups)
    return Build.records(events: [event], cities: [Build.city("dakar-sn", "Dakar", "SN")], indicators: indicators)
  }

  @Test func anActedUponShareWhoseRestIsOneCommitmentHidesItsValue() throws {
    let report = NetworkReport(records: Self.records(done: 7, dropped: 1))
    let total = try #require(report.cell(year: 2027, indicator: "commitments-acted-upon"))
    #expect(total.suppression == .value)
    #expect(total.value.n == 8)
    for cell in report.cells(year: 2027, indicator: "commitments-acted-upon") {
      #expect(cell.suppression != nil, "\(cell.value.disaggregation) \(cell.value.group)")
    }
    let result = CityCountDisclosureTests.audit(report)
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
  }

  @Test func anActedUponShareWhoseRestIsNoOneOrFiveIsShown() throws {
    for (done, dropped) in [(8, 0), (8, 5)] {
      let report = NetworkReport(records: Self.records(done: done, dropped: dropped))
      let total = try #require(report.cell(year: 2027, indicator: "commitments-acted-upon"))
      #expect(total.suppression == nil, "\(dropped) dropped")
    }
  }

  /// Commitments acted upon counted by category beside those followed up and the share: 5 of
  /// 6 mayors' commitments acted upon is one mayor who did not act, whichever figure says it.
  @Test func aCountOfCommitmentsActedUponBesideTheFollowedUpHidesAGroupWhoseRestIsOne() throws {
    let people = Array(repeating: ("mayor", "done"), count: 5) + [("mayor", "dropped")]
      + Array(repeating: ("practitioner", "done"), count: 5) + Array(repeating: ("practitioner", "dropped"), count: 5)
    let records = Self.records(
      people.map { (category: $0.0, status: $0.1) },
      indicators: [
        Build.indicator("acted", .actedUpon, fields: ["category"]),
        Build.indicator("followed", .followedUp, fields: ["category"]),
        Build.indicator("acted-share", .actedUponShare, fields: ["category"]),
      ])
    let report = NetworkReport(records: records)
    for indicator in ["acted", "acted-share"] {
      let mayors = try #require(report.cell(year: 2027, indicator: indicator, disaggregation: "category", group: "mayor"))
      #expect(mayors.suppression != nil, "\(indicator)")
      #expect(report.cell(year: 2027, indicator: indicator)?.suppression == nil, "\(indicator)")
    }
    let result = CityCountDisclosureTests.audit(report)
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
  }
}

/// Beside the acted-upon share, the follow-up statuses of each side add up to a known number:
/// done and in progress to those acted upon, not started and dropped to the rest. An
/// attacker's networks: 10 done, 1 in progress (11 of 17 acted upon: in progress = 11 − 10),
/// and 10 done, 5 in progress, 1 not started, 6 dropped (done = 15 − 5, not started = 22 − 21).
@Suite struct FollowupStatusSideTests {
  static func people(_ counts: [(String, Int)]) -> [(category: String, status: String)] {
    counts.flatMap { status, count in (0..<count).map { ($0 % 2 == 0 ? "mayor" : "practitioner", status) } }
  }

  @Test(arguments: [
    [("done", 10), ("not-started", 1), ("dropped", 5), ("in-progress", 1)],
    [("done", 10), ("in-progress", 5), ("not-started", 1), ("dropped", 6)],
  ])
  func noSideOfTheActedUponShareHoldsAHiddenSmallStatus(_ counts: [(String, Int)]) throws {
    let records = ActedUponComplementTests.records(
      Self.people(counts),
      indicators: [Build.indicator("commitments-acted-upon", .actedUponShare, fields: [])])
    let report = NetworkReport(records: records)
    let share = try #require(report.cell(year: 2027, indicator: "commitments-acted-upon"))
    let statuses = report.cells(year: 2027, indicator: CityRecordCalculator.Figure.followedUp)
      .filter { $0.value.disaggregation == "status" }
    #expect(!statuses.isEmpty)
    let byStatus = Dictionary(uniqueKeysWithValues: counts)
    if share.suppression == nil {
      for side in [["done", "in-progress"], ["not-started", "dropped"]] {
        let hidden = statuses.filter { side.contains($0.value.group) && $0.suppression != nil }.map(\.value.group)
        let held = hidden.reduce(0) { $0 + (byStatus[$1] ?? 0) }
        #expect(hidden.count != 1, "\(hidden) alone on its side")
        #expect(held == 0 || held >= 5, "\(hidden) hold \(held)")
      }
    }
    let result = CityCountDisclosureTests.audit(report)
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
  }
}
