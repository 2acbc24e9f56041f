/// Soft: a small session holds a big room while a popular session beside it is crowded into a
/// smaller one. Size: seats the swap would give the crowded session.
public struct BigRoomWaste: PairConstraint {
  public var name: String { "big-room-waste" }
  public var level: ConstraintLevel { .soft }
  public var defaultWeight: Int { 1 }
  public init() {}

  /// Seats `crowded` would gain by taking `roomy`'s room.
  func waste(_ roomy: Int, _ pr: Placement, _ crowded: Int, _ pc: Placement, _ problem: SchedulingProblem) -> Int {
    let big = problem.rooms[pr.room].capacity, small = problem.rooms[pc.room].capacity
    let over = problem.sessions[crowded].expected - small
    guard over > 0, big > small, problem.sessions[roomy].expected <= small else { return 0 }
    return min(over, big - small)
  }

  public func amount(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> Int {
    guard pa.room != pb.room, problem.span(a, pa).overlaps(problem.span(b, pb)) else { return 0 }
    return waste(a, pa, b, pb, problem) + waste(b, pb, a, pa, problem)
  }

  public func sentence(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> String {
    let (roomy, pr, crowded, pc) = waste(a, pa, b, pb, problem) > 0 ? (a, pa, b, pb) : (b, pb, a, pa)
    return "\(problem.name(roomy)) (\(problem.sessions[roomy].expected) expected) has \(problem.roomName(pr.room)) (\(problem.rooms[pr.room].capacity) seats) while \(problem.name(crowded)) (\(problem.sessions[crowded].expected) expected) is in \(problem.roomName(pc.room)) (\(problem.rooms[pc.room].capacity) seats) at the same time"
  }
}
