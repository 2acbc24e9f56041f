/// For each placed session of a schedule, the placed sessions after it (by index) whose times
/// overlap or touch its own, in ascending order. Found by one sweep over the starts, so the work
/// grows with the pairs of sessions that run together, not with every pair of the event.
struct TimeNeighbours {
  /// By session index: the later sessions running with it or right before or after it.
  let later: [[Int]]

  /// How many pairs there are.
  var pairCount: Int { later.reduce(0) { $0 + $1.count } }

  init(_ schedule: Schedule, in problem: SchedulingProblem) {
    let placed = schedule.placements.indices.compactMap { session in
      schedule.placements[session].map { (session: session, span: problem.span(session, $0)) }
    }.sorted { ($0.span.start, $0.session) < ($1.span.start, $1.session) }
    var later = Array(repeating: [Int](), count: schedule.placements.count)
    // The sessions begun so far that have not ended before the current one starts.
    var running: [(session: Int, end: Int)] = []
    for (session, span) in placed {
      running.removeAll { $0.end < span.start }
      for other in running {
        if other.session < session { later[other.session].append(session) } else { later[session].append(other.session) }
      }
      running.append((session, span.end))
    }
    for session in later.indices where later[session].count > 1 { later[session].sort() }
    self.later = later
  }
}
