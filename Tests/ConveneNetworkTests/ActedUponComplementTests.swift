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
    let people = (1...count).map { Build.person($0, category: $0 <= count / 2 ? "mayor" : "practitioner") }
    let responses = people.map { Build.response($0.id, commitment: "Step \($0.id)") }
    let followups = people.enumerated().map { offset, person in
      Build.followup(person.id, status: offset < done ? "done" : "dropped")
    }
    let event = Build.networkEvent(
      Build.event("ev11", year: 2027), people: people, responses: responses, followups: followups)
    return Build.records(
      events: [event], cities: [Build.city("dakar-sn", "Dakar", "SN")],
      indicators: [
        Build.indicator(
          "commitments-acted-upon", .actedUponShare, fields: ["category", "region", "city_size", "event_kind"])
      ])
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
}
