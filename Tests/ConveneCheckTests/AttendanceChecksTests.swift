import ConveneCore
import Testing

@testable import ConveneCheck

@Suite struct AttendanceChecksTests {
  @Test func recordsAndResponsesMustNameKnownPeopleSessionsAndDays() {
    let plan = PlanBuilder().room("main", line: 9).person("p001").session("s1").plan
    let findings = AttendanceChecks(
      plan: plan,
      attendance: [
        AttendanceRecord(participant: "p001", session: "s1", status: .present, line: 2),
        AttendanceRecord(participant: "p001", session: "2027-03-09", status: .present, line: 3),
        AttendanceRecord(participant: "p404", session: "2027-03-10", status: .present, line: 4),
      ],
      responses: [
        FeedbackResponse(id: "r-1", participant: "p405", submittedAt: "", source: "x", answers: [:])
      ]
    ).findings()
    #expect(
      findings.map(\.description) == [
        "error: attendance.csv:4: participant: \"p404\" is not a participant",
        "error: attendance.csv:4: session: \"2027-03-10\" is neither a session nor a day of the event",
        "error: feedback/feedback.csv: participant: response r-1 is from \"p405\", who is not a participant",
      ])
  }
}
