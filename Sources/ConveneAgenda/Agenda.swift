import ConveneCore

/// An agenda ready to render: the days, and on each the sessions and breaks in time order,
/// with speakers shown as the audience may see them.
public struct Agenda: Sendable, Equatable {
  /// One line of a day: a session or a break.
  public struct Item: Sendable, Equatable {
    public var id: String
    public var start: TimeOfDay
    public var end: TimeOfDay
    public var title: String
    /// Empty for a break.
    public var kind: String
    public var room: String
    public var roomName: String
    public var track: String
    public var language: String
    public var interpretation: [String]
    public var speakers: [String]
    public var moderators: [String]
    public var isBreak: Bool { kind.isEmpty }
  }

  /// One day.
  public struct Day: Sendable, Equatable {
    public var date: LocalDate
    public var items: [Item]
  }

  /// Who the agenda is for.
  public enum Audience: Sendable, Equatable {
    /// The organisers: every name (in a personal agenda, the person's own name; the others'
    /// as the public sees them).
    case organisers
    /// The public: names only with `publish_name` yes; others by title, organisation, country.
    case publicView
  }

  public var title: String
  public var timezone: String
  /// The release shown, or nil for a schedule not yet published (a draft).
  public var release: Int?
  /// The person a personal agenda is for, as shown.
  public var person: String?
  public var days: [Day]
  /// The session ids included.
  public var sessionIDs: [String]

  /// Builds the agenda of `document` for `plan`: release `release`, or a draft when nil. With
  /// `participant`, only the sessions that person speaks at or moderates in `document`, signed
  /// up for, follows with a cohort, and the exclusive ones. Public names are in `language`
  /// (their countries' names).
  public init(
    document: ScheduleDocument, release: Int?, plan: EventPlan, audience: Audience, participant: Participant? = nil,
    language: String = LanguagePack.english.code
  ) {
    let people = plan.participantsByID
    let sessions = Dictionary(plan.sessions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let signedUp = participant.map { person in
      Set(plan.signups.filter { $0.participant == person.id }.map(\.session))
    }
    // The speakers and moderators are those of the schedule shown (an older release may name
    // others than sessions.csv now does); sign-ups, cohorts and exclusivity come from the plan.
    func concernsParticipant(_ entry: ScheduleDocument.Entry) -> Bool {
      guard let person = participant else { return true }
      if entry.speakers.contains(person.id) || entry.moderators.contains(person.id) { return true }
      guard var session = sessions[entry.id] else { return false }
      session.speakers = entry.speakers
      session.moderators = entry.moderators
      return EventPlan.takesPart(person, in: session, signedUp: signedUp?.contains(entry.id) ?? false)
    }
    // A personal agenda is handed to its person: everyone else in it is shown as the public
    // sees them, as in that person's invitations.
    func shown(_ id: String) -> String {
      guard let person = people[id] else { return id }
      let seenBy = participant == nil || participant?.id == id ? audience : .publicView
      switch seenBy {
      case .organisers: return person.name
      case .publicView: return person.publicName(in: language)
      }
    }
    let entries = document.sessions.filter(concernsParticipant)
    title = plan.event.title
    // The zone the schedule or release was written in: a release shows what it published.
    timezone = document.timezone.isEmpty ? plan.event.timezone : document.timezone
    self.release = release
    person = participant.map { audience == .organisers ? $0.name : $0.publicName(in: language) }
    sessionIDs = entries.map(\.id)
    days = plan.event.days.map { day in
      var items = entries.filter { $0.start.date == day.date }.map { entry -> Item in
        // What the release recorded, or for one that recorded nothing, the files now.
        let details = entry.details ?? SessionDetails(sessions[entry.id], room: entry.room, plan: plan)
        return Item(
          id: entry.id, start: entry.start.time, end: entry.end.time, title: entry.title,
          kind: details.kind, room: entry.room, roomName: details.roomName,
          track: details.track, language: details.language, interpretation: details.interpretation,
          speakers: entry.speakers.map(shown), moderators: entry.moderators.map(shown))
      }
      items += day.breaks.map {
        Item(id: "", start: $0.start, end: $0.end, title: $0.label, kind: "", room: "", roomName: "", track: "", language: "", interpretation: [], speakers: [], moderators: [])
      }
      items.sort { ($0.start, $0.isBreak ? 0 : 1, $0.roomName) < ($1.start, $1.isBreak ? 0 : 1, $1.roomName) }
      return Day(date: day.date, items: items)
    }
  }
}
