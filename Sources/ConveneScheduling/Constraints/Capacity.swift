/// Soft: expected attendance above the room's capacity. Size: seats missing.
public struct Capacity: UnaryConstraint {
  public var name: String { "capacity" }
  public var level: ConstraintLevel { .soft }
  public var defaultWeight: Int { 2 }
  public var dependsOn: PlacementAspect { .room }
  public init() {}

  public func amount(_ session: Int, at placement: Placement, in problem: SchedulingProblem) -> Int {
    return max(0, problem.sessions[session].expected - problem.rooms[placement.room].capacity)
  }

  public func sentence(_ session: Int, at placement: Placement, in problem: SchedulingProblem) -> String {
    "\(problem.name(session)) expects \(problem.sessions[session].expected) people but \(problem.roomName(placement.room)) seats \(problem.rooms[placement.room].capacity)"
  }
}
