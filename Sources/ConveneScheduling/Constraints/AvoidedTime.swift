/// Soft: a session is placed in one of the windows it should avoid. Size: one per session.
public struct AvoidedTime: UnaryConstraint {
  public let name = "avoided-time"
  public let level = ConstraintLevel.soft
  public init() {}

  public func amount(_ session: Int, _ placement: Placement?, in problem: SchedulingProblem) -> Int {
    guard let placement else { return 0 }
    let span = problem.span(session, placement)
    return problem.sessions[session].avoided.contains { $0.overlaps(span) } ? 1 : 0
  }

  public func sentence(_ session: Int, _ placement: Placement?, in problem: SchedulingProblem) -> String {
    "\(problem.name(session)) runs \(TimelineMinute.describe(problem.span(session, placement!))), in a time it should avoid"
  }
}
