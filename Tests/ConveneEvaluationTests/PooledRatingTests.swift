import ConveneCore
import Testing

@testable import ConveneEvaluation

/// The total of usefulness per session is the mean of every rating: beside the sessions shown,
/// it gives the sum of the ratings of the sessions hidden.
@Suite struct PooledRatingTests {
  /// Every indicator's values of an event where `ratings[i]` are person i's ratings by
  /// session (s1 ... s3).
  func values(_ ratings: [[String: Int]]) -> [IndicatorValue] {
    let people = Build.people(ratings.count)
    let responses = ratings.enumerated().map { index, byPerson in
      Build.response(
        Build.id(index + 1),
        Dictionary(
          uniqueKeysWithValues: byPerson.map { ("usefulness:\($0.key)", String($0.value)) }))
    }
    let plan = Build.plan(
      people: people, sessions: [Build.session("s1"), Build.session("s2"), Build.session("s3")])
    let records = EventRecords(plan: plan, evaluation: Build.standard, responses: responses)
    return IndicatorCalculator([records]).values()
  }

  let context = DisclosureControl.Context(
    policy: DisclosurePolicy(), indicators: Build.standard.indicators)

  /// The usefulness cells of `values(ratings)`, computed and published.
  func publish(_ ratings: [[String: Int]]) -> (
    computed: [IndicatorValue], published: [PublishedValue]
  ) {
    let values = values(ratings)
    let published = DisclosureControl.publish(values, context).values
    return (
      values.filter { $0.indicator == "session-usefulness" },
      published.filter { $0.value.indicator == "session-usefulness" }
    )
  }

  func cell(_ cells: [PublishedValue], _ group: String) -> PublishedValue {
    cells.first { $0.value.group == group }!
  }

  @Test func oneHiddenRatingIsNotTheTotalLessTheSessionsShown() throws {
    // Seven people rate s1; one of them also rates s2, with a 1.
    var ratings = (0..<7).map { _ in ["s1": 4] }
    ratings[6]["s2"] = 1
    let (computed, published) = publish(ratings)
    // What the total gave: all ratings' sum less the shown session's is the hidden rating.
    let total = try #require(computed.first(where: \.isTotal)?.value)
    let s1 = try #require(computed.first { $0.group == "s1" })
    let hidden = total * Double(s1.n + 1) - s1.value! * Double(s1.n)
    #expect((hidden - 1).magnitude < 1e-9)
    #expect(cell(published, "s2").isCountHidden)
    #expect(cell(published, "all").valueText == PublishedValue.hiddenMark)
    #expect(cell(published, "all").nText == "7")
    #expect(cell(published, "s1").valueText == "4.00")
  }

  @Test func hiddenSessionsRatedByTheSameFewPeopleAreFewPeople() {
    // Six ratings in hidden sessions, from three people.
    var ratings = (0..<7).map { _ in ["s1": 4] }
    for person in 4..<7 {
      ratings[person]["s2"] = 2
      ratings[person]["s3"] = 5
    }
    let (_, published) = publish(ratings)
    #expect(cell(published, "s2").isCountHidden && cell(published, "s3").isCountHidden)
    #expect(cell(published, "all").valueText == PublishedValue.hiddenMark)
  }

  @Test func hiddenSessionsRatedByFiveOrMorePeopleTogetherLeaveTheTotalShown() {
    var ratings = (0..<8).map { _ in ["s1": 4] }
    for person in 3..<5 { ratings[person]["s2"] = 2 }
    for person in 5..<8 { ratings[person]["s3"] = 5 }
    let (_, published) = publish(ratings)
    #expect(cell(published, "s2").isCountHidden && cell(published, "s3").isCountHidden)
    // (8 × 4 + 2 × 2 + 3 × 5) / 13
    #expect(cell(published, "all").valueText == "3.92")
    #expect(cell(published, "all").nText == "8")
  }

  @Test func aPooledTotalHiddenBeforeStaysHiddenForTheSameRecords() {
    var ratings = (0..<7).map { _ in ["s1": 4] }
    ratings[6]["s2"] = 1
    let values = values(ratings)
    let first = DisclosureControl.publish(values, context)
    #expect(first.pattern.hidesWhole(Population.pooled(Population.rated("usefulness"))))
    // Later, with every cell shown otherwise, the record of the first report hides it again.
    let cells = DisclosureControl.hideScoresAndPools(
      values.map { PublishedValue(value: $0, suppression: nil) }, threshold: 5, residual: [],
      regions: [:], earlier: first.pattern)
    #expect(
      cells.first { $0.value.indicator == "session-usefulness" && $0.value.isTotal }?.valueText
        == PublishedValue.hiddenMark)
  }

  @Test func aPooledTotalHiddenBeforeStaysHiddenUnderANewIndicatorID() {
    var ratings = (0..<7).map { _ in ["s1": 4] }
    ratings[6]["s2"] = 1
    let first = DisclosureControl.publish(values(ratings), context)
    let renamed = values(ratings).map { value in
      var value = value
      if value.indicator == "session-usefulness" { value.indicator = "usefulness-v2" }
      return value
    }
    let cells = DisclosureControl.hideScoresAndPools(
      renamed.map { PublishedValue(value: $0, suppression: nil) }, threshold: 5, residual: [],
      regions: [:], earlier: first.pattern)
    let total = cells.first { $0.value.indicator == "usefulness-v2" && $0.value.isTotal }
    #expect(total?.valueText == PublishedValue.hiddenMark)
  }

  @Test func withNoSessionHiddenTheTotalIsShown() {
    let (_, published) = publish((0..<6).map { _ in ["s1": 4, "s2": 5] })
    #expect(cell(published, "all").valueText == "4.50")
  }
}
