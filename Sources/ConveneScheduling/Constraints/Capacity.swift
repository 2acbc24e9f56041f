/// Soft: expected attendance above the room's capacity. Size: seats missing.
public struct Capacity: UnaryConstraint {
  public let name = "capacity"
  public let level = ConstraintLevel.soft
  public init() {}

  public func amount(_ session: Int, _ placement: Placement?, in problem: SchedulingProblem) -> Int {
    guard let placement else { return 0 }
    return max(0, problem.sessions[session].expected - problem.rooms[placement.room].capacity)
  }

  public func sentence(_ session: Int, _ placement: Placement?, in problem: SchedulingProblem) -> String {
    "\(problem.name(session)) expects \(problem.sessions[session].expected) people but \(problem.roomName(placement!.room)) seats \(problem.rooms[placement!.room].capacity)"
  }
}
