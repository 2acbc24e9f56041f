/// Soft: uneven load across days. Each day should hold a share of the scheduled session time
/// in proportion to its opening hours. Size: hours away from that share, summed over days.
public struct DayBalance: GroupConstraint {
  public var name: String { "day-balance" }
  public var level: ConstraintLevel { .soft }
  public var defaultWeight: Int { 5 }
  public init() {}

  /// One group, the whole event, when it has more than one day.
  public func groupCount(in problem: SchedulingProblem) -> Int { problem.days.count > 1 ? 1 : 0 }

  public func groups(of session: Int, onDay day: Int?, in problem: SchedulingProblem) -> [Int] {
    problem.days.count > 1 ? [0] : []
  }

  func loads(_ members: [PlacedSession], _ problem: SchedulingProblem) -> [Int] {
    var loads = Array(repeating: 0, count: problem.days.count)
    for member in members {
      if let day = problem.dayIndex(of: member.placement.start) { loads[day] += problem.sessions[member.session].duration }
    }
    return loads
  }

  public func amount(_ group: Int, _ members: [PlacedSession], in problem: SchedulingProblem) -> Int {
    let loads = loads(members, problem)
    let lengths = problem.days.map { $0.window.end - $0.window.start }
    let total = loads.reduce(0, +), hours = lengths.reduce(0, +)
    guard total > 0, hours > 0 else { return 0 }
    let deviation = zip(loads, lengths).reduce(0) { $0 + abs($1.0 * hours - total * $1.1) }
    return deviation / (hours * 60)
  }

  public func sentence(_ group: Int, _ members: [PlacedSession], in problem: SchedulingProblem) -> (String, [Int]) {
    let loads = loads(members, problem).enumerated().map { "\(problem.days[$0.offset].date): \($0.element / 60)h\($0.element % 60 == 0 ? "" : String(format2: $0.element % 60))" }
    return ("session time is unevenly spread over the days (\(loads.joined(separator: ", ")))", [])
  }
}

extension String {
  init(format2 minutes: Int) { self = minutes < 10 ? "0\(minutes)" : "\(minutes)" }
}
