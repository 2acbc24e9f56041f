/// Soft: two sessions that one signed-up participant wants overlap. Size: participants who
/// signed up for both.
public struct AttendeeConflict: PairConstraint {
  public let name = "attendee-conflict"
  public let level = ConstraintLevel.soft
  public init() {}

  func shared(_ a: Int, _ b: Int, _ problem: SchedulingProblem) -> Int {
    problem.signupOverlap[a][b] ?? 0
  }

  public func amount(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> Int {
    guard problem.span(a, pa).overlaps(problem.span(b, pb)) else { return 0 }
    return shared(a, b, problem)
  }

  public func sentence(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> String {
    let count = shared(a, b, problem)
    return "\(count) participant\(count == 1 ? "" : "s") signed up for both \(problem.name(a)) (\(TimelineMinute.describe(problem.span(a, pa)))) and \(problem.name(b)) (\(TimelineMinute.describe(problem.span(b, pb))))"
  }
}
