import ConveneCore

/// Checks `attendance.csv` and `feedback/feedback.csv` against the participants and sessions.
struct AttendanceChecks {
  let plan: EventPlan
  let attendance: [AttendanceRecord]
  let responses: [FeedbackResponse]

  /// The file names, as findings give them.
  static let attendanceFile = "attendance.csv"
  static let feedbackFile = "feedback/feedback.csv"

  func findings() -> [Finding] {
    let people = Set(plan.participants.map(\.id))
    let sessions = Set(plan.sessions.map(\.id))
    let days = Set(plan.event.dates.map(\.description))
    var findings: [Finding] = []
    for record in attendance {
      if !people.contains(record.participant) {
        findings.append(
          .error(
            Self.attendanceFile, line: record.line, field: "participant",
            "\"\(record.participant)\" is not a participant"))
      }
      if !sessions.contains(record.session) && !days.contains(record.session) {
        findings.append(
          .error(
            Self.attendanceFile, line: record.line, field: "session",
            "\"\(record.session)\" is neither a session nor a day of the event"))
      }
    }
    for response in responses
    where !response.participant.isEmpty && !people.contains(response.participant) {
      findings.append(
        .error(
          Self.feedbackFile, field: "participant",
          "response \(response.id) is from \"\(response.participant)\", who is not a participant"))
    }
    return findings
  }
}
