/// Hard: the room has every feature the session needs (interpretation, step-free access...).
/// Size: missing features.
public struct RoomFeatures: UnaryConstraint {
  public var name: String { "room-features" }
  public var level: ConstraintLevel { .hard }
  public var defaultWeight: Int { 1 }
  public var dependsOn: PlacementAspect { .room }
  public init() {}

  func missing(_ session: Int, _ placement: Placement, _ problem: SchedulingProblem) -> [String] {
    problem.sessions[session].features.filter { !problem.rooms[placement.room].features.contains($0) }
  }

  public func amount(_ session: Int, at placement: Placement, in problem: SchedulingProblem) -> Int {
    return missing(session, placement, problem).count
  }

  public func sentence(_ session: Int, at placement: Placement, in problem: SchedulingProblem) -> String {
    "\(problem.name(session)) needs \(missing(session, placement, problem).joined(separator: ", ")), which \(problem.roomName(placement.room)) lacks"
  }
}
