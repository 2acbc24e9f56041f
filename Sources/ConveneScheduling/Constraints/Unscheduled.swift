/// Medium: a session that could not be placed is left out rather than failing the whole
/// schedule. Size: its length in grid steps, so that longer sessions weigh more.
public struct Unscheduled: LeftOutConstraint {
  public var name: String { "unscheduled" }
  public var level: ConstraintLevel { .medium }
  public var defaultWeight: Int { 100 }
  public init() {}

  public func amountLeftOut(_ session: Int, in problem: SchedulingProblem) -> Int {
    problem.steps(problem.sessions[session].duration)
  }

  public func sentenceLeftOut(_ session: Int, in problem: SchedulingProblem) -> String {
    "\(problem.name(session)) (\(problem.sessions[session].duration) minutes) is not scheduled"
  }
}
