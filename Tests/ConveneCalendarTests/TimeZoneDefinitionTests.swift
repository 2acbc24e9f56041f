import ConveneCore
import Testing

@testable import ConveneCalendar

@Suite struct TimeZoneDefinitionTests {
  @Test func aZoneWithoutDaylightSavingHasOneObservance() throws {
    let nairobi = try #require(TimeZoneDefinition(identifier: "Africa/Nairobi", years: 2027...2027))
    #expect(nairobi.observances.count == 1)
    #expect(nairobi.observances[0].offsetTo == 180)
    #expect(nairobi.observances[0].isDaylight == false)
  }

  @Test func daylightSavingChangesAreSingleOnsetsForTheEventsYears() throws {
    let paris = try #require(TimeZoneDefinition(identifier: "Europe/Paris", years: 2027...2027))
    #expect(paris.observances.count == 3)  // January, the end of March, the end of October
    #expect(paris.observances[1].isDaylight)
    #expect(paris.observances[1].start == LocalDateTime("2027-03-28 02:00"))
    #expect((paris.observances[1].offsetFrom, paris.observances[1].offsetTo) == (60, 120))
    #expect(paris.observances[2].start == LocalDateTime("2027-10-31 03:00"))
    let text = try CalendarWriter.ics(CalendarDocument(method: .publish, timezones: [paris], events: []))
    #expect(!text.contains("RRULE"))
    #expect(text.contains("TZID:Europe/Paris"))
  }

  @Test func unknownZonesHaveNoDefinition() {
    #expect(TimeZoneDefinition(identifier: "Mars/Olympus", years: 2027...2027) == nil)
  }
}
