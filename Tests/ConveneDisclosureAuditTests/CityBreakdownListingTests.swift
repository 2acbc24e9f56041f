import ConveneCore
import ConveneDisclosureAudit
import ConveneEvaluation
import ConveneNetwork
import ConveneTestSupport
import Testing

/// A city's breakdown lists every group the network's row of the year lists, empty ones
/// included: a city whose total is shown but whose row lists only its own groups would say
/// that each of them holds someone (8 people over 5 listed categories: each 1 to 4).
@Suite struct CityBreakdownListingTests {
  static let categories = ["civil-society", "local-official", "mayor", "media", "practitioner", "youth"]

  /// Groups by field of every table (year, figure and scope) with someone in it.
  static func listings(_ report: NetworkReport) -> [String: [String: Set<String>]] {
    var totals: [String: Int] = [:]
    for cell in report.values where cell.value.isTotal { totals[key(cell.value)] = cell.value.n }
    var result: [String: [String: Set<String>]] = [:]
    for cell in report.values where !cell.value.isTotal && cell.value.isAboutPeople {
      result[key(cell.value), default: [:]][cell.value.disaggregation, default: []].insert(cell.value.group)
    }
    return result.filter { (totals[$0.key] ?? 0) > 0 }
  }

  static func key(_ value: NetworkValue) -> String { "\(value.year) \(value.indicator) \(value.scope)" }

  /// The city tables whose groups differ from the network's of the same year and figure.
  static func omissions(_ report: NetworkReport) -> [String] {
    let listings = Self.listings(report)
    var found: [String] = []
    for cell in report.values where cell.value.isTotal && cell.value.scope != NetworkValue.network && cell.value.n > 0 {
      let value = cell.value
      let network = listings["\(value.year) \(value.indicator) \(NetworkValue.network)"] ?? [:]
      let city = listings[key(value)] ?? [:]
      for (field, groups) in network where city[field] != groups {
        found.append("\(key(value)) \(field): \(city[field]?.sorted() ?? []) of \(groups.sorted())")
      }
    }
    return found
  }

  @Test func aShownCityOfEightListsTheNetworksCategoriesItHasNoOneIn() throws {
    let event = CityEventGroupTests.publish(
      CityEventGroupTests.Event(
        id: "a1", month: 3, groups: [("Dakar", "SN", 8), ("Abidjan", "CI", 30)],
        category: { $0 <= 8 ? Self.categories[$0 % 5] : Self.categories[$0 % 6] }))
    let report = CityEventGroupTests.network([event])
    let dakar = report.cells(year: 2027, indicator: "city:participants", scope: "dakar-sn")
    #expect(dakar.first?.shownValue == 8)
    #expect(dakar.filter { $0.value.disaggregation == "category" }.map(\.value.group) == Self.categories)
    #expect(report.cell(year: 2027, indicator: "city:participants", scope: "dakar-sn", disaggregation: "category", group: "youth")?.shownValue == 0)
    #expect(Self.omissions(report).isEmpty, "\(Self.omissions(report))")
    let result = DisclosureAudit.run(network: CityEventGroupTests.files(report), with: [event.files])
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
  }

  /// Seeded networks of two events with categories at random: no city breakdown omits a
  /// group of the network's, and the hidden groups of a shown city hold none or 5 or more.
  @Test(arguments: 1...30)
  func seededNetworksListEveryGroupInEveryCity(seed: Int) {
    var random = SeededRandom(seed: UInt64(seed))
    let places = [("Dakar", "SN"), ("Thiès", "SN"), ("Abidjan", "CI"), ("Bouaké", "CI")]
    var events: [CityEventGroupTests.Published] = []
    for index in 0..<2 {
      let groups = places.filter { _ in random.chance(0.8) }.map { ($0.0, $0.1, random.int(1...14)) }
      let picks = (0..<200).map { _ in random.int(0...(Self.categories.count - 1)) }
      let shift = random.int(0...5)
      events.append(
        CityEventGroupTests.publish(
          CityEventGroupTests.Event(
            id: "s\(seed)-\(index)", month: 3 + index, groups: groups,
            satisfaction: { ($0 + shift) % 3 == 0 ? nil : $0 % 5 + 1 },
            category: { Self.categories[min(picks[$0 % 200], $0 % 2 == 0 ? 2 : 5)] })))
    }
    let report = CityEventGroupTests.network(events)
    #expect(Self.omissions(report).isEmpty, "seed \(seed): \(Self.omissions(report))")
    for cell in report.values where cell.value.isTotal && cell.value.scope != NetworkValue.network {
      guard let total = cell.shownValue.map({ Int($0) }), total > 0 else { continue }
      let rows = report.cells(year: cell.value.year, indicator: cell.value.indicator, scope: cell.value.scope)
      for (field, groups) in Dictionary(grouping: rows.filter { !$0.value.isTotal }, by: \.value.disaggregation) {
        let rest = total - groups.compactMap { $0.shownValue.map { Int($0) } }.reduce(0, +)
        let hidden = groups.filter { $0.shownValue == nil }.count
        #expect(rest == 0 || (rest >= 5 && hidden > 1), "seed \(seed): \(Self.key(cell.value)) \(field) \(rest) in \(hidden)")
      }
    }
  }
}
