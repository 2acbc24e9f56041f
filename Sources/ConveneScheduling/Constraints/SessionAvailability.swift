/// Hard: a session never runs in its own unavailable windows. Size: grid steps inside them.
public struct SessionAvailability: UnaryConstraint {
  public let name = "session-availability"
  public let level = ConstraintLevel.hard
  public init() {}

  public func amount(_ session: Int, _ placement: Placement?, in problem: SchedulingProblem) -> Int {
    guard let placement else { return 0 }
    let span = problem.span(session, placement)
    return problem.sessions[session].unavailable.reduce(0) { $0 + problem.steps(span.overlap(with: $1)) }
  }

  public func sentence(_ session: Int, _ placement: Placement?, in problem: SchedulingProblem) -> String {
    let span = problem.span(session, placement!)
    let windows = problem.sessions[session].unavailable.filter { $0.overlaps(span) }.map(TimelineMinute.describe)
    return "\(problem.name(session)) runs \(TimelineMinute.describe(span)), inside its unavailable window \(windows.joined(separator: ", "))"
  }
}
