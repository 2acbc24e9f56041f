/// Hard: a session never runs in its own unavailable windows. Size: grid steps inside them.
public struct SessionAvailability: UnaryConstraint {
  public var name: String { "session-availability" }
  public var level: ConstraintLevel { .hard }
  public var defaultWeight: Int { 1 }
  public var dependsOn: PlacementAspect { .start }
  public init() {}

  public func amount(_ session: Int, at placement: Placement, in problem: SchedulingProblem) -> Int {
    let span = problem.span(session, placement)
    return problem.sessions[session].unavailable.reduce(0) { $0 + problem.steps(span.overlap(with: $1)) }
  }

  public func sentence(_ session: Int, at placement: Placement, in problem: SchedulingProblem) -> String {
    let span = problem.span(session, placement)
    let windows = problem.sessions[session].unavailable.filter { $0.overlaps(span) }.map(TimelineMinute.describe)
    return "\(problem.name(session)) runs \(TimelineMinute.describe(span)), inside its unavailable window \(windows.joined(separator: ", "))"
  }
}
