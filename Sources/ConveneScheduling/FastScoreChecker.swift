/// The score and violations `ScoreChecker` finds, the same sentences in the same order, in time
/// that grows with the sessions that run together rather than with every pair of the event: a
/// pair constraint is asked only about sessions whose times overlap or touch (`TimeNeighbours`)
/// and about the partners it names (`PairConstraint.partners`), and not at all when nothing in
/// the problem can break it (`PairConstraint.applies`); by the constraints' contract no other
/// pair costs anything. The commands call this one; the tests hold it to `ScoreChecker`.
public enum FastScoreChecker {
  /// The score of `schedule` and every violation behind it, costliest first.
  public static func check(_ schedule: Schedule, in problem: SchedulingProblem) -> (score: Score, violations: [Violation]) {
    let neighbours = TimeNeighbours(schedule, in: problem)
    // The later sessions each constraint is asked about, by session: worked out for a
    // constraint when it is first asked (the checker goes constraint by constraint).
    var current: (name: String, later: [[Int]])?
    return ScoreChecker.tally(schedule, in: problem) { constraint, a -> [Int] in
      if current?.name != constraint.name {
        current = (constraint.name, later(constraint, schedule, problem, neighbours))
      }
      return current!.later[a]
    }
  }

  /// Per session, the sessions after it that `constraint` must be asked about.
  static func later(
    _ constraint: any PairConstraint, _ schedule: Schedule, _ problem: SchedulingProblem, _ neighbours: TimeNeighbours
  ) -> [[Int]] {
    guard constraint.applies(to: problem) else { return Array(repeating: [], count: problem.sessions.count) }
    var later = neighbours.later
    var extended = Array(repeating: false, count: later.count)
    for session in schedule.placements.indices where schedule.placements[session] != nil {
      for partner in constraint.partners(of: session, in: problem)
      where partner != session && schedule.placements.indices.contains(partner) && schedule.placements[partner] != nil {
        let (a, b) = session < partner ? (session, partner) : (partner, session)
        later[a].append(b)
        extended[a] = true
      }
    }
    for session in later.indices where extended[session] {
      var unique: [Int] = []
      for other in later[session].sorted() where unique.last != other { unique.append(other) }
      later[session] = unique
    }
    return later
  }
}
