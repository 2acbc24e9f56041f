import ConveneCore
import ConveneTestSupport
import Testing

@testable import ConveneEvaluation

/// Two reports of the same records: what the first showed of a question's scores and answers
/// is still known beside the second.
extension ScoreSuppressionTests {
  /// The indicators of the first report: the scores by gender, and the answers when `answers`.
  func definitions(scores: Bool = true, answers: Bool) -> [IndicatorDefinition] {
    (scores
      ? [IndicatorDefinition(id: "nps", label: [:], measure: .nps, question: "recommend", disaggregations: ["gender"])]
      : [])
      + (answers
        ? [
          IndicatorDefinition(
            id: "recommend-distribution", label: [:], measure: .distribution, question: "recommend",
            disaggregations: [])
        ] : [])
  }

  /// The second report of `values` after the first published `first`, through the record as
  /// `report` writes and reads it.
  func secondReport(
    _ values: [IndicatorValue], after first: DisclosureControl.EventPublication, indicators: [IndicatorDefinition]
  ) throws -> [PublishedValue] {
    let digests: [Population.Source: String] = [.feedback: "f", .registration: "r"]
    let written = DisclosureRecord().adding(
      first.pattern, shares: first.shares, shown: first.shown, digests: digests)
    let record = try DisclosureRecord.read(written.json)
    #expect(record.shown == first.shown)
    return DisclosureControl.publish(
      values,
      DisclosureControl.Context(
        policy: DisclosurePolicy(), indicators: indicators, earlier: record.earlier(for: digests),
        shares: record.earlierShares(for: digests), shown: record.earlierShown(for: digests))
    ).values
  }

