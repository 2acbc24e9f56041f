/// Soft: uneven load across days. Each day should hold a share of the event's session time (of
/// every session) in proportion to its opening hours. Size: hours away from that share, per
/// day, rounded down.
public struct DayBalance: GroupConstraint {
  public var name: String { "day-balance" }
  public var level: ConstraintLevel { .soft }
  public var defaultWeight: Int { 5 }
  public init() {}

  /// One group per day, when the event has more than one.
  public func groupCount(in problem: SchedulingProblem) -> Int { problem.days.count > 1 ? problem.days.count : 0 }

  public func groups(of session: Int, onDay day: Int?, in problem: SchedulingProblem) -> [Int] {
    guard problem.days.count > 1, let day else { return [] }
    return [day]
  }

  func length(_ day: Int, _ problem: SchedulingProblem) -> Int { problem.days[day].window.end - problem.days[day].window.start }

  /// The load of the day, its share, and both in minutes × the event's opening minutes.
  func deviation(_ day: Int, _ members: [PlacedSession], _ problem: SchedulingProblem) -> (load: Int, share: Int, off: Int) {
    var load = 0
    for member in members { load += problem.sessions[member.session].duration }
    let hours = problem.days.indices.reduce(0) { $0 + length($1, problem) }
    let total = problem.sessions.reduce(0) { $0 + $1.duration }
    guard hours > 0 else { return (load, 0, 0) }
    return (load, total * length(day, problem) / hours, abs(load * hours - total * length(day, problem)))
  }

  public func amount(_ group: Int, _ members: [PlacedSession], in problem: SchedulingProblem) -> Int {
    let hours = problem.days.indices.reduce(0) { $0 + length($1, problem) }
    return hours == 0 ? 0 : deviation(group, members, problem).off / (hours * 60)
  }

  public func sentence(_ group: Int, _ members: [PlacedSession], in problem: SchedulingProblem) -> (String, [Int]) {
    let (load, share, _) = deviation(group, members, problem)
    func hours(_ minutes: Int) -> String { "\(minutes / 60)h\(minutes % 60 == 0 ? "" : String(format2: minutes % 60))" }
    return ("\(problem.days[group].date) holds \(hours(load)) of sessions where its share of the event's session time is \(hours(share))", [])
  }
}

extension String {
  init(format2 minutes: Int) { self = minutes < 10 ? "0\(minutes)" : "\(minutes)" }
}
