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
    #expect(
      changes.populations == [
        Population.answeredBoth("knowledge_before", "knowledge_after"): 1,
        IndicatorCalculator.meanKey("knowledge_before"): 1, IndicatorCalculator.meanKey("knowledge_after"): 1,
      ])
    // The same records again are the same edition.
    let again = IndicatorReport(events: [Self.records()], earlier: ["t-2027": record], newEdition: { "three" })
    #expect(again.fewChanged.isEmpty && again.fewCombined.isEmpty)
  }

  /// The standard set without the change indicator: the means count everyone who answered.
  static let unpaired = Evaluation(
    questions: Build.standard.questions, indicators: Build.standard.indicators.filter { $0.measure != .change })

  static func records(_ evaluation: Evaluation) -> EventRecords {
    var records = Self.records(lastAfter: false)
    records.evaluation = evaluation
    return records
  }

  @Test(arguments: [true, false])
  func droppingOrAddingTheChangeOnTheSameRecordsIsRefusedForTheOnePersonTheMeanGainsOrLoses(pairedFirst: Bool) throws {
    // Paired, the mean before counts 9 people; unpaired, 10: the tenth answered "before" only,
    // and the two means give her answer (and her groups, by the groups' means).
    let (first, second) = pairedFirst ? (Build.standard, Self.unpaired) : (Self.unpaired, Build.standard)
    let published = IndicatorReport(events: [Self.records(first)], newEdition: { "one" })
    let before = try #require(published.total(event: "t-2027", indicator: "knowledge-before"))
    #expect(before.value.n == (pairedFirst ? 9 : 10))
    let record = try #require(published.records["t-2027"])
    let next = IndicatorReport(events: [Self.records(second)], earlier: ["t-2027": record], newEdition: { "two" })
    let changes = try #require(next.fewChanged["t-2027"]?.first)
    #expect(changes.populations[IndicatorCalculator.meanKey("knowledge_before")] == 1)
    // The mean after counts the same nine either way.
    #expect(changes.populations[IndicatorCalculator.meanKey("knowledge_after")] == nil)
    // The same indicators again publish the same edition.
    let again = IndicatorReport(events: [Self.records(first)], earlier: ["t-2027": record])
    #expect(again.fewChanged.isEmpty && again.fewCombined.isEmpty)
  }

  @Test func anEditionPublishedBeforeMeansWereKeptByQuestionIsComparedByPopulationOnly() throws {
    // Three people answered the knowledge questions: under the threshold, yet the same
    // records again must not be refused because the record does not hold their means by question.
    var records = Self.records()
    for index in records.responses.indices.dropFirst(3) {
      records.responses[index].answers["knowledge_before"] = nil
      records.responses[index].answers["knowledge_after"] = nil
    }
    let lines = IndicatorCalculator([records]).populationLines()
    #expect(lines[IndicatorCalculator.meanKey("knowledge_before")]?.count == 3)
    let old = DisclosureRecord().remembering(lines.filter { !$0.key.hasPrefix(IndicatorCalculator.meanPrefix) }) {
      "00112233445566778899aabbccddeeff"
    }
    let report = IndicatorReport(events: [records], earlier: ["t-2027": old])
    #expect(report.fewChanged.isEmpty && report.fewCombined.isEmpty)
    // The same edition is kept again, with its means by question: from then on, a mean one
    // person apart is refused there (and, here, where the pair's population changed too).
    let kept = try #require(report.records["t-2027"])
    #expect(kept.published.count == 2)
    #expect(IndicatorReport(events: [records], earlier: ["t-2027": kept]).records["t-2027"]?.published.count == 2)
    records.responses[3].answers["knowledge_before"] = "2"
    records.responses[3].answers["knowledge_after"] = "3"
    let next = IndicatorReport(events: [records], earlier: ["t-2027": kept])
    #expect(next.fewChanged["t-2027"]?.last?.populations[IndicatorCalculator.meanKey("knowledge_before")] == 1)
  }
}
