import ConveneCore

/// Decides what each participant must be sent so that their calendar matches the published
/// agenda: a REQUEST holding the sessions that are new or changed for them (SEQUENCE raised
/// when they had an earlier version), a CANCEL for sessions dropped or no longer theirs, and
/// nothing for what they already have.
public struct InvitationPlanner: Sendable {
  /// One message for one participant.
  public struct Message: Sendable, Equatable {
    public var participant: String
    public var calendar: CalendarDocument
    /// Ledger entries to record once the message is written (or sent).
    public var entries: [InvitationLedger.Entry]
    /// Sessions new to the participant, changed for them, or cancelled.
    public var added: [String]
    public var changed: [String]
    public var cancelled: [String]
  }

  public let events: SessionEvents
  /// Earlier releases, newest first: where a session that has since been dropped was.
  public let earlier: [ScheduleDocument]

  /// Creates a planner for a published schedule.
  public init(events: SessionEvents, earlier: [ScheduleDocument] = []) {
    self.events = events
    self.earlier = earlier
  }

  /// The messages to send, given what the ledger says was sent.
  public func messages(ledger: InvitationLedger) -> [Message] {
    let plan = events.plan
    let entries = Dictionary(events.document.sessions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    // Who takes part in what, looked up once (the same people `explain` counts).
    let attendees = SessionAttendees(plan: plan)
    var messages: [Message] = []
    for (index, person) in plan.participants.enumerated() where !person.email.isEmpty {
      let wanted = attendees.byParticipant[index].map { plan.sessions[$0].id }.filter { entries[$0] != nil }
      var requests: [CalendarEvent] = []
      var requestEntries: [InvitationLedger.Entry] = []
      var added: [String] = [], changed: [String] = []
      for id in wanted {
        let uid = events.uid(id)
        var event = events.event(entries[id]!, sequence: 0, status: .confirmed, for: person)
        let digest = Self.digest(event)
        let previous = ledger.entry(person.id, uid)
        if let previous, previous.method == .request, previous.digest == digest { continue }
        event.sequence = previous.map { $0.sequence + 1 } ?? 0
        if previous == nil { added.append(id) } else { changed.append(id) }
        requests.append(event)
        requestEntries.append(.init(participant: person.id, uid: uid, sequence: event.sequence, digest: digest, method: .request, delivered: false))
      }
      if !requests.isEmpty {
        messages.append(
          Message(
            participant: person.id,
            calendar: CalendarDocument(method: .request, timezones: events.timezones, events: requests),
            entries: requestEntries, added: added, changed: changed, cancelled: []))
      }
      // Sessions the participant was sent and no longer has.
      let wantedUIDs = Set(wanted.map(events.uid))
      var cancels: [CalendarEvent] = []
      var cancelEntries: [InvitationLedger.Entry] = []
      var cancelled: [String] = []
      for (uid, previous) in (ledger.entries[person.id] ?? [:]).sorted(by: { $0.key < $1.key })
      where previous.method == .request && !wantedUIDs.contains(uid) {
        let id = String(uid.prefix(while: { $0 != "@" }))
        guard let entry = entries[id] ?? earlier.lazy.compactMap({ $0.sessions.first { $0.id == id } }).first else { continue }
        let event = events.event(entry, sequence: previous.sequence + 1, status: .cancelled, for: person)
        cancels.append(event)
        cancelled.append(id)
        cancelEntries.append(.init(participant: person.id, uid: uid, sequence: event.sequence, digest: previous.digest, method: .cancel, delivered: false))
      }
      if !cancels.isEmpty {
        messages.append(
          Message(
            participant: person.id,
            calendar: CalendarDocument(method: .cancel, timezones: events.timezones, events: cancels),
            entries: cancelEntries, added: [], changed: [], cancelled: cancelled))
      }
    }
    return messages
  }

  /// What identifies the content a participant was sent, without the time it was made.
  static func digest(_ event: CalendarEvent) -> String {
    contentDigest(
      [
        event.uid, event.start.description, event.end.description, event.timezone, event.summary, event.location,
        event.description, event.status.rawValue, event.attendees.map { "\($0.person.email) \($0.role.rawValue)" }.joined(separator: ";"),
      ].joined(separator: "\u{1F}"))
  }
}
