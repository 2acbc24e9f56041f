import ConveneCore
import ConveneEvaluation
import Testing

@testable import ConveneNetwork

/// A city counts as a member from the year it joined until it has left (`cities.csv`): in no
/// other year does any figure by city count its people or requests as a member city's.
@Suite struct CityMembershipTests {
  /// One workshop a year, 2027 and 2028, each with 6 people from Dakar (a member all along),
  /// 6 from Tunis (joined in 2028) and 6 from Jos (left), and a request from each city each year.
  static let records: NetworkRecords = {
    let events = [2027, 2028].map { year in
      let people =
        (1...6).map { Build.person($0, city: "Dakar") }
        + (7...12).map { Build.person($0, city: "Tunis", country: "TN", category: "youth") }
        + (13...18).map { Build.person($0, city: "Jos", country: "NG", category: "local-official") }
      return Build.networkEvent(
        Build.event("w-\(year)", year: year), people: people,
        responses: (1...18).map { Build.response(Build.id($0), commitment: "Act") }, present: (1...18).map(Build.id))
    }
    let cities = [
      Build.city("dakar-sn", "Dakar", "SN", joined: "2019-01-01", population: 1_400_000),
      Build.city("tunis-tn", "Tunis", "TN", joined: "2028-02-01", population: 600_000),
      Build.city("jos-ng", "Jos", "NG", joined: "2019-01-01", status: .left, population: 900_000),
    ]
    let requests = ["dakar-sn", "tunis-tn", "jos-ng"].flatMap { city in
      [2027, 2028].map { year in
        HelpRequest(city: city, date: LocalDate("\(year)-05-01")!, topic: "training", status: .open)
      }
    }
    let indicators = [
      Build.indicator("participants", .participants, fields: ["city_size"]), Build.indicator("requests", .requests),
    ]
    return Build.records(events: events, cities: cities, indicators: indicators, requests: requests)
  }()

  let report = NetworkReport(records: Self.records)

  func n(_ scope: String, _ year: Int, _ figure: String = CityRecordCalculator.Figure.participants) -> Int? {
    report.cell(year: year, indicator: figure, scope: scope)?.value.n
  }

  @Test func aCityThatJoinedLaterCountsItsPeopleOnlyFromThatYear() {
    #expect(n("tunis-tn", 2027) == nil)
    #expect(n("tunis-tn", 2028) == 6)
    let tunis = report.cities.first { $0.scope == "tunis-tn" }
    #expect(tunis?.years.map(\.year) == [2028])
    #expect(n("tunis-tn", 2027, CityRecordCalculator.Figure.requests) == nil)
    #expect(n("tunis-tn", 2028, CityRecordCalculator.Figure.requests) == 1)
  }

  @Test func aCityThatLeftHasNoRecordAndIsNoQuietMember() {
    #expect(report.cities.contains { $0.scope == "jos-ng" } == false)
    #expect(report.values.contains { $0.value.scope == "jos-ng" } == false)
    #expect(!report.quietCities.contains { $0.id == "jos-ng" })
  }

  @Test func theirPeopleCountAsPeopleFromNoMemberCityInEveryFigure() {
    // 2027: Tunis and Jos; 2028: Jos.
    #expect(n(NetworkValue.otherCities, 2027) == 12)
    #expect(n(NetworkValue.otherCities, 2028) == 6)
    #expect(n(NetworkValue.otherCities, 2027, CityRecordCalculator.Figure.commitments) == 12)
    let cityTotal = { (year: Int) in report.cities.filter { $0.city != nil }.compactMap { n($0.scope, year) }.reduce(0, +) }
    #expect(cityTotal(2027) == 6 && cityTotal(2028) == 12)
    // By city size, a city's size counts only its members' years; the others are not given.
    let size = { (year: Int, group: String) in
      report.cell(year: year, indicator: "participants", disaggregation: "city_size", group: group)?.value.n
    }
    #expect(size(2027, "500k-1m") == 0 || size(2027, "500k-1m") == nil)
    #expect(size(2027, "not-given") == 12)
    #expect(size(2028, "500k-1m") == 6)
    #expect(size(2028, "not-given") == 6)
  }

  @Test func theNetworkCheckWarnsOfPeopleOfACityInAYearItWasNoMember() {
    #expect(
      NetworkChecker.check(Self.records).map(\.description) == [
        "warning: ../w-2027/participants.csv:0: city: \"Tunis\" joined in 2028, after 2027; 6 participants of w-2027 count under other cities (hint: check `joined` and `status` of tunis-tn in cities.csv)",
        "warning: ../w-2027/participants.csv:0: city: \"Jos\" has left the network; 6 participants of w-2027 count under other cities (hint: check `joined` and `status` of jos-ng in cities.csv)",
        "warning: ../w-2028/participants.csv:0: city: \"Jos\" has left the network; 6 participants of w-2028 count under other cities (hint: check `joined` and `status` of jos-ng in cities.csv)",
        "warning: requests.csv:0: city: \"Tunis\" joined in 2028; its request of 2027-05-01 from before counts only in the network's totals, not in its record (hint: check `joined` and `status` of tunis-tn in cities.csv)",
        "warning: requests.csv:0: city: \"Jos\" has left the network; its 2 requests count only in the network's totals, not in its record (hint: check `joined` and `status` of jos-ng in cities.csv)",
      ])
  }

  /// The network's count of requests keeps every request of the year, those of a city in a
  /// year it was no member too, which its record leaves out (the check warns of them).
  @Test func theNetworkTotalKeepsTheRequestsTheCityRecordsLeaveOut() {
    let byCity = { (year: Int) in
      ["dakar-sn", "tunis-tn", "jos-ng"].compactMap { n($0, year, CityRecordCalculator.Figure.requests) }
    }
    #expect(byCity(2027) == [1] && byCity(2028) == [1, 1])
    #expect(report.cell(year: 2027, indicator: "requests")?.value.value == 3)
    #expect(report.cell(year: 2028, indicator: "requests")?.value.value == 3)
  }
}
