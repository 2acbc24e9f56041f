/// Hard: the room has every feature the session needs (interpretation, step-free access...).
/// Size: missing features.
public struct RoomFeatures: UnaryConstraint {
  public let name = "room-features"
  public let level = ConstraintLevel.hard
  public init() {}

  func missing(_ session: Int, _ placement: Placement, _ problem: SchedulingProblem) -> [String] {
    problem.sessions[session].features.filter { !problem.rooms[placement.room].features.contains($0) }
  }

  public func amount(_ session: Int, _ placement: Placement?, in problem: SchedulingProblem) -> Int {
    guard let placement else { return 0 }
    return missing(session, placement, problem).count
  }

  public func sentence(_ session: Int, _ placement: Placement?, in problem: SchedulingProblem) -> String {
    "\(problem.name(session)) needs \(missing(session, placement!, problem).joined(separator: ", ")), which \(problem.roomName(placement!.room)) lacks"
  }
}
