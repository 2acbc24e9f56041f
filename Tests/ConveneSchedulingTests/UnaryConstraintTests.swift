import ConveneCore
import Testing

@testable import ConveneScheduling

@Suite struct UnaryConstraintTests {
  @Test func personAvailabilityFromArrivalAndWindows() {
    let problem = ProblemBuilder().room("a")
      .person("p1") { $0.arrival = LocalDateTime("2027-03-09 10:00") }
      .person("p2") { $0.unavailable = [TimeWindow("day1 09:30-11:00")!] }
      .session("s1") { $0.speakers = ["p1", "p2"] }.problem
    let violations = problem.violations(of: "person-availability", in: problem.schedule(["s1": (1, "09:00", "a")]))
    #expect(violations.map(\.penalty) == [6])  // p1 misses 4 steps, p2 2
    #expect(violations.first?.sentence == "\"S1\" (s1) on 2027-03-09 09:00-10:00 needs p1 arrives 2027-03-09 10:00; p2 is unavailable day1 09:30-11:00")
  }

  @Test func roomAvailability() {
    let problem = ProblemBuilder().room("a", unavailable: ["day1 morning"]).session("s1").problem
    let violations = problem.violations(of: "room-availability", in: problem.schedule(["s1": (1, "11:30", "a")]))
    #expect(violations.map(\.penalty) == [2])
    #expect(violations.first?.sentence == "\"S1\" (s1) is in a on 2027-03-09 11:30-12:30, but the room is closed 2027-03-09 00:00-12:00")
  }

  @Test func sessionAvailability() {
    let problem = ProblemBuilder().room("a").session("s1") { $0.unavailable = [TimeWindow("day2")!] }.problem
    let violations = problem.violations(of: "session-availability", in: problem.schedule(["s1": (2, "09:00", "a")]))
    #expect(violations.map(\.penalty) == [4])
    #expect(violations.first?.sentence == "\"S1\" (s1) runs 2027-03-10 09:00-10:00, inside its unavailable window 2027-03-10 00:00-24:00")
  }

