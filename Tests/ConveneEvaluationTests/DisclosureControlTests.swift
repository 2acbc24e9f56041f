import Testing

@testable import ConveneEvaluation

@Suite struct DisclosureControlTests {
  func cell(
    _ group: String, _ n: Int, event: String = "e", indicator: String = "registered",
    disaggregation: String = "gender"
  ) -> IndicatorValue {
    IndicatorValue(
      event: event, indicator: indicator, disaggregation: group == "all" ? "total" : disaggregation,
      group: group,
      value: Double(n), n: n, kind: .count, isPartition: true)
  }

  func shown(_ published: [PublishedValue]) -> [String] { published.map(\.valueText) }

  @Test func groupsUnder5AreShownAsLessThan5() {
    let published = DisclosureControl.apply([
      cell("all", 40), cell("woman", 3), cell("man", 30), cell("non-binary", 0),
      cell("not-given", 7),
    ])
    #expect(shown(published) == ["40", "<5", "30", "0", "suppressed"])
    #expect(published[1].nText == "<5")
  }

  @Test func oneHiddenGroupTakesTheNextSmallestWithItSoTheTotalGivesNothingAway() {
    let published = DisclosureControl.apply([
      cell("all", 50), cell("a", 2), cell("b", 20), cell("c", 28),
    ])
    #expect(shown(published) == ["50", "<5", "suppressed", "28"])
  }

  @Test func twoHiddenGroupsOfFewerThan5TogetherTakeAThird() {
    let published = DisclosureControl.apply([
      cell("all", 40), cell("a", 1), cell("b", 2), cell("c", 17), cell("d", 20),
    ])
    #expect(shown(published) == ["40", "<5", "<5", "suppressed", "20"])
  }

  @Test func aSmallTotalHidesEverything() {
    let published = DisclosureControl.apply([cell("all", 4), cell("a", 1), cell("b", 3)])
    #expect(published.allSatisfy { $0.suppression != nil })
  }

  @Test func groupsThatDoNotAddUpAreHiddenOnlyWhenSmall() {
    var sessions = [cell("all", 30), cell("s1", 3), cell("s2", 25)]
    for index in sessions.indices { sessions[index].isPartition = false }
    #expect(shown(DisclosureControl.apply(sessions)) == ["30", "<5", "25"])
  }

  @Test func inARollUpAnEventsSmallCellCannotBeWorkedOutFromTheOverallCell() {
    let published = DisclosureControl.apply([
      cell("all", 3, event: "a"), cell("all", 20, event: "b"), cell("all", 30, event: "c"),
      cell("all", 53, event: "all"),
    ])
    #expect(shown(published) == ["<5", "suppressed", "30", "53"])
  }

  @Test func aPercentageOfFewerThan5PeopleIsHiddenAndItsPartnerToo() {
    func rate(_ group: String, _ part: Int, of whole: Int) -> IndicatorValue {
      IndicatorValue(
        event: "e", indicator: "attendance-rate", disaggregation: group == "all" ? "total" : "category",
        group: group, value: Double(part) * 100 / Double(whole), n: whole, kind: .percent,
        isPartition: true, numerator: part)
    }
    // 3 of 20 young people came: the rate would give the 3 away.
    let published = DisclosureControl.apply([rate("all", 33, of: 50), rate("youth", 3, of: 20), rate("mayor", 30, of: 30)])
    #expect(published.map(\.valueText) == ["66.0", "<5", "suppressed"])
    #expect(published[1].nText == "20")
    #expect(published[2].nText == "suppressed")
  }
}
