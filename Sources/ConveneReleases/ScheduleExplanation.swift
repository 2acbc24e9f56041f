import ConveneScheduling
import ConveneWorkspace

/// `convene explain`: the score of `schedule.json` recomputed from scratch (so that a schedule
/// edited by hand is explained too), every cost, and why each session left out could not be
/// placed. It only reads, so it takes no lock.
public struct ScheduleExplanation: Sendable {
  /// A session left out and the reasons.
  public struct LeftOut: Sendable {
    /// The session's id.
    public var session: String
    /// Why it could not be placed, in words.
    public var reasons: [String]
  }

  /// The score.
  public var score: Score
  /// Every cost, with the sentence that says why it is there.
  public var violations: [Violation]
  /// The sessions left out, in the problem's order.
  public var leftOut: [LeftOut]

  /// Explains the current schedule of `workspace`; fails when the workspace has errors, has no
  /// schedule, or its schedule does not fit it.
  public static func load(_ workspace: Workspace) throws -> ScheduleExplanation {
    let context = try SchedulingContext.load(workspace)
    let (_, schedule) = try context.currentSchedule()
    let problem = context.problem
    let (score, violations) = FastScoreChecker.check(schedule, in: problem)
    let reasons = UnscheduledReasons.reasons(for: schedule, in: problem)
    return ScheduleExplanation(
      score: score, violations: violations,
      leftOut: reasons.keys.sorted().map { LeftOut(session: problem.sessions[$0].id, reasons: reasons[$0]!) })
  }
}
