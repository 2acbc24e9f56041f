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
}
