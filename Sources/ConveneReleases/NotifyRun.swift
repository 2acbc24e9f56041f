import ConveneAgenda
import ConveneCore
import ConveneMail
import ConveneRegistration
import ConveneWorkspace

/// `convene notify` as one transaction: under one hold of the workspace lock, read
/// `participants.csv` and the notification ledger; plan the notice each person's status calls
/// for (`RegistrationNotice.planned`); write the new ones to `outbox/notify/` and the ledger;
/// and, with `--send`, deliver them one by one through the same durable states as invitations
/// (`Delivery`).
///
/// Sending plans from what was delivered: a notice made but never sent is sent as it was
/// written when it is still exactly what the person's status calls for, and `superseded`
/// otherwise (their status changed again before it went: only the latest goes). Messages
/// left in `sending` by a crash are reported, never sent again unless `resendUncertain`.
public struct NotifyRun: Sendable {
  /// What the run does after planning, and how it sends.
  public var sending: SendingRun

  /// Creates the run.
  public init(sending: SendingRun) { self.sending = sending }

  /// What the run did.
  public struct Outcome: Sendable {
    /// What it wrote, superseded, marked and sent.
    public var sending: SendingOutcome
    /// `outbox/notify`.
    public var folder: String
    /// Every notice the statuses call for, with the file that holds it (empty in a dry run
    /// for a notice not yet written).
    public var notices: [(notice: RegistrationNotice, file: String)]
    /// People whose status calls for a notice but who have no e-mail address.
    public var withoutEmail: [String]
    /// People given their latest notice again, since it went to an address corrected since.
    public var readdressed: [String]
  }

  /// Runs it. `now` (seconds since 1970) dates the e-mails; `templates` are the notice texts
  /// by language.
  public func run(
    in workspace: Workspace, purpose: String, now: Int, templates: [String: TextTemplate]
  ) throws -> Outcome {
    try workspace.transaction(purpose: purpose) {
      let plan = try workspace.loadPlan(requiringValid: [ParticipantsFile.name]).plan
      let store = LedgerStore<NotificationLedger>(workspace: workspace)
      let opened = try sending.open(store)
      var ledger = opened.ledger
      let basis = sending.basis
      let statusNotices = RegistrationNotice.planned(for: plan.participants, ledger: ledger, basis: basis)
      let readdressed = try RegistrationNotice.readdressed(
        for: plan.participants, planned: statusNotices, ledger: ledger, basis: basis
      ) { message in
        try workspace.fileSystem.contents(of: workspace.path(message)).flatMap(MovedAddress.recipient(ofMessage:))
      }
      let notices = Self.inParticipantOrder(statusNotices + readdressed, of: plan.participants)
      try Self.refuseFalseWaitingNotices(notices, plan: plan)
      let people = plan.participantsByID
      var files = try notices.map { notice in
        try Self.stillAddressed(
          ledger.message(carrying: notice, among: basis.reusable), to: people[notice.participant], in: workspace)
      }
      let reused = Set(files.compactMap { $0 })
      let superseded = sending.superseded(in: ledger, reused: reused)
      var written: Set<String> = []
      var delivery: DeliveryReport?
      if sending.mode.writes {
        try Interruption.checkpoint()
        try sending.sealBeforeWriting(store)
        let composer = NoticeEmailComposer(plan: plan, now: now, templates: templates)
        for (index, path) in try write(notices, files: files, ledger: ledger, composer: composer, in: workspace) {
          files[index] = path
          written.insert(path)
          ledger.record(notices[index], message: path)
        }
        delivery = try sending.settle(
          &ledger, store: store, superseded: superseded, reused: reused, wrote: !written.isEmpty)
      }
      let withoutEmail = plan.participants.filter { person in
        person.email.isEmpty
          && RegistrationNotice.kind(
            for: person.status, lastGiven: ledger.latest(person.id, among: basis.given)?.notice)
            != nil
      }.map(\.id)
      return Outcome(
        sending: sending.outcome(
          written: written, superseded: superseded, alreadySent: opened.alreadySent, delivery: delivery, ledger: ledger),
        folder: Outbox.notices, notices: zip(notices, files).map { ($0, $1 ?? "") },
        withoutEmail: withoutEmail, readdressed: readdressed.map(\.participant))
    }
  }

  /// `notices` in the order of `participants` (at most one notice each).
  static func inParticipantOrder(_ notices: [RegistrationNotice], of participants: [Participant]) -> [RegistrationNotice] {
    let order = Dictionary(participants.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    return notices.sorted { (order[$0.participant] ?? .max) < (order[$1.participant] ?? .max) }
  }

  /// `message` (a notice written earlier and still to send) when it is addressed to `person`'s
  /// address now; nil when the address has changed since (the organiser corrected it): a new
  /// notice is written to the new address and the old one is superseded, never sent.
  static func stillAddressed(_ message: String?, to person: Participant?, in workspace: Workspace) throws -> String? {
    guard let message, let person else { return message }
    guard let bytes = try workspace.fileSystem.contents(of: workspace.path(message)),
      let recipient = MovedAddress.recipient(ofMessage: bytes)
    else { return nil }
    return recipient == EmailAddress.normalised(person.email) ? message : nil
  }

  /// Fails when any notice would go out while a place is free for someone waitlisted: a
  /// waiting-list notice ("no place is free for you at the moment") would be false for them,
  /// and for those behind them it says where they stand before the places are given out.
  /// `participants promote` gives the places first.
  static func refuseFalseWaitingNotices(_ notices: [RegistrationNotice], plan: EventPlan) throws {
    guard !notices.isEmpty else { return }
    let free = PlaceCounter.promotable(plan.participants, at: plan.event).map(\.id)
    guard !free.isEmpty else { return }
    throw CommandFailure(
      "\(free.joined(separator: ", ")) \(free.count == 1 ? "is" : "are") on the waiting list while a place is free for \(free.count == 1 ? "them" : "each"): a waiting-list notice would say no place is free. Run `convene participants promote` first. Nothing was written."
    )
  }

  /// Writes the `.eml` of every notice without a file yet; returns their index and path.
  /// Fails, recording nothing and leaving none of them in the outbox, when any cannot be made
  /// or written (`Outbox.write`).
  private func write(
    _ notices: [RegistrationNotice], files: [String?], ledger: NotificationLedger,
    composer: NoticeEmailComposer, in workspace: Workspace
  ) throws -> [(Int, String)] {
    let people = composer.plan.participantsByID
    var taken: Set<String> = []
    var written: [(index: Int, path: String)] = []
    var made: [Result<[(path: String, text: String)], CommandFailure>] = []
    for (index, notice) in notices.enumerated() where files[index] == nil {
      guard let person = people[notice.participant] else { continue }
      let stem = try Outbox.stem(
        in: Outbox.notices, participant: notice.participant, kind: notice.kind.rawValue,
        what: "notices", isTaken: { ledger.state(of: $0) != nil || taken.contains($0) })
      let path = "\(stem).eml"
      taken.insert(path)
      written.append((index, path))
      do {
        let email = try composer.email(
          for: notice, number: ledger.nextNumber(for: notice.participant), person: person)
        made.append(.success([(path, email)]))
      } catch {
        made.append(.failure(CommandFailure("\(person.id): \(error.message)")))
      }
    }
    guard !made.isEmpty else { return [] }
    try Outbox.write(made, into: Outbox.notices, what: "notices", in: workspace)
    return written
  }
}
