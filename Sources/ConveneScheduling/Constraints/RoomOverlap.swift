/// Hard: one session per room at a time. Size: grid steps of overlap.
public struct RoomOverlap: PairConstraint {
  public var name: String { "room-overlap" }
  public var level: ConstraintLevel { .hard }
  public var defaultWeight: Int { 1 }
  public init() {}

  public func amount(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> Int {
    guard pa.room == pb.room else { return 0 }
    return problem.overlapSteps(a, pa, b, pb)
  }

  public func sentence(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> String {
    let shared = problem.sharedTime(a, pa, b, pb)
    return "\(problem.name(a)) and \(problem.name(b)) are both in room \(problem.roomName(pa.room)) on \(TimelineMinute.describe(shared))"
  }
}
