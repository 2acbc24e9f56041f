/// Soft: an online or hybrid session falls outside 08:00-20:00 in the own time zone of a
/// remote participant who takes part (speaking, moderating or attending). Size: such people.
public struct LocalHours: UnaryConstraint {
  public var name: String { "local-hours" }
  public var level: ConstraintLevel { .soft }
  public var defaultWeight: Int { 5 }
  public var dependsOn: PlacementAspect { .start }
  public init() {}

  /// True when a session over `span` is outside 08:00-20:00 at `offset` from the event's zone.
  func isOutside(_ span: Interval, offset: Int) -> Bool {
    let start = TimelineMinute.timeOfDayMinutes(span.start + offset)
    return start < 8 * 60 || start + (span.end - span.start) > 20 * 60
  }

  func outside(_ session: Int, _ placement: Placement, _ problem: SchedulingProblem) -> [Int] {
    let span = problem.span(session, placement)
    let hour = TimelineMinute.hour(span.start)
    return problem.sessions[session].remoteAttendees.filter { person in
      guard let offset = problem.people[person].remoteOffsetByHour?[hour] else { return false }
      return isOutside(span, offset: offset)
    }
  }

  public func amount(_ session: Int, at placement: Placement, in problem: SchedulingProblem) -> Int {
    let span = problem.span(session, placement)
    // The offset at the session's start: on the day the clocks change, before or after it.
    let zones = problem.sessions[session].remoteOffsets[TimelineMinute.hour(span.start)] ?? []
    return zones.reduce(0) { $0 + (isOutside(span, offset: $1.offset) ? $1.count : 0) }
  }

  public func sentence(_ session: Int, at placement: Placement, in problem: SchedulingProblem) -> String {
    let people = outside(session, placement, problem)
    return "\(problem.name(session)) (\(TimelineMinute.describe(problem.span(session, placement)))) is outside 08:00-20:00 where \(people.count) remote participant\(people.count == 1 ? " is" : "s are") (\(problem.peopleNames(Array(people.prefix(5))))\(people.count > 5 ? ", ..." : ""))"
  }
}
