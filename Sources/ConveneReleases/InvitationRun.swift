import ConveneAgenda
import ConveneCalendar
import ConveneCore
import ConveneMail
import ConveneWorkspace

/// `convene invite` as one transaction: under one hold of the workspace lock, read the plan,
/// the releases and the ledger; plan each participant's messages; write the new ones to
/// `outbox/vN/` and the ledger; and, with `--send`, deliver them one by one.
///
/// Sending plans from what was delivered (`InvitationPlanner.Basis.delivered`): messages
/// made but never sent are not counted as received. A message still exactly right for the
/// latest release is sent as it was written (same file, same Message-ID); one that is no
/// longer right (an earlier release's times, the cancellation of something never sent) is
/// `superseded` and never sent. Messages left in `sending` by a crash are reported, never
/// sent again unless `resendUncertain`.
public struct InvitationRun: Sendable {
  /// What the run does after planning, and how it sends.
  public var sending: SendingRun

  /// Creates the run.
  public init(sending: SendingRun) { self.sending = sending }

  /// What the run did.
  public struct Outcome: Sendable {
    /// What it wrote, superseded, marked and sent.
    public var sending: SendingOutcome
    /// The release planned for.
    public var release: Int
    /// `outbox/vN`.
    public var folder: String
    /// Participants in the workspace.
    public var participants: Int
    /// Every message the release needs, with the file that holds it.
    public var messages: [(message: InvitationPlanner.Message, file: String)]
    /// People whose earlier invitations went to another address (`MovedAddress`).
    public var movedAddresses: [MovedAddress] = []
  }

  /// Runs it. `now` (seconds since 1970) stamps the calendars and e-mails; `templates` are
  /// the e-mail texts by language.
  public func run(
    in workspace: Workspace, purpose: String, now: Int, templates: [String: TextTemplate]
  ) throws -> Outcome {
    try workspace.transaction(purpose: purpose) {
      let context = try SchedulingContext.load(workspace)
      guard let release = context.latestRelease else {
        throw CommandFailure(
          "no release yet: run `convene schedule` and `convene publish` first; invitations follow the published agenda"
        )
      }
      if let change = Self.unpublishedChange(of: release, plan: context.plan) {
        throw CommandFailure(
          "sessions.csv or the places it refers to have changed since release \(release.version) (\(ScheduleFile.releaseName(release.version))) was published (\(change)): run `convene publish` first; "
            + "invitations follow the published agenda, and its people and sessions are the ones checked")
      }
      let store = LedgerStore<InvitationLedger>(workspace: workspace)
      let opened = try sending.open(store) {
        try Self.checkVersions(of: $0, event: context.plan.event.id)
      }
      var ledger = opened.ledger
      let basis = sending.basis
      let planner = InvitationPlanner(
        events: SessionEvents(plan: context.plan, document: release, stamp: now),
        earlier: try context.earlierReleases())
      let planned = planner.messages(ledger: ledger, basis: basis)
      let moved = try MovedAddress.find(
        in: planned, plan: context.plan, ledger: ledger, given: basis.given, workspace: workspace)
      var files = planned.map {
        ledger.message($0.participant, carrying: $0.entries, among: basis.reusable)
      }
      let reused = Set(files.compactMap { $0 })
      let superseded = sending.superseded(in: ledger, reused: reused)
      var written: Set<String> = []
      var delivery: DeliveryReport?
      if !sending.mode.writes {
        files = files.map { $0 ?? "" }
      } else {
        try Interruption.checkpoint()
        try sending.sealBeforeWriting(store)
        let composer = InvitationEmailComposer(
          plan: context.plan, release: release.version, now: now, templates: templates)
        let new = try write(
          planned, files: files, release: release.version, ledger: ledger, composer: composer,
          in: workspace)
        for (index, path) in new {
          files[index] = path
          written.insert(path)
          ledger.record(message: path, entries: planned[index].entries)
        }
        delivery = try sending.settle(
          &ledger, store: store, superseded: superseded, reused: reused, wrote: !new.isEmpty)
      }
      return Outcome(
        sending: sending.outcome(
          written: written, superseded: superseded, alreadySent: opened.alreadySent, delivery: delivery, ledger: ledger),
        release: release.version, folder: Outbox.folder(release: release.version),
        participants: context.plan.participants.count,
        messages: zip(planned, files).map { ($0, $1 ?? "") }, movedAddresses: moved)
    }
  }

