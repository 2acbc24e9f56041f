/// Hard: a session lies inside one day's hours, on the grid, and never across a break. Size:
/// grid steps outside the day or inside a break (one for a start off the grid).
public struct DayWindow: UnaryConstraint {
  public var name: String { "day-window" }
  public var level: ConstraintLevel { .hard }
  public var defaultWeight: Int { 1 }
  public var dependsOn: PlacementAspect { .start }
  public init() {}

  public func amount(_ session: Int, at placement: Placement, in problem: SchedulingProblem) -> Int {
    let span = problem.span(session, placement)
    let offGrid = (placement.start - problem.origin) % problem.grid == 0 ? 0 : 1
    guard let day = problem.days.first(where: { $0.window.overlaps(span) }) else {
      return problem.steps(span.end - span.start) + offGrid
    }
    let outside = (span.end - span.start) - span.overlap(with: day.window)
    let inBreaks = day.breaks.reduce(0) { $0 + span.overlap(with: $1.interval) }
    return problem.steps(outside) + problem.steps(inBreaks) + offGrid
  }

  public func sentence(_ session: Int, at placement: Placement, in problem: SchedulingProblem) -> String {
    let span = problem.span(session, placement)
    if let day = problem.days.first(where: { $0.window.overlaps(span) }) {
      if let pause = day.breaks.first(where: { $0.interval.overlaps(span) }) {
        return "\(problem.name(session)) (\(TimelineMinute.describe(span))) runs into the break \"\(pause.label)\" (\(TimelineMinute.describe(pause.interval)))"
      }
      if !day.window.contains(span) {
        return "\(problem.name(session)) (\(TimelineMinute.describe(span))) runs outside the day's hours (\(TimelineMinute.describe(day.window)))"
      }
      return "\(problem.name(session)) starts \(TimelineMinute.describe(span.start)), off the \(problem.grid)-minute grid"
    }
    return "\(problem.name(session)) (\(TimelineMinute.describe(span))) is not on any day of the event"
  }
}
