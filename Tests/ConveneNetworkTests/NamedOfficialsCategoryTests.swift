import ConveneCore
import ConveneEvaluation
import Testing

@testable import ConveneNetwork

/// A shown city whose categories are hidden, and whose record names some of its officials:
/// each name counts in the cell of its category, so the names must not narrow a hidden cell to
/// 1 to 4 (Sousse: 6 people, 3 mayors of whom 2 named, 1 named local official, 1 youth, 1
/// practitioner; the other categories shown 0).
@Suite struct NamedOfficialsCategoryTests {
  static let cities = [Build.city("tunis-tn", "Tunis", "TN"), Build.city("sousse-tn", "Sousse", "TN")]

  /// Tunis sends 10 of each category; Sousse its 6, `named` of them named by number.
  static func records(named: Set<Int>) -> NetworkRecords {
    let categories = ["mayor", "local-official", "youth", "practitioner", "civil-society"]
    var people = categories.enumerated().flatMap { offset, category in
      (0..<10).map { Build.person(100 + offset * 10 + $0, city: "Tunis", country: "TN", category: category) }
    }
    let sousse = ["mayor", "mayor", "mayor", "local-official", "youth", "practitioner"]
    people += sousse.enumerated().map { offset, category in
      Build.person(offset + 1, city: "Sousse", country: "TN", category: category, publishName: named.contains(offset + 1))
    }
    let event = Build.networkEvent(Build.event("tunis-2028", year: 2028), people: people)
    return Build.records(events: [event], cities: cities)
  }

  static func cells(_ report: NetworkReport) -> [String: PublishedNetworkValue] {
    Dictionary(
      uniqueKeysWithValues: report.cells(year: 2028, indicator: CityRecordCalculator.Figure.participants, scope: "sousse-tn")
        .map { ($0.value.group, $0) })
  }

  static func officials(_ report: NetworkReport) -> [String] {
    report.cities.first { $0.scope == "sousse-tn" }?.years.first { $0.year == 2028 }?.officials.map(\.name) ?? []
  }

  @Test func namesThatWouldNarrowAHiddenCategoryAreNotGiven() {
    // Two mayors (1, 2) and the local official (4) agreed to be named.
    let report = NetworkReport(records: Self.records(named: [1, 2, 4]))
    let cells = Self.cells(report)
    #expect(cells["all"]?.suppression == nil && cells["all"]?.value.n == 6)
    #expect(cells["local-official"]?.suppression != nil && cells["mayor"]?.suppression != nil)
    let shown = cells.values.filter { !$0.value.isTotal && $0.suppression == nil }.reduce(0) { $0 + $1.value.n }
    #expect(shown == 0)
    // Naming the local official beside the two mayors would leave local officials 1 to 4 of 6;
    // the mayors named alone leave them 0 to 4, and mayors 2 to 6.
    #expect(Self.officials(report) == ["Person 1", "Person 2"])
  }

  @Test func namesThatLeaveEveryHiddenCategoryOpenAreGiven() {
    // One mayor named: mayors 1 to 6, the others 0 to 5.
    let report = NetworkReport(records: Self.records(named: [1]))
    #expect(Self.cells(report)["mayor"]?.suppression != nil)
    #expect(Self.officials(report) == ["Person 1"])
  }

  @Test func theBoundsCountEachCategorysNamesAgainstTheOthers() {
    func cell(_ group: String, _ n: Int, hidden: Bool) -> PublishedNetworkValue {
      PublishedNetworkValue(
        value: NetworkValue(
          year: 2028, indicator: CityRecordCalculator.Figure.participants, scope: "x",
          disaggregation: group == "all" ? "total" : "category", group: group, value: Double(n), n: n,
          kind: .count, isAboutPeople: true, identity: "participants"),
        suppression: hidden ? .cell : nil)
    }
    let cells = [
      cell("all", 12, hidden: false), cell("mayor", 3, hidden: true), cell("local-official", 2, hidden: true),
      cell("youth", 7, hidden: false),
    ]
    // 5 left to the two hidden cells: 1 named mayor leaves local officials 0 to 4, mayors 1 to 5.
    #expect(CityRecord.narrowedCategories(cells, named: ["mayor"], threshold: 5).isEmpty)
    // A named local official too would leave local officials 1 to 4: their names are withheld,
    // leaving mayors 1 to 5.
    #expect(CityRecord.narrowedCategories(cells, named: ["mayor", "local-official"], threshold: 5) == ["local-official"])
    // A hidden total gives no bound.
    #expect(CityRecord.narrowedCategories([cell("all", 12, hidden: true)] + cells.dropFirst(), named: ["mayor"], threshold: 5).isEmpty)
  }
}
