/// A scheduling constraint: a stable name, a level, and the penalty of a schedule that breaks
/// it, with sentences that say why. Constraints come in three shapes, which is what lets the
/// solver re-evaluate only what a move touches.
public protocol Constraint: Sendable {
  /// The stable name used in `event.json` weights and in reports.
  var name: String { get }
  /// Hard, medium or soft.
  var level: ConstraintLevel { get }
}

/// A constraint on one session's placement alone (nil when unscheduled).
public protocol UnaryConstraint: Constraint {
  /// The size of the violation: 0 when kept.
  func amount(_ session: Int, _ placement: Placement?, in problem: SchedulingProblem) -> Int
  /// Why it costs something.
  func sentence(_ session: Int, _ placement: Placement?, in problem: SchedulingProblem) -> String
}

/// A constraint between two placed sessions.
public protocol PairConstraint: Constraint {
  /// The size of the violation for sessions `a` and `b` at these placements: 0 when kept.
  func amount(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> Int
  /// Why it costs something.
  func sentence(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> String
}

/// A constraint on a group of sessions (a series, a cohort's day, an interpretation pair,
/// the whole event).
public protocol GroupConstraint: Constraint {
  /// Every group key of the problem.
  func groups(in problem: SchedulingProblem) -> [Int]
  /// The groups a session at a placement belongs to.
  func groups(of session: Int, at placement: Placement?, in problem: SchedulingProblem) -> [Int]
  /// The size of the violation of one group.
  func amount(_ group: Int, _ placements: [Placement?], in problem: SchedulingProblem) -> Int
  /// Why it costs something, and the sessions involved.
  func sentence(_ group: Int, _ placements: [Placement?], in problem: SchedulingProblem) -> (String, [Int])
}

extension SchedulingProblem {
  /// The span of a placed session.
  func span(_ session: Int, _ placement: Placement) -> Interval { span(of: session, at: placement.start) }

  /// Grid steps (rounded up) during which two placed sessions overlap.
  func overlapSteps(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement) -> Int {
    steps(span(a, pa).overlap(with: span(b, pb)))
  }

  /// The time two placed sessions share.
  func sharedTime(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement) -> Interval {
    Interval(max(pa.start, pb.start), min(span(a, pa).end, span(b, pb).end))
  }

  /// Grid steps (rounded up) in a number of minutes.
  func steps(_ minutes: Int) -> Int { minutes <= 0 ? 0 : (minutes + grid - 1) / grid }

  /// `"Title" (id)`.
  func name(_ session: Int) -> String { "\"\(sessions[session].title)\" (\(sessions[session].id))" }

  /// The room's id.
  func roomName(_ room: Int) -> String { rooms[room].id }

  /// People's ids, joined.
  func peopleNames(_ indexes: [Int]) -> String { indexes.map { people[$0].id }.joined(separator: ", ") }
}
