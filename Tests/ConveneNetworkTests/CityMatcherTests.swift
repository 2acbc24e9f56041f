import ConveneCore
import Testing

@testable import ConveneNetwork

@Suite struct CityMatcherTests {
  let matcher = CityMatcher(cities: [
    Build.city("dakar-sn", "Dakar", "SN", aliases: ["Ville de Dakar"]),
    Build.city("saint-louis-sn", "Saint-Louis", "SN"),
    Build.city("amman-jo", "عمّان", "JO", aliases: ["Amman"]),
    Build.city("tripoli-lb", "Tripoli", "LB"),
  ])

  @Test func matchesByIdNameOrAliasWithinTheCountry() {
    #expect(matcher.city("dakar-sn", country: "SN")?.id == "dakar-sn")
    #expect(matcher.city("DAKAR-SN", country: "")?.id == "dakar-sn")
    #expect(matcher.city(" ville de dakar ", country: "SN")?.id == "dakar-sn")
    #expect(matcher.city("SAINT LOUIS", country: "SN")?.id == "saint-louis-sn")
    #expect(matcher.city("Saint-Louis", country: "US") == nil)
    #expect(matcher.city("Tripoli", country: "LY") == nil)
    #expect(matcher.city("", country: "SN") == nil)
  }

  @Test func arabicSpellingVariantsMatch() {
    // Without the shadda, with a hamza on the alef: the same folded name.
    #expect(matcher.city("عمان", country: "JO")?.id == "amman-jo")
    #expect(matcher.city("amman", country: "jo")?.id == "amman-jo")
  }

  @Test func unmatchedCitiesAreListedOncePerEventWithTheirFirstLine() {
    var people = [
      Build.person(1, city: "Dakar"), Build.person(2, city: "Lyon", country: "FR"),
      Build.person(3, city: "LYON", country: "FR"), Build.person(4, city: "Lyon", country: "BE"),
      Build.person(5, city: ""),
    ]
    for index in people.indices { people[index].line = index + 2 }
    let plan = EventPlan(event: Build.event("e", year: 2027), participants: people)
    let unmatched = matcher.unmatched(in: plan)
    #expect(
      unmatched == [
        UnmatchedCity(city: "Lyon", country: "FR", event: "e", people: 2, line: 3),
        UnmatchedCity(city: "Lyon", country: "BE", event: "e", people: 1, line: 5),
      ])
  }

  /// A row of cities.csv left out for one bad cell (a population of -5) still has its city:
  /// its people are reported as that row's error, not as a city matching no member city
  /// (whose hint, "add the city to cities.csv", would send the organiser to a row that is there).
  @Test func aCityWhoseRowHasAnErrorIsNoUnmatchedCity() {
    let file = CitiesFile.read(Array("id,name,country,population\ntunis-tn,Tunis,TN,-5\n".utf8))
    #expect(file.cities.isEmpty)
    #expect(file.findings.map { "\($0.line ?? 0):\($0.field ?? "")" } == ["2:population"])
    var tunis = Build.person(1, city: "Tunis", country: "TN")
    tunis.line = 7
    var gafsa = Build.person(2, city: "Gafsa", country: "TN")
    gafsa.line = 8
    let records = Build.records(
      events: [Build.networkEvent(Build.event("tunis-2028", year: 2028), people: [tunis, gafsa])], cities: file.cities)
    let findings = NetworkChecker.check(
      records,
      mentions: NetworkChecker.Mentions(cities: file.ids, citiesLeftOut: file.leftOut, requests: [], questions: []))
    #expect(findings.map(\.line) == [8], "\(findings.map(\.description))")
  }

  @Test func theNetworkCheckWarnsOfEachUnmatchedCity() {
    var person = Build.person(1, city: "Gafsa", country: "TN")
    person.line = 7
    let records = Build.records(
      events: [Build.networkEvent(Build.event("tunis-2028", year: 2028), people: [person])],
      cities: [Build.city("tunis-tn", "Tunis", "TN")])
    #expect(
      NetworkChecker.check(records).map(\.description) == [
        "warning: ../tunis-2028/participants.csv:7: city: \"Gafsa\" (TN) matches no member city; 1 participant of tunis-2028 counts under other cities (hint: add the city to cities.csv, or this spelling to a member city's aliases)"
      ])
  }
}
