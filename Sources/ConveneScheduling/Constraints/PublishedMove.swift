/// Medium: a session that was published and sent is moved to another time or dropped. Size:
/// the people who had it in their calendars (speakers, moderators and sign-ups).
public struct PublishedMove: UnaryConstraint {
  public let name = "published-move"
  public let level = ConstraintLevel.medium
  public init() {}

  func audience(_ session: Int, _ problem: SchedulingProblem) -> Int {
    max(1, Set(problem.sessions[session].people + problem.sessions[session].signups).count)
  }

  public func amount(_ session: Int, _ placement: Placement?, in problem: SchedulingProblem) -> Int {
    guard let published = problem.sessions[session].published, placement?.start != published.start else { return 0 }
    return audience(session, problem)
  }

  public func sentence(_ session: Int, _ placement: Placement?, in problem: SchedulingProblem) -> String {
    let published = problem.sessions[session].published!
    let now = placement.map { "moves to \(TimelineMinute.describe($0.start))" } ?? "is dropped"
    return "\(problem.name(session)), published for \(TimelineMinute.describe(published.start)), \(now): \(audience(session, problem)) people must be told"
  }
}
