/// Hard: a pinned day, start and room are kept. Size: one per pin broken.
public struct Pinned: UnaryConstraint {
  public let name = "pinned"
  public let level = ConstraintLevel.hard
  public init() {}

  public func amount(_ session: Int, _ placement: Placement?, in problem: SchedulingProblem) -> Int {
    guard let placement else { return 0 }
    let info = problem.sessions[session]
    var broken = 0
    if let starts = info.pinnedStarts, !starts.contains(placement.start) { broken += 1 }
    if let room = info.pinnedRoom, room != placement.room { broken += 1 }
    return broken
  }

  public func sentence(_ session: Int, _ placement: Placement?, in problem: SchedulingProblem) -> String {
    "\(problem.name(session)) is pinned but placed at \(TimelineMinute.describe(placement!.start)) in \(problem.roomName(placement!.room))"
  }
}
