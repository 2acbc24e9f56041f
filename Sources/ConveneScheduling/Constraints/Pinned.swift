/// Hard: a pinned day, start and room are kept. Size: one per pin broken.
public struct Pinned: UnaryConstraint {
  public var name: String { "pinned" }
  public var level: ConstraintLevel { .hard }
  public var defaultWeight: Int { 1 }
  public var dependsOn: PlacementAspect { .startAndRoom }
  public init() {}

  public func amount(_ session: Int, at placement: Placement, in problem: SchedulingProblem) -> Int {
    let info = problem.sessions[session]
    var broken = 0
    if let starts = info.pinnedStarts, !starts.contains(placement.start) { broken += 1 }
    if let room = info.pinnedRoom, room != placement.room { broken += 1 }
    return broken
  }

  public func sentence(_ session: Int, at placement: Placement, in problem: SchedulingProblem) -> String {
    "\(problem.name(session)) is pinned but placed at \(TimelineMinute.describe(placement.start)) in \(problem.roomName(placement.room))"
  }
}
