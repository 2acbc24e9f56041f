/// Hard: nothing runs in parallel with an exclusive session (plenaries and ceremonies by
/// default). Size: grid steps of overlap.
public struct Exclusive: PairConstraint {
  public var name: String { "exclusive" }
  public var level: ConstraintLevel { .hard }
  public var defaultWeight: Int { 1 }
  public var onlyRelated: Bool { true }
  public init() {}

  public func applies(to problem: SchedulingProblem) -> Bool { !problem.exclusiveSessions.isEmpty }

  public func amount(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> Int {
    guard problem.sessions[a].isExclusive || problem.sessions[b].isExclusive else { return 0 }
    return problem.overlapSteps(a, pa, b, pb)
  }

  public func sentence(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> String {
    let (exclusive, other, at) = problem.sessions[a].isExclusive ? (a, b, pb) : (b, a, pa)
    return "\(problem.name(other)) runs in \(problem.roomName(at.room)) during \(problem.name(exclusive)), which nothing may run in parallel with"
  }
}
