import ConveneCore

/// Reads participants' answers (METHOD:REPLY calendars) and keeps those that answer an
/// invitation convene sent: the ATTENDEE must be a participant who was invited to that UID.
public struct ReplyCollector: Sendable {
  /// One recorded answer.
  public struct Answer: Sendable, Equatable {
    public var participant: String
    public var session: String
    public var answer: CalendarAttendee.Answer
    /// The file it came from.
    public var file: String
    /// When the participant's client made the reply (seconds since 1970).
    public var stamp: Int

    /// Creates an answer.
    public init(participant: String, session: String, answer: CalendarAttendee.Answer, file: String, stamp: Int) {
      self.participant = participant
      self.session = session
      self.answer = answer
      self.file = file
      self.stamp = stamp
    }
  }

  /// A file or event that was not taken, and why.
  public struct Rejection: Sendable, Equatable {
    /// The reply file.
    public var file: String
    /// Why, in words.
    public var reason: String

    /// `file` was not taken for `reason`.
    public init(file: String, reason: String) {
      self.file = file
      self.reason = reason
    }
  }

  public let plan: EventPlan
  public let ledger: InvitationLedger

  /// Creates a collector.
  public init(plan: EventPlan, ledger: InvitationLedger) {
    self.plan = plan
    self.ledger = ledger
  }

  /// The answers in `files` (name and text), latest per participant and session, added to
  /// `existing`.
  public func collect(_ files: [(name: String, text: String)], into existing: [Answer]) -> (answers: [Answer], rejected: [Rejection]) {
    var answers = Dictionary(existing.map { ("\($0.participant)|\($0.session)", $0) }, uniquingKeysWith: { _, last in last })
    var rejected: [Rejection] = []
    let byEmail = plan.participantsByEmail
    let suffix = "@\(plan.event.id).convene"
    for (name, text) in files {
      let document: CalendarDocument
      do {
        document = try CalendarReader.read(text)
      } catch {
        rejected.append(.init(file: name, reason: "\(error)"))
        continue
      }
      guard document.method == .reply else {
        rejected.append(.init(file: name, reason: "METHOD is \(document.method.rawValue), not REPLY"))
        continue
      }
      for event in document.events {
        guard event.uid.hasSuffix(suffix) else {
          rejected.append(.init(file: name, reason: "\(QuotedValue.shown(event.uid)) is not a session of \(plan.event.id)"))
          continue
        }
        guard event.attendees.count == 1, let attendee = event.attendees.first else {
          rejected.append(.init(file: name, reason: "\(QuotedValue.shown(event.uid)): a reply must name exactly one ATTENDEE"))
          continue
        }
        guard let person = byEmail[attendee.person.email.lowercased()] else {
          rejected.append(.init(file: name, reason: "\(QuotedValue.shown(event.uid)): \(QuotedValue.shown(attendee.person.email)) is not a participant"))
          continue
        }
        guard let sent = ledger.entry(person.id, event.uid), sent.method == .request else {
          rejected.append(.init(file: name, reason: "\(QuotedValue.shown(event.uid)): \(person.id) was not invited to this session"))
          continue
        }
        guard attendee.answer != .needsAction else {
          rejected.append(.init(file: name, reason: "\(QuotedValue.shown(event.uid)): the reply gives no answer (PARTSTAT)"))
          continue
        }
        let session = String(event.uid.dropLast(suffix.count))
        let key = "\(person.id)|\(session)"
        if let earlier = answers[key], earlier.stamp > event.stamp { continue }
        answers[key] = Answer(participant: person.id, session: session, answer: attendee.answer, file: name, stamp: event.stamp)
      }
    }
    return (answers.values.sorted { ($0.participant, $0.session) < ($1.participant, $1.session) }, rejected)
  }
}
