/// Soft: a published session changes room. Size: one per session.
public struct PublishedRoom: UnaryConstraint {
  public var name: String { "published-room" }
  public var level: ConstraintLevel { .soft }
  public var defaultWeight: Int { 50 }
  public var dependsOn: PlacementAspect { .room }
  public init() {}

  public func amount(_ session: Int, at placement: Placement, in problem: SchedulingProblem) -> Int {
    guard let published = problem.sessions[session].published else { return 0 }
    return placement.room == published.room ? 0 : 1
  }

  public func sentence(_ session: Int, at placement: Placement, in problem: SchedulingProblem) -> String {
    let published = problem.sessions[session].published.flatMap { $0.room == Placement.roomGone ? nil : problem.roomName($0.room) }
    guard let published else {
      return "\(problem.name(session)) was published in a room rooms.csv no longer holds and is now in \(problem.roomName(placement.room))"
    }
    return "\(problem.name(session)) was published in \(published) and is now in \(problem.roomName(placement.room))"
  }
}
