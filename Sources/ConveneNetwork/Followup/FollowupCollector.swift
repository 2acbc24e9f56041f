import ConveneCore
import ConveneEvaluation

/// Checks returned follow-up answers with the feedback form's rules (known participant, valid
/// answers, required status) and the follow-up's own: the answer names a participant who made
/// a commitment at the event, and was given after the event ended. The latest answer of each
/// participant is kept; collecting the same files again gives the same records.
public struct FollowupCollector: Sendable {
  var collector: FeedbackCollector
  let commitments: [String: Commitment]
  let lastDay: LocalDate?
  /// When the event's last day ends where it is held, in UTC as `submitted_at` writes it.
  let ends: String?
  let eventID: String

  /// Prepares checking against `plan` and the commitments made at the event; a row read
  /// otherwise than the answer recorded from it replaces that answer when `replacingCorrected`.
  public init(plan: EventPlan, commitments: [String: Commitment], replacingCorrected: Bool = false) {
    collector = FeedbackCollector(
      plan: plan,
      questionnaire: FeedbackQuestionnaire(plan: plan, evaluation: FollowupQuestions.evaluation))
    collector.replacingCorrected = replacingCorrected
    self.commitments = commitments
    lastDay = plan.event.dates.last
    ends = Self.lastMoment(of: plan.event)
    eventID = plan.event.id
  }

  /// When `event`'s last day ends where it is held, in UTC; nil for a zone convene does not
  /// know (the date alone is then compared).
  static func lastMoment(of event: Event) -> String? {
    guard let last = event.days.max(by: { $0.date < $1.date }), TimeZoneNames.isKnown(event.timezone) else {
      return nil
    }
    return SubmissionTime.utc("\(last.date) \(last.end):00", timezone: event.timezone)
  }

  /// Checks `submissions` and merges them into `existing` (`followup/followup.csv` so far).
  public func collect(
    _ submissions: [FeedbackSubmission], into existing: [FeedbackResponse],
    rejections earlier: [FeedbackRejection] = []
  ) -> FeedbackCollector.Outcome {
    collector.collect(submissions, into: existing, rejections: earlier, checking: check)
  }

  /// The response a submission gives, or why it is rejected.
  public func check(_ submission: FeedbackSubmission) -> Result<FeedbackResponse, FeedbackRejection> {
    let response: FeedbackResponse
    switch collector.check(submission) {
    case .failure(let rejection): return .failure(rejection)
    case .success(let checked): response = checked
    }
    func reject(_ reason: String) -> Result<FeedbackResponse, FeedbackRejection> {
      .failure(FeedbackRejection(source: submission.source, reason: reason))
    }
    guard !response.participant.isEmpty else {
      return reject("names no participant (a follow-up answers for one participant's commitment: give the participant number or e-mail address)")
    }
    guard commitments[response.participant] != nil else {
      return reject("\(response.participant) made no commitment at \(eventID) to follow up")
    }
    // A row of an export without its time could not be shown to come after the event.
    guard !response.submittedAt.isEmpty else {
      return reject("submitted_at: missing (a follow-up answer counts only when given after the event ended)")
    }
    // At the very minute the last day ends, the closing session is still in the room.
    if let ends, let lastDay, response.submittedAt <= ends {
      return reject("was submitted at \(response.submittedAt), not after the event ended (\(ends), the end of \(lastDay) where it is held)")
    }
    if ends == nil, let lastDay, let date = LocalDate(String(response.submittedAt.prefix(10))), date < lastDay {
      return reject("was submitted on \(date), before the event ended (\(lastDay))")
    }
    return .success(response)
  }
}
