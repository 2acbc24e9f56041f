import ConveneCore

/// Checks `attendance.csv` and `feedback/feedback.csv` against the participants and sessions.
struct AttendanceChecks {
  let plan: EventPlan
  let attendance: [AttendanceRecord]
  let responses: [FeedbackResponse]
  /// The questions in force (the event's own, or the standard set).
  var evaluation = Evaluation()
  /// The days each session runs on in the release in force.
  var placed: [String: ClosedRange<LocalDate>] = [:]

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
      if record.status == .present,
        let problem = AttendanceRecord.dayProblem(
          checkedInAt: record.checkedInAt, target: record.session, placed: placed[record.session],
          eventDates: plan.event.dates, timezone: plan.event.timezone)
      {
        findings.append(
          .error(
            Self.attendanceFile, line: record.line, field: "checked_in_at", "\(record.participant): \(problem)",
            hint: "correct the time or the session"))
      }
    }
    for response in responses
    where !response.participant.isEmpty && !people.contains(response.participant) {
      findings.append(
        .error(
          Self.feedbackFile, line: response.line == 0 ? nil : response.line, field: "participant",
          "response \(response.id) is from \"\(response.participant)\", who is not a participant"))
    }
    return findings + repeatedRecords() + answerFindings()
  }

  /// A person recorded twice for one session or day: an error when the rows say otherwise
  /// (present, then absent: one overrules the other without a word), a warning when they agree.
  func repeatedRecords() -> [Finding] {
    RepeatedIDs.items(attendance, id: { "\($0.participant)\u{0}\($0.session)" })
      .map { record, earlier in
        let (line, firstLine) = (record.line, earlier.line)
        let same = record.status == earlier.status
        func said(_ record: AttendanceRecord) -> String {
          record.status.rawValue + (record.checkedInAt.isEmpty ? "" : " \(record.checkedInAt)")
        }
        let message =
          "\(record.participant) at \(record.session) is recorded again (line \(firstLine): \(said(earlier)), here: \(said(record)))"
          + (same ? "" : ": which holds is not known")
        return same
          ? .warning(Self.attendanceFile, line: line, field: "participant", message, hint: "delete one of the rows")
          : .error(Self.attendanceFile, line: line, field: "participant", message, hint: "keep the row that is right and delete the other")
      }
  }

  /// Scale answers that are not whole numbers within their question's range, written as
  /// convene writes them (`4`, not `+4`, `04` or ` 4`: the answer distribution would count
  /// another spelling as another answer), which no indicator could count.
  func answerFindings() -> [Finding] {
    let scales = Dictionary(
      evaluation.questions.filter { $0.kind == .scale }.map { ($0.id, $0) },
      uniquingKeysWith: { first, _ in first })
    var findings: [Finding] = []
    for response in responses {
      for (key, answer) in response.answers.sorted(by: { $0.key < $1.key }) {
        let id = key.split(separator: ":", maxSplits: 1).first.map(String.init) ?? key
        guard let question = scales[id] else { continue }
        let range = question.minimum...question.maximum
        if let number = Int(canonical: answer), range.contains(number) { continue }
        findings.append(
          .error(
            Self.feedbackFile, line: response.line == 0 ? nil : response.line, field: key,
            "\"\(Identifier.shown(answer))\" is not a whole number from \(range.described)"))
      }
    }
    return findings
  }
}
