import ConveneCore

/// What changed between two releases of an agenda: sessions moved in time or room, retitled,
/// added, removed, and rooms newly in use.
public struct ReleaseDiff: Sendable, Equatable {
  /// A session in both releases whose time or room changed.
  public struct Change: Sendable, Equatable {
    public var id: String
    public var from: String
    public var to: String
  }

  public var moved: [Change] = []
  public var roomChanged: [Change] = []
  /// Sessions whose title changed (in `sessions.csv`): the agenda and the calendars carry it.
  public var retitled: [Change] = []
  /// Sessions whose speakers or moderators changed (in `sessions.csv`), as `speakers;
  /// moderators` ids: the agenda names them, and the calendars of the people in them change.
  public var recast: [Change] = []
  /// Sessions whose details (`SessionDetails`: kind, track, language, interpretation, room
  /// name or place) changed, as the fields that differ (`track: ; language: en`): the agenda
  /// and the calendars carry them. Only between releases that both recorded details.
  public var redescribed: [Change] = []
  public var added: [String] = []
  public var removed: [String] = []
  public var newRooms: [String] = []

  /// True when nothing changed.
  public var isEmpty: Bool {
    moved.isEmpty && roomChanged.isEmpty && retitled.isEmpty && recast.isEmpty && redescribed.isEmpty && added.isEmpty
      && removed.isEmpty && newRooms.isEmpty
  }

  /// The changes from `old` (nil: nothing was published) to `new`.
  public init(from old: ScheduleDocument?, to new: ScheduleDocument) {
    let before = Dictionary((old?.sessions ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let after = Dictionary(new.sessions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    func when(_ entry: ScheduleDocument.Entry) -> String { "\(entry.start.date) \(entry.start.time)-\(entry.end.time)" }
    for entry in new.sessions {
      guard let previous = before[entry.id] else {
        added.append(entry.id)
        continue
      }
      if previous.start != entry.start || previous.end != entry.end {
        moved.append(Change(id: entry.id, from: "\(when(previous)) \(previous.room)", to: "\(when(entry)) \(entry.room)"))
      } else if previous.room != entry.room {
        roomChanged.append(Change(id: entry.id, from: previous.room, to: entry.room))
      }
      if previous.title != entry.title {
        retitled.append(Change(id: entry.id, from: previous.title, to: entry.title))
      }
      func cast(_ entry: ScheduleDocument.Entry) -> String {
        entry.speakers.joined(separator: ",") + "; " + entry.moderators.joined(separator: ",")
      }
      if cast(previous) != cast(entry) {
        recast.append(Change(id: entry.id, from: cast(previous), to: cast(entry)))
      }
      if let was = previous.details, let now = entry.details, was != now {
        let (from, to) = now.differences(from: was)
        redescribed.append(Change(id: entry.id, from: from.joined(separator: "; "), to: to.joined(separator: "; ")))
      }
    }
    removed = (old?.sessions ?? []).map(\.id).filter { after[$0] == nil }
    if old != nil {
      let oldRooms = Set(before.values.map(\.room))
      newRooms = Array(Set(new.sessions.map(\.room)).subtracting(oldRooms)).sorted()
    }
  }
}
