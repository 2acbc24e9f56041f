import ConveneCore
import ConveneEvaluation
import Testing

@testable import ConveneNetwork

/// A framework share of other answers than the event's, in a group whose share the event hid:
/// beside the event's mean and distribution of the same people's answers it gives every answer
/// (Jordan at Tunis: 11 answers, 6 fives, 1 four, 4 threes; the event hid its "4 or 5" share,
/// the network's "5" share of 54.5 % with the event's mean 4.18 and no 1s or 2s leaves one 4 and
/// four 3s).
@Suite struct ShareBesideEventTests {
  /// Jordan's 11 answers and Tunisia's 20; the event's report hid Jordan's share of 4 or 5
  /// when `eventHid`.
  static func records(eventHid: Bool) -> NetworkRecords {
    let jordan = [5, 5, 5, 5, 5, 5, 4, 3, 3, 3, 3]
    let tunisia = Array(repeating: 5, count: 8) + Array(repeating: 4, count: 7) + Array(repeating: 3, count: 5)
    let answers = jordan + tunisia
    let people = answers.indices.map { index in
      index < jordan.count
        ? Build.person(index + 1, city: "Amman", country: "JO") : Build.person(index + 1, city: "Tunis", country: "TN")
    }
    let responses = zip(people, answers).map { Build.response($0.id, satisfaction: $1) }
    var event = Build.networkEvent(Build.event("tunis-2028", year: 2028), people: people, responses: responses)
    if eventHid {
      var pattern = DisclosureControl.Pattern()
      pattern.hidden[Population.answer("satisfaction", ["4", "5"])] = ["country": ["JO"]]
      let digests = IndicatorCalculator([event.records], evaluation: event.records.evaluation).sourceDigests()
      event.disclosure = DisclosureRecord(digests: digests, pattern: pattern)
    }
    return Build.records(
      events: [event], cities: [Build.city("amman-jo", "Amman", "JO"), Build.city("tunis-tn", "Tunis", "TN")],
      indicators: [Build.indicator("very-satisfied", .share, fields: ["country"], question: "satisfaction", answers: ["5"])])
  }

  static func jordan(_ report: NetworkReport) -> PublishedNetworkValue? {
    report.cell(year: 2028, indicator: "very-satisfied", disaggregation: "country", group: "JO")
  }

  @Test func theNetworkHidesAShareOfOtherAnswersWhereTheEventHidItsShare() throws {
    let report = NetworkReport(records: Self.records(eventHid: true))
    let cell = try #require(Self.jordan(report))
    #expect(cell.value.n == 11 && cell.value.numerator == 6)
    #expect(cell.suppression != nil)
  }

  @Test func whereTheEventShowedItTheShareIsShown() throws {
    // Same answers, no group hidden by the event: 6 of 11 and 5 not, both at least 5.
    let cell = try #require(Self.jordan(NetworkReport(records: Self.records(eventHid: false))))
    #expect(cell.suppression == nil && cell.value.numerator == 6)
  }
}
