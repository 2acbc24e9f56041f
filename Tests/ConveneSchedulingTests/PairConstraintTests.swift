import ConveneCore
import Testing

@testable import ConveneScheduling

@Suite struct PairConstraintTests {
  @Test func roomOverlapCostsOnePerSharedGridStep() {
    let problem = ProblemBuilder().room("a").session("s1").session("s2").problem
    let violations = problem.violations(of: "room-overlap", in: problem.schedule(["s1": (1, "09:00", "a"), "s2": (1, "09:30", "a")]))
    #expect(violations.map(\.penalty) == [2])
    #expect(violations.first?.sentence == "\"S1\" (s1) and \"S2\" (s2) are both in room a on 2027-03-09 09:30-10:00")
    #expect(violations.first?.level == .hard)
  }

  @Test func personOverlapNamesThePeople() {
    let problem = ProblemBuilder().room("a").room("b").person("p1").person("p2")
      .session("s1") { $0.speakers = ["p1", "p2"] }.session("s2") { $0.moderators = ["p1", "p2"] }.problem
    let violations = problem.violations(of: "person-overlap", in: problem.schedule(["s1": (1, "09:00", "a"), "s2": (1, "09:45", "b")]))
    #expect(violations.map(\.penalty) == [2])  // two people, one step
    #expect(violations.first?.sentence == "p1, p2 must be in both \"S1\" (s1) and \"S2\" (s2) on 2027-03-09 09:45-10:00")
  }

  @Test func cohortOverlap() {
    let problem = ProblemBuilder().room("a").room("b").session("s1") { $0.audience = ["fellows"] }
      .session("s2") { $0.audience = ["fellows"] }.problem
    let violations = problem.violations(of: "cohort-overlap", in: problem.schedule(["s1": (1, "09:00", "a"), "s2": (1, "09:00", "b")]))
    #expect(violations.map(\.penalty) == [4])
    #expect(violations.first?.sentence == "the cohort fellows follows both \"S1\" (s1) and \"S2\" (s2), which overlap on 2027-03-09 09:00-10:00")
  }

  @Test func exclusiveSessionsHaveNothingInParallel() {
    let problem = ProblemBuilder().room("a").room("b").session("plenary") { $0.kind = .plenary }.session("side").problem
    let violations = problem.violations(of: "exclusive", in: problem.schedule(["plenary": (1, "09:00", "a"), "side": (1, "09:30", "b")]))
    #expect(violations.map(\.penalty) == [2])
    #expect(violations.first?.sentence == "\"SIDE\" (side) runs in b during \"PLENARY\" (plenary), which nothing may run in parallel with")
  }

  @Test func precedence() {
    let problem = ProblemBuilder().room("a").session("first").session("then") { $0.after = ["first"] }.problem
    let broken = problem.violations(of: "precedence", in: problem.schedule(["first": (1, "10:00", "a"), "then": (1, "09:00", "a")]))
    #expect(broken.map(\.penalty) == [8])  // ends 11:00, two hours after 09:00
    #expect(broken.first?.sentence == "\"THEN\" (then) starts 2027-03-09 09:00 but must come after \"FIRST\" (first), which ends 2027-03-09 11:00")
    #expect(problem.violations(of: "precedence", in: problem.schedule(["first": (1, "09:00", "a"), "then": (1, "10:00", "a")])).isEmpty)
  }

  @Test func seriesOrder() {
    let problem = ProblemBuilder().room("a").session("p1") { $0.series = "lab"; $0.part = 1 }
      .session("p2") { $0.series = "lab"; $0.part = 2 }.problem
    let violations = problem.violations(of: "series-order", in: problem.schedule(["p1": (2, "09:00", "a"), "p2": (1, "09:00", "a")]))
    #expect(violations.map(\.penalty).count == 1)
    #expect(violations.first?.sentence == "part 2 of the series lab, \"P2\" (p2), starts 2027-03-09 09:00 before part 1, \"P1\" (p1), has ended")
  }

