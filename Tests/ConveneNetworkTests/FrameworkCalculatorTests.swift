import ConveneCore
import ConveneEvaluation
import Testing

@testable import ConveneNetwork

/// The framework's measures, year by year, on a small network whose every figure is known.
@Suite struct FrameworkCalculatorTests {
  /// 2027: a workshop (attendance recorded) with 8 people from Dakar and 6 from Tunis, one
  /// confirmed person who did not come and one from a city outside the network; a summit
  /// without attendance records with 5 confirmed people from Amman. 2028: a webinar with 6
  /// people from Tunis.
  static let records: NetworkRecords = {
    let dakar = (1...8).map { Build.person($0, city: "Dakar", gender: $0 <= 5 ? "woman" : "man") }
    let tunis = (9...14).map { Build.person($0, city: "Tunis", country: "TN", category: "youth") }
    let absent = Build.person(15, city: "Dakar")
    let outside = Build.person(16, city: "Lyon", country: "FR", category: "practitioner")
    let workshop = Build.networkEvent(
      Build.event("w-2027", year: 2027), people: dakar + tunis + [absent, outside],
      responses: (1...10).map { Build.response(Build.id($0), satisfaction: $0 <= 7 ? 5 : 2, commitment: $0 <= 8 ? "Act" : nil) },
      followups: (1...6).map { Build.followup(Build.id($0), status: ["done", "in-progress", "done", "dropped", "not-started", "done"][$0 - 1]) },
      present: (1...14).map(Build.id) + [Build.id(16)])
    let summit = Build.networkEvent(
      Build.event("s-2027", year: 2027, kind: .globalSummit),
      people: (1...5).map { Build.person($0, city: "Amman", country: "JO") }
        + [Build.person(6, city: "Amman", country: "JO", status: .invited)])
    let webinar = Build.networkEvent(
      Build.event("web-2028", year: 2028, kind: .webinar), people: (1...6).map { Build.person($0, city: "tunis-tn", country: "TN") },
      present: (1...6).map(Build.id))
    let cities = [
      Build.city("dakar-sn", "Dakar", "SN", joined: "2019-01-01", population: 1_400_000),
      Build.city("tunis-tn", "Tunis", "TN", joined: "2027-06-01", population: 600_000),
      Build.city("amman-jo", "Amman", "JO", joined: "2028-02-01"),
      Build.city("jos-ng", "Jos", "NG", status: .left),
    ]
    let day = { LocalDate($0)! }
    let requests = [
      HelpRequest(city: "dakar-sn", date: day("2027-02-01"), topic: "Funding", status: .resolved, resolvedOn: day("2027-02-11")),
      HelpRequest(city: "dakar-sn", date: day("2027-05-01"), topic: "funding", status: .resolved, resolvedOn: day("2027-05-31")),
      HelpRequest(city: "tunis-tn", date: day("2027-12-30"), topic: "training", status: .open),
      HelpRequest(city: "tunis-tn", date: day("2028-01-10"), topic: "training", status: .resolved, resolvedOn: day("2028-01-12")),
    ]
    let indicators = [
      Build.indicator("participants", .participants, fields: ["category", "city_size", "event_kind"], targets: [2027: 25]),
      Build.indicator("registered", .registered),
      Build.indicator("commitments", .commitments),
      Build.indicator("followed-up", .followedUp),
      Build.indicator("followup-rate", .followupRate),
      Build.indicator("acted", .actedUponShare, fields: ["category"]),
      Build.indicator("satisfied", .share, question: "satisfaction", answers: ["4", "5"]),
      Build.indicator("satisfaction", .mean, question: "satisfaction"),
      Build.indicator("members", .memberCities),
      Build.indicator("engaged", .citiesEngagedShare),
      Build.indicator("acting", .citiesActing),
      Build.indicator("events", .events, fields: ["event_kind"]),
      Build.indicator("requests", .requests, fields: ["topic"]),
      Build.indicator("days", .daysToResolve, targets: [2027: 14]),
      Build.indicator("quick", .resolvedWithin, days: 10),
    ]
    return Build.records(events: [workshop, summit, webinar], cities: cities, indicators: indicators, requests: requests)
  }()

  let report = NetworkReport(records: Self.records)

  func value(_ indicator: String, _ year: Int, _ disaggregation: String = "total", _ group: String = "all") -> NetworkValue? {
    report.cell(year: year, indicator: indicator, disaggregation: disaggregation, group: group)?.value
  }

