import ConveneCore
import Testing

@testable import ConveneRegistration

@Suite struct ParticipantStatisticsTests {
  @Test func countsEachFieldLargestFirstWithEmptyValuesNamed() {
    var people = [
      Build.person("p001", "a@x.org", category: "mayor"), Build.person("p002", "b@x.org", category: "youth"),
      Build.person("p003", "c@x.org", category: "youth", status: .waitlisted),
    ]
    people[0].gender = "woman"
    let statistics = ParticipantStatistics(people)
    #expect(statistics.total == 3)
    let category = statistics.breakdowns.first { $0.field == "category" }!
    #expect(category.counts.map(\.group) == ["youth", "mayor"])
    #expect(category.counts.map(\.count) == [2, 1])
    let gender = statistics.breakdowns.first { $0.field == "gender" }!
    #expect(gender.counts.map(\.group) == ["(not given)", "woman"])
    #expect(statistics.breakdowns.map(\.field) == ["category", "status", "gender", "age_group", "region", "country"])
  }
}
