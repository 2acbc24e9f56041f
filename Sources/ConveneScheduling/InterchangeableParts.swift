/// Series whose parts differ in nothing the constraints look at but their number (the
/// lectures of a course, two sessions of one lab): the solver may then place any part at any
/// of the series' times and number the parts in time order at the end, instead of keeping them
/// in order while it moves them. The schedule it returns keeps every part order.
struct InterchangeableParts {
  /// The problem the solver works on: these series are ordered by their starts.
  let relaxed: SchedulingProblem
  /// The series concerned, and their members by part.
  private let seriesMembers: [[Int]]

  init(problem: SchedulingProblem) {
    var relaxed = problem
    var found: [[Int]] = []
    for (series, members) in problem.seriesMembers.enumerated() where members.count > 1 {
      let parts = members.compactMap { problem.sessions[$0].part }
      guard parts.count == members.count, Set(parts).count == parts.count else { continue }
      let keys = members.map { Self.key(of: $0, in: problem) }
      guard keys.allSatisfy({ $0 == keys[0] }) else { continue }
      relaxed.partsInStartOrder[series] = true
      found.append(members.sorted { problem.sessions[$0].part! < problem.sessions[$1].part! })
    }
    self.relaxed = relaxed
    seriesMembers = found
  }

  /// Everything about a session that a constraint may look at, apart from its id, title and
  /// part number.
  struct Key: Hashable {
    var duration: Int, people: [Int], cohorts: [Int], track: Int?, isExclusive: Bool, interpretation: [String]
    var features: [String], expected: Int, after: [Int], series: Int?, minDays: Int?
    var windows: [[Interval]], pinnedRoom: Int?, pinnedStarts: [Int]?, candidateStarts: [Int], candidateRooms: [Int]
    var attendees: [Int], remoteAttendees: [Int], published: Placement?, followers: [Int]
  }

  static func key(of session: Int, in problem: SchedulingProblem) -> Key {
    let info = problem.sessions[session]
    return Key(
      duration: info.duration, people: info.people, cohorts: info.cohorts, track: info.track, isExclusive: info.isExclusive,
      interpretation: info.interpretation, features: info.features, expected: info.expected, after: info.after,
      series: info.series, minDays: info.minDays, windows: [info.unavailable, info.preferred, info.avoided],
      pinnedRoom: info.pinnedRoom, pinnedStarts: info.pinnedStarts, candidateStarts: info.candidateStarts,
      candidateRooms: info.candidateRooms, attendees: info.attendees, remoteAttendees: info.remoteAttendees,
      published: info.published, followers: problem.followers[session].sorted())
  }

  /// `schedule` with the parts of each interchangeable series numbered in time order: the
  /// earliest placement goes to part 1, and parts left out are the last ones.
  func numbered(_ schedule: Schedule) -> Schedule {
    var result = schedule
    for members in seriesMembers {
      let placements = members.map { schedule.placements[$0] }.sorted { a, b in
        switch (a, b) {
        case let (a?, b?): return (a.start, a.room) < (b.start, b.room)
        case (_?, nil): return true
        default: return false
        }
      }
      for (member, placement) in zip(members, placements) { result.placements[member] = placement }
    }
    return result
  }
}
