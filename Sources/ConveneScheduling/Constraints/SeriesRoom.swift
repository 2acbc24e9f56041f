/// Soft: the parts of a series are in more than one room. Size: rooms beyond the first.
public struct SeriesRoom: GroupConstraint {
  public var name: String { "series-room" }
  public var level: ConstraintLevel { .soft }
  public var defaultWeight: Int { 10 }
  public init() {}

  /// One group per series.
  public func groupCount(in problem: SchedulingProblem) -> Int { problem.seriesNames.count }

  public func groups(of session: Int, onDay day: Int?, in problem: SchedulingProblem) -> [Int] {
    problem.sessions[session].series.map { [$0] } ?? []
  }

  public func amount(_ group: Int, _ members: [PlacedSession], in problem: SchedulingProblem) -> Int {
    max(0, members.distinctCount(of: \.placement.room) - 1)
  }

  public func sentence(_ group: Int, _ members: [PlacedSession], in problem: SchedulingProblem) -> (String, [Int]) {
    let rooms = Set(members.map(\.placement.room)).sorted().map(problem.roomName)
    return ("the parts of the series \(problem.seriesNames[group]) are spread over the rooms \(rooms.joined(separator: ", "))", problem.seriesMembers[group])
  }
}

extension Array where Element == PlacedSession {
  /// How many different values of `key` the members have (without allocating).
  func distinctCount(of key: (PlacedSession) -> Int) -> Int {
    var distinct = 0
    for index in indices {
      let value = key(self[index])
      var seen = false
      for earlier in 0..<index where key(self[earlier]) == value {
        seen = true
        break
      }
      if !seen { distinct += 1 }
    }
    return distinct
  }
}
