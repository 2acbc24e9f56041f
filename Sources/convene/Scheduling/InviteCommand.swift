import ArgumentParser
import ConveneAgenda
import ConveneCalendar
import ConveneCore
import ConveneJSON
import ConveneTemplates
import ConveneWorkspace
import Foundation

/// `convene invite`: per-participant invitations, updates and cancellations in `outbox/`.
struct InviteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "invite",
    abstract: "Write each participant's invitations, updates and cancellations for the latest release to outbox/.",
    discussion: """
      Each participant gets a calendar (METHOD:REQUEST) with the sessions they speak at, \
      moderate, signed up for or follow with a cohort, and the exclusive ones, naming only \
      them as attendee, and an e-mail (.eml) carrying it. The ledger in .convene/invitations.csv \
      remembers what was sent: run again after a new release and only what changed is sent \
      (SEQUENCE raised), with METHOD:CANCEL for sessions dropped or no longer theirs.
      """)

  @Flag(help: "Show what would be written without writing anything.") var dryRun = false
  @Flag(help: "Pipe every e-mail not yet delivered to the mail program, recording each success at once.")
  var send = false
  @Option(help: "The sendmail-compatible command that reads a message on its standard input.")
  var sendmail = "sendmail -t -i"

  func validate() throws {
    if dryRun && send { throw ValidationError("--dry-run and --send cannot be used together") }
    if sendmail.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--sendmail needs a command") }
  }
  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var output: JSONOutputOption

  static let ledgerFile = ".convene/invitations.csv"

  func run() throws {
    let context = try SchedulingContext.load(options.open())
    let workspace = context.workspace
    guard let release = context.latestRelease else {
      throw CommandFailure("no release yet: run `convene schedule` and `convene publish` first; invitations follow the published agenda")
    }
    var earlier: [ScheduleDocument] = []
    do {
      for version in try workspace.releaseVersions().reversed().dropFirst() {
        if let document = try workspace.release(version) { earlier.append(document) }
      }
    } catch {
      throw CommandFailure(error)
    }
    var ledger = try Self.loadLedger(workspace)
    let now = Int(Date().timeIntervalSince1970)
    let events = SessionEvents(plan: context.plan, document: release, stamp: now)
    let messages = InvitationPlanner(events: events, earlier: earlier).messages(ledger: ledger)
    let folder = "outbox/v\(release.version)"
    if !dryRun && !messages.isEmpty {
      let people = context.plan.participantsByID
      var texts = EmailTexts()
      let templates = try Dictionary(uniqueKeysWithValues: LanguagePack.codes.map { ($0, try texts.template($0)) })
      let plan = context.plan
      // Calendars and e-mails are independent per message: make and write them on every core,
      // under the lock, then record them all in the ledger.
      let fileSystem = workspace.fileSystem
      try workspace.locked { () throws in
        try fileSystem.createDirectory(workspace.path(folder))
      }
      let names = try workspace.locked { () throws -> [Result<String, CommandFailure>] in
        ParallelMap.map(messages) { message -> Result<String, CommandFailure> in
          let person = people[message.participant]!
          let name = "\(folder)/\(person.id)-\(message.calendar.method.rawValue.lowercased())"
          do {
            let calendar = try CalendarWriter.ics(message.calendar)
            let email = try Self.email(message, calendar: calendar, person: person, plan: plan, release: release, now: now, templates: templates)
            try fileSystem.writeQuickly(calendar, to: workspace.path("\(name).ics"))
            try fileSystem.writeQuickly(email, to: workspace.path("\(name).eml"))
            return .success(name)
          } catch let failure as CommandFailure {
            return .failure(failure)
          } catch {
            return .failure(CommandFailure("cannot write the invitation of \(person.id): \(error)"))
          }
        }
      }
      for (message, written) in zip(messages, names) {
        let name = try written.get()
        for var entry in message.entries {
          entry.message = "\(name).eml"
          ledger.record(entry)
        }
      }
      let ledgerText = ledger.csv()
      try workspace.locked { () throws in
        try fileSystem.write(ledgerText, to: workspace.path(Self.ledgerFile))
      }
    }
    let report = InviteReport(messages: messages, participants: context.plan.participants.count, folder: folder, dryRun: dryRun)
    var delivery: Delivery?
    if send { delivery = try deliver(&ledger, workspace: workspace) }
    if output.json {
      var json = report.json
      if let delivery, case .object(var members) = json.value {
        members.append(JSONMember("sent", .strings(delivery.sent)))
        members.append(JSONMember("failed", .array(delivery.failed.map { .object([("message", .string($0.message)), ("reason", .string($0.reason))]) })))
        json.value = .object(members)
      }
      Terminal.print(JSONWriter.string(json), terminator: "")
    } else {
      Terminal.print(report.text)
      if let delivery {
        Terminal.print("Sent \(delivery.sent.count) message\(delivery.sent.count == 1 ? "" : "s") with `\(sendmail)`.")
        for failure in delivery.failed { Terminal.error("not sent: \(failure.message): \(failure.reason)") }
        if !delivery.failed.isEmpty {
          Terminal.error("\(delivery.failed.count) message\(delivery.failed.count == 1 ? "" : "s") failed; `convene invite --send` retries them.")
        }
      }
    }
    if let delivery, !delivery.failed.isEmpty { throw ExitCode(1) }
  }

  /// What a delivery run did.
  struct Delivery {
    var sent: [String] = []
    var failed: [(message: String, reason: String)] = []
  }

  /// Pipes every undelivered message to the mail program, one at a time, and records each
  /// success in the ledger before the next message goes.
  func deliver(_ ledger: inout InvitationLedger, workspace: Workspace) throws -> Delivery {
    var delivery = Delivery()
    let pending = ledger.undelivered
    var current = ledger
    try workspace.locked { () throws in
      for (message, _) in pending {
        guard let bytes = try workspace.fileSystem.contents(of: workspace.path(message)) else {
          delivery.failed.append((message, "the file is missing from the outbox"))
          continue
        }
        switch MailProgram(command: sendmail).send(bytes) {
        case .success:
          current.markDelivered(message)
          try workspace.fileSystem.write(current.csv(), to: workspace.path(Self.ledgerFile))
          delivery.sent.append(message)
        case .failure(let reason):
          delivery.failed.append((message, reason))
        }
      }
    }
    ledger = current
    return delivery
  }

  static func loadLedger(_ workspace: Workspace) throws -> InvitationLedger {
    do {
      return try InvitationLedger(csv: workspace.fileSystem.contents(of: workspace.path(ledgerFile)) ?? [])
    } catch let error as LedgerError {
      throw CommandFailure("\(workspace.path(ledgerFile)):\(error.line): \(error.reason)")
    } catch let error as WorkspaceError {
      throw CommandFailure(error)
    }
  }

  /// The e-mail for one message, in the participant's language when the event has a text for it.
  /// The invitation texts of `Templates/invitation/`, parsed once per language.
  struct EmailTexts {
    private var parsed: [String: TextTemplate] = [:]

    mutating func template(_ language: String) throws -> TextTemplate {
      if let known = parsed[language] { return known }
      let text = try TemplateBundle.required("invitation/\(language).txt.mustache")
      let template = try TextTemplate(text)
      parsed[language] = template
      return template
    }
  }

  static func email(
    _ message: InvitationPlanner.Message, calendar: String, person: Participant, plan: EventPlan, release: ScheduleDocument,
    now: Int, templates: [String: TextTemplate]
  ) throws -> String {
    let language = person.languages.first { LanguagePack.codes.contains($0) && plan.event.languages.contains($0) }
      ?? plan.event.languages.first { LanguagePack.codes.contains($0) } ?? "en"
    let template = templates[language]!
    let isCancel = message.calendar.method == .cancel
    let sessions: [[String: Any]] = message.calendar.events.map { event in
      ["title": event.summary, "when": "\(event.start.date) \(event.start.time)-\(event.end.time)", "room": event.location]
    }
    let body = template.render([
      "name": person.name, "event": plan.event.title, "sessions": sessions, "timezone": plan.event.timezone,
      "organiser": plan.event.organiser.name, "isCancel": isCancel, "hasChanged": !message.changed.isEmpty,
    ])
    let words = LabelSet(language: language, sections: ["email"])
    let prefix = words[isCancel ? "cancelled" : (message.changed.isEmpty ? "invitation" : "updated")]
    let email = InvitationEmail(
      from: CalendarPerson(name: plan.event.organiser.name, email: plan.event.organiser.email),
      to: CalendarPerson(name: person.name, email: person.email), subject: "\(prefix): \(plan.event.title)",
      text: body, calendar: calendar, method: message.calendar.method, date: now,
      messageID: "\(person.id).\(message.calendar.method.rawValue.lowercased()).v\(release.version).\(contentDigest(calendar))@\(plan.event.id).convene")
    return email.rendered
  }
}