  /// What a reader of both reports knows: every cell shown by either.
  func together(_ first: [PublishedValue], _ second: [PublishedValue]) -> [PublishedValue] {
    let key = { (cell: PublishedValue) in "\(cell.value.indicator)|\(cell.value.disaggregation)|\(cell.value.group)" }
    var cells = Dictionary(first.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
    for cell in second {
      if let known = cells[key(cell)], known.suppression == nil || known.suppression == .value && cell.suppression == .cell {
        continue
      }
      cells[key(cell)] = cell
    }
    return Array(cells.values)
  }

  /// 6 men: 3 promoters, 3 detractors (0.0); 10 women: 6 promoters, 4 detractors (20.0); the
  /// answers 0:1, 2:4, 3:1, 6:1, 9:8, 10:1 give 9 promoters and 7 detractors, so with the
  /// scores the men's bands exactly.
  var pinnedByTheAnswers: (scores: [IndicatorValue], answers: [IndicatorValue]) {
    (
      [score("all", [9, 0, 7]), score("man", [3, 0, 3]), score("woman", [6, 0, 4])],
      answers([0: 1, 2: 4, 3: 1, 6: 1, 9: 8, 10: 1])
    )
  }

  @Test func answersAddedAfterScoresOfTheSameRecordsAreHiddenWhereTheyWouldPinABand() throws {
    let (scores, answers) = pinnedByTheAnswers
    let first = DisclosureControl.publish(
      scores, DisclosureControl.Context(policy: DisclosurePolicy(), indicators: definitions(answers: false)))
    #expect(text(first.values, "man") == ("0.0", "6"))
    #expect(text(first.values, "woman") == ("20.0", "10"))
    // Without what the first report showed, the second shows the answers and the two pin the men.
    let alone = publish(scores + answers)
    #expect(alone.filter { $0.value.disaggregation == "answer" }.allSatisfy { !$0.isValueHidden })
    #expect(!narrowed(together(first.values, alone)).isEmpty)
    let second = try secondReport(scores + answers, after: first, indicators: definitions(answers: true))
    let counts = second.filter { $0.value.disaggregation == "answer" }
    #expect(!counts.isEmpty && counts.allSatisfy { $0.valueText == PublishedValue.hiddenMark })
    #expect(text(second, "man") == ("0.0", "6"))
    #expect(text(second, "woman") == ("20.0", "10"))
    #expect(narrowed(together(first.values, second)) == [])
  }

  @Test func scoresAddedAfterTheAnswersOfTheSameRecordsAreCheckedBesideThem() throws {
    // 6 men: 1 promoter, 1 detractor (0.0); 10 women: 6 promoters, 3 detractors (30.0);
    // the answers: 7 promoters, 4 detractors.
    let scores = [score("all", [7, 5, 4]), score("man", [1, 4, 1]), score("woman", [6, 1, 3])]
    let answers = answers([10: 7, 8: 5, 2: 4])
    let first = DisclosureControl.publish(
      answers, DisclosureControl.Context(policy: DisclosurePolicy(), indicators: definitions(scores: false, answers: true)))
    #expect(first.values.filter { $0.value.disaggregation == "answer" }.allSatisfy { !$0.isValueHidden })
    let alone = publish(scores, fields: ["gender"])
    #expect(text(alone, "man") == ("0.0", "6"))
    #expect(!narrowed(together(first.values, alone)).isEmpty)
    let second = try secondReport(scores, after: first, indicators: definitions(answers: false))
    #expect(text(second, "man") == ("suppressed", "6"))
    #expect(text(second, "woman") == ("suppressed", "10"))
    #expect(narrowed(together(first.values, second)) == [])
  }

  @Test func scoresShownBeforeAreNotKeptOnceTheRecordsChange() throws {
    let (scores, _) = pinnedByTheAnswers
    let first = DisclosureControl.publish(
      scores, DisclosureControl.Context(policy: DisclosurePolicy(), indicators: definitions(answers: false)))
    let record = DisclosureRecord().adding(first.pattern, shown: first.shown, digests: [.feedback: "f"])
    #expect(!record.earlierShown(for: [.feedback: "f"]).hidden.isEmpty)
    #expect(record.earlierShown(for: [.feedback: "g"]).hidden.isEmpty)
    #expect(record.adding(DisclosureControl.Pattern(), digests: [.feedback: "g"]).shown.hidden.isEmpty)
  }

  /// Random people and two reports of them: the scores by gender and age first, then the
  /// scores with the answers (or the answers first, then the scores). A reader of both finds
  /// no band.
  @Test(arguments: 0..<200) func randomEditionsGiveNoBandAwayTogether(seed: Int) throws {
    var random = SeededRandom(seed: UInt64(seed) &* 2_246_822_519 &+ 5)
    let genders = ["a", "b", "c"].prefix(random.int(2...3))
    var people: [(band: Int, gender: String)] = []
    for _ in 0..<random.int(5...30) {
      people.append((random.int(0...2), genders[random.int(0...genders.count - 1)]))
    }
    func bands(_ members: [(band: Int, gender: String)]) -> [Int] {
      (0..<3).map { band in members.filter { $0.band == band }.count }
    }
    let total = bands(people)
    var scores = [score("all", total)]
    for gender in genders where people.contains(where: { $0.gender == gender }) {
      scores.append(score(gender, bands(people.filter { $0.gender == gender })))
    }
    let answers = answers([10: total[0], 7: total[1], 2: total[2]])
    let scoresFirst = random.chance(0.5)
    let first = DisclosureControl.publish(
      scoresFirst ? scores : answers,
      DisclosureControl.Context(
        policy: DisclosurePolicy(), indicators: definitions(scores: scoresFirst, answers: !scoresFirst)))
    let second = try secondReport(scores + answers, after: first, indicators: definitions(answers: true))
    let both = together(first.values, second)
    #expect(
      narrowed(both) == [],
      "\(both.filter { $0.value.indicator == "nps" }.map { "\($0.value.group) \($0.value.bands ?? []) \($0.valueText) \($0.nText)" }) scores first \(scoresFirst)"
    )
  }
}
