/// The weight of each constraint: its penalty per unit of violation. Defaults are below;
/// `event.json` overrides them under `scheduling.weights`.
public struct Weights: Sendable {
  /// Default weights by constraint name.
  public static let defaults: [String: Int] = [
    // hard: per grid step of overlap, per missing feature, per broken pin...
    "room-overlap": 1, "person-overlap": 1, "cohort-overlap": 1, "person-availability": 1,
    "room-availability": 1, "session-availability": 1, "day-window": 1, "room-features": 1,
    "exclusive": 1, "precedence": 1, "series-order": 1, "interpretation-teams": 1, "pinned": 1,
    // medium: per grid step of a session left out (leaving out outweighs moving); per person
    // told of a moved session
    "unscheduled": 100, "published-move": 1,
    // soft
    "attendee-conflict": 10, "capacity": 2, "big-room-waste": 1, "speaker-pause": 5,
    "track-parallel": 20, "series-spread": 30, "series-room": 10, "cohort-compactness": 10,
    "preferred-time": 20, "avoided-time": 40, "local-hours": 5, "published-room": 50,
    "day-balance": 5,
  ]

  private let values: [String: Int]

  /// The defaults with `overrides` laid over them.
  public init(overrides: [String: Int] = [:]) {
    values = Self.defaults.merging(overrides) { _, override in override }
  }

  /// The weight of the named constraint.
  public subscript(name: String) -> Int { values[name] ?? 1 }
}
