/// Soft: on a day with two or more sessions for a cohort, a session of theirs with no other of
/// theirs right before or after it (a gap of at most 30 minutes, breaks not counted). Size: such
/// isolated sessions.
public struct CohortCompactness: GroupConstraint {
  public var name: String { "cohort-compactness" }
  public var level: ConstraintLevel { .soft }
  public var defaultWeight: Int { 10 }
  public init() {}

  static let slack = 30

  /// One group per cohort and event day: cohort × days + day.
  public func groupCount(in problem: SchedulingProblem) -> Int { problem.cohortNames.count * problem.days.count }

  public func groups(of session: Int, onDay day: Int?, in problem: SchedulingProblem) -> [Int] {
    guard let day else { return [] }
    return problem.sessions[session].cohorts.map { $0 * problem.days.count + day }
  }

  /// Calls `body` with the index of each member that has no other member within the slack of
  /// it (the spans are looked up once, without allocating).
  func forEachIsolated(_ members: [PlacedSession], day: Int, _ problem: SchedulingProblem, _ body: (Int) -> Void) {
    withUnsafeTemporaryAllocation(of: Interval.self, capacity: members.count) { spans in
      for (index, member) in members.enumerated() {
        spans.initializeElement(at: index, to: problem.span(member.session, member.placement))
      }
      for index in members.indices where !hasNeighbour(index, spans, day: day, problem) { body(index) }
    }
  }

  /// True when the member at `index` has another member within the slack of it.
  func hasNeighbour(_ index: Int, _ spans: UnsafeMutableBufferPointer<Interval>, day: Int, _ problem: SchedulingProblem) -> Bool {
    let span = spans[index]
    for other in spans.indices where other != index {
      let otherSpan = spans[other]
      let gap = otherSpan.start >= span.end ? Interval(span.end, otherSpan.start) : Interval(otherSpan.end, span.start)
      if gap.end <= gap.start { return true }  // touching or overlapping
      var open = gap.end - gap.start
      if open > Self.slack {
        for pause in problem.days[day].breaks { open -= gap.overlap(with: pause.interval) }
      }
      if open <= Self.slack { return true }
    }
    return false
  }

  public func amount(_ group: Int, _ members: [PlacedSession], in problem: SchedulingProblem) -> Int {
    guard members.count >= 2 else { return 0 }
    var isolated = 0
    forEachIsolated(members, day: group % problem.days.count, problem) { _ in isolated += 1 }
    return isolated
  }

  public func sentence(_ group: Int, _ members: [PlacedSession], in problem: SchedulingProblem) -> (String, [Int]) {
    let day = problem.days[group % problem.days.count]
    var lonely: [PlacedSession] = []
    if members.count >= 2 { forEachIsolated(members, day: group % problem.days.count, problem) { lonely.append(members[$0]) } }
    lonely.sort { $0.session < $1.session }
    let names = lonely.map { "\(problem.name($0.session)) at \(TimelineMinute.time($0.placement.start))" }
    let cohort = problem.cohortNames[group / problem.days.count]
    return ("on \(day.date) the cohort \(cohort) has sessions with long gaps around them: \(names.joined(separator: ", "))", lonely.map(\.session))
  }
}
