import ConveneCore
import Testing

@testable import ConveneScheduling

@Suite struct PreFlightTests {
  @Test func aSpeakerWithMoreSessionsThanTime() {
    let problem = ProblemBuilder().room("a").person("p1") { $0.arrival = LocalDateTime("2027-03-10 15:00") }
      .session("s1", duration: 90) { $0.speakers = ["p1"] }.session("s2", duration: 90) { $0.speakers = ["p1"] }.problem
    #expect(PreFlight.check(problem).map(\.message) == [
      "p1 speaks or moderates 2 sessions (180 minutes) but is there for 120 minutes of session time: \"S1\" (s1), \"S2\" (s2)"
    ])
  }

  @Test func exclusiveSessionsNeedingMoreHoursThanTheEventHas() {
    var builder = ProblemBuilder().room("a")
    for n in 0..<8 { builder = builder.session("plenary\(n)", duration: 120) { $0.kind = .plenary } }
    #expect(PreFlight.check(builder.problem).map(\.message) == [
      "the exclusive sessions (plenaries and ceremonies) need 960 minutes but the event has 840 minutes of session time"
    ])
  }

  @Test func aFeatureNoRoomHasAndASessionLongerThanAnyDay() {
    let problem = ProblemBuilder().room("a").session("outside") { $0.requires = ["outdoor"] }.session("marathon", duration: 300).problem
    #expect(PreFlight.check(problem).map(\.message) == [
      "\"OUTSIDE\" (outside) needs a room with outdoor and no room has it",
      "\"MARATHON\" (marathon) cannot start anywhere: it lasts 300 minutes and the longest stretch of a day between breaks is 210",
    ])
    #expect(PreFlight.check(problem).allSatisfy { $0.impossible })
  }

  /// Two sessions pinned to overlapping times with a speaker in common: no search places
  /// both, and the pre-flight says so (schedule left one out, "a longer search may make room").
  @Test func twoSessionsPinnedToOverlappingTimesWithOneSpeaker() {
    let problem = ProblemBuilder().room("a").room("b").person("p1")
      .session("s1") { $0.day = .number(1); $0.start = TimeOfDay(hour: 11); $0.room = "a" }
      .session("s2", duration: 30) { $0.speakers = ["p1"]; $0.day = .number(1); $0.start = TimeOfDay(hour: 11, minute: 30) }
      .session("s3") { $0.speakers = ["p1"]; $0.day = .number(1); $0.start = TimeOfDay(hour: 11); $0.room = "b" }
      .session("s4") { $0.day = .number(1); $0.start = TimeOfDay(hour: 14); $0.room = "a" }
      .session("s5") { $0.day = .number(1); $0.start = TimeOfDay(hour: 14, minute: 30); $0.room = "a" }
      .session("s6") { $0.day = .number(2); $0.start = TimeOfDay(hour: 9); $0.room = "a" }
      .session("s7") { $0.day = .number(2); $0.start = TimeOfDay(hour: 9); $0.room = "b" }
      .problem
    #expect(PreFlight.check(problem).map(\.message) == [
      "\"S2\" (s2) (2027-03-09 11:30-12:00) and \"S3\" (s3) (2027-03-09 11:00-12:00) can each start only then (their pins, the "
        + "days and the breaks leave no other start), these overlap and both need p1: one of them can never be placed",
      "\"S4\" (s4) (2027-03-09 14:00-15:00) and \"S5\" (s5) (2027-03-09 14:30-15:30) can each start only then (their pins, the "
        + "days and the breaks leave no other start), these overlap and both can only be in a: one of them can never be placed",
    ])
  }

  /// A session pinned into its own unavailable window, into the hours its only room is
  /// closed, or to when its speaker is away: every rule is hard, so no search places it
  /// (schedule left it out, and `check` called the workspace valid).
  @Test func aSessionPinnedWhereAHardRuleShutsItOut() {
    let pinned: (inout Session) -> Void = { $0.day = .number(2); $0.start = TimeOfDay(hour: 9) }
    let problem = ProblemBuilder().room("a").room("small", unavailable: ["day2 morning"])
      .person("p1") { $0.unavailable = [TimeWindow("day2 08:00-10:00")!] }
      .session("own") { pinned(&$0); $0.unavailable = [TimeWindow("day2 morning")!] }
      .session("closed") { pinned(&$0); $0.room = "small" }
      .session("away") { pinned(&$0); $0.speakers = ["p1"] }
      .session("free") { $0.room = "small"; $0.speakers = ["p1"] }
      .problem
    #expect(PreFlight.check(problem).map(\.message) == [
      "\"OWN\" (own) cannot start anywhere: every start its pins, the days and the breaks leave it (2027-03-10 09:00-10:00) "
        + "is inside its own unavailable windows (2027-03-10 00:00-12:00) (session-availability)",
      "\"CLOSED\" (closed) cannot start anywhere: at every start its pins, the days and the breaks leave it "
        + "(2027-03-10 09:00-10:00), its only room, small, is closed (room-availability)",
      "\"AWAY\" (away) cannot start anywhere: at every start its pins, the days and the breaks leave it "
        + "(2027-03-10 09:00-10:00), a speaker or moderator is away: p1 is unavailable day2 08:00-10:00 (person-availability)",
    ])
  }

  /// A series whose second part's speaker leaves before the first part's arrives, and a
  /// session after another that cannot end in time: each part fits alone, so `schedule` left
  /// the later one out with "a longer search may make room", and `check` passed.
  @Test func anOrderThatThePeoplesStaysCannotHold() {
    let problem = ProblemBuilder().room("a")
      .person("late") { $0.arrival = LocalDateTime("2027-03-10 14:00") }
      .person("early") { $0.departure = LocalDateTime("2027-03-10 11:00") }
      .session("part1") { $0.series = "course"; $0.part = 1; $0.speakers = ["late"] }
      .session("part2") { $0.series = "course"; $0.part = 2; $0.speakers = ["early"] }
      .session("part3") { $0.series = "course"; $0.part = 3 }
      .session("keynote") { $0.speakers = ["late"] }
      .session("debate") { $0.after = ["keynote"]; $0.speakers = ["early"] }
      .session("wrap") { $0.after = ["keynote"] }
      .problem
    #expect(PreFlight.check(problem).map(\.message) == [
      "\"PART2\" (part2) must come after \"PART1\" (part1) (series-order), which cannot end before 2027-03-10 15:00 (its "
        + "people, rooms and windows, and the sessions it comes after, allow no earlier start), but its own last start they "
        + "allow is 2027-03-10 10:00: the order can never hold",
      "\"DEBATE\" (debate) must come after \"KEYNOTE\" (keynote) (precedence), which cannot end before 2027-03-10 15:00 (its "
        + "people, rooms and windows, and the sessions it comes after, allow no earlier start), but its own last start they "
        + "allow is 2027-03-10 10:00: the order can never hold",
    ])
    let feasible = ProblemBuilder().room("a").person("late") { $0.arrival = LocalDateTime("2027-03-10 14:00") }
      .session("part1") { $0.series = "course"; $0.part = 1 }
      .session("part2") { $0.series = "course"; $0.part = 2; $0.speakers = ["late"] }
      .problem
    #expect(PreFlight.check(feasible).isEmpty)
  }

  @Test func aFeasibleProblemHasNoFindings() {
    #expect(PreFlight.check(ProblemBuilder().room("a").session("s").problem).isEmpty)
  }
}
