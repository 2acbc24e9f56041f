import ConveneCore
import Testing

@testable import ConveneNetwork

/// A named official of no member city says that the people of no member city at their event
/// hold someone: beside a member city listed there and the event's total (4 from Amman and
/// the mayor of Madaba, 5 from Jordan), both hidden cells would be 1 to 4. The officials of no
/// member city are not named at an event where those of one country number 1 to 4.
@Suite struct NonMemberOfficialsTests {
  static func person(event: Int, city: String?, country: String) -> NetworkPerson {
    let person = NetworkPerson(event: event, year: 2030, city: city, participant: nil, profile: ["country": country])
    person.tookPart = true
    return person
  }

  @Test func theyAreNotNamedWhereTheirCountryGroupIsSmall() {
    let people =
      (0..<4).map { _ in Self.person(event: 0, city: "amman-jo", country: "JO") } + [Self.person(event: 0, city: nil, country: "JO")]
      + (0..<5).map { _ in Self.person(event: 1, city: nil, country: "LB") }
    let withheld = NetworkReport.withholdingNonMembers([2030: ["amman-jo": [1]]], people: people, threshold: 5)
    #expect(withheld[2030]?[NetworkValue.otherCities] == [0])
    #expect(withheld[2030]?["amman-jo"] == [1])
    let record = CityRecord(
      scope: NetworkValue.otherCities, city: nil,
      years: [
        CityRecord.Year(
          year: 2030, events: [],
          officials: [
            CityRecord.Official(name: "Tariq Hamdan", title: "Mayor", events: ["madaba-2030"], category: "mayor"),
            CityRecord.Official(name: "Rami Aoun", title: "Mayor", events: ["byblos-2030"], category: "mayor"),
          ])
      ])
    let shown = record.withholdingOfficials(withheld, eventIDs: ["madaba-2030", "byblos-2030"])
    #expect(shown.years.first?.officials.map(\.name) == ["Rami Aoun"])
  }
}
