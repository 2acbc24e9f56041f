import ConveneCore
import ConveneEvaluation
import Testing

@testable import ConveneNetwork

/// The network's means of the two questions an event's change compares count those who
/// answered both, as the event's report does: a city's mean "before" over everyone who
/// answered it, beside the event's over those who answered both, would give the answer of the
/// one who answered "before" only.
@Suite struct PairedMeansNetworkTests {
  static let evaluation: Evaluation = {
    var evaluation = Build.evaluation
    evaluation.questions += [
      Question(id: "knowledge_before", kind: .scale, text: ["en": "Before?"], minimum: 1, maximum: 5),
      Question(id: "knowledge_after", kind: .scale, text: ["en": "After?"], minimum: 1, maximum: 5),
    ]
    evaluation.indicators.append(
      IndicatorDefinition(
        id: "knowledge-change", label: ["en": "Change"], measure: .change, before: "knowledge_before",
        after: "knowledge_after"))
    return evaluation
  }()

  /// 8 people of Dakar; the last answered "before" only.
  static var records: NetworkRecords {
    let people = (1...8).map { Build.person($0) }
    let responses = people.enumerated().map { offset, person in
      var response = Build.response(person.id)
      response.answers["knowledge_before"] = String(1 + offset % 3)
      if offset < 7 { response.answers["knowledge_after"] = String(3 + offset % 3) }
      return response
    }
    var event = Build.networkEvent(Build.event("ev", year: 2027), people: people, responses: responses)
    event.records.evaluation = evaluation
    event.records.plan.event.evaluation = evaluation
    return Build.records(
      events: [event], cities: [Build.city("dakar-sn", "Dakar", "SN")],
      indicators: [
        Build.indicator("before", .mean, question: "knowledge_before"),
        Build.indicator("after", .mean, question: "knowledge_after"),
      ])
  }

  @Test func theMeansBeforeAndAfterCountThoseWhoAnsweredBoth() throws {
    let report = NetworkReport(records: Self.records)
    let both = Population.answeredBoth("knowledge_before", "knowledge_after")
    for (indicator, scope) in [
      ("before", NetworkValue.network), ("after", NetworkValue.network),
      (CityRecordCalculator.Figure.mean("knowledge_before"), "dakar-sn"),
      (CityRecordCalculator.Figure.mean("knowledge_after"), "dakar-sn"),
    ] {
      let cell = try #require(report.cell(year: 2027, indicator: indicator, scope: scope), "\(indicator) \(scope)")
      #expect(cell.value.n == 7 && cell.value.population == both, "\(indicator) \(scope)")
    }
    // Satisfaction is compared with nothing: its mean counts everyone who answered it.
    let satisfaction = try #require(
      report.cell(year: 2027, indicator: CityRecordCalculator.Figure.mean("satisfaction"), scope: "dakar-sn"))
    #expect(satisfaction.value.n == 8 && satisfaction.value.population == Population.answered("satisfaction"))
  }
}
