/// Every constraint of the catalogue, by shape. Adding a constraint means writing its small
/// type and listing it here.
public enum ConstraintCatalogue {
  /// Constraints on one session.
  public static let unary: [any UnaryConstraint] = [
    PersonAvailability(), RoomAvailability(), SessionAvailability(), DayWindow(), RoomFeatures(),
    Pinned(), Unscheduled(), PublishedMove(), Capacity(), PreferredTime(), AvoidedTime(),
    LocalHours(), PublishedRoom(),
  ]

  /// Constraints between two sessions.
  public static let pairs: [any PairConstraint] = [
    RoomOverlap(), PersonOverlap(), CohortOverlap(), Exclusive(), Precedence(), SeriesOrder(),
    AttendeeConflict(), TrackParallel(), SpeakerPause(), BigRoomWaste(),
  ]

  /// Constraints on groups of sessions.
  public static let groups: [any GroupConstraint] = [
    InterpretationTeams(), SeriesSpread(), SeriesRoom(), CohortCompactness(), DayBalance(),
  ]

  /// Every constraint's name and level.
  public static var all: [any Constraint] { unary + pairs + groups }
}
