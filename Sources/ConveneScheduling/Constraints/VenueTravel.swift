/// Hard: sessions at two venues (a site visit across town) leave the people who must be at
/// both — shared speakers and moderators, shared cohorts, and everyone when one is exclusive —
/// the travel time between the venues (`travel_minutes` in `event.json`). Size: grid steps
/// short, times the people and cohorts concerned (one for an exclusive session).
public struct VenueTravel: PairConstraint {
  public var name: String { "venue-travel" }
  public var level: ConstraintLevel { .hard }
  public var defaultWeight: Int { 1 }
  public var onlyRelated: Bool { true }
  public init() {}

  public func applies(to problem: SchedulingProblem) -> Bool { problem.hasTravel }

  public func partners(of session: Int, in problem: SchedulingProblem) -> [Int] {
    guard problem.hasTravel else { return [] }
    if problem.sessions[session].isExclusive { return Array(problem.sessions.indices).filter { $0 != session } }
    let linked = problem.peopleShared.lists[session].map(\.other) + problem.cohortsShared.lists[session].map(\.other)
    return Array(Set(linked + problem.exclusiveSessions).subtracting([session])).sorted()
  }

  func concerned(_ a: Int, _ b: Int, _ problem: SchedulingProblem) -> Int {
    let exclusive = problem.sessions[a].isExclusive || problem.sessions[b].isExclusive
    return max(exclusive ? 1 : 0, problem.peopleShared[a, b] + problem.cohortsShared[a, b])
  }

  public func amount(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> Int {
    let short = problem.travelShortfall(a, pa, b, pb)
    return short == 0 ? 0 : concerned(a, b, problem) * problem.steps(short)
  }

  public func sentence(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> String {
    let (first, pf, second, ps) = pa.start <= pb.start ? (a, pa, b, pb) : (b, pb, a, pa)
    let venues = [problem.rooms[pf.room], problem.rooms[ps.room]].map { problem.venueIDs[$0.venue].isEmpty ? $0.id : problem.venueIDs[$0.venue] }
    return "\(problem.name(first)) (\(TimelineMinute.describe(problem.span(first, pf))), \(venues[0])) and \(problem.name(second)) (\(TimelineMinute.describe(problem.span(second, ps))), \(venues[1])) leave \(problem.travelShortfall(a, pa, b, pb)) minutes too few for the \(problem.travelMinutes(pa.room, pb.room)) minutes of travel between them"
  }
}
