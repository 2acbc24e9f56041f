import ConveneCore
import Testing

@testable import ConveneEvaluation

/// The means of the two questions a change compares are taken over those who answered both,
/// the change's people; what an edition of them used of each person is both answers.
@Suite struct PairedKnowledgeTests {
  static let people = Build.people(10)

  /// Ten forms; the first person's two answers moved by `shift`, the last answered only
  /// "before" when `lastAfter` is false.
  static func records(shift: Int = 0, lastAfter: Bool = true) -> EventRecords {
    let responses = people.enumerated().map { index, person in
      var answers = [
        "satisfaction": "4", "knowledge_before": String(1 + index % 3 + (index == 0 ? shift : 0)),
        "knowledge_after": String(2 + index % 3 + (index == 0 ? shift : 0)),
      ]
      if index == people.count - 1 && !lastAfter { answers["knowledge_after"] = nil }
      return Build.response(person.id, answers)
    }
    return EventRecords(plan: Build.plan(people: people), evaluation: Build.standard, responses: responses)
  }

  @Test func theMeansBeforeAndAfterCountThoseWhoAnsweredBoth() throws {
    let calculator = IndicatorCalculator([Self.records(lastAfter: false)])
    let both = Population.answeredBoth("knowledge_before", "knowledge_after")
    for id in ["knowledge-before", "knowledge-after", "knowledge-change"] {
      let total = try #require(calculator.values().first { $0.indicator == id && $0.isTotal })
      #expect(total.population == both && total.n == 9, "\(id)")
    }
    // The person who answered "before" only is no one's figure of knowledge.
    let lines = calculator.populationLines()
    #expect(lines[both]?.count == 9)
    #expect(lines[Population.answered("knowledge_before")] == nil)
    #expect(lines[both]?["t-2027/p010"] == nil)
  }

  @Test func aPersonWhoseTwoAnswersBothMovedIsAChangedPersonAndTheEditionIsRefused() throws {
    let first = IndicatorReport(events: [Self.records()], newEdition: { "one" })
    #expect(first.fewChanged.isEmpty)
    let record = try #require(first.records["t-2027"])
    // Before 1 → 2 and after 2 → 3: the difference is the same, the means are not.
    let moved = IndicatorReport(events: [Self.records(shift: 1)], earlier: ["t-2027": record], newEdition: { "two" })
    let changes = try #require(moved.fewChanged["t-2027"]?.first)
    #expect(changes.populations == [Population.answeredBoth("knowledge_before", "knowledge_after"): 1])
    // The same records again are the same edition.
    let again = IndicatorReport(events: [Self.records()], earlier: ["t-2027": record], newEdition: { "three" })
    #expect(again.fewChanged.isEmpty && again.fewCombined.isEmpty)
  }
}