  @Test func dayWindowBreaksAndHours() {
    let problem = ProblemBuilder().room("a").session("s1").session("s2").problem
    let violations = problem.violations(of: "day-window", in: problem.schedule(["s1": (1, "12:00", "a"), "s2": (1, "16:30", "a")]))
    #expect(violations.map(\.penalty) == [2, 2])
    #expect(violations.map(\.sentence).sorted() == [
      "\"S1\" (s1) (2027-03-09 12:00-13:00) runs into the break \"Lunch\" (2027-03-09 12:30-13:30)",
      "\"S2\" (s2) (2027-03-09 16:30-17:30) runs outside the day's hours (2027-03-09 09:00-17:00)",
    ])
  }

  @Test func dayWindowAcrossAChangeOfTheClocks() throws {
    var builder = ProblemBuilder().room("a").session("s1").session("s2")
    builder.plan.event.timezone = "Europe/Paris"
    builder.plan.event.days = [
      EventDay(date: LocalDate("2027-03-28")!, start: TimeOfDay(hour: 1), end: TimeOfDay(hour: 6))
    ]
    let problem = builder.problem
    let changes = problem.days[0].breaks.filter { $0.label == SchedulingProblem.clockChangeLabel }
    #expect(changes.map { TimelineMinute.describe($0.interval) } == ["2027-03-28 01:59-03:00"])
    let first = try #require(problem.sessionIndex["s1"])
    #expect(problem.sessions[first].candidateStarts.map { TimelineMinute.describe($0) } == ["2027-03-28 03:00", "2027-03-28 03:15", "2027-03-28 03:30", "2027-03-28 03:45", "2027-03-28 04:00", "2027-03-28 04:15", "2027-03-28 04:30", "2027-03-28 04:45", "2027-03-28 05:00"])
    var schedule = Schedule.empty(for: problem)
    for (id, hour) in [("s1", 1), ("s2", 3)] {
      schedule.placements[problem.sessionIndex[id]!] = Placement(start: TimelineMinute.of(LocalDate("2027-03-28")!, hour * 60), room: 0)
    }
    let violations = problem.violations(of: "day-window", in: schedule)
    #expect(violations.map(\.sentence) == [
      "\"S1\" (s1) (2027-03-28 01:00-02:00) runs into the break \"change of the clocks\" (2027-03-28 01:59-03:00)"
    ])
  }

  @Test func roomFeatures() {
    let problem = ProblemBuilder().room("a").session("s1") { $0.requires = ["av"]; $0.interpretation = [LanguagePair("en>fr")!] }.problem
    let violations = problem.violations(of: "room-features", in: problem.schedule(["s1": (1, "09:00", "a")]))
    #expect(violations.map(\.penalty) == [2])
    #expect(violations.first?.sentence == "\"S1\" (s1) needs av, interpretation, which a lacks")
  }

  @Test func pinned() {
    let problem = ProblemBuilder().room("a").room("b").session("s1") { $0.day = .number(1); $0.start = TimeOfDay(hour: 9); $0.room = "a" }.problem
    let violations = problem.violations(of: "pinned", in: problem.schedule(["s1": (1, "10:00", "b")]))
    #expect(violations.map(\.penalty) == [2])
    #expect(violations.first?.sentence == "\"S1\" (s1) is pinned but placed at 2027-03-09 10:00 in b")
  }

  @Test func unscheduledWeighsByLength() {
    let problem = ProblemBuilder().room("a").session("s1", duration: 90).problem
    let violations = problem.violations(of: "unscheduled", in: .empty(for: problem))
    #expect(violations.map(\.penalty) == [600])  // 6 grid steps, 100 each
    #expect(violations.first?.level == .medium)
    #expect(violations.first?.sentence == "\"S1\" (s1) (90 minutes) is not scheduled")
  }

  @Test func publishedMoveCountsThePeopleToTell() {
    let problem = ProblemBuilder().room("a").person("p1").person("x").session("s1") { $0.speakers = ["p1"] }.signup("x", "s1")
      .with { $0.published = ["s1": (minute(day: 1, "09:00"), "a")] }.problem
    let violations = problem.violations(of: "published-move", in: problem.schedule(["s1": (1, "10:00", "a")]))
    #expect(violations.map(\.penalty) == [2])
    #expect(violations.first?.sentence == "\"S1\" (s1), published for 2027-03-09 09:00, moves to 2027-03-09 10:00: 2 people must be told")
    #expect(problem.violations(of: "published-move", in: problem.schedule(["s1": (1, "09:00", "a")])).isEmpty)
  }

  @Test func publishedMoveOfAPlenaryConcernsEveryoneHoldingAPlace() {
    // As invitations count them: everyone with a place attends a plenary; the waitlisted and
    // those who cancelled are not told.
    var builder = ProblemBuilder().room("a").session("plenary") { $0.kind = .plenary }
      .with { $0.published = ["plenary": (minute(day: 1, "09:00"), "a")] }
    for n in 1...44 { builder = builder.person("p\(n)") }
    builder = builder.person("w") { $0.status = .waitlisted }.person("c") { $0.status = .cancelled }
    let problem = builder.problem
    let moved = problem.violations(of: "published-move", in: problem.schedule(["plenary": (1, "10:00", "a")]))
    #expect(moved.map(\.penalty) == [44])
    #expect(moved.first?.sentence == "\"PLENARY\" (plenary), published for 2027-03-09 09:00, moves to 2027-03-09 10:00: 44 people must be told")
    let dropped = problem.violations(of: "published-move", in: .empty(for: problem))
    #expect(dropped.first?.sentence == "\"PLENARY\" (plenary), published for 2027-03-09 09:00, is dropped: 44 people must be told")
  }

  @Test func capacityCostsPerSeat() {
    let problem = ProblemBuilder().room("a", capacity: 20).session("s1") { $0.expected = 25 }.problem
    let violations = problem.violations(of: "capacity", in: problem.schedule(["s1": (1, "09:00", "a")]))
    #expect(violations.map(\.penalty) == [10])
    #expect(violations.first?.sentence == "\"S1\" (s1) expects 25 people but a seats 20")
  }

  @Test func capacityCountsAPlenarysEveryoneAndAnAudienceCohort() {
    // Without `expected`, attendees as invite counts them: everyone holding a place for a
    // plenary, the audience cohort's members for the lab, not the waitlisted.
    var builder = ProblemBuilder().room("closet", capacity: 5)
      .session("keynote") { $0.kind = .plenary }.session("lab") { $0.audience = ["youth"] }
    for n in 1...30 { builder = builder.person("p\(n)") { $0.cohorts = ["youth"] } }
    builder = builder.person("w") { $0.cohorts = ["youth"]; $0.status = .waitlisted }
    let problem = builder.problem
    let violations = problem.violations(of: "capacity", in: problem.schedule(["keynote": (1, "09:00", "closet"), "lab": (1, "11:00", "closet")]))
    #expect(violations.map(\.penalty) == [50, 50])
    #expect(violations.map(\.sentence).sorted() == [
      "\"KEYNOTE\" (keynote) expects 30 people but closet seats 5", "\"LAB\" (lab) expects 30 people but closet seats 5",
    ])
  }

  @Test func publishedMoveOfASessionNobodyAttendsCostsNothingAndOnePersonIsOne() {
    let problem = ProblemBuilder().room("a").person("p1").session("empty").session("solo") { $0.speakers = ["p1"] }
      .with { $0.published = ["empty": (minute(day: 1, "09:00"), "a"), "solo": (minute(day: 1, "11:00"), "a")] }.problem
    let violations = problem.violations(of: "published-move", in: problem.schedule(["empty": (1, "14:00", "a"), "solo": (1, "15:00", "a")]))
    #expect(violations.map(\.penalty) == [1])
    #expect(violations.first?.sentence == "\"SOLO\" (solo), published for 2027-03-09 11:00, moves to 2027-03-09 15:00: 1 person must be told")
  }

  @Test func preferredAndAvoidedTimes() {
    let problem = ProblemBuilder().room("a").session("s1") { $0.preferred = [TimeWindow("afternoon")!]; $0.avoided = [TimeWindow("day1")!] }.problem
    let schedule = problem.schedule(["s1": (1, "09:00", "a")])
    #expect(problem.violations(of: "preferred-time", in: schedule).map(\.penalty) == [20])
    #expect(problem.violations(of: "avoided-time", in: schedule).map(\.penalty) == [40])
    #expect(problem.violations(of: "avoided-time", in: schedule).first?.sentence == "\"S1\" (s1) runs 2027-03-09 09:00-10:00, in a time it should avoid")
    #expect(problem.violations(of: "preferred-time", in: problem.schedule(["s1": (2, "14:00", "a")])).isEmpty)
  }

  @Test func localHoursOfRemoteParticipants() {
    let problem = ProblemBuilder().with { $0.plan.event.mode = .hybrid }.room("a")
      .person("far") { $0.timezone = "Asia/Dhaka" }  // UTC+6
      .person("near") { $0.timezone = "Europe/London" }
      .session("s1").signup("far", "s1").signup("near", "s1").problem
    let violations = problem.violations(of: "local-hours", in: problem.schedule(["s1": (1, "14:00", "a")]))
    #expect(violations.map(\.penalty) == [5])  // 14:00 UTC is 20:00-21:00 in Dhaka
    #expect(violations.first?.sentence == "\"S1\" (s1) (2027-03-09 14:00-15:00) is outside 08:00-20:00 where 1 remote participant is (far)")
  }

  /// On the night the clocks go back in Paris (03:00 CEST, +02:00, becomes 02:00 CET), 00:30 is
  /// still +02:00: 18:30 in New York (inside), 07:30 in Tokyo (outside). The offset of the day's
  /// noon, after the change, blamed New York and spared Tokyo.
  @Test func localHoursTakeTheOffsetOfTheSessionsStartOnTheDayTheClocksChange() {
    let problem = ProblemBuilder()
      .with {
        $0.plan.event.mode = .online
        $0.plan.event.timezone = "Europe/Paris"
        $0.plan.event.days = [EventDay(date: LocalDate("2027-10-31")!, start: TimeOfDay(minutes: 30), end: TimeOfDay(hour: 2))]
      }
      .room("a").person("ny") { $0.timezone = "America/New_York" }.person("tokyo") { $0.timezone = "Asia/Tokyo" }
      .session("s1").signup("ny", "s1").signup("tokyo", "s1").problem
    var schedule = Schedule.empty(for: problem)
    schedule.placements[problem.sessionIndex["s1"]!] = Placement(
      start: TimelineMinute.of(LocalDate("2027-10-31")!, 30), room: 0)
    let violations = problem.violations(of: "local-hours", in: schedule)
    #expect(violations.map(\.penalty) == [5])
    #expect(violations.first?.sentence.hasSuffix("where 1 remote participant is (tokyo)") == true, "\(violations)")
  }

  @Test func publishedRoom() {
    let problem = ProblemBuilder().room("a").room("b").session("s1").with { $0.published = ["s1": (minute(day: 1, "09:00"), "a")] }.problem
    let violations = problem.violations(of: "published-room", in: problem.schedule(["s1": (1, "09:00", "b")]))
    #expect(violations.map(\.penalty) == [50])
    #expect(violations.first?.sentence == "\"S1\" (s1) was published in a and is now in b")
  }

  /// A session published in a room rooms.csv no longer holds (`a` renamed `x`): its time still
  /// holds, so moving it costs what moving any published session costs, and keeping it costs
  /// the change of room. Before, such a session moved for nothing.
  @Test func aPublishedSessionWhoseRoomIsGoneKeepsItsTime() {
    let problem = ProblemBuilder().room("x").person("p1").session("s1") { $0.speakers = ["p1"] }
      .with { $0.published = ["s1": (minute(day: 1, "09:00"), "a")] }.problem
    let moved = problem.violations(of: "published-move", in: problem.schedule(["s1": (1, "10:00", "x")]))
    #expect(moved.map(\.penalty) == [1])
    #expect(moved.first?.sentence == "\"S1\" (s1), published for 2027-03-09 09:00, moves to 2027-03-09 10:00: 1 person must be told")
    let kept = problem.schedule(["s1": (1, "09:00", "x")])
    #expect(problem.violations(of: "published-move", in: kept).isEmpty)
    let room = problem.violations(of: "published-room", in: kept)
    #expect(room.map(\.penalty) == [50])
    #expect(room.first?.sentence == "\"S1\" (s1) was published in a room rooms.csv no longer holds and is now in x")
  }
}
