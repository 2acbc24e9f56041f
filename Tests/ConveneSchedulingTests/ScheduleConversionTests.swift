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
    #expect(ScheduleConversion.schedule(from: document, problem: problem).problems.map(\.description) == [
      "error: schedule.json: sessions[0].id: the session \"gone\" is not in sessions.csv",
      "error: schedule.json: sessions[1].room: the session \"s1\" is in the room \"annex\", which is not in rooms.csv",
    ])
  }

  @Test func anEndThatIsNotStartPlusDurationAndARepeatAreReported() {
    let problem = ProblemBuilder().room("hall").session("s1", duration: 90).session("s2").problem
    func at(_ time: String) -> LocalDateTime { LocalDateTime("2027-03-09 \(time)+00:00")! }
    let document = ScheduleDocument(event: "t", timezone: "UTC", version: 1, sessions: [
      .init(id: "s1", title: "", start: at("09:00"), end: at("10:00"), room: "hall", speakers: [], moderators: []),
      .init(id: "s2", title: "", start: at("11:00"), end: at("12:00"), room: "hall", speakers: [], moderators: []),
      .init(id: "s2", title: "", start: at("14:00"), end: at("15:00"), room: "hall", speakers: [], moderators: []),
    ])
    let (schedule, problems) = ScheduleConversion.schedule(from: document, problem: problem)
    #expect(problems.map(\.description) == [
      "error: schedule.json: sessions[0].end: the session \"s1\" ends 2027-03-09 10:00, but it lasts 90 minutes (sessions.csv): from 2027-03-09 09:00 it ends 2027-03-09 10:30 (hint: correct the end, or change the duration in sessions.csv and run `convene schedule` again)",
      "error: schedule.json: sessions[2].id: the session \"s2\" is listed twice (sessions[1] and sessions[2]) (hint: keep one entry per session)",
    ])
    #expect(schedule == problem.schedule(["s1": (1, "09:00", "hall"), "s2": (1, "11:00", "hall")]))
  }

  @Test func daylightSavingOffsetsFollowTheDate() {
    let zone = TimeZone(identifier: "Europe/Paris")!
    #expect(ScheduleConversion.dateTime(TimelineMinute.of(LocalDate("2027-03-09")!, 600), zone: zone).offsetMinutes == 60)
    #expect(ScheduleConversion.dateTime(TimelineMinute.of(LocalDate("2027-07-09")!, 600), zone: zone).offsetMinutes == 120)
  }
}

import Foundation
