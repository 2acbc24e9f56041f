import ConveneCore
import Testing

@testable import ConveneScheduling

@Suite struct ReleaseDiffTests {
  func entry(_ id: String, _ time: String, _ room: String) -> ScheduleDocument.Entry {
    let start = LocalDateTime("2027-03-09 \(time)+03:00")!
    var end = start
    end.time = TimeOfDay(minutes: start.time.minutes + 60)
    return .init(id: id, title: id, start: start, end: end, room: room, speakers: [], moderators: [])
  }

  @Test func namesMovedRoomChangedAddedRemovedAndNewRooms() {
    let old = ScheduleDocument(event: "e", timezone: "Africa/Nairobi", version: 1, sessions: [entry("a", "09:00", "hall"), entry("b", "10:00", "hall"), entry("c", "11:00", "side")])
    let new = ScheduleDocument(event: "e", timezone: "Africa/Nairobi", version: 2, sessions: [entry("a", "09:00", "annex"), entry("b", "14:00", "hall"), entry("d", "11:00", "side")])
    let diff = ReleaseDiff(from: old, to: new)
    #expect(diff.moved == [.init(id: "b", from: "2027-03-09 10:00-11:00 hall", to: "2027-03-09 14:00-15:00 hall")])
    #expect(diff.roomChanged == [.init(id: "a", from: "hall", to: "annex")])
    #expect(diff.added == ["d"])
    #expect(diff.removed == ["c"])
    #expect(diff.newRooms == ["annex"])
  }

  @Test func theFirstReleaseAddsEverything() {
    let new = ScheduleDocument(event: "e", timezone: "UTC", version: 1, sessions: [entry("a", "09:00", "hall")])
    let diff = ReleaseDiff(from: nil, to: new)
    #expect(diff.added == ["a"])
    #expect(diff.newRooms.isEmpty)
  }
}
