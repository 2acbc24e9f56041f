/// Hard: the parts of a series run in part order. Size: grid steps by which the order is
/// broken (at least one).
public struct SeriesOrder: PairConstraint {
  public let name = "series-order"
  public let level = ConstraintLevel.hard
  public init() {}

  public func amount(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> Int {
    let sa = problem.sessions[a], sb = problem.sessions[b]
    guard let series = sa.series, sb.series == series, let partA = sa.part, let partB = sb.part, partA != partB else { return 0 }
    let (first, pf, second, ps) = partA < partB ? (a, pa, b, pb) : (b, pb, a, pa)
    let end = problem.span(first, pf).end
    return end > ps.start ? max(1, problem.steps(end - ps.start)) : 0
  }

  public func sentence(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> String {
    let (first, second, ps) = (problem.sessions[a].part ?? 0) < (problem.sessions[b].part ?? 0) ? (a, b, pb) : (b, a, pa)
    let series = problem.seriesNames[problem.sessions[a].series!]
    return "part \(problem.sessions[second].part!) of the series \(series), \(problem.name(second)), starts \(TimelineMinute.describe(ps.start)) before part \(problem.sessions[first].part!), \(problem.name(first)), has ended"
  }
}
