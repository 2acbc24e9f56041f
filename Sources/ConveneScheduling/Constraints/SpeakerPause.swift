/// Soft: less than `min_pause_minutes` between one person's sessions on a day. Size: people
/// affected, per pair of sessions.
public struct SpeakerPause: PairConstraint {
  public var name: String { "speaker-pause" }
  public var level: ConstraintLevel { .soft }
  public var defaultWeight: Int { 5 }
  public var onlyRelated: Bool { true }
  public init() {}

  public func applies(to problem: SchedulingProblem) -> Bool { problem.peopleShared.lists.contains { !$0.isEmpty } }

  public func partners(of session: Int, in problem: SchedulingProblem) -> [Int] {
    problem.peopleShared.lists[session].map(\.other)
  }

  func gap(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, _ problem: SchedulingProblem) -> Int? {
    let sa = problem.span(a, pa), sb = problem.span(b, pb)
    guard TimelineMinute.day(sa.start) == TimelineMinute.day(sb.start), !sa.overlaps(sb) else { return nil }
    return sa.end <= sb.start ? sb.start - sa.end : sa.start - sb.end
  }

  public func amount(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> Int {
    let people = problem.peopleShared[a, b]
    guard people > 0, let gap = gap(a, pa, b, pb, problem), gap < problem.minPause else { return 0 }
    return people
  }

  public func sentence(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> String {
    let gap = gap(a, pa, b, pb, problem) ?? 0
    return "\(problem.peopleNames(PersonOverlap().shared(a, b, problem))) \(gap == 0 ? "goes straight" : "has only \(gap) minutes") from \(problem.name(pa.start < pb.start ? a : b)) to \(problem.name(pa.start < pb.start ? b : a)) on \(TimelineMinute.date(pa.start)) (\(problem.minPause) wanted)"
  }
}
