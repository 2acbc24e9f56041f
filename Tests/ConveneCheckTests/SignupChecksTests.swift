import ConveneCore
import Testing

@testable import ConveneCheck

@Suite struct SignupChecksTests {
  @Test func unknownPeopleSessionsAndRepeats() {
    let plan = PlanBuilder().room("main", line: 9).person("p001").session("s1").with {
      $0.signups = [
        Signup(participant: "p001", session: "s1", line: 2), Signup(participant: "p404", session: "s1", line: 3),
        Signup(participant: "p001", session: "s9", line: 4), Signup(participant: "p001", session: "s1", line: 5),
      ]
    }
    #expect(plan.described == [
      "error: signups.csv:3: participant: unknown participant id \"p404\"",
      "error: signups.csv:4: session: unknown session id \"s9\"",
      "warning: signups.csv:5: repeats the sign-up on line 2",
    ])
  }
}
