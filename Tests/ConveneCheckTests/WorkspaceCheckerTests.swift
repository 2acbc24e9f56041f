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

  @Test func repeatedIdsAreFoundWithBothLines() {
    let repeats = WorkspaceChecker.repeats([("a", 2), ("b", 3), ("a", 7)], id: \.0, line: \.1)
    #expect(repeats.map(\.id) == ["a"])
    #expect(repeats.map(\.line) == [7])
    #expect(repeats.map(\.firstLine) == [2])
  }
}
