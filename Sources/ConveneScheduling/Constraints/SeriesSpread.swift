/// Soft: a series runs on fewer days than its `min_days`. Size: days missing.
public struct SeriesSpread: GroupConstraint {
  public var name: String { "series-spread" }
  public var level: ConstraintLevel { .soft }
  public var defaultWeight: Int { 30 }
  public init() {}

  /// One group per series.
  public func groupCount(in problem: SchedulingProblem) -> Int { problem.seriesNames.count }

  public func groups(of session: Int, onDay day: Int?, in problem: SchedulingProblem) -> [Int] {
    problem.sessions[session].series.map { [$0] } ?? []
  }

  func wanted(_ group: Int, _ problem: SchedulingProblem) -> Int { problem.seriesMinDays[group] }

  public func amount(_ group: Int, _ members: [PlacedSession], in problem: SchedulingProblem) -> Int {
    guard !members.isEmpty else { return 0 }
    let used = members.distinctCount { TimelineMinute.day($0.placement.start) }
    return max(0, min(wanted(group, problem), problem.days.count) - used)
  }

  public func sentence(_ group: Int, _ members: [PlacedSession], in problem: SchedulingProblem) -> (String, [Int]) {
    let used = members.distinctCount { TimelineMinute.day($0.placement.start) }
    return ("the series \(problem.seriesNames[group]) runs on \(used) day\(used == 1 ? "" : "s") but should spread over \(wanted(group, problem))", problem.seriesMembers[group])
  }
}
