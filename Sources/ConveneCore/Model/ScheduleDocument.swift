/// A schedule as `schedule.json` and the releases in `releases/` hold it: every placed
/// session with its local start and end (with the UTC offset) and room, and the sessions left
/// out with the reasons.
public struct ScheduleDocument: Sendable, Equatable {
  /// One placed session.
  public struct Entry: Sendable, Equatable {
    public var id: String
    public var title: String
    public var start: LocalDateTime
    public var end: LocalDateTime
    public var room: String
    public var speakers: [String]
    public var moderators: [String]
    /// What a release recorded of the session when it was published; nil in `schedule.json`
    /// and in releases published before releases recorded it (the files' values then apply).
    public var details: SessionDetails?

    /// Creates an entry.
    public init(
      id: String, title: String, start: LocalDateTime, end: LocalDateTime, room: String, speakers: [String],
      moderators: [String], details: SessionDetails? = nil
    ) {
      self.details = details
      self.id = id
      self.title = title
      self.start = start
      self.end = end
      self.room = room
      self.speakers = speakers
      self.moderators = moderators
    }
  }

  /// A session left out.
  public struct Left: Sendable, Equatable {
    public var id: String
    public var reasons: [String]

    /// Creates an entry.
    public init(id: String, reasons: [String]) {
      self.id = id
      self.reasons = reasons
    }
  }

  public var event: String
  public var timezone: String
  /// For `schedule.json`, the version `convene publish` will give it; for a release, its number.
  public var version: Int
  /// Penalties at each level (shown negative in the file, as in reports).
  public var hard: Int
  public var medium: Int
  public var soft: Int
  public var sessions: [Entry]
  public var unscheduled: [Left]

  /// The days each placed session runs on, by session id: its start's date to its end's (two
  /// days for a session across midnight).
  public var sessionDays: [String: ClosedRange<LocalDate>] {
    Dictionary(
      sessions.map { ($0.id, $0.start.date...max($0.start.date, $0.end.date)) }, uniquingKeysWith: { first, _ in first })
  }

  /// Creates a document.
  public init(
    event: String, timezone: String, version: Int, hard: Int = 0, medium: Int = 0, soft: Int = 0,
    sessions: [Entry], unscheduled: [Left] = []
  ) {
    self.event = event
    self.timezone = timezone
    self.version = version
    self.hard = hard
    self.medium = medium
    self.soft = soft
    self.sessions = sessions
    self.unscheduled = unscheduled
  }
}
