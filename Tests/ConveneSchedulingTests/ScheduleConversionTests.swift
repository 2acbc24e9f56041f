import ConveneCore
import Testing

@testable import ConveneScheduling

@Suite struct ScheduleConversionTests {
  @Test func documentsCarryLocalTimesWithTheirOffsetAndReadBack() throws {
    var builder = ProblemBuilder().room("hall").session("s1") { $0.speakers = ["p1"] }.session("s2").person("p1")
    builder.plan.event.timezone = "Africa/Nairobi"
    let problem = builder.problem
    let schedule = problem.schedule(["s1": (1, "09:00", "hall")])
    let document = ScheduleConversion.document(schedule, problem: problem, plan: builder.plan, version: 3, score: Score(medium: 4), reasons: [1: ["no room"]])
    let entry = try #require(document.sessions.first)
    #expect(entry.start.description == "2027-03-09 09:00+03:00")
    #expect(entry.end.description == "2027-03-09 10:00+03:00")
    #expect(entry.speakers == ["p1"])
    #expect(document.unscheduled == [.init(id: "s2", reasons: ["no room"])])
    #expect(ScheduleConversion.schedule(from: document, problem: problem).schedule == schedule)
  }

  @Test func unknownSessionsAndRoomsAreReported() {
    let problem = ProblemBuilder().room("hall").session("s1").problem
    let start = LocalDateTime("2027-03-09 09:00+00:00")!
    let document = ScheduleDocument(event: "t", timezone: "UTC", version: 1, sessions: [
      .init(id: "gone", title: "", start: start, end: start, room: "hall", speakers: [], moderators: []),
      .init(id: "s1", title: "", start: start, end: start, room: "annex", speakers: [], moderators: []),
    ])
    #expect(ScheduleConversion.schedule(from: document, problem: problem).problems == [
      "the session \"gone\" is not in sessions.csv", "the session \"s1\" is in the room \"annex\", which is not in rooms.csv",
    ])
  }

  @Test func daylightSavingOffsetsFollowTheDate() {
    let zone = TimeZone(identifier: "Europe/Paris")!
    #expect(ScheduleConversion.dateTime(TimelineMinute.of(LocalDate("2027-03-09")!, 600), zone: zone).offsetMinutes == 60)
    #expect(ScheduleConversion.dateTime(TimelineMinute.of(LocalDate("2027-07-09")!, 600), zone: zone).offsetMinutes == 120)
  }
}

import Foundation
