/// Hard: speakers and moderators only inside their arrival and departure and outside their
/// unavailable windows. Size: grid steps a person would miss, summed over people.
public struct PersonAvailability: UnaryConstraint {
  public var name: String { "person-availability" }
  public var level: ConstraintLevel { .hard }
  public var defaultWeight: Int { 1 }
  public var dependsOn: PlacementAspect { .start }
  public init() {}

  func clashes(_ session: Int, _ placement: Placement, _ problem: SchedulingProblem) -> [(person: Int, minutes: Int, reason: String)] {
    let span = problem.span(session, placement)
    var result: [(Int, Int, String)] = []
    for person in problem.sessions[session].people {
      for blocked in problem.people[person].unavailable {
        let minutes = span.overlap(with: blocked.interval)
        if minutes > 0 { result.append((person, minutes, blocked.reason)) }
      }
    }
    return result
  }

  public func amount(_ session: Int, at placement: Placement, in problem: SchedulingProblem) -> Int {
    return clashes(session, placement, problem).reduce(0) { $0 + problem.steps($1.minutes) }
  }

  public func sentence(_ session: Int, at placement: Placement, in problem: SchedulingProblem) -> String {
    let span = problem.span(session, placement)
    let reasons = clashes(session, placement, problem).map { "\(problem.people[$0.person].id) \($0.reason)" }
    return "\(problem.name(session)) on \(TimelineMinute.describe(span)) needs \(reasons.joined(separator: "; "))"
  }
}
