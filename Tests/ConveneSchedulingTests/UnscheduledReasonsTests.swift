import ConveneCore
import Testing

@testable import ConveneScheduling

@Suite struct UnscheduledReasonsTests {
  @Test func noInterpretationRoomIsFreeWhileTheSpeakerIsThere() {
    let problem = ProblemBuilder().room("hall", features: ["interpretation"]).room("side")
      .person("p012") { $0.arrival = LocalDateTime("2027-03-10 13:30"); $0.departure = LocalDateTime("2027-03-10 15:00") }
      .session("busy", duration: 210).session("talk", duration: 60) { $0.speakers = ["p012"]; $0.interpretation = [LanguagePair("en>fr")!] }.problem
    let schedule = problem.schedule(["busy": (2, "13:30", "hall")])
    let reasons = UnscheduledReasons.reasons(for: schedule, in: problem)[problem.sessionIndex["talk"]!]
    #expect(reasons?.contains("no room with interpretation is free while speaker p012 is present (3 possible starts, rooms: hall)") == true, "\(reasons ?? [])")
    #expect(reasons?.contains { $0 == "at 33 of 44 possible starts p012 arrives 2027-03-10 13:30" } == true, "\(reasons ?? [])")
    // Alone, the talk would have the hall while p012 is there: the other session keeps it out.
    #expect(reasons?.last == UnscheduledReasons.othersInTheWay)
    #expect(
      UnscheduledReasons.othersInTheWay
        == "alone in the event it would have a place: the sessions placed take them; a longer search may make room, unless the event is too full")
  }

  /// A session whose order with placed sessions leaves it no start is told so, start by start,
  /// before the rooms and people busy then (a chain of `after` that no longer fits in a day).
  @Test func anOrderThatLeavesNoStartIsNamed() {
    let problem = ProblemBuilder().room("hall").room("side")
      .session("late").session("first") { $0.after = ["late"] }
      .session("early") { $0.after = ["lead"] }.session("lead").problem
    let schedule = problem.schedule(["late": (2, "16:00", "hall"), "early": (1, "09:00", "hall")])
    let all = UnscheduledReasons.reasons(for: schedule, in: problem)
    #expect(
      all[problem.sessionIndex["first"]!]?.first
        == "at 44 of 44 possible starts it would begin before \"LATE\" (late), which it comes after, ends (2027-03-10 17:00)",
      "\(all)")
    #expect(
      all[problem.sessionIndex["lead"]!]?.first
        == "at 44 of 44 possible starts it would end after \"EARLY\" (early), which comes after it, begins (2027-03-09 09:00)",
      "\(all)")
  }

  /// Two people never there at once: each is named, the one who rules out the fewest starts
  /// too (extending the speaker's stay alone would not place the session).
  @Test func everyPersonAwayIsNamed() {
    let problem = ProblemBuilder().room("hall")
      .person("p002") { $0.arrival = LocalDateTime("2027-03-09 09:00"); $0.departure = LocalDateTime("2027-03-09 11:00") }
      .person("p006") { $0.arrival = LocalDateTime("2027-03-10 09:00") }
      .session("panel", duration: 60) { $0.speakers = ["p002"]; $0.moderators = ["p006"] }.problem
    let reasons = UnscheduledReasons.reasons(for: .empty(for: problem), in: problem)[0] ?? []
    #expect(reasons.contains { $0.hasSuffix("p006 arrives 2027-03-10 09:00") }, "\(reasons)")
    #expect(reasons.contains { $0.hasSuffix("p002 leaves 2027-03-09 11:00") }, "\(reasons)")
    #expect(!reasons.contains(UnscheduledReasons.othersInTheWay))
  }

  /// Starts at which no room is free are counted beside the hard rules that shut the free
  /// ones: every start is accounted for (the 22 starts of day 2, both rooms taken, went
  /// unmentioned).
  @Test func startsWithNoRoomFreeAreCountedBesideTheRulesThatShutTheFreeOnes() {
    let interpreted: (inout Session) -> Void = { $0.interpretation = [LanguagePair("en>fr")!] }
    let problem = ProblemBuilder().with { $0.plan.event.scheduling.interpretationTeams = ["en>fr": 1] }
      .room("hall", features: ["interpretation"]).room("annex", features: ["interpretation"])
      .session("teamed1", duration: 210, interpreted).session("teamed2", duration: 210, interpreted)
      .session("fill1", duration: 210).session("fill2", duration: 210).session("fill3", duration: 210)
      .session("fill4", duration: 210).session("talk", duration: 60, interpreted).problem
    let schedule = problem.schedule([
      "teamed1": (1, "09:00", "annex"), "teamed2": (1, "13:30", "annex"), "fill1": (2, "09:00", "hall"),
      "fill2": (2, "13:30", "hall"), "fill3": (2, "09:00", "annex"), "fill4": (2, "13:30", "annex"),
    ])
    let reasons = UnscheduledReasons.reasons(for: schedule, in: problem)[problem.sessionIndex["talk"]!] ?? []
    #expect(
      reasons.prefix(2) == [
        "interpretation-teams rules out 22 free room-and-time placements",
        "at 22 of 44 possible starts no room with interpretation is free or open",
      ], "\(reasons)")
  }

  /// A speaker with more sessions than time (scheduled with `--force`): the session left out
  /// is given the pre-flight's finding, which names the speaker, not "a longer search may
  /// make room".
  @Test func aSessionOfASpeakerWithoutTimeForItIsGivenThePreFlightsReason() {
    let problem = ProblemBuilder().room("a")
      .person("p013") { $0.arrival = LocalDateTime("2027-03-10 09:00"); $0.departure = LocalDateTime("2027-03-10 12:30") }
      .session("one", duration: 90) { $0.speakers = ["p013"] }.session("two", duration: 90) { $0.speakers = ["p013"] }
      .session("three", duration: 90) { $0.speakers = ["p013"] }.problem
    let schedule = problem.schedule(["one": (2, "09:00", "a"), "two": (2, "10:30", "a")])
    let reasons = UnscheduledReasons.reasons(for: schedule, in: problem)[problem.sessionIndex["three"]!] ?? []
    #expect(
      reasons.first
        == "p013 speaks or moderates 3 sessions (270 minutes) but is there for 210 minutes of session time: \"ONE\" (one), \"TWO\" (two), \"THREE\" (three)",
      "\(reasons)")
    #expect(!reasons.contains(UnscheduledReasons.othersInTheWay), "\(reasons)")
  }

  /// A session that pinned sessions keep out wherever it goes (one interpreting team, both
  /// sessions needing it pinned to 11:00) is not told that a longer search may make room.
  @Test func aSessionThatPinnedSessionsKeepOutIsToldToChangeAPin() {
    let problem = ProblemBuilder().with { $0.plan.event.scheduling.interpretationTeams = ["fr>en": 1] }
      .room("plenary", features: ["interpretation"]).room("atelier", features: ["interpretation"])
      .session("panel") {
        $0.interpretation = [LanguagePair("fr>en")!]; $0.day = .number(2); $0.start = TimeOfDay(hour: 11); $0.room = "plenary"
      }
      .session("bilat", duration: 30) {
        $0.interpretation = [LanguagePair("fr>en")!]; $0.day = .number(2); $0.start = TimeOfDay(hour: 11); $0.room = "atelier"
      }
      .session("free").problem
    let schedule = problem.schedule(["panel": (2, "11:00", "plenary"), "free": (1, "09:00", "atelier")])
    let bilat = problem.sessionIndex["bilat"]!
    #expect(UnscheduledReasons.fitsAlone(bilat, in: problem))
    let reasons = UnscheduledReasons.reasons(for: schedule, in: problem)[bilat] ?? []
    #expect(!reasons.contains(UnscheduledReasons.othersInTheWay), "\(reasons)")
    #expect(
      reasons.last
        == "beside the sessions pinned to one time and room, every place it could take breaks interpretation-teams (hard): "
        + "no search moves those, so change a pin or the session to make room", "\(reasons)")
  }

  /// A session no placement could take even alone is not said to be kept out by the others.
  @Test func aSessionThatCannotFitAloneIsNotSaidToWaitForRoom() {
    let problem = ProblemBuilder().room("hall").room("side", unavailable: ["2027-03-10"])
      .person("p012") { $0.arrival = LocalDateTime("2027-03-10 13:30"); $0.departure = LocalDateTime("2027-03-10 15:00") }
      .session("talk", duration: 60) { $0.speakers = ["p012"]; $0.room = "side" }.problem
    let talk = problem.sessionIndex["talk"]!
    #expect(!UnscheduledReasons.fitsAlone(talk, in: problem))
    let reasons = UnscheduledReasons.reasons(for: .empty(for: problem), in: problem)[talk] ?? []
    #expect(!reasons.isEmpty && !reasons.contains(UnscheduledReasons.othersInTheWay), "\(reasons)")
  }

  /// A session left out of a schedule edited by hand, with free placements that break no
  /// hard constraint: said to fit as the schedule stands, with the first such placement, not
  /// to be kept out by the sessions placed (which `explain` said of one 12 free starts awaited).
  @Test func aSessionThatFitsAsTheScheduleStandsIsSaidToFit() {
    let problem = ProblemBuilder().room("hall").room("side").session("busy", duration: 60).session("talk", duration: 60).problem
    let schedule = problem.schedule(["busy": (1, "09:00", "hall")])
    let reasons = UnscheduledReasons.reasons(for: schedule, in: problem)[problem.sessionIndex["talk"]!] ?? []
    // 2 rooms × 44 starts, less the 4 starts in the hall that overlap "busy".
    #expect(
      reasons == [
        "it fits as the schedule stands: 84 free room-and-time placements break no hard constraint (the first: 2027-03-09 09:00 in side); run `convene schedule` to place it"
      ], "\(reasons)")
  }

  @Test func aSessionNeedingAMissingFeatureSaysSo() {
    let problem = ProblemBuilder().room("a").session("walk") { $0.requires = ["outdoor"] }.problem
    #expect(UnscheduledReasons.reasons(for: .empty(for: problem), in: problem)[0] == ["\"WALK\" (walk) needs a room with outdoor and no room has it"])
  }
}
