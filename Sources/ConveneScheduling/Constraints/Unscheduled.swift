/// Medium: a session that could not be placed is left out rather than failing the whole
/// schedule. Size: its length in grid steps, so that longer sessions weigh more.
public struct Unscheduled: UnaryConstraint {
  public let name = "unscheduled"
  public let level = ConstraintLevel.medium
  public init() {}

  public func amount(_ session: Int, _ placement: Placement?, in problem: SchedulingProblem) -> Int {
    placement == nil ? problem.steps(problem.sessions[session].duration) : 0
  }

  public func sentence(_ session: Int, _ placement: Placement?, in problem: SchedulingProblem) -> String {
    "\(problem.name(session)) (\(problem.sessions[session].duration) minutes) is not scheduled"
  }
}
