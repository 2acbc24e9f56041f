/// Soft: two sessions of one track run in parallel. Size: one per pair.
public struct TrackParallel: PairConstraint {
  public var name: String { "track-parallel" }
  public var level: ConstraintLevel { .soft }
  public var defaultWeight: Int { 20 }
  public var onlyRelated: Bool { true }
  public init() {}

  public func applies(to problem: SchedulingProblem) -> Bool { !problem.trackNames.isEmpty }

  public func amount(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> Int {
    guard let track = problem.sessions[a].track, problem.sessions[b].track == track else { return 0 }
    return problem.span(a, pa).overlaps(problem.span(b, pb)) ? 1 : 0
  }

  public func sentence(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> String {
    "\(problem.name(a)) and \(problem.name(b)) of the track \(problem.trackNames[problem.sessions[a].track!]) run in parallel on \(TimelineMinute.date(pa.start))"
  }
}
