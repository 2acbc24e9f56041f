/// Hard: a speaker or moderator is never in two overlapping sessions. Size: people times grid
/// steps of overlap.
public struct PersonOverlap: PairConstraint {
  public var name: String { "person-overlap" }
  public var level: ConstraintLevel { .hard }
  public var defaultWeight: Int { 1 }
  public var onlyRelated: Bool { true }
  public init() {}

  public func applies(to problem: SchedulingProblem) -> Bool { problem.peopleShared.lists.contains { !$0.isEmpty } }

  func shared(_ a: Int, _ b: Int, _ problem: SchedulingProblem) -> [Int] {
    problem.sessions[a].people.filter(problem.sessions[b].people.contains)
  }

  public func amount(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> Int {
    let people = problem.peopleShared[a, b]
    return people == 0 ? 0 : people * problem.overlapSteps(a, pa, b, pb)
  }

  public func sentence(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> String {
    let shared = problem.sharedTime(a, pa, b, pb)
    return "\(problem.peopleNames(self.shared(a, b, problem))) must be in both \(problem.name(a)) and \(problem.name(b)) on \(TimelineMinute.describe(shared))"
  }
}
