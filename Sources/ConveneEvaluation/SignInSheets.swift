import ConveneCore

/// Printable sign-in sheets: for each day, one page for the whole day and one page per
/// session that day, each listing the people expected with a column to sign.
public struct SignInSheets: Sendable, Equatable {
  /// One printed page.
  public struct Page: Sendable, Equatable {
    /// The session's id, or the date for a day page.
    public var key: String
    /// The session's title, or empty for a day page.
    public var title: String
    /// `09:00-10:30`, or empty.
    public var time: String
    /// The room's name, or empty.
    public var room: String
    /// The people expected, by name.
    public var rows: [Row]
  }

  /// One line to sign.
  public struct Row: Sendable, Equatable {
    /// 1, 2, 3 ...
    public var number: Int
    /// The participant id, so that the sheet can be imported back by id.
    public var participant: String
    /// The name as registered (or as published, for public sheets).
    public var name: String
    /// The organisation.
    public var organisation: String
  }

  /// The pages of one day.
  public struct Day: Sendable, Equatable {
    /// The date, or empty for sessions not on the schedule.
    public var date: String
    /// The day page first, then the sessions in time order.
    public var pages: [Page]
  }

  /// The days, in order; sessions not on the schedule come last under an empty date.
  public var days: [Day]

  /// Builds the sheets. `schedule` places the sessions (nil: no schedule yet, every session
  /// is listed without a time); people who declined a session's invitation (`declined`:
  /// participant and session ids) are left off its page; `publicNames` shows names as
  /// `publish_name` allows, with countries named in `language`.
  public init(
    plan: EventPlan, schedule: ScheduleDocument?, declined: Set<AttendanceKey> = [],
    publicNames: Bool = false, language: String = LanguagePack.english.code
  ) {
    let expected = plan.participants.filter(\.holdsPlace)
    let signedUp = Dictionary(grouping: plan.signups, by: \.participant).mapValues {
      Set($0.map(\.session))
    }
    var bySession: [String: [Participant]] = [:]
    for person in expected {
      for session in plan.sessions(attendedBy: person, signedUp: signedUp[person.id] ?? [])
      where !declined.contains(AttendanceKey(participant: person.id, session: session.id)) {
        bySession[session.id, default: []].append(person)
      }
    }
    func rows(_ people: [Participant]) -> [Row] {
      Self.listingOrder(people, publicNames: publicNames).enumerated().map { index, person in
        Row(
          number: index + 1, participant: person.id,
          name: publicNames ? person.publicName(in: language) : person.name,
          organisation: person.organisation)
      }
    }
    let rooms = Dictionary(
      plan.rooms.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    let entries = Dictionary(
      (schedule?.sessions ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var days: [Day] = plan.event.dates.map { date in
      let dayPage = Page(key: date.description, title: "", time: "", room: "", rows: rows(expected))
      let sessions = (schedule?.sessions ?? []).filter { $0.start.date == date }
        .sorted { ($0.start.minutesSinceEpoch, $0.room) < ($1.start.minutesSinceEpoch, $1.room) }
      return Day(
        date: date.description,
        pages: [dayPage]
          + sessions.map { entry in
            Page(
              key: entry.id, title: entry.title, time: "\(entry.start.time)-\(entry.end.time)",
              room: rooms[entry.room] ?? entry.room, rows: rows(bySession[entry.id] ?? []))
          })
    }
    let unplaced = plan.sessions.filter { entries[$0.id] == nil }
    if !unplaced.isEmpty {
      days.append(
        Day(
          date: "",
          pages: unplaced.map {
            Page(
              key: $0.id, title: $0.title, time: "", room: "", rows: rows(bySession[$0.id] ?? []))
          }))
    }
    self.days = days
  }

  /// The order of a page: by name as registered; on a public sheet by what it shows, the
  /// people named first and then those `publish_name` keeps unnamed by participant id, so that
  /// no one's place on the page tells where their hidden name falls among the others.
  static func listingOrder(_ people: [Participant], publicNames: Bool) -> [Participant] {
    guard publicNames else {
      return people.sorted { ($0.name.folded, $0.id) < ($1.name.folded, $1.id) }
    }
    let named = people.filter(\.publishName).sorted { ($0.name.folded, $0.id) < ($1.name.folded, $1.id) }
    let unnamed = people.filter { !$0.publishName }.sorted { $0.id < $1.id }
    return named + unnamed
  }
}
