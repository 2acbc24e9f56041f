/// Hard: the sessions listed in `after` end before the session starts. Size: grid steps by
/// which the order is broken (at least one).
public struct Precedence: PairConstraint {
  public var name: String { "precedence" }
  public var level: ConstraintLevel { .hard }
  public var defaultWeight: Int { 1 }
  public var onlyRelated: Bool { true }
  public init() {}

  public func applies(to problem: SchedulingProblem) -> Bool { problem.sessions.contains { !$0.after.isEmpty } }

  public func partners(of session: Int, in problem: SchedulingProblem) -> [Int] {
    problem.sessions[session].after + problem.followers[session]
  }

  func broken(_ later: Int, _ pl: Placement, _ earlier: Int, _ pe: Placement, _ problem: SchedulingProblem) -> Int {
    guard problem.sessions[later].after.contains(earlier) else { return 0 }
    let end = problem.span(earlier, pe).end
    return end > pl.start ? max(1, problem.steps(end - pl.start)) : 0
  }

  public func amount(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> Int {
    broken(a, pa, b, pb, problem) + broken(b, pb, a, pa, problem)
  }

  public func sentence(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> String {
    let (later, pl, earlier, pe) = broken(a, pa, b, pb, problem) > 0 ? (a, pa, b, pb) : (b, pb, a, pa)
    return "\(problem.name(later)) starts \(TimelineMinute.describe(pl.start)) but must come after \(problem.name(earlier)), which ends \(TimelineMinute.describe(problem.span(earlier, pe).end))"
  }
}