  @Test func attendeeConflictCostsPerParticipant() {
    let problem = ProblemBuilder().room("a").room("b").person("x").person("y").person("z")
      .session("s1").session("s2").signup("x", "s1", "s2").signup("y", "s1", "s2").signup("z", "s1").problem
    let violations = problem.violations(of: "attendee-conflict", in: problem.schedule(["s1": (1, "09:00", "a"), "s2": (1, "09:45", "b")]))
    #expect(violations.map(\.penalty) == [20])  // 2 people x weight 10
    #expect(violations.first?.sentence == "2 participants attend both \"S1\" (s1) (2027-03-09 09:00-10:00) and \"S2\" (s2) (2027-03-09 09:45-10:45)")
  }

  @Test func attendeeConflictCountsTheMembersOfTheAudienceCohorts() {
    // A youth-only session against a breakout that two of the three youth signed up for (and
    // one person outside the cohort, who is not in both).
    let problem = ProblemBuilder().room("a").room("b")
      .person("y1") { $0.cohorts = ["youth"] }.person("y2") { $0.cohorts = ["youth"] }.person("y3") { $0.cohorts = ["youth"] }
      .person("x")
      .session("youth-voices") { $0.audience = ["youth"] }.session("breakout")
      .signup("y1", "breakout").signup("y2", "breakout").signup("x", "breakout").problem
    let violations = problem.violations(
      of: "attendee-conflict", in: problem.schedule(["youth-voices": (1, "09:00", "a"), "breakout": (1, "09:30", "b")]))
    #expect(violations.map(\.penalty) == [20])
    #expect(violations.first?.sentence == "2 participants attend both \"YOUTH-VOICES\" (youth-voices) (2027-03-09 09:00-10:00) and \"BREAKOUT\" (breakout) (2027-03-09 09:30-10:30)")
  }

  @Test func attendeeConflictLeavesOutPeopleWithoutAPlace() {
    let problem = ProblemBuilder().room("a").room("b").person("w") { $0.status = .waitlisted }.person("c") { $0.status = .cancelled }
      .session("s1").session("s2").signup("w", "s1", "s2").signup("c", "s1", "s2").problem
    #expect(problem.violations(of: "attendee-conflict", in: problem.schedule(["s1": (1, "09:00", "a"), "s2": (1, "09:00", "b")])).isEmpty)
  }

  /// A site visit at a venue 45 minutes away from the conference centre.
  static let withSiteVisit = ProblemBuilder()
    .with { $0.plan.event.venues = [Venue(id: "centre", name: "Centre", address: ""), Venue(id: "site", name: "Site", address: "", travelMinutes: 45)] }
    .with { $0.plan.rooms.append(Room(id: "hall", name: "Hall", venue: "centre", capacity: 50)) }
    .with { $0.plan.rooms.append(Room(id: "field", name: "Field", venue: "site", capacity: 50)) }
    .with { $0.plan.rooms.append(Room(id: "annex", name: "Annex", venue: "centre", capacity: 50)) }

  @Test func venueTravelKeepsTheTravelTimeForSharedSpeakersAndCohorts() {
    let problem = Self.withSiteVisit.person("p1")
      .session("talk") { $0.speakers = ["p1"] }.session("visit", duration: 120) { $0.speakers = ["p1"]; $0.audience = ["fellows"] }
      .session("lab") { $0.audience = ["fellows"] }.session("other").problem
    // talk 09:00-10:00 at the centre, the visit 10:15-12:15 at the site: 30 minutes short
    // (2 steps) for p1; the lab 13:30 is far enough; "other" shares nobody.
    let schedule = problem.schedule([
      "talk": (1, "09:00", "hall"), "visit": (1, "10:15", "field"), "lab": (1, "13:30", "annex"), "other": (1, "12:15", "annex"),
    ])
    let violations = problem.violations(of: "venue-travel", in: schedule)
    #expect(violations.map(\.penalty) == [2])
    #expect(violations.first?.level == .hard)
    #expect(violations.first?.sentence == "\"TALK\" (talk) (2027-03-09 09:00-10:00, centre) and \"VISIT\" (visit) (2027-03-09 10:15-12:15, site) leave 30 minutes too few for the 45 minutes of travel between them")
    // The cohort's lab right after the visit (no time to travel back): 3 steps for one cohort.
    let tight = problem.schedule(["talk": (2, "09:00", "hall"), "visit": (1, "13:30", "field"), "lab": (1, "15:30", "annex")])
    #expect(problem.violations(of: "venue-travel", in: tight).map(\.penalty) == [3])
    // Back to back at one venue needs no travel time.
    let sameVenue = problem.schedule(["talk": (1, "09:00", "hall"), "visit": (1, "10:00", "annex"), "lab": (1, "13:30", "annex")])
    #expect(problem.violations(of: "venue-travel", in: sameVenue).isEmpty)
  }

