import ConveneCore
import Foundation

/// Turns the sessions of a published schedule into calendar events: UID per session, times in
/// the zone the schedule was written in, location with room, venue and address, and a description with the public
/// names of speakers, the track, the language and the interpretation.
public struct SessionEvents: Sendable {
  public let plan: EventPlan
  public let document: ScheduleDocument
  /// When the calendars are made (seconds since 1970, UTC).
  public let stamp: Int
  private let people: [String: Participant]
  private let sessionsByID: [String: Session]
  /// The VTIMEZONE definitions, made once.
  public let timezones: [TimeZoneDefinition]
  /// The words of descriptions in each language, made once.
  private let words: [String: LabelSet]

  /// The zone of the calendars: the one the schedule or release was written in (a release
  /// carries what it published, though event.json now names a zone of the same clock), else
  /// event.json's.
  public var timezone: String { Self.zone(of: document, plan: plan) }

  static func zone(of document: ScheduleDocument, plan: EventPlan) -> String {
    document.timezone.isEmpty ? plan.event.timezone : document.timezone
  }

  /// Creates the builder.
  public init(plan: EventPlan, document: ScheduleDocument, stamp: Int) {
    self.plan = plan
    self.document = document
    self.stamp = stamp
    people = plan.participantsByID
    sessionsByID = Dictionary(plan.sessions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    words = Dictionary(
      uniqueKeysWithValues: LanguagePack.codes.map { ($0, LabelSet(language: $0, sections: ["calendar"])) })
    let years = document.sessions.map(\.start.date.year) + plan.event.days.map(\.date.year)
    if let first = years.min(), let last = years.max(),
      let zone = TimeZoneDefinition(identifier: Self.zone(of: document, plan: plan), years: first...last)
    {
      timezones = [zone]
    } else {
      timezones = []
    }
  }

  /// The UID of a session in personal invitations: stable across releases.
  public func uid(_ session: String) -> String { "\(session)@\(plan.event.id).convene" }

  /// The UID of a session in a published agenda (`agenda --format ics`): not the one of the
  /// invitations, so that a calendar holding both keeps two entries, each with its own
  /// SEQUENCE, instead of one entry updated from two sources that disagree.
  public func agendaUID(_ session: String) -> String { "\(session)@agenda.\(plan.event.id).convene" }

  var organizer: CalendarPerson { CalendarPerson(name: plan.event.organiser.name, email: plan.event.organiser.email) }

  /// The agenda of the whole event (METHOD:PUBLISH, no attendees), its descriptions in
  /// `language` (the event's first when nil).
  public func agenda(language: String? = nil) -> CalendarDocument {
    let language = language ?? plan.event.languages.first ?? LanguagePack.english.code
    return CalendarDocument(
      method: .publish, timezones: timezones,
      events: document.sessions.map { entry in
        var published = event(entry, sequence: document.version, status: .confirmed, for: nil, language: language)
        published.uid = agendaUID(entry.id)
        return published
      })
  }

  /// The event of one scheduled session; with `recipient`, addressed to them alone and
  /// described in their language (`Participant.language(for:)`, as their e-mail), else in
  /// `language` (the event's first when nil).
  public func event(
    _ entry: ScheduleDocument.Entry, sequence: Int, status: CalendarEvent.Status, for recipient: Participant?,
    language: String? = nil
  ) -> CalendarEvent {
    let language =
      recipient?.language(for: plan.event) ?? language ?? plan.event.languages.first ?? LanguagePack.english.code
    let session = sessionsByID[entry.id]
    var attendees: [CalendarAttendee] = []
    if let recipient {
      attendees = [
        CalendarAttendee(
          person: CalendarPerson(name: recipient.name, email: recipient.email),
          role: Self.role(of: recipient, in: entry, session: session, plan: plan))
      ]
    }
    return CalendarEvent(
      uid: uid(entry.id), sequence: sequence, stamp: stamp, start: entry.start.withoutOffset, end: entry.end.withoutOffset,
      timezone: timezone, summary: entry.title, location: entry.details?.location ?? location(entry.room),
      description: description(entry, session: session, for: recipient, language: language), status: status, organizer: organizer,
      attendees: attendees)
  }

  /// The recipient's part in a session: from `sessions.csv`, or, for a session no longer
  /// there (whose cancellation still names its recipient), from the release that held it.
  static func role(
    of recipient: Participant, in entry: ScheduleDocument.Entry, session: Session?, plan: EventPlan
  ) -> CalendarAttendee.Role {
    if let session {
      switch plan.role(of: recipient, in: session) {
      case .moderator: return .chair
      case .speaker: return .required
      case .attendee: return .optional
      }
    }
    if entry.moderators.contains(recipient.id) { return .chair }
    return entry.speakers.contains(recipient.id) ? .required : .optional
  }

  /// `Room, Venue, Address`, as the files give it now.
  func location(_ roomID: String) -> String { plan.location(ofRoom: roomID) }

  func description(
    _ entry: ScheduleDocument.Entry, session: Session?, for recipient: Participant?, language: String
  ) -> String {
    let words = self.words[language] ?? LabelSet(language: language, sections: ["calendar"])
    // People are separated by semicolons: a public name holds commas ("Mayor, Kano, Nigeria").
    func names(_ ids: [String]) -> String {
      ids.compactMap { people[$0]?.publicName(in: language) }.joined(separator: "; ")
    }
    var lines: [String] = []
    if !entry.speakers.isEmpty { lines.append("\(words["speakers"]): \(names(entry.speakers))") }
    if !entry.moderators.isEmpty { lines.append("\(words["moderators"]): \(names(entry.moderators))") }
    // What the release recorded, or for one that recorded nothing, sessions.csv now.
    let track = entry.details?.track ?? session?.track ?? ""
    let spoken = entry.details?.language ?? session?.language ?? ""
    let interpretation = entry.details?.interpretation ?? session?.interpretation.map(\.description) ?? []
    if !track.isEmpty { lines.append("\(words["track"]): \(track)") }
    if !spoken.isEmpty {
      var line = "\(words["language"]): \(Language.withCode(spoken)?.name(in: language) ?? spoken)"
      if !interpretation.isEmpty { line += "; \(words["interpretation"]): \(interpretation.joined(separator: ", "))" }
      lines.append(line)
    }
    if plan.event.mode != .inPerson, let recipient, !recipient.timezone.isEmpty,
      recipient.timezone != timezone, let own = TimeZone(identifier: recipient.timezone)
    {
      let (start, end) = (Self.convert(entry.start, to: own), Self.convert(entry.end, to: own))
      // A session that ends on the next day where the person is says so.
      let ending = end.date == start.date ? end.time.description : end.description
      lines.append("\(words.phrase("localTime", ["zone": recipient.timezone])): \(start) - \(ending)")
    }
    return lines.joined(separator: "\n")
  }

  /// A date-time with an offset, shown in another zone.
  static func convert(_ value: LocalDateTime, to zone: TimeZone) -> LocalDateTime {
    let utcMinute = value.minutesSinceEpoch - (value.offsetMinutes ?? 0)
    let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(utcMinute * 60))) / 60
    return LocalDateTime(minutesSinceEpoch: utcMinute + offset)
  }
}

extension LocalDateTime {
  /// The same wall-clock time without its offset.
  var withoutOffset: LocalDateTime { LocalDateTime(date: date, time: time) }
}
