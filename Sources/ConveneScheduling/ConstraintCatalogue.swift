/// Every constraint, once. Adding a constraint means writing its small type (name, level,
/// default weight, amount and sentence) and listing it here: the weights `event.json` may set,
/// the names `convene check` accepts and the lists by shape all come from this list.
public enum ConstraintCatalogue {
  /// Every constraint, hard ones first, then medium, then soft (the README's order).
  public static let all: [any Constraint] = [
    RoomOverlap(), PersonOverlap(), CohortOverlap(), PersonAvailability(), RoomAvailability(),
    SessionAvailability(), DayWindow(), RoomFeatures(), Exclusive(), Precedence(), SeriesOrder(),
    InterpretationTeams(), Pinned(), VenueTravel(),
    Unscheduled(), PublishedMove(),
    AttendeeConflict(), Capacity(), BigRoomWaste(), SpeakerPause(), TrackParallel(), SeriesSpread(),
    SeriesRoom(), CohortCompactness(), PreferredTime(), AvoidedTime(), LocalHours(), PublishedRoom(),
    DayBalance(),
  ]

  /// Constraints on where one session is.
  public static let unary: [any UnaryConstraint] = all.compactMap { $0 as? any UnaryConstraint }
  /// Constraints on sessions left out.
  public static let leftOut: [any LeftOutConstraint] = all.compactMap { $0 as? any LeftOutConstraint }
  /// Constraints between two sessions.
  public static let pairs: [any PairConstraint] = all.compactMap { $0 as? any PairConstraint }
  /// Constraints on groups of sessions.
  public static let groups: [any GroupConstraint] = all.compactMap { $0 as? any GroupConstraint }

  /// Every constraint's name, in catalogue order.
  public static let names: [String] = all.map(\.name)

  /// The default weight of every constraint, by name.
  public static let defaultWeights: [String: Int] = Dictionary(
    all.map { ($0.name, $0.defaultWeight) }, uniquingKeysWith: { first, _ in first })

  /// The constraints `scheduling.weights` may weigh: the medium and soft ones. A hard
  /// constraint is always kept, whatever its weight would say, so it takes none.
  public static let weightable: [String] = all.filter { $0.level != .hard }.map(\.name)

  /// Why `event.json` may not give the constraint `name` the weight `weight` (a message and a
  /// hint), or nil when it may: the name must be a constraint's, the constraint must not be
  /// hard, and `unscheduled` must weigh at least 1, or leaving a session out would cost nothing.
  public static func weightRefusal(_ name: String, _ weight: Int) -> (message: String, hint: String)? {
    guard let constraint = all.first(where: { $0.name == name }) else {
      return ("\"\(name)\" is not a constraint", "the constraints that take a weight are \(weightable.joined(separator: ", "))")
    }
    if constraint.level == .hard {
      return (
        "\"\(name)\" is a hard constraint: it is always kept and takes no weight",
        "remove it from scheduling.weights; only medium and soft constraints are weighed")
    }
    if constraint is Unscheduled, weight < 1 {
      return (
        "\"\(name)\" must weigh at least 1: at 0, leaving sessions out would cost nothing",
        "give it a weight from 1, or leave it out for the default \(constraint.defaultWeight)")
    }
    return nil
  }
}
