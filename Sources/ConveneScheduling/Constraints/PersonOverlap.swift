/// Hard: a speaker or moderator is never in two overlapping sessions. Size: people times grid
/// steps of overlap.
public struct PersonOverlap: PairConstraint {
  public let name = "person-overlap"
  public let level = ConstraintLevel.hard
  public init() {}

  func shared(_ a: Int, _ b: Int, _ problem: SchedulingProblem) -> [Int] {
    problem.sessions[a].people.filter(problem.sessions[b].people.contains)
  }

  public func amount(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> Int {
    let overlap = problem.span(a, pa).overlap(with: problem.span(b, pb))
    guard overlap > 0 else { return 0 }
    return shared(a, b, problem).count * problem.steps(overlap)
  }

  public func sentence(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> String {
    let shared = Interval(max(pa.start, pb.start), min(problem.span(a, pa).end, problem.span(b, pb).end))
    return "\(problem.peopleNames(self.shared(a, b, problem))) must be in both \(problem.name(a)) and \(problem.name(b)) on \(TimelineMinute.describe(shared))"
  }
}
