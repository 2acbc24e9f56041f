/// Hard: sessions that share an audience cohort never overlap. Size: cohorts times grid steps
/// of overlap.
public struct CohortOverlap: PairConstraint {
  public var name: String { "cohort-overlap" }
  public var level: ConstraintLevel { .hard }
  public var defaultWeight: Int { 1 }
  public var onlyRelated: Bool { true }
  public init() {}

  public func applies(to problem: SchedulingProblem) -> Bool { problem.cohortsShared.lists.contains { !$0.isEmpty } }

  func shared(_ a: Int, _ b: Int, _ problem: SchedulingProblem) -> [Int] {
    problem.sessions[a].cohorts.filter(problem.sessions[b].cohorts.contains)
  }

  public func amount(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> Int {
    let cohorts = problem.cohortsShared[a, b]
    return cohorts == 0 ? 0 : cohorts * problem.overlapSteps(a, pa, b, pb)
  }

  public func sentence(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> String {
    let cohorts = shared(a, b, problem).map { problem.cohortNames[$0] }.joined(separator: ", ")
    let shared = problem.sharedTime(a, pa, b, pb)
    return "the cohort \(cohorts) follows both \(problem.name(a)) and \(problem.name(b)), which overlap on \(TimelineMinute.describe(shared))"
  }
}
