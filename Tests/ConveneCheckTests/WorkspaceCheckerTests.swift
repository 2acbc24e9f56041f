import ConveneCore
import Testing

@testable import ConveneCheck

@Suite struct WorkspaceCheckerTests {
  @Test func aConsistentPlanHasNoFindings() {
    let plan = PlanBuilder().room("hall", features: ["av"]).person("p001")
      .session("s1") { $0.speakers = ["p001"]; $0.requires = ["av"] }
      .with { $0.signups = [Signup(participant: "p001", session: "s1", line: 2)] }
    #expect(plan.described == [])
  }

  /// What `schedule` would refuse before solving is an error of `check` too: here a session
  /// needs interpretation and the outdoors, which two rooms have, but no single room.
  @Test func whatTheSchedulersPreFlightRefusesIsAnError() {
    let plan = PlanBuilder().room("hall", features: ["interpretation"]).room("garden", features: ["outdoor"], line: 3)
      .person("p001").session("s1") { $0.requires = ["interpretation", "outdoor"] }.plan
    #expect(
      WorkspaceChecker.preFlight(plan).map(\.description) == [
        "error: sessions.csv: \"Session s1\" (s1) needs a room with interpretation, outdoor and no room has them all (hint: `convene schedule` would refuse it; change the session, the rooms or the days)"
      ])
    let fine = PlanBuilder().room("hall", features: ["interpretation", "outdoor"]).person("p001")
      .session("s1") { $0.requires = ["interpretation", "outdoor"] }.plan
    #expect(WorkspaceChecker.preFlight(fine).isEmpty)
  }

  @Test func repeatedIdsAreFoundWithBothLines() {
    let repeats = RepeatedIDs.lines([("a", 2), ("b", 3), ("a", 7)], id: \.0, line: \.1)
    #expect(repeats.map(\.id) == ["a"])
    #expect(repeats.map(\.line) == [7])
    #expect(repeats.map(\.firstLine) == [2])
  }
}