  @Test func venueTravelAppliesToExclusiveSessionsAndSignUps() {
    let problem = Self.withSiteVisit.person("x")
      .session("plenary") { $0.kind = .plenary }.session("visit") .session("talk")
      .signup("x", "visit", "talk").problem
    let schedule = problem.schedule(["plenary": (1, "09:00", "hall"), "visit": (1, "10:30", "field"), "talk": (1, "11:45", "annex")])
    // The plenary ends 10:00, the visit starts 10:30: everyone is 15 minutes (1 step) short.
    #expect(problem.violations(of: "venue-travel", in: schedule).map(\.penalty) == [1])
    // x cannot get from the visit (until 11:30) back for the talk at 11:45.
    let conflicts = problem.violations(of: "attendee-conflict", in: schedule)
    #expect(conflicts.map(\.penalty) == [10])
    #expect(conflicts.first?.sentence == "1 participant attends both \"VISIT\" (visit) (2027-03-09 10:30-11:30) and \"TALK\" (talk) (2027-03-09 11:45-12:45), too close for the 45 minutes between their venues")
  }

  @Test func trackParallel() {
    let problem = ProblemBuilder().room("a").room("b").session("s1") { $0.track = "youth" }.session("s2") { $0.track = "youth" }.problem
    let violations = problem.violations(of: "track-parallel", in: problem.schedule(["s1": (1, "09:00", "a"), "s2": (1, "09:00", "b")]))
    #expect(violations.map(\.penalty) == [20])
    #expect(violations.first?.sentence == "\"S1\" (s1) and \"S2\" (s2) of the track youth run in parallel on 2027-03-09")
  }

  @Test func speakerPause() {
    let problem = ProblemBuilder().room("a").room("b").person("p1")
      .session("s1") { $0.speakers = ["p1"] }.session("s2") { $0.speakers = ["p1"] }.problem
    let violations = problem.violations(of: "speaker-pause", in: problem.schedule(["s1": (1, "09:00", "a"), "s2": (1, "10:00", "b")]))
    #expect(violations.map(\.penalty) == [5])
    #expect(violations.first?.sentence == "p1 goes straight from \"S1\" (s1) to \"S2\" (s2) on 2027-03-09 (15 wanted)")
    #expect(problem.violations(of: "speaker-pause", in: problem.schedule(["s1": (1, "09:00", "a"), "s2": (1, "10:15", "b")])).isEmpty)
  }

  @Test func bigRoomWaste() {
    let problem = ProblemBuilder().room("hall", capacity: 200).room("small", capacity: 20)
      .session("tiny") { $0.expected = 10 }.session("popular") { $0.expected = 80 }.problem
    let violations = problem.violations(of: "big-room-waste", in: problem.schedule(["tiny": (1, "09:00", "hall"), "popular": (1, "09:00", "small")]))
    #expect(violations.map(\.penalty) == [60])  // 60 people over, a bigger room free
    #expect(violations.first?.sentence == "\"TINY\" (tiny) (10 expected) has hall (200 seats) while \"POPULAR\" (popular) (80 expected) is in small (20 seats) at the same time")
  }
}
