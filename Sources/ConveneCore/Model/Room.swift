/// A room sessions can take place in (`rooms.csv`).
public struct Room: Sendable, Equatable {
  /// The id sessions refer to.
  public var id: String
  /// The name shown on agendas.
  public var name: String
  /// The venue id, or empty.
  public var venue: String
  /// Seats.
  public var capacity: Int
  /// Features such as `interpretation`, `step-free`, `streaming`, `av`, `outdoor`.
  public var features: [String]
  /// When the room cannot be used.
  public var unavailable: [TimeWindow]
  /// The line in `rooms.csv`.
  public var line: Int

  /// Creates a room.
  public init(
    id: String, name: String, venue: String = "", capacity: Int, features: [String] = [],
    unavailable: [TimeWindow] = [], line: Int = 0
  ) {
    self.id = id
    self.name = name
    self.venue = venue
    self.capacity = capacity
    self.features = features
    self.unavailable = unavailable
    self.line = line
  }
}
