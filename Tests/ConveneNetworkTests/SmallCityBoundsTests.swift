import ConveneCore
import ConveneDisclosureAudit
import ConveneEvaluation
import ConveneReports
import Testing

@testable import ConveneNetwork

/// The two narrowings an independent tester worked out from a small network's report alone,
/// rebuilt: respondents are among the people who took part (in each city and each group), and
/// a city that took part sent at least one person. In 2027, 17 took part and the 14 who rated
/// satisfaction are all from West and Central Africa, Paris the one European city (one
/// person); in 2028, 28 took part: Thiès 13, Dakar 12 (10 of them rated satisfaction),
/// Reykjavik 1 and Amman 2.
@Suite struct SmallCityBoundsTests {
  static let indicators = [
    Build.indicator("participants", .participants, fields: ["category", "region", "city_size"]),
    Build.indicator("satisfaction", .share, fields: ["category", "region"], question: "satisfaction", answers: ["4", "5"]),
    Build.indicator("engaged", .citiesEngaged, fields: ["region", "city_size"]),
  ]

  /// One event's people: (city, country, how many, how many of them responded).
  static func event(_ id: String, year: Int, first: Int, _ groups: [(String, String, Int, Int)]) -> NetworkEvent {
    var people: [Participant] = []
    var responses: [FeedbackResponse] = []
    for (city, country, count, responding) in groups {
      for offset in 0..<count {
        let person = Build.person(
          first + people.count, city: city, country: country, category: offset % 2 == 0 ? "mayor" : "youth")
        if offset < responding { responses.append(Build.response(person.id, satisfaction: 3 + offset % 3)) }
        people.append(person)
      }
    }
    return Build.networkEvent(Build.event(id, year: year), people: people, responses: responses)
  }

  /// The tester's network: in 2027 17 took part and 14 rated satisfaction, all from West and
  /// Central Africa, one person from Paris; in 2028 Thiès 13, Dakar 12 (10 rated), Reykjavik 1
  /// and Amman 2. `more` people from Dakar who gave no feedback come in 2027.
  static func records(more: Int = 0) -> NetworkRecords {
    let alpha = event(
      "alpha", year: 2027, first: 1,
      [
        ("Dakar", "SN", 8 + more, 8), ("Thiès", "SN", 3, 3), ("Bamako", "ML", 2, 1), ("Banjul", "GM", 1, 1),
        ("Praia", "CV", 2, 1), ("Paris", "FR", 1, 0),
      ])
    let gamma = event(
      "gamma", year: 2028, first: 40,
      [("Thiès", "SN", 13, 8), ("Dakar", "SN", 12, 10), ("Reykjavik", "IS", 1, 1), ("Amman", "JO", 2, 2)])
    return Build.records(events: [alpha, gamma], cities: CityCountDisclosureTests.cities, indicators: indicators)
  }

  /// In 2027 no choice of cells leaves room for Paris beside the total and the 14 who rated
  /// satisfaction (17 - 14 = 3): the year's total of people who took part is hidden.
  @Test func aYearWithNoRoomHidesItsTotal() {
    let report = NetworkReport(records: Self.records())
    #expect(report.cell(year: 2027, indicator: "participants")?.isCountHidden == true)
    #expect(report.cell(year: 2027, indicator: "city:participants")?.isCountHidden == true)
    #expect(report.cell(year: 2027, indicator: "satisfaction")?.isCountHidden == false)
  }

  @Test(arguments: [0, 6]) func theAuditFindsNoSmallCityOrRegion(more: Int) {
    let result = CityCountDisclosureTests.audit(NetworkReport(records: Self.records(more: more)))
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
  }

  /// The tester's arithmetic on each hidden city: the network's people less the cities shown
  /// and the least each other hidden city holds (one person, or more where its feedback means
  /// show how many answered) leaves room for the threshold.
  @Test func eachHiddenCityCanStillHoldTheThreshold() throws {
    let report = NetworkReport(records: Self.records(more: 6))
    for year in [2027, 2028] {
      let total = try #require(report.cell(year: year, indicator: "city:participants")?.shownValue)
      let cities = report.values.filter {
        $0.value.year == year && $0.value.indicator == "city:participants" && $0.value.isTotal
          && $0.value.scope != NetworkValue.network
      }
      let hidden = cities.filter(\.isCountHidden)
      let shown = cities.filter { !$0.isCountHidden }.reduce(0) { $0 + $1.value.n }
      func least(_ scope: String) -> Int {
        let answered = report.values.filter {
          $0.value.year == year && $0.value.scope == scope && $0.value.isTotal && $0.value.identity.hasPrefix("mean:")
            && !$0.isCountHidden
        }.map(\.value.n)
        return max(1, answered.max() ?? 0)
      }
      #expect(hidden.count != 1, "\(year)")
      for city in hidden where city.value.n < 5 {
        let room = Int(total) - shown - hidden.filter { $0.value.scope != city.value.scope }.reduce(0) { $0 + least($1.value.scope) }
        #expect(room >= 5, "\(year) \(city.value.scope): at most \(room)")
      }
    }
  }

  /// The same arithmetic on the regions: the people who took part less the regions shown
  /// and the least each other hidden region holds (those of it who rated satisfaction, and
  /// one per city of it that took part).
  @Test func eachHiddenRegionCanStillHoldTheThreshold() throws {
    let report = NetworkReport(records: Self.records(more: 6))
    for year in [2027, 2028] {
      let total = try #require(report.cell(year: year, indicator: "participants")?.shownValue)
      let regions = report.values.filter {
        $0.value.year == year && $0.value.indicator == "participants" && $0.value.disaggregation == "region"
      }
      let hidden = regions.filter(\.isCountHidden)
      let shown = regions.filter { !$0.isCountHidden }.reduce(0) { $0 + $1.value.n }
      func least(_ region: String) -> Int {
        let rated = report.cell(year: year, indicator: "satisfaction", disaggregation: "region", group: region)
        let engaged = report.cell(year: year, indicator: "engaged", disaggregation: "region", group: region)
        return max(
          rated.flatMap { $0.isCountHidden ? nil : $0.value.n } ?? 0,
          engaged.flatMap { $0.isCountHidden ? nil : $0.value.value.map { Int($0) } } ?? 0)
      }
      #expect(hidden.count != 1, "\(year)")
      for region in hidden where region.value.n > 0 && region.value.n < 5 {
        let room = Int(total) - shown - hidden.filter { $0.value.group != region.value.group }.reduce(0) { $0 + least($1.value.group) }
        #expect(room >= 5, "\(year) \(region.value.group): at most \(room)")
      }
    }
  }
}
