/// One session (`sessions.csv`).
public struct Session: Sendable, Equatable {
  /// The id.
  public var id: String
  /// The title.
  public var title: String
  /// The kind of session.
  public var kind: SessionKind
  /// Length in minutes, a multiple of the grid.
  public var duration: Int
  /// Participant ids of the speakers.
  public var speakers: [String]
  /// Participant ids of the moderators.
  public var moderators: [String]
  /// Cohort ids that attend.
  public var audience: [String]
  /// Track name, or empty.
  public var track: String
  /// ISO 639-1 code of the floor language, or empty.
  public var language: String
  /// Interpretation needed, as language pairs.
  public var interpretation: [LanguagePair]
  /// Room features required.
  public var requires: [String]
  /// Expected attendance, or nil to count sign-ups.
  public var expected: Int?
  /// Sessions that must end before this one starts.
  public var after: [String]
  /// The series this session is a part of, or empty.
  public var series: String
  /// The part number within the series.
  public var part: Int?
  /// The fewest days the series should spread over.
  public var minDays: Int?
  /// Whether nothing may run in parallel; nil means the kind's default.
  public var exclusiveSetting: Bool?
  /// When the session must not run.
  public var unavailable: [TimeWindow]
  /// When the session should run.
  public var preferred: [TimeWindow]
  /// When the session should not run.
  public var avoided: [TimeWindow]
  /// Pinned day.
  public var day: DayReference?
  /// Pinned start.
  public var start: TimeOfDay?
  /// Pinned room id, or empty.
  public var room: String
  /// The line in `sessions.csv`.
  public var line: Int

  /// Creates a session; only the id, title, kind and duration are required.
  public init(
    id: String, title: String, kind: SessionKind = .panel, duration: Int,
    speakers: [String] = [], moderators: [String] = [], audience: [String] = [],
    track: String = "", language: String = "", interpretation: [LanguagePair] = [],
    requires: [String] = [], expected: Int? = nil, after: [String] = [], series: String = "",
    part: Int? = nil, minDays: Int? = nil, exclusive: Bool? = nil,
    unavailable: [TimeWindow] = [], preferred: [TimeWindow] = [], avoided: [TimeWindow] = [],
    day: DayReference? = nil, start: TimeOfDay? = nil, room: String = "", line: Int = 0
  ) {
    self.id = id
    self.title = title
    self.kind = kind
    self.duration = duration
    self.speakers = speakers
    self.moderators = moderators
    self.audience = audience
    self.track = track
    self.language = language
    self.interpretation = interpretation
    self.requires = requires
    self.expected = expected
    self.after = after
    self.series = series
    self.part = part
    self.minDays = minDays
    self.exclusiveSetting = exclusive
    self.unavailable = unavailable
    self.preferred = preferred
    self.avoided = avoided
    self.day = day
    self.start = start
    self.room = room
    self.line = line
  }

  /// Whether nothing may run in parallel: as set, or by default for plenaries and ceremonies.
  public var isExclusive: Bool { exclusiveSetting ?? kind.isExclusiveByDefault }

  /// The people who must be present: speakers and moderators, without repeats.
  public var requiredPeople: [String] {
    var seen = Set<String>()
    return (speakers + moderators).filter { seen.insert($0).inserted }
  }

  /// Room features needed, including `interpretation` when pairs are requested.
  public var neededFeatures: [String] {
    interpretation.isEmpty || requires.contains("interpretation")
      ? requires : requires + ["interpretation"]
  }

  /// True when any of day, start or room is pinned.
  public var isPinned: Bool { day != nil || start != nil || !room.isEmpty }
}

/// The kinds of session.
public enum SessionKind: String, Sendable, CaseIterable, Equatable {
  case plenary, panel, workshop, breakout, training, bilateral, networking
  case siteVisit = "site-visit"
  case webinar, ceremony

  /// Plenaries and ceremonies have nothing in parallel unless told otherwise.
  public var isExclusiveByDefault: Bool { self == .plenary || self == .ceremony }
}

/// An interpretation direction, written `en>fr`.
public struct LanguagePair: Sendable, Hashable, CustomStringConvertible {
  /// Source language code.
  public var from: String
  /// Target language code.
  public var to: String

  /// Creates a pair.
  public init(from: String, to: String) {
    self.from = from
    self.to = to
  }

  /// Parses `en>fr`.
  public init?(_ text: String) {
    let parts = text.trimmed.lowercased().split(separator: ">").map { String($0).trimmed }
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
    self.init(from: parts[0], to: parts[1])
  }

  public var description: String { "\(from)>\(to)" }
}
