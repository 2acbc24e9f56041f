/// Soft: two sessions that one attendee takes part in overlap — or, at two venues, leave them
/// less than the travel time between. Attendees are the sign-ups, the members of the sessions'
/// audience cohorts and the speakers and moderators, holding a place (`SessionAttendees`);
/// exclusive sessions are left to `exclusive`. Size: people who attend both.
public struct AttendeeConflict: PairConstraint {
  public var name: String { "attendee-conflict" }
  public var level: ConstraintLevel { .soft }
  public var defaultWeight: Int { 10 }
  public var onlyRelated: Bool { true }
  public init() {}

  public func applies(to problem: SchedulingProblem) -> Bool { problem.attendeesShared.lists.contains { !$0.isEmpty } }

  public func partners(of session: Int, in problem: SchedulingProblem) -> [Int] {
    problem.hasTravel ? problem.attendeesShared.lists[session].map(\.other) : []
  }

  public func amount(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> Int {
    let shared = problem.attendeesShared[a, b]
    guard shared > 0 else { return 0 }
    return problem.tooClose(a, pa, b, pb) ? shared : 0
  }

  public func sentence(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> String {
    let count = problem.attendeesShared[a, b]
    let travel = problem.span(a, pa).overlaps(problem.span(b, pb)) ? "" : ", too close for the \(problem.travelMinutes(pa.room, pb.room)) minutes between their venues"
    return "\(count) participant\(count == 1 ? "" : "s") attend\(count == 1 ? "s" : "") both \(problem.name(a)) (\(TimelineMinute.describe(problem.span(a, pa)))) and \(problem.name(b)) (\(TimelineMinute.describe(problem.span(b, pb))))\(travel)"
  }
}

extension SchedulingProblem {
  /// True when nobody can attend both placed sessions: they overlap, or they are at two
  /// venues with less than the travel time between them.
  func tooClose(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement) -> Bool {
    travelShortfall(a, pa, b, pb) > 0 || span(a, pa).overlaps(span(b, pb))
  }

  /// Minutes missing between two placed sessions at different venues for the travel between
  /// them (the whole travel time when they overlap); 0 at one venue or when far enough apart.
  func travelShortfall(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement) -> Int {
    guard hasTravel else { return 0 }
    let travel = travelMinutes(pa.room, pb.room)
    guard travel > 0 else { return 0 }
    let sa = span(a, pa), sb = span(b, pb)
    let gap = max(0, max(sb.start - sa.end, sa.start - sb.end))
    return max(0, travel - gap)
  }
}