  @Test func theReportCoversTheYearsOfEventsAndRequests() {
    #expect(report.years == [2027, 2028])
    #expect(report.events.map(\.year) == [2027, 2027, 2028])
  }

  @Test func peopleAreCountedPerEventTheyTookPartIn() {
    // 14 present + 1 from outside the network at the workshop, 5 confirmed at the summit.
    #expect(value("participants", 2027)?.value == 20)
    #expect(value("participants", 2027)?.target == 25)
    #expect(value("participants", 2027, "category", "youth")?.n == 6)
    #expect(value("participants", 2027, "city_size", "1m-5m")?.n == 8)
    #expect(value("participants", 2027, "city_size", "500k-1m")?.n == 6)
    #expect(value("participants", 2027, "city_size", "not-given")?.n == 6)
    #expect(value("participants", 2027, "event_kind", "global-summit")?.n == 5)
    #expect(value("participants", 2028)?.value == 6)
    #expect(value("registered", 2027)?.value == 21)
  }

  @Test func commitmentsTheirFollowUpAndWhatWasActedUpon() {
    #expect(value("commitments", 2027)?.value == 8)
    #expect(value("followed-up", 2027)?.value == 6)
    #expect(value("followup-rate", 2027)?.value == 75)
    #expect(value("followup-rate", 2027)?.numerator == 6)
    // done, in progress, done, done of 6.
    #expect(value("acted", 2027)?.value.map { ($0 * 10).rounded() } == 667)
    #expect(value("acted", 2027)?.n == 6 && value("acted", 2027)?.numerator == 4)
    #expect(value("commitments", 2028)?.value == 0)
  }

  @Test func feedbackMeansAndShares() {
    #expect(value("satisfied", 2027)?.value == 70)
    #expect(value("satisfaction", 2027)?.value.map { ($0 * 10).rounded() } == 41)
    #expect(value("satisfaction", 2027)?.n == 10)
  }

  @Test func citiesAreMembersFromTheYearTheyJoinedAndEngagedWhenSomeoneTookPart() {
    #expect(value("members", 2027)?.value == 2)
    #expect(value("members", 2028)?.value == 3)
    // 2027: Dakar and Tunis of 2 members took part (Amman joined in 2028).
    #expect(value("engaged", 2027)?.value == 100)
    // 2028: Tunis of 3.
    #expect(value("engaged", 2028)?.value.map { ($0 * 10).rounded() } == 333)
    #expect(value("acting", 2027)?.value == 1)
  }

  @Test func eventsAndRequests() {
    #expect(value("events", 2027)?.value == 2)
    #expect(value("events", 2027, "event_kind", "workshop")?.value == 1)
    #expect(value("requests", 2027)?.value == 3)
    #expect(value("requests", 2027, "topic", "funding")?.value == 2)
    #expect(value("days", 2027)?.value == 20)
    #expect(value("quick", 2027)?.value.map { ($0 * 10).rounded() } == 333)
    #expect(value("days", 2028)?.value == 2)
  }

  @Test func aTargetIsMetByTheMeasuresDirection() {
    let days = Self.records.framework.indicators.first { $0.id == "days" }!
    let participants = Self.records.framework.indicators.first { $0.id == "participants" }!
    #expect(report.meetsTarget(days, year: 2027) == false)
    #expect(report.meetsTarget(participants, year: 2027) == false)
    #expect(report.meetsTarget(participants, year: 2028) == nil)
  }

  @Test func cityRecordsAddUpToTheNetwork() {
    let figure = CityRecordCalculator.Figure.participants
    #expect(report.cell(year: 2027, indicator: figure, scope: "dakar-sn")?.value.n == 8)
    #expect(report.cell(year: 2027, indicator: figure, scope: "tunis-tn")?.value.n == 6)
    // Amman joined in 2028: its people at the 2027 summit are people from no member city.
    #expect(report.cell(year: 2027, indicator: figure, scope: "amman-jo") == nil)
    #expect(report.cell(year: 2027, indicator: figure, scope: NetworkValue.otherCities)?.value.n == 6)
    #expect(report.cell(year: 2027, indicator: figure)?.value.n == 20)
    let dakar = report.cities.first { $0.scope == "dakar-sn" }!
    #expect(dakar.years.map(\.year) == [2027])
    #expect(dakar.years[0].events == ["w-2027"])
    // Amman was a member in 2028 with no one taking part; Jos left, so it is no member city.
    #expect(report.quietCities.map(\.id) == ["amman-jo"])
  }
}
