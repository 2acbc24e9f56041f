/// A scheduling constraint: a stable name, a level, a default weight, and the penalty of a
/// schedule that breaks it, with sentences that say why. Constraints come in four shapes
/// (below), which is what lets the solver re-evaluate only what a move touches.
public protocol Constraint: Sendable {
  /// The stable name used in `event.json` weights and in reports.
  var name: String { get }
  /// Hard, medium or soft.
  var level: ConstraintLevel { get }
  /// The penalty per unit of violation unless `scheduling.weights` in `event.json` sets another.
  var defaultWeight: Int { get }
}

/// A constraint on where one placed session is.
public protocol UnaryConstraint: Constraint {
  /// What of a placement the amount depends on (the solver keeps amounts it can reuse).
  var dependsOn: PlacementAspect { get }
  /// The size of the violation: 0 when kept.
  func amount(_ session: Int, at placement: Placement, in problem: SchedulingProblem) -> Int
  /// Why it costs something.
  func sentence(_ session: Int, at placement: Placement, in problem: SchedulingProblem) -> String
}

/// A constraint on a session left out of the schedule.
public protocol LeftOutConstraint: Constraint {
  /// The size of the violation when `session` is not scheduled: 0 when that is fine.
  func amountLeftOut(_ session: Int, in problem: SchedulingProblem) -> Int
  /// Why it costs something.
  func sentenceLeftOut(_ session: Int, in problem: SchedulingProblem) -> String
}

/// A constraint between two placed sessions.
public protocol PairConstraint: Constraint {
  /// True when only related sessions (`SchedulingProblem.related`) can break it: the solver
  /// then never compares unrelated ones. False for constraints on any two sessions that
  /// overlap (one room at a time).
  var onlyRelated: Bool { get }
  /// False when nothing in `problem` can break it (no exclusive session, no travel time...):
  /// the solver then leaves it out.
  func applies(to problem: SchedulingProblem) -> Bool
  /// The sessions this constraint may charge together with `session` when the two do not
  /// overlap in time (an order, a pause, travel between venues); they must be related to it.
  /// Sessions that overlap are always compared; most constraints need nothing more and return
  /// none.
  func partners(of session: Int, in problem: SchedulingProblem) -> [Int]
  /// The size of the violation for sessions `a` and `b` at these placements: 0 when kept.
  func amount(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> Int
  /// `amount` for `session` at `placement` against each of `others`, summed (one call per
  /// constraint rather than one per pair, for the solver).
  func total(_ session: Int, _ placement: Placement, with others: [PlacedSession], in problem: SchedulingProblem) -> Int
  /// Why it costs something.
  func sentence(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement, in problem: SchedulingProblem) -> String
}

extension PairConstraint {
  public var onlyRelated: Bool { false }

  public func applies(to problem: SchedulingProblem) -> Bool { true }

  public func partners(of session: Int, in problem: SchedulingProblem) -> [Int] { [] }

  public func total(_ session: Int, _ placement: Placement, with others: [PlacedSession], in problem: SchedulingProblem) -> Int {
    var sum = 0
    for other in others { sum += amount(session, placement, other.session, other.placement, in: problem) }
    return sum
  }
}

/// A constraint on a group of placed sessions (a series, a cohort's day, an interpretation
/// pair's day, the whole event). Groups are numbered from 0, and which groups a session is in
/// depends only on the session and its day.
public protocol GroupConstraint: Constraint {
  /// How many groups the problem has.
  func groupCount(in problem: SchedulingProblem) -> Int
  /// The groups of `session` when it is placed on `day` (an index into the problem's days;
  /// nil for a placement on none of them).
  func groups(of session: Int, onDay day: Int?, in problem: SchedulingProblem) -> [Int]
  /// The size of the violation of a group, given the placed sessions in it (in any order).
  func amount(_ group: Int, _ members: [PlacedSession], in problem: SchedulingProblem) -> Int
  /// Why it costs something, and the sessions involved.
  func sentence(_ group: Int, _ members: [PlacedSession], in problem: SchedulingProblem) -> (String, [Int])
}

/// A session with its placement, as group constraints see their members.
public struct PlacedSession: Sendable, Hashable {
  /// The session index.
  public var session: Int
  /// Where it is.
  public var placement: Placement

  /// Pairs a session with its placement.
  public init(_ session: Int, _ placement: Placement) {
    self.session = session
    self.placement = placement
  }
}

/// The part of a placement a unary constraint looks at.
public enum PlacementAspect: Sendable {
  /// Only the start.
  case start
  /// Only the room.
  case room
  /// Both.
  case startAndRoom
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
