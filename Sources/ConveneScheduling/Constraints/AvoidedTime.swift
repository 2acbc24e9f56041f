/// Soft: a session is placed in one of the windows it should avoid. Size: one per session.
public struct AvoidedTime: UnaryConstraint {
  public var name: String { "avoided-time" }
  public var level: ConstraintLevel { .soft }
  public var defaultWeight: Int { 40 }
  public var dependsOn: PlacementAspect { .start }
  public init() {}

  public func amount(_ session: Int, at placement: Placement, in problem: SchedulingProblem) -> Int {
    let span = problem.span(session, placement)
    return problem.sessions[session].avoided.contains { $0.overlaps(span) } ? 1 : 0
  }

  public func sentence(_ session: Int, at placement: Placement, in problem: SchedulingProblem) -> String {
    "\(problem.name(session)) runs \(TimelineMinute.describe(problem.span(session, placement))), in a time it should avoid"
  }
}
