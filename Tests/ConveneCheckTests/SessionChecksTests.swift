import ConveneCore
import Testing

@testable import ConveneCheck

@Suite struct SessionChecksTests {
  @Test func unknownSpeakerId() {
    let plan = PlanBuilder().room("main", line: 9).session("s1", line: 3) { $0.speakers = ["p999"] }
    #expect(plan.described == ["error: sessions.csv:3: speakers: unknown participant id \"p999\" (hint: add the person to participants.csv or correct the id)"])
  }

  /// Titles that fold alike cannot be told apart by a feedback form that names sessions by title.
  @Test func titlesThatReadAlikeAreAWarning() {
    let plan = PlanBuilder().room("main", line: 9)
      .session("b4", line: 2) { $0.title = "Women - peacebuilders" }
      .session("b6", line: 3) { $0.title = "Women – peacebuilders" }
      .session("b7", line: 4) { $0.title = "Women peacebuilders, part 2" }
    #expect(
      plan.described == [
        "warning: sessions.csv:3: title: \"Women – peacebuilders\" reads like the title of b4 (line 2): a feedback form "
          + "that names sessions by title cannot tell them apart (hint: make the titles differ by a word)"
      ])
  }

  @Test func aSpeakerWhoDeclinedIsAWarning() {
    let plan = PlanBuilder().room("main", line: 9).person("p001", status: .declined).session("s1") { $0.moderators = ["p001"] }
    #expect(plan.described == ["warning: sessions.csv:2: moderators: p001 is declined but is listed as one of the moderators"])
  }

  @Test func durationNotAMultipleOfTheGrid() {
    let plan = PlanBuilder().room("main", line: 9).session("s1", duration: 50)
    #expect(plan.described == ["error: sessions.csv:2: duration: 50 minutes is not a multiple of the 15-minute grid (hint: use 45 or 60)"])
  }

  @Test func sessionLongerThanAnyStretchOfTheDay() {
    let plan = PlanBuilder().room("main", line: 9).session("s1", duration: 240)
    #expect(plan.described == ["error: sessions.csv:2: duration: 240 minutes is longer than any day allows without a break (210 minutes) (hint: shorten it, split it into a series, or move the breaks)"])
  }

  @Test func roomFeatureNobodyProvides() {
    let plan = PlanBuilder().room("main", line: 9).room("hall").session("s1") { $0.requires = ["outdoor"] }
    #expect(plan.described == ["error: sessions.csv:2: requires: needs a room with \"outdoor\" but no room provides it (hint: add outdoor to the features of a room in rooms.csv)"])
  }

  @Test func interpretationWithoutAnInterpretationRoomOrTeam() {
    let plan = PlanBuilder().room("main", line: 9).room("hall").session("s1") { $0.interpretation = [LanguagePair("en>fr")!] }
      .with { $0.event.scheduling.interpretationTeams = ["en>ar": 1] }
    #expect(plan.described == [
      "error: sessions.csv:2: interpretation: no interpreter team for en>fr (hint: add \"en>fr\" to scheduling.interpretation_teams in event.json)",
      "error: sessions.csv:2: interpretation: needs a room with \"interpretation\" but no room provides it (hint: add interpretation to the features of a room in rooms.csv)",
    ])
  }

  @Test func sessionPinnedToAMissingRoom() {
    let plan = PlanBuilder().room("main", line: 9).room("hall").session("s1") { $0.room = "annex" }
    #expect(plan.described == ["error: sessions.csv:2: room: pinned to the room \"annex\", which is not in rooms.csv"])
  }

  @Test func pinnedRoomWithoutTheNeededFeature() {
    let plan = PlanBuilder().room("main", line: 9).room("hall").room("big", features: ["av"]).session("s1") { $0.room = "hall"; $0.requires = ["av"] }
    #expect(plan.described == ["error: sessions.csv:2: room: pinned to hall, which lacks \"av\" (hint: pin it to a room with av or drop the requirement)"])
  }

  @Test func pinnedAcrossTheLunchBreakOrOnAMissingDay() {
    let plan = PlanBuilder().room("main", line: 9).session("s1", line: 2) { $0.day = .number(1); $0.start = TimeOfDay(hour: 12) }
      .session("s2", line: 3) { $0.day = .number(2) }
    #expect(plan.described == [
      "error: sessions.csv:2: start: 12:00-13:00 does not fit on 2027-03-09: outside the day's hours or across a break (hint: pick a start that leaves the whole session inside the day and clear of breaks)",
      "error: sessions.csv:3: day: pinned to day2, which the event does not have (hint: the days are day1 = 2027-03-09)",
    ])
  }

  @Test func pinnedWhenTheClocksChange() {
    let plan = PlanBuilder().room("main", line: 9)
      .with {
        $0.event.timezone = "Europe/Paris"
        $0.event.days = ["2027-03-28", "2027-10-31"].map { EventDay(date: LocalDate($0)!, start: TimeOfDay(hour: 1), end: TimeOfDay(hour: 6)) }
      }
      .session("s1", line: 2) { $0.day = .number(1); $0.start = TimeOfDay(hour: 1) }
      .session("s2", line: 3) { $0.day = .number(2); $0.start = TimeOfDay(hour: 2, minute: 30) }
      .session("s3", line: 4) { $0.start = TimeOfDay(hour: 2) }
      .session("s4", line: 5) { $0.day = .number(1); $0.start = TimeOfDay(hour: 3) }
    #expect(plan.described == [
      "error: sessions.csv:2: start: 01:00-02:00 on 2027-03-28 is when the clocks change in Europe/Paris: 02:00-03:00 is skipped (hint: pin it to a time clear of the change)",
      "error: sessions.csv:3: start: 02:30-03:30 on 2027-10-31 is when the clocks change in Europe/Paris: 02:00-03:00 happens twice (hint: pin it to a time clear of the change)",
      "error: sessions.csv:4: start: 02:00-03:00 on 2027-03-28 is when the clocks change in Europe/Paris: 02:00-03:00 is skipped (hint: pin it to a time clear of the change)",
    ])
  }

  @Test func afterCyclesAreNamed() {
    let plan = PlanBuilder().room("main", line: 9).session("a", line: 2) { $0.after = ["c"] }.session("b", line: 3) { $0.after = ["a"] }
      .session("c", line: 4) { $0.after = ["b"] }
    #expect(plan.described == ["error: sessions.csv:2: after: the sessions must each come after the other: a -> c -> b -> a (hint: remove one of these ids from an after column)"])
  }

  @Test func afterNamingAnUnknownSessionOrItself() {
    let plan = PlanBuilder().room("main", line: 9).session("a") { $0.after = ["a", "zz"] }
    #expect(plan.described == [
      "error: sessions.csv:2: after: a session cannot come after itself",
      "error: sessions.csv:2: after: unknown session \"zz\"",
    ])
  }

  @Test func seriesPartsMustBeNumberedOnce() {
    let plan = PlanBuilder().room("main", line: 9).session("a", line: 2) { $0.series = "lab"; $0.part = 1 }
      .session("b", line: 3) { $0.series = "lab"; $0.part = 1 }
      .session("c", line: 4) { $0.series = "lab" }
    #expect(plan.described == [
      "error: sessions.csv:3: part: part 1 of series \"lab\" is already on line 2",
      "error: sessions.csv:4: part: session c of series \"lab\" has no part number",
    ])
  }

  @Test func audienceCohortWithNoMembersIsAWarning() {
    let plan = PlanBuilder().room("main", line: 9).session("a") { $0.audience = ["fellows"] }
    #expect(plan.described == ["warning: sessions.csv:2: audience: no participant is in the cohort \"fellows\" (hint: set it in the cohorts column of participants.csv)"])
  }
}
