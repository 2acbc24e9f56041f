import ConveneCore
import Testing

@testable import ConveneScheduling

@Suite struct GroupConstraintTests {
  @Test func interpretationTeams() {
    let problem = ProblemBuilder().with { $0.plan.event.scheduling.interpretationTeams = ["en>fr": 1] }
      .room("a", features: ["interpretation"]).room("b", features: ["interpretation"])
      .session("s1") { $0.interpretation = [LanguagePair("en>fr")!] }
      .session("s2") { $0.interpretation = [LanguagePair("en>fr")!] }.problem
    let violations = problem.violations(of: "interpretation-teams", in: problem.schedule(["s1": (1, "09:00", "a"), "s2": (1, "09:30", "b")]))
    #expect(violations.map(\.penalty) == [1])
    #expect(violations.first?.sentence == "2 sessions need en>fr interpretation at 2027-03-09 09:30 (\"S1\" (s1), \"S2\" (s2)) but there is 1 team")
  }

  @Test func seriesSpread() {
    let problem = ProblemBuilder().room("a")
      .session("p1") { $0.series = "lab"; $0.part = 1; $0.minDays = 2 }
      .session("p2") { $0.series = "lab"; $0.part = 2; $0.minDays = 2 }.problem
    let violations = problem.violations(of: "series-spread", in: problem.schedule(["p1": (1, "09:00", "a"), "p2": (1, "11:00", "a")]))
    #expect(violations.map(\.penalty) == [30])
    #expect(violations.first?.sentence == "the series lab runs on 1 day but should spread over 2")
  }

  @Test func seriesRoom() {
    let problem = ProblemBuilder().room("a").room("b")
      .session("p1") { $0.series = "lab"; $0.part = 1 }.session("p2") { $0.series = "lab"; $0.part = 2 }.problem
    let violations = problem.violations(of: "series-room", in: problem.schedule(["p1": (1, "09:00", "a"), "p2": (2, "09:00", "b")]))
    #expect(violations.map(\.penalty) == [10])
    #expect(violations.first?.sentence == "the parts of the series lab are spread over the rooms a, b")
  }

  @Test func cohortCompactness() {
    let problem = ProblemBuilder().room("a")
      .session("s1") { $0.audience = ["fellows"] }.session("s2") { $0.audience = ["fellows"] }
      .session("s3") { $0.audience = ["fellows"] }.problem
    // s1 and s2 follow each other across lunch; s3 stands alone late in the afternoon.
    let schedule = problem.schedule(["s1": (1, "11:30", "a"), "s2": (1, "13:30", "a"), "s3": (1, "16:00", "a")])
    let violations = problem.violations(of: "cohort-compactness", in: schedule)
    #expect(violations.map(\.penalty) == [10])
    #expect(violations.first?.sentence == "on 2027-03-09 the cohort fellows has sessions with long gaps around them: \"S3\" (s3) at 16:00")
  }

  @Test func dayBalance() {
    let problem = ProblemBuilder().room("a").room("b").session("s1", duration: 120).session("s2", duration: 120).problem
    let violations = problem.violations(of: "day-balance", in: problem.schedule(["s1": (1, "09:00", "a"), "s2": (1, "09:00", "b")]))
    #expect(violations.map(\.penalty) == [10, 10])  // 4h on day 1, 0h on day 2: 2 hours off each
    #expect(Set(violations.map(\.sentence)) == [
      "2027-03-09 holds 4h of sessions where its share of the event's session time is 2h",
      "2027-03-10 holds 0h of sessions where its share of the event's session time is 2h",
    ])
    #expect(problem.violations(of: "day-balance", in: problem.schedule(["s1": (1, "09:00", "a"), "s2": (2, "09:00", "b")])).isEmpty)
  }

  @Test func weightsCanBeOverriddenInEventJSON() {
    let problem = ProblemBuilder().with { $0.plan.event.scheduling.weights = ["day-balance": 1] }
      .room("a").session("s1", duration: 120).problem
    #expect(problem.violations(of: "day-balance", in: problem.schedule(["s1": (1, "09:00", "a")])).map(\.penalty) == [1, 1])
  }
}
