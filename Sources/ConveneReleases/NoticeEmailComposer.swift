import ConveneAgenda
import ConveneCore
import ConveneMail
import ConveneRegistration

/// Writes the e-mail of one registration notice: From the organiser, To the participant, the
/// subject's words from the language table (`notify.*`) and a text from
/// `Templates/notify/CODE.txt.mustache`, in the person's language as for invitations.
public struct NoticeEmailComposer: Sendable {
  /// The languages with a notice text: every language of the language table.
  public static let languages = LanguagePack.codes

  let plan: EventPlan
  /// When the e-mails are made (seconds since 1970, UTC).
  let now: Int
  let templates: [String: TextTemplate]

  /// Creates the composer; `templates` holds the parsed text of each of `languages`.
  public init(plan: EventPlan, now: Int, templates: [String: TextTemplate]) {
    self.plan = plan
    self.now = now
    self.templates = templates
  }

  /// The e-mail, with CRLF line ends; `number` is the notice's number among the person's
  /// (so that a second notice of the same kind has a Message-ID of its own). Fails when an
  /// address or an id cannot be written in a header safely.
  public func email(for notice: RegistrationNotice, number: Int, person: Participant)
    throws(MailHeaderError) -> String
  {
    let language = person.language(for: plan.event, supported: Array(templates.keys))
    let words = LabelSet(language: language, sections: ["notify"])
    let event = plan.event
    let venue = event.venues.first
    var context: [String: Any] = [
      "name": person.name, "event": event.title, "organiser": event.organiser.name,
      "organiserEmail": event.organiser.email,
      "start": event.dates.first?.description ?? "", "end": event.dates.last?.description ?? "",
      "oneDay": event.dates.count == 1, "venue": venue?.name ?? "", "address": venue?.address ?? "",
      "id": person.id,
    ]
    context[notice.kind.rawValue] = true
    if let position = notice.position { context["position"] = String(position) }
    let body = templates[language]?.render(context) ?? ""
    let email = TextEmail(
      envelope: MailEnvelope(
        from: MailAddress(name: event.organiser.name, address: event.organiser.email),
        to: MailAddress(name: person.name, address: person.email),
        subject: "\(words[notice.kind.rawValue]): \(event.title)", date: now,
        messageID: (
          left: "\(person.id).notice\(number).\(notice.kind.rawValue).\(contentDigest(body))",
          right: "\(event.id).convene"
        )),
      text: body)
    return try email.rendered()
  }
}
