import ConveneCore

/// Checks a workspace's files against each other (`convene check`): every reference points at
/// something that exists, times fit the days and the grid, and nothing asks for the
/// impossible. Problems inside single cells are found when the files are read; this adds
/// the ones that need more than one row or file.
public enum WorkspaceChecker {
  /// Every finding for `plan`, in file order; feedback answers are checked against
  /// `evaluation` (default: the event's own questions); `schedule.json`, when given, against
  /// the sessions and rooms; check-in times against the days `placed` gives each session (the
  /// release in force).
  public static func check(
    _ plan: EventPlan, attendance: [AttendanceRecord] = [], responses: [FeedbackResponse] = [],
    evaluation: Evaluation? = nil, travel: [TravelRecord] = [],
    schedule: ScheduleDocument? = nil, placed: [String: ClosedRange<LocalDate>] = [:]
  ) -> [Finding] {
    var findings = EventChecks(plan: plan).findings()
    findings += RoomChecks(plan: plan).findings()
    findings += ParticipantChecks(plan: plan).findings()
    findings += SessionChecks(plan: plan).findings()
    findings += SignupChecks(plan: plan).findings()
    findings += AttendanceChecks(
      plan: plan, attendance: attendance, responses: responses,
      evaluation: evaluation ?? plan.event.evaluation, placed: placed
    ).findings()
    findings += TravelChecks(plan: plan, travel: travel).findings()
    if let schedule { findings += ScheduleChecks(plan: plan, schedule: schedule).findings() }
    return findings
  }

  /// What would stop `convene schedule` before it solves (`PreFlight`), as errors: `check`
  /// adds them when the plan holds no other error, of which they would only be echoes.
  public static func preFlight(_ plan: EventPlan) -> [Finding] {
    PreFlightChecks(plan: plan).findings()
  }

  /// The findings `check` gives for `attendance.csv` and `feedback/feedback.csv` (only their
  /// check looks at them), without checking the rest of the plan; check-in times against the
  /// days `placed` gives each session (`Workspace.placedSessionDays`), as `check` does.
  public static func checkRecords(
    _ plan: EventPlan, attendance: [AttendanceRecord], responses: [FeedbackResponse], evaluation: Evaluation,
    placed: [String: ClosedRange<LocalDate>]
  ) -> [Finding] {
    AttendanceChecks(
      plan: plan, attendance: attendance, responses: responses, evaluation: evaluation, placed: placed
    ).findings()
  }

  /// The findings that depend on the day: tasks marked done after `today`.
  public static func check(tasks: [PlanTask], today: LocalDate) -> [Finding] {
    TaskChecks.doneLater(tasks, today: today)
  }

  /// Findings for windows in `column` that name a day the event does not have.
  static func dayReferences(
    _ windows: [TimeWindow], dates: [LocalDate], file: String, line: Int, column: String
  ) -> [Finding] {
    windows.compactMap { window in
      guard let day = window.day, day.index(in: dates) == nil else { return nil }
      return .error(
        file, line: line, field: column, "\"\(window)\" names a day the event does not have",
        hint: "the days are \(dayList(dates))")
    }
  }

  static func dayList(_ dates: [LocalDate]) -> String {
    dates.enumerated().map { "day\($0.offset + 1) = \($0.element)" }.joined(separator: ", ")
  }
}
