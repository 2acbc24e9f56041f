import ConveneCore
import Testing

@testable import ConveneCheck

@Suite struct RoomChecksTests {
  @Test func repeatedRoomIdsAndUnknownVenues() {
    let plan = PlanBuilder().room("hall", line: 2).room("hall", line: 5)
      .with { $0.rooms[0].venue = "annex" }
    #expect(plan.described == [
      "error: rooms.csv:5: id: the room id \"hall\" is already used on line 2",
      "error: rooms.csv:2: venue: unknown venue \"annex\" (hint: declare it in event.json under venues)",
    ])
  }

  @Test func unavailableOnADayTheEventDoesNotHave() {
    let plan = PlanBuilder().room("hall").with { $0.rooms[0].unavailable = [TimeWindow("day3")!] }
    #expect(plan.described == ["error: rooms.csv:2: unavailable: \"day3\" names a day the event does not have (hint: the days are day1 = 2027-03-09)"])
  }
}
