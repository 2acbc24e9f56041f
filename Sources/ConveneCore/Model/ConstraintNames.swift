/// The names of the scheduling constraints, by level, as `event.json` refers to them in
/// `scheduling.weights`.
public enum ConstraintNames {
  /// Constraints a valid schedule never breaks.
  public static let hard = [
    "room-overlap", "person-overlap", "cohort-overlap", "person-availability",
    "room-availability", "session-availability", "day-window", "room-features", "exclusive",
    "precedence", "series-order", "interpretation-teams", "pinned",
  ]
  /// Constraints broken only when nothing else is possible.
  public static let medium = ["unscheduled", "published-move"]
  /// Preferences.
  public static let soft = [
    "attendee-conflict", "capacity", "big-room-waste", "speaker-pause", "track-parallel",
    "series-spread", "series-room", "cohort-compactness", "preferred-time", "avoided-time",
    "local-hours", "published-room", "day-balance",
  ]
  /// Every name.
  public static var all: [String] { hard + medium + soft }
}
