/// Soft: a series runs on fewer days than its `min_days`. Size: days missing.
public struct SeriesSpread: GroupConstraint {
  public let name = "series-spread"
  public let level = ConstraintLevel.soft
  public init() {}

  public func groups(in problem: SchedulingProblem) -> [Int] { Array(problem.seriesNames.indices) }

  public func groups(of session: Int, at placement: Placement?, in problem: SchedulingProblem) -> [Int] {
    problem.sessions[session].series.map { [$0] } ?? []
  }

  func days(_ group: Int, _ placements: [Placement?], _ problem: SchedulingProblem) -> Set<Int> {
    Set(problem.seriesMembers[group].compactMap { placements[$0].map { TimelineMinute.day($0.start) } })
  }

  public func amount(_ group: Int, _ placements: [Placement?], in problem: SchedulingProblem) -> Int {
    let wanted = problem.seriesMembers[group].compactMap { problem.sessions[$0].minDays }.max() ?? 0
    let used = days(group, placements, problem).count
    return used == 0 ? 0 : max(0, min(wanted, problem.days.count) - used)
  }

  public func sentence(_ group: Int, _ placements: [Placement?], in problem: SchedulingProblem) -> (String, [Int]) {
    let wanted = problem.seriesMembers[group].compactMap { problem.sessions[$0].minDays }.max() ?? 0
    let used = days(group, placements, problem).count
    return ("the series \(problem.seriesNames[group]) runs on \(used) day\(used == 1 ? "" : "s") but should spread over \(wanted)", problem.seriesMembers[group])
  }
}
