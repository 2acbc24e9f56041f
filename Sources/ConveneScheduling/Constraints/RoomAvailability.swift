/// Hard: a room is used only when it is open. Size: grid steps in a closed room.
public struct RoomAvailability: UnaryConstraint {
  public let name = "room-availability"
  public let level = ConstraintLevel.hard
  public init() {}

  public func amount(_ session: Int, _ placement: Placement?, in problem: SchedulingProblem) -> Int {
    guard let placement else { return 0 }
    let span = problem.span(session, placement)
    return problem.rooms[placement.room].unavailable.reduce(0) { $0 + problem.steps(span.overlap(with: $1)) }
  }

  public func sentence(_ session: Int, _ placement: Placement?, in problem: SchedulingProblem) -> String {
    let span = problem.span(session, placement!)
    let closed = problem.rooms[placement!.room].unavailable.filter { $0.overlaps(span) }.map(TimelineMinute.describe)
    return "\(problem.name(session)) is in \(problem.roomName(placement!.room)) on \(TimelineMinute.describe(span)), but the room is closed \(closed.joined(separator: ", "))"
  }
}
