/// Soft: on a day with two or more sessions for a cohort, a session of theirs with no other of
/// theirs right before or after it (a gap of at most 30 minutes, breaks not counted). Size: such
/// isolated sessions.
public struct CohortCompactness: GroupConstraint {
  public let name = "cohort-compactness"
  public let level = ConstraintLevel.soft
  public init() {}

  static let slack = 30

  /// Group keys pair a cohort with an event day: cohort * 1000 + day index.
  public func groups(in problem: SchedulingProblem) -> [Int] {
    problem.cohortNames.indices.flatMap { cohort in problem.days.indices.map { cohort * 1000 + $0 } }
  }

  public func groups(of session: Int, at placement: Placement?, in problem: SchedulingProblem) -> [Int] {
    guard let placement, let day = problem.dayIndex(of: placement.start) else { return [] }
    return problem.sessions[session].cohorts.map { $0 * 1000 + day }
  }

  func isolated(_ group: Int, _ placements: [Placement?], _ problem: SchedulingProblem) -> [Int] {
    let cohort = group / 1000, day = problem.days[group % 1000]
    let members = problem.cohortMembers[cohort].filter { session in
      guard let placement = placements[session] else { return false }
      return day.window.overlaps(problem.span(session, placement)) || problem.dayIndex(of: placement.start) == group % 1000
    }
    guard members.count >= 2 else { return [] }
    return members.filter { session in
      let span = problem.span(session, placements[session]!)
      return !members.contains { other in
        guard other != session else { return false }
        let otherSpan = problem.span(other, placements[other]!)
        let gap = otherSpan.start >= span.end ? Interval(span.end, otherSpan.start) : Interval(otherSpan.end, span.start)
        guard gap.end >= gap.start else { return true }  // overlapping: next to each other
        let breaks = day.breaks.reduce(0) { $0 + gap.overlap(with: $1.interval) }
        return gap.end - gap.start - breaks <= Self.slack
      }
    }
  }

  public func amount(_ group: Int, _ placements: [Placement?], in problem: SchedulingProblem) -> Int {
    isolated(group, placements, problem).count
  }

  public func sentence(_ group: Int, _ placements: [Placement?], in problem: SchedulingProblem) -> (String, [Int]) {
    let lonely = isolated(group, placements, problem)
    let names = lonely.map { "\(problem.name($0)) at \(TimelineMinute.time(placements[$0]!.start))" }
    return ("on \(problem.days[group % 1000].date) the cohort \(problem.cohortNames[group / 1000]) has sessions with long gaps around them: \(names.joined(separator: ", "))", lonely)
  }
}
