/// Soft: a session with preferred windows is placed outside all of them. Size: one per session.
public struct PreferredTime: UnaryConstraint {
  public var name: String { "preferred-time" }
  public var level: ConstraintLevel { .soft }
  public var defaultWeight: Int { 20 }
  public var dependsOn: PlacementAspect { .start }
  public init() {}

  public func amount(_ session: Int, at placement: Placement, in problem: SchedulingProblem) -> Int {
    guard !problem.sessions[session].preferred.isEmpty else { return 0 }
    let span = problem.span(session, placement)
    return problem.sessions[session].preferred.contains { $0.contains(span) } ? 0 : 1
  }

  public func sentence(_ session: Int, at placement: Placement, in problem: SchedulingProblem) -> String {
    "\(problem.name(session)) runs \(TimelineMinute.describe(problem.span(session, placement))), outside its preferred times"
  }
}
