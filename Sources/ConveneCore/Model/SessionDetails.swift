/// What agendas and calendars say of a placed session beyond its title, time, room id and
/// people, as a release recorded it when it was published: the kind, track, floor language and
/// interpretation from `sessions.csv`, and the room's name and the place (room, venue, address)
/// from `rooms.csv` and `event.json`. A release read later shows these, not the files' values
/// of the day.
public struct SessionDetails: Sendable, Equatable {
  public var kind: String
  public var track: String
  /// ISO 639-1 code of the floor language, or empty.
  public var language: String
  /// Interpretation as language pairs (`fr>en`).
  public var interpretation: [String]
  /// The room's name as agendas show it.
  public var roomName: String
  /// `Room, Venue, Address`, as calendars give the location.
  public var location: String

  public init(
    kind: String, track: String, language: String, interpretation: [String], roomName: String,
    location: String
  ) {
    self.kind = kind
    self.track = track
    self.language = language
    self.interpretation = interpretation
    self.roomName = roomName
    self.location = location
  }

  /// The details of `session` (nil for one no longer in `sessions.csv`: kind `session`, no
  /// track, language or interpretation) in room `room`, as `plan` gives them now.
  public init(_ session: Session?, room: String, plan: EventPlan) {
    self.init(
      kind: session?.kind.rawValue ?? "session", track: session?.track ?? "",
      language: session?.language ?? "", interpretation: session?.interpretation.map(\.description) ?? [],
      roomName: plan.rooms.first { $0.id == room }?.name ?? room, location: plan.location(ofRoom: room))
  }

  /// The fields that differ from `other`, each as `name: value`, in one order: what `publish`
  /// lists as a session's changed details.
  public func differences(from other: SessionDetails) -> (from: [String], to: [String]) {
    let fields: [(String, KeyPath<SessionDetails, String>)] = [
      ("kind", \.kind), ("track", \.track), ("language", \.language), ("room name", \.roomName),
      ("place", \.location),
    ]
    var from: [String] = [], to: [String] = []
    for (name, path) in fields where other[keyPath: path] != self[keyPath: path] {
      from.append("\(name): \(other[keyPath: path])")
      to.append("\(name): \(self[keyPath: path])")
    }
    if other.interpretation != interpretation {
      from.append("interpretation: \(other.interpretation.joined(separator: ";"))")
      to.append("interpretation: \(interpretation.joined(separator: ";"))")
    }
    return (from, to)
  }
}

extension EventPlan {
  /// `Room, Venue, Address` of room `id` (the id itself for a room `rooms.csv` does not hold).
  public func location(ofRoom id: String) -> String {
    guard let room = rooms.first(where: { $0.id == id }) else { return id }
    let venue = event.venues.first { $0.id == room.venue }
    return [room.name, venue?.name ?? "", venue?.address ?? ""].filter { !$0.isEmpty }.joined(separator: ", ")
  }
}
