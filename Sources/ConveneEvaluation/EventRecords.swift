import ConveneCore

/// Everything the indicators of one event are computed from.
public struct EventRecords: Sendable {
  /// The plan: event, participants, sessions.
  public var plan: EventPlan
  /// The questions and indicators in force (the event's own, or the standard set).
  public var evaluation: Evaluation
  /// `attendance.csv`.
  public var attendance: [AttendanceRecord]
  /// `feedback/feedback.csv`.
  public var responses: [FeedbackResponse]

  /// Bundles the records of one event.
  public init(
    plan: EventPlan, evaluation: Evaluation, attendance: [AttendanceRecord] = [],
    responses: [FeedbackResponse] = []
  ) {
    self.plan = plan
    self.evaluation = evaluation
    self.attendance = attendance
    self.responses = responses
  }
}
