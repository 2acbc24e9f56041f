/// A schedule: for each session of a problem (in the problem's order), where it takes place,
/// or nil when it is left unscheduled.
public struct Schedule: Sendable, Hashable {
  /// Placements by session index.
  public var placements: [Placement?]

  /// Creates a schedule.
  public init(placements: [Placement?]) { self.placements = placements }

  /// A schedule with nothing placed.
  public static func empty(for problem: SchedulingProblem) -> Schedule {
    Schedule(placements: Array(repeating: nil, count: problem.sessions.count))
  }
}
