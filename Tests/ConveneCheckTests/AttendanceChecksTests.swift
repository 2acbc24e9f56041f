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

  /// A check-in on another day than its session's (in the release) or its day's is an error,
  /// as the import and `attendance mark --at` refuse it.
  @Test func aCheckInOnAnotherDayIsAnError() {
    let plan = PlanBuilder().room("main", line: 9).person("p001").person("p002").session("s1").session("s2").plan
    let day = LocalDate("2027-03-09")!
    let findings = AttendanceChecks(
      plan: plan,
      attendance: [
        AttendanceRecord(participant: "p001", session: "s1", status: .present, checkedInAt: "2027-03-10 08:00", line: 2),
        AttendanceRecord(participant: "p002", session: "2027-03-09", status: .present, checkedInAt: "2099-03-09 16:05", line: 3),
        AttendanceRecord(participant: "p001", session: "s2", status: .present, checkedInAt: "1900-01-01 00:00", line: 4),
        AttendanceRecord(participant: "p002", session: "s1", status: .present, checkedInAt: "2027-03-09 08:55", line: 5),
        AttendanceRecord(participant: "p002", session: "s2", status: .present, checkedInAt: "08:55", line: 6),
      ],
      responses: [], placed: ["s1": day...day]
    ).findings()
    #expect(
      findings.map(\.description) == [
        "error: attendance.csv:2: checked_in_at: p001: s1 is on 2027-03-09, not 2027-03-10 (hint: correct the time or the session)",
        "error: attendance.csv:3: checked_in_at: p002: 2099-03-09 16:05 is not on 2027-03-09, the day marked (hint: correct the time or the session)",
        "error: attendance.csv:4: checked_in_at: p001: 1900-01-01 is not a day of the event (hint: correct the time or the session)",
      ])
  }

  @Test func aPersonRecordedTwiceForOneSessionIsNamed() {
    let plan = PlanBuilder().room("main", line: 9).person("p001").person("p002").session("s1").plan
    let findings = AttendanceChecks(
      plan: plan,
      attendance: [
        AttendanceRecord(participant: "p001", session: "s1", status: .present, checkedInAt: "2027-03-09 09:02", line: 2),
        AttendanceRecord(participant: "p002", session: "s1", status: .present, line: 3),
        AttendanceRecord(participant: "p001", session: "2027-03-09", status: .present, line: 4),
        AttendanceRecord(participant: "p001", session: "s1", status: .absent, line: 5),
        AttendanceRecord(participant: "p002", session: "s1", status: .present, line: 6),
      ],
      responses: []
    ).findings()
    #expect(
      findings.map(\.description) == [
        "error: attendance.csv:5: participant: p001 at s1 is recorded again (line 2: present 2027-03-09 09:02, here: absent): which holds is not known (hint: keep the row that is right and delete the other)",
        "warning: attendance.csv:6: participant: p002 at s1 is recorded again (line 3: present, here: present) (hint: delete one of the rows)",
      ])
  }

  @Test func scaleAnswersMustBeWholeNumbersWithinTheQuestionsRange() {
    let plan = PlanBuilder().room("main", line: 9).person("p001").session("s1").plan
    let evaluation = Evaluation(questions: [
      Question(id: "satisfaction", kind: .scale, text: ["en": "?"], minimum: 1, maximum: 5),
      Question(id: "usefulness", kind: .scale, text: ["en": "?"], perSession: true),
      Question(id: "comments", kind: .text, text: ["en": "?"]),
    ])
    let answers = [
      "9223372036854775807", "-9223372036854775808", "99999999999999999999", "0", "6", "4.5", "NaN", "1e3",
      // Another spelling of a number is another answer in a distribution, and the same in a mean.
      "+4", "-0", "04", " 3", "4 ", "٤",
    ]
    let responses = answers.enumerated().map { offset, answer in
      FeedbackResponse(
        id: "r-\(offset)", participant: "p001", submittedAt: "", source: "x",
        answers: ["satisfaction": answer, "usefulness:s1": answer, "comments": answer], line: offset + 2)
    }
    let findings = AttendanceChecks(plan: plan, attendance: [], responses: responses, evaluation: evaluation).findings()
    #expect(findings.count == answers.count * 2)
    #expect(findings.allSatisfy { $0.severity == .error && $0.file == "feedback/feedback.csv" })
    #expect(
      findings.prefix(2).map(\.description) == [
        "error: feedback/feedback.csv:2: satisfaction: \"9223372036854775807\" is not a whole number from 1 to 5",
        "error: feedback/feedback.csv:2: usefulness:s1: \"9223372036854775807\" is not a whole number from 1 to 5",
      ])
    let fine = FeedbackResponse(
      id: "r", participant: "p001", submittedAt: "", source: "x", answers: ["satisfaction": "5", "usefulness:s1": "1"])
    #expect(AttendanceChecks(plan: plan, attendance: [], responses: [fine], evaluation: evaluation).findings().isEmpty)
  }
}

@Suite struct RecordChecksTests {
  /// `checkRecords` (what the network report reads of each event) finds in the attendance and
  /// feedback files exactly what the whole check finds there, even when every other file is wrong.
  @Test func recordChecksFindWhatTheWholeCheckFindsInTheRecordFiles() {
    let plan = PlanBuilder().room("main", line: 9).room("main", line: 10).person("p001").person("p001", line: 3)
      .person("p002") { $0.email = "not an address" }
      .session("s1") { $0.room = "nowhere" }.session("s1", line: 3).plan
    let evaluation = Evaluation(questions: [
      Question(id: "satisfaction", kind: .scale, text: ["en": "?"], minimum: 1, maximum: 5)
    ])
    let attendance = [
      AttendanceRecord(participant: "p001", session: "s1", status: .present, line: 2),
      AttendanceRecord(participant: "p404", session: "s9", status: .present, line: 3),
    ]
    let responses = [
      FeedbackResponse(id: "r-1", participant: "p405", submittedAt: "", source: "x", answers: ["satisfaction": "9"], line: 2),
      FeedbackResponse(id: "r-2", participant: "p001", submittedAt: "", source: "x", answers: ["satisfaction": "4"], line: 3),
    ]
    let whole = WorkspaceChecker.check(plan, attendance: attendance, responses: responses, evaluation: evaluation)
    let records = WorkspaceChecker.checkRecords(plan, attendance: attendance, responses: responses, evaluation: evaluation, placed: [:])
    #expect(whole.contains { $0.file != AttendanceChecks.attendanceFile && $0.file != AttendanceChecks.feedbackFile })
    #expect(records.count == 4)
    #expect(
      records.map(\.description)
        == whole.filter { $0.file == AttendanceChecks.attendanceFile || $0.file == AttendanceChecks.feedbackFile }
        .map(\.description))
  }
}
