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
      relaxed.seriesInStartOrder.insert(series)
      found.append(members.sorted { problem.sessions[$0].part! < problem.sessions[$1].part! })
    }
    self.relaxed = relaxed
    seriesMembers = found
  }

  /// Everything about a session that a constraint may look at, apart from its id, title and
  /// part number.
  static func key(of session: Int, in problem: SchedulingProblem) -> String {
    let info = problem.sessions[session]
    let fields: [String] = [
      "\(info.duration)", "\(info.people)", "\(info.cohorts)", "\(String(describing: info.track))", "\(info.isExclusive)",
      "\(info.interpretation)", "\(info.features)", "\(info.expected)", "\(info.after)", "\(String(describing: info.series))",
      "\(String(describing: info.minDays))", "\(info.unavailable)", "\(info.preferred)", "\(info.avoided)",
      "\(String(describing: info.pinnedRoom))", "\(String(describing: info.pinnedStarts))", "\(info.candidateStarts)",
      "\(info.candidateRooms)", "\(info.attendees)", "\(info.remoteAttendees)", "\(String(describing: info.published))",
      "\(problem.followers[session].sorted())",
    ]
    return fields.joined(separator: "|")
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
