/// Hard: the parts of a series run in part order. Size: grid steps by which the order is
/// broken (at least one).
///
/// While solving, the parts of a series that differ in nothing but their number and title
/// (the lectures of a course) are ordered by their starts instead, and numbered in time order
/// at the end: the solver then never has to keep them in order while it moves them around.
public struct SeriesOrder: PairConstraint {
  public var name: String { "series-order" }
  public var level: ConstraintLevel { .hard }
  public var defaultWeight: Int { 1 }
  public var onlyRelated: Bool { true }
  public init() {}

  public func applies(to problem: SchedulingProblem) -> Bool { !problem.seriesNames.isEmpty }

  public func partners(of session: Int, in problem: SchedulingProblem) -> [Int] {
    // Parts ordered by their starts only clash when they overlap, and overlapping sessions are
    // always compared.
    guard let series = problem.sessions[session].series, problem.sessions[session].part != nil,
      !problem.partsInStartOrder[series]
    else { return [] }
    return problem.seriesMembers[series].filter { $0 != session }
  }

  /// The earlier and the later part of two parts of one series, or nil.
  func order(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, _ problem: SchedulingProblem) -> (first: Int, pf: Placement, second: Int, ps: Placement)? {
    let sa = problem.sessions[a], sb = problem.sessions[b]
    guard let series = sa.series, sb.series == series, let partA = sa.part, let partB = sb.part, a != b else { return nil }
    if problem.partsInStartOrder[series] {
      return (pa.start, a) < (pb.start, b) ? (a, pa, b, pb) : (b, pb, a, pa)
    }
    guard partA != partB else { return nil }
    return partA < partB ? (a, pa, b, pb) : (b, pb, a, pa)
  }

  public func amount(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> Int {
    guard let (first, pf, _, ps) = order(a, pa, b, pb, problem) else { return 0 }
    let end = problem.span(first, pf).end
    return end > ps.start ? max(1, problem.steps(end - ps.start)) : 0
  }

  public func sentence(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> String {
    let (first, _, second, ps) = order(a, pa, b, pb, problem) ?? (a, pa, b, pb)
    let series = problem.sessions[a].series.map { problem.seriesNames[$0] } ?? ""
    let part = { (session: Int) in problem.sessions[session].part.map { "\($0)" } ?? "?" }
    return "part \(part(second)) of the series \(series), \(problem.name(second)), starts \(TimelineMinute.describe(ps.start)) before part \(part(first)), \(problem.name(first)), has ended"
  }
}
