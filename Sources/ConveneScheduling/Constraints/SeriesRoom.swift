/// Soft: the parts of a series are in more than one room. Size: rooms beyond the first.
public struct SeriesRoom: GroupConstraint {
  public let name = "series-room"
  public let level = ConstraintLevel.soft
  public init() {}

  public func groups(in problem: SchedulingProblem) -> [Int] { Array(problem.seriesNames.indices) }

  public func groups(of session: Int, at placement: Placement?, in problem: SchedulingProblem) -> [Int] {
    problem.sessions[session].series.map { [$0] } ?? []
  }

  func rooms(_ group: Int, _ placements: [Placement?], _ problem: SchedulingProblem) -> [Int] {
    Array(Set(problem.seriesMembers[group].compactMap { placements[$0]?.room })).sorted()
  }

  public func amount(_ group: Int, _ placements: [Placement?], in problem: SchedulingProblem) -> Int {
    max(0, rooms(group, placements, problem).count - 1)
  }

  public func sentence(_ group: Int, _ placements: [Placement?], in problem: SchedulingProblem) -> (String, [Int]) {
    let rooms = rooms(group, placements, problem).map(problem.roomName)
    return ("the parts of the series \(problem.seriesNames[group]) are spread over the rooms \(rooms.joined(separator: ", "))", problem.seriesMembers[group])
  }
}