/// The summary `invite` prints.
struct InviteReport {
  let messages: [InvitationPlanner.Message]
  let participants: Int
  let folder: String
  let dryRun: Bool

  var recipients: Int { Set(messages.map(\.participant)).count }

  var text: String {
    let added = messages.reduce(0) { $0 + $1.added.count }
    let changed = messages.reduce(0) { $0 + $1.changed.count }
    let cancelled = messages.reduce(0) { $0 + $1.cancelled.count }
    if messages.isEmpty { return "Nothing to send: every participant's calendar matches the latest release." }
    return """
      \(dryRun ? "Would write" : "Wrote") \(messages.count) message\(messages.count == 1 ? "" : "s") for \(recipients) participant\(recipients == 1 ? "" : "s") to \(folder)/ \
      (\(added) new session invitations, \(changed) updates, \(cancelled) cancellations); \(participants - recipients) participants have nothing new.
      """
  }

  var json: JSONNode {
    .object([
      ("written", .bool(!dryRun)), ("folder", .string(folder)),
      ("messages", .array(messages.map { message in
        .object([
          ("participant", .string(message.participant)), ("method", .string(message.calendar.method.rawValue)),
          ("added", .strings(message.added)), ("changed", .strings(message.changed)), ("cancelled", .strings(message.cancelled)),
        ])
      })),
    ])
  }
}
