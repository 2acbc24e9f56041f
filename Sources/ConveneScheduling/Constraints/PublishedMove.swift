/// Medium: a session that was published and sent is moved to another time or dropped. Size:
/// the people who had it in their calendars and must be told — its attendees as `invite` counts
/// them (speakers, moderators, sign-ups and cohort members holding a place; everyone for an
/// exclusive session); a session nobody attends moves freely, as `invite` then sends nothing.
public struct PublishedMove: UnaryConstraint, LeftOutConstraint {
  public var name: String { "published-move" }
  public var level: ConstraintLevel { .medium }
  public var defaultWeight: Int { 1 }
  public var dependsOn: PlacementAspect { .start }
  public init() {}

  func audience(_ session: Int, _ problem: SchedulingProblem) -> Int {
    problem.sessions[session].attendees.count
  }

  public func amount(_ session: Int, at placement: Placement, in problem: SchedulingProblem) -> Int {
    guard let published = problem.sessions[session].published, placement.start != published.start else { return 0 }
    return audience(session, problem)
  }

  public func amountLeftOut(_ session: Int, in problem: SchedulingProblem) -> Int {
    problem.sessions[session].published == nil ? 0 : audience(session, problem)
  }

  public func sentence(_ session: Int, at placement: Placement, in problem: SchedulingProblem) -> String {
    sentence(session, change: "moves to \(TimelineMinute.describe(placement.start))", problem)
  }

  public func sentenceLeftOut(_ session: Int, in problem: SchedulingProblem) -> String {
    sentence(session, change: "is dropped", problem)
  }

  func sentence(_ session: Int, change: String, _ problem: SchedulingProblem) -> String {
    let published = problem.sessions[session].published.map { TimelineMinute.describe($0.start) } ?? "another time"
    return "\(problem.name(session)), published for \(published), \(change): \(Self.people(audience(session, problem))) must be told"
  }
}

extension PublishedMove {
  /// "1 person", "2 people".
  static func people(_ count: Int) -> String { count == 1 ? "1 person" : "\(count) people" }
}
