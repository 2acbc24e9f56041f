import ConveneAgenda
import ConveneCalendar
import ConveneCore
import ConveneMail

/// Writes the e-mail that carries one invitation message: From the organiser, To the
/// participant, a text in their language (the first of theirs among the event's languages
/// that has a text, else the event's first such language, else English), the calendar.
public struct InvitationEmailComposer: Sendable {
  /// The languages with an invitation text in `Templates/invitation/`: every language of the
  /// language table.
  public static let languages = LanguagePack.codes

  let plan: EventPlan
  let release: Int
  /// When the e-mails are made (seconds since 1970, UTC).
  let now: Int
  let templates: [String: TextTemplate]

  /// Creates the composer; `templates` holds the parsed text of each of `languages`.
  public init(plan: EventPlan, release: Int, now: Int, templates: [String: TextTemplate]) {
    self.plan = plan
    self.release = release
    self.now = now
    self.templates = templates
  }

  /// The e-mail, with CRLF line ends; fails when an address or an id cannot be written in a
  /// header safely.
  public func email(for message: InvitationPlanner.Message, calendar: String, person: Participant)
    throws(MailHeaderError) -> String
  {
    let language = person.language(for: plan.event, supported: Array(templates.keys))
    let isCancel = message.calendar.method == .cancel
    // In the order of the day, as the person will live them (the calendar keeps the plan's).
    let chronological = message.calendar.events.enumerated().sorted {
      ($0.element.start.minutesSinceEpoch, $0.offset) < ($1.element.start.minutesSinceEpoch, $1.offset)
    }.map(\.element)
    let sessions: [[String: Any]] = chronological.map { event in
      [
        "title": event.summary, "when": "\(event.start.date) \(event.start.time)-\(event.end.time)",
        "room": event.location,
      ]
    }
    let body =
      templates[language]?.render([
        "name": person.name, "event": plan.event.title, "sessions": sessions,
        "timezone": message.calendar.events.first?.timezone ?? plan.event.timezone,
        "organiser": plan.event.organiser.name, "isCancel": isCancel,
        "hasChanged": !message.changed.isEmpty,
      ]) ?? ""
    let words = LabelSet(language: language, sections: ["email"])
    let prefix = words[isCancel ? "cancelled" : (message.changed.isEmpty ? "invitation" : "updated")]
    let method = message.calendar.method.rawValue
    let email = CalendarEmail(
      from: MailAddress(name: plan.event.organiser.name, address: plan.event.organiser.email),
      to: MailAddress(name: person.name, address: person.email),
      subject: "\(prefix): \(plan.event.title)",
      text: body, calendar: calendar, method: method, date: now,
      messageID: (
        left: "\(person.id).\(method.lowercased()).v\(release).\(contentDigest(calendar))",
        right: "\(plan.event.id).convene"
      ))
    return try email.rendered()
  }
}