  /// Writes the `.ics` and `.eml` of every planned message without a file yet, made on every
  /// core; returns their index and path. Fails, recording nothing and leaving none of them in
  /// the outbox, when any cannot be made or written (`Outbox.write`).
  private func write(
    _ planned: [InvitationPlanner.Message], files: [String?], release: Int,
    ledger: InvitationLedger,
    composer: InvitationEmailComposer, in workspace: Workspace
  ) throws -> [(Int, String)] {
    var taken: Set<String> = []
    var jobs: [(index: Int, stem: String)] = []
    for (index, message) in planned.enumerated() where files[index] == nil {
      let stem = try Outbox.stem(
        release: release, participant: message.participant,
        method: message.calendar.method.rawValue,
        isTaken: { ledger.state(of: $0) != nil || taken.contains($0) })
      taken.insert("\(stem).eml")
      jobs.append((index, stem))
    }
    guard !jobs.isEmpty else { return [] }
    let people = composer.plan.participantsByID
    // Calendars and e-mails are independent per message: made on every core.
    let made = ParallelMap.map(jobs) { job -> Result<[(path: String, text: String)], CommandFailure> in
      let message = planned[job.index]
      guard let person = people[message.participant] else {
        return .failure(CommandFailure("\(message.participant): no such participant"))
      }
      do {
        let calendar = try CalendarWriter.ics(message.calendar)
        let email = try composer.email(for: message, calendar: calendar, person: person)
        return .success([("\(job.stem).ics", calendar), ("\(job.stem).eml", email)])
      } catch {
        let reason = (error as? any ConveneError)?.message ?? "\(error)"
        return .failure(CommandFailure("\(person.id): \(reason)"))
      }
    }
    try Outbox.write(made, into: Outbox.folder(release: release), what: "invitations", in: workspace)
    return jobs.map { ($0.index, "\($0.stem).eml") }
  }
}

extension InvitationRun {
  /// What `plan` (sessions.csv, rooms.csv, event.json's venues) says otherwise than `release`
  /// about the sessions it holds (one deleted, its title, speakers or moderators, or the details
  /// the release recorded changed), in words; nil when nothing: the invitations' roles come
  /// from sessions.csv and their times from the release, which must then agree (a speaker
  /// changed without publishing was invited to speak at a time another session of theirs
  /// takes, and the old one sent a cancellation of a session still published), and a calendar
  /// of release N carries what release N published.
  static func unpublishedChange(of release: ScheduleDocument, plan: EventPlan) -> String? {
    let ids = Set(plan.sessions.map(\.id))
    if let deleted = release.sessions.first(where: { !ids.contains($0.id) }) { return "\(deleted.id) is no longer in it" }
    // What `publish` would take from the files now.
    let current = PublishRun.withCurrentSessions(release, plan: plan)
    for (entry, var now) in zip(release.sessions, current.sessions) {
      // A release published before releases recorded details is compared on the rest.
      if entry.details == nil { now.details = nil }
      guard entry != now else { continue }
      if entry.title != now.title { return "the title of \(entry.id)" }
      if entry.speakers != now.speakers || entry.moderators != now.moderators { return "the people of \(entry.id)" }
      guard let was = entry.details, let details = now.details else { return "the details of \(entry.id)" }
      let changed = details.differences(from: was).to.map { $0.prefix { $0 != ":" } }
      let files = changed.contains { $0 == "room name" || $0 == "place" } ? "rooms.csv or event.json's venues" : "sessions.csv"
      return "the \(changed.joined(separator: ", ")) of \(entry.id), in \(files)"
    }
    return nil
  }

  /// Throws `LedgerDamage` when the ledger holds a version of an event convene did not write
  /// for this event (every UID is `SESSION@EVENT.convene`, every digest 16 hexadecimal
  /// digits): such a line cannot say what anyone was sent.
  static func checkVersions(of ledger: InvitationLedger, event: String) throws {
    let domain = "@\(event).convene"
    let hex = Set("0123456789abcdef")
    for entry in ledger.entries {
      let who = "\(entry.participant)'s message \(entry.message)"
      if !entry.uid.hasSuffix(domain) {
        throw LedgerDamage(
          file: InvitationLedger.fileName,
          reason:
            "holds the UID \(Identifier.shown(entry.uid)) in \(who), which is not one of this event (SESSION\(domain)): the ledger was changed or damaged, or event.json's id was changed"
        )
      }
      if entry.digest.count != 16 || !entry.digest.allSatisfy(hex.contains) {
        throw LedgerDamage(
          file: InvitationLedger.fileName,
          reason:
            "holds the digest \(Identifier.shown(entry.digest)) in \(who), which is not one convene writes (16 hexadecimal digits)"
        )
      }
    }
  }
}
