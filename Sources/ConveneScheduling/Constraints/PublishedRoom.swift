/// Soft: a published session changes room. Size: one per session.
public struct PublishedRoom: UnaryConstraint {
  public let name = "published-room"
  public let level = ConstraintLevel.soft
  public init() {}

  public func amount(_ session: Int, _ placement: Placement?, in problem: SchedulingProblem) -> Int {
    guard let placement, let published = problem.sessions[session].published else { return 0 }
    return placement.room == published.room ? 0 : 1
  }

  public func sentence(_ session: Int, _ placement: Placement?, in problem: SchedulingProblem) -> String {
    "\(problem.name(session)) was published in \(problem.roomName(problem.sessions[session].published!.room)) and is now in \(problem.roomName(placement!.room))"
  }
}
