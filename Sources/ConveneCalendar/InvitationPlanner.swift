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
    /// The ledger entries the message carries.
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

  /// What a plan counts as already in a participant's calendar: every message written, or
  /// only what was handed to the mail program (`DeliveryBasis`).
  public typealias Basis = DeliveryBasis

  /// The messages each participant must get so that their calendar matches the release,
  /// given what the ledger says they have (`basis`).
  public func messages(ledger: InvitationLedger, basis: Basis = .written) -> [Message] {
    let plan = events.plan
    let entries = Dictionary(events.document.sessions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    // Who takes part in what, looked up once (the same people `explain` counts).
    let attendees = SessionAttendees(plan: plan)
    var messages: [Message] = []
    for (index, person) in plan.participants.enumerated() where !person.email.isEmpty {
      let wanted = attendees.byParticipant[index].map { plan.sessions[$0].id }.filter { entries[$0] != nil }
      if let request = requests(for: person, sessions: wanted.map { entries[$0]! }, ledger: ledger, basis: basis) {
        messages.append(request)
      }
      if let cancel = cancellations(for: person, keeping: Set(wanted.map(events.uid)), current: entries, ledger: ledger, basis: basis) {
        messages.append(cancel)
      }
    }
    return messages
  }

  /// The REQUEST holding the sessions new or changed for the person, if any.
  func requests(
    for person: Participant, sessions: [ScheduleDocument.Entry], ledger: InvitationLedger, basis: Basis
  ) -> Message? {
    var requests: [CalendarEvent] = []
    var carried: [InvitationLedger.Entry] = []
    var added: [String] = [], changed: [String] = []
    for session in sessions {
      var event = events.event(session, sequence: 0, status: .confirmed, for: person)
      let digest = Self.digest(event)
      let given = ledger.latest(person.id, event.uid, among: basis.given)
      if let given, given.method == .request, given.digest == digest { continue }
      event.sequence =
        ledger.reusable(person.id, event.uid, digest: digest, method: .request, after: given?.sequence, among: basis.reusable)?
        .sequence ?? ledger.highestSequence(person.id, event.uid).map { $0 + 1 } ?? 0
      if given == nil { added.append(session.id) } else { changed.append(session.id) }
      requests.append(event)
      carried.append(.init(participant: person.id, uid: event.uid, sequence: event.sequence, digest: digest, method: .request))
    }
    guard !requests.isEmpty else { return nil }
    return Message(
      participant: person.id, calendar: CalendarDocument(method: .request, timezones: events.timezones, events: requests),
      entries: carried, added: added, changed: changed, cancelled: [])
  }

  /// The CANCEL of the sessions the person may have in their calendar and no longer has.
  func cancellations(
    for person: Participant, keeping wanted: Set<String>, current: [String: ScheduleDocument.Entry],
    ledger: InvitationLedger, basis: Basis
  ) -> Message? {
    var cancels: [CalendarEvent] = []
    var carried: [InvitationLedger.Entry] = []
    var cancelled: [String] = []
    for uid in ledger.uids(of: person.id) where !wanted.contains(uid) {
      guard let given = ledger.latest(person.id, uid, among: basis.cancellable), given.method == .request else { continue }
      let id = String(uid.prefix(while: { $0 != "@" }))
      guard let entry = current[id] ?? earlier.lazy.compactMap({ $0.sessions.first { $0.id == id } }).first else { continue }
      let sequence =
        ledger.reusable(person.id, uid, digest: given.digest, method: .cancel, after: given.sequence, among: basis.reusable)?
        .sequence ?? ledger.highestSequence(person.id, uid).map { $0 + 1 } ?? 0
      cancels.append(events.event(entry, sequence: sequence, status: .cancelled, for: person))
      cancelled.append(id)
      carried.append(.init(participant: person.id, uid: uid, sequence: sequence, digest: given.digest, method: .cancel))
    }
    guard !cancels.isEmpty else { return nil }
    return Message(
      participant: person.id, calendar: CalendarDocument(method: .cancel, timezones: events.timezones, events: cancels),
      entries: carried, added: [], changed: [], cancelled: cancelled)
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

extension DeliveryBasis {
  /// The states of messages that may have put an event in the calendar, so that dropping it
  /// needs a cancellation.
  var cancellable: Set<DeliveryState> {
    switch self {
    case .written: given
    case .delivered: [.sending, .sent]
    }
  }
}
