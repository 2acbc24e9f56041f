/// Hard: a room is used only when it is open. Size: grid steps in a closed room.
public struct RoomAvailability: UnaryConstraint {
  public var name: String { "room-availability" }
  public var level: ConstraintLevel { .hard }
  public var defaultWeight: Int { 1 }
  public var dependsOn: PlacementAspect { .startAndRoom }
  public init() {}

  public func amount(_ session: Int, at placement: Placement, in problem: SchedulingProblem) -> Int {
    let span = problem.span(session, placement)
    return problem.rooms[placement.room].unavailable.reduce(0) { $0 + problem.steps(span.overlap(with: $1)) }
  }

  public func sentence(_ session: Int, at placement: Placement, in problem: SchedulingProblem) -> String {
    let span = problem.span(session, placement)
    let closed = problem.rooms[placement.room].unavailable.filter { $0.overlaps(span) }.map(TimelineMinute.describe)
    return "\(problem.name(session)) is in \(problem.roomName(placement.room)) on \(TimelineMinute.describe(span)), but the room is closed \(closed.joined(separator: ", "))"
  }
}
