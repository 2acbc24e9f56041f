import ArgumentParser
import ConveneAgenda
import ConveneCore
import ConveneJSON
import ConveneMail
import ConveneReleases
import ConveneTemplates
import ConveneWorkspace
import Foundation

/// `convene invite`: per-participant invitations, updates and cancellations in `outbox/`.
struct InviteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "invite",
    abstract:
      "Write each participant's invitations, updates and cancellations for the latest release to outbox/.",
    discussion: """
      Each participant gets a calendar (METHOD:REQUEST) with the sessions they speak at, \
      moderate, signed up for or follow with a cohort, and the exclusive ones, naming only \
      them as attendee, and an e-mail (.eml) carrying it. The ledger in .convene/invitations.csv \
      remembers what was sent: run again after a new release and only what changed is sent \
      (SEQUENCE raised), with METHOD:CANCEL for sessions dropped or no longer theirs. \
      With --send, each message is recorded as sending before the mail program gets it and as \
      sent or failed when it ends; a message left sending by a crash may have been sent, and \
      is sent again only with --resend-uncertain. Messages made for an earlier release and \
      never sent are superseded, not sent.
      """)

  @Flag(help: "Show what would be written without writing anything.") var dryRun = false
  @Flag(help: "Hand every message not yet sent to the mail program, recording each state at once.")
  var send = false
  @Option(help: "The sendmail-compatible command that reads a message on its standard input.")
  var sendmail = "sendmail -t -i"
  @Flag(
    help:
      "With --send: also send again the messages that may have been sent (left sending by a crash)."
  )
  var resendUncertain = false
  @Option(
    parsing: .singleValue,
    help: ArgumentHelp(
      "Record a message that may have been sent as sent (its path in the ledger); repeatable.",
      valueName: "MESSAGE"))
  var markSent: [String] = []

  func validate() throws {
    if dryRun && send { throw ValidationError("--dry-run and --send cannot be used together") }
    if resendUncertain && !send { throw ValidationError("--resend-uncertain goes with --send") }
    if dryRun && !markSent.isEmpty {
      throw ValidationError("--dry-run and --mark-sent cannot be used together")
    }
    if sendmail.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError("--sendmail needs a command")
    }
  }
  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var output: JSONOutputOption

  func run() throws {
    let mode: InvitationRun.Mode =
      dryRun
      ? .dryRun
      : send ? .send(MailProgram(command: sendmail), resendUncertain: resendUncertain) : .write
    var templates: [String: TextTemplate] = [:]
    for language in InvitationEmailComposer.languages {
      templates[language] = try TextTemplate(
        try TemplateBundle.required("invitation/\(language).txt.mustache"))
    }
    let outcome = try InvitationRun(
      mode: mode, markSent: markSent, watchdogExecutable: ProcessGroupWatchdog.currentExecutable
    ).run(
      in: options.open(), purpose: WorkspaceOptions.purpose,
      now: Int(Date().timeIntervalSince1970), templates: templates)
    let report = InviteReport(outcome: outcome, dryRun: dryRun, sendmail: sendmail)
    if output.json {
      Terminal.print(JSONWriter.string(report.json), terminator: "")
    } else {
      Terminal.print(report.text)
      for line in report.problems { Terminal.error(line) }
    }
    if let delivery = outcome.delivery, !delivery.notSent.isEmpty, let signal = Interruption.signal
    {
      throw Interrupted(
        signal: signal,
        detail:
          "\(delivery.notSent.count) message\(delivery.notSent.count == 1 ? "" : "s") not sent; `convene invite --send` sends them"
      )
    }
    if send && (!(outcome.delivery?.failed.isEmpty ?? true) || !outcome.uncertain.isEmpty) {
      throw CommandFailure.alreadyReported()
    }
  }
}

/// The summary `invite` prints.
struct InviteReport {
  let outcome: InvitationRun.Outcome
  let dryRun: Bool
  let sendmail: String

  var text: String {
    var lines: [String] = []
    let planned = outcome.messages.map(\.message)
    let new = outcome.messages.filter { outcome.written.contains($0.file) || dryRun }.map(\.message)
    if planned.isEmpty && outcome.superseded.isEmpty {
      lines.append("Nothing to send: every participant's calendar matches the latest release.")
    }
    if !new.isEmpty {
      let recipients = Set(new.map(\.participant)).count
      let untouched = outcome.participants - Set(planned.map(\.participant)).count
      let added = new.reduce(0) { $0 + $1.added.count }
      let changed = new.reduce(0) { $0 + $1.changed.count }
      let cancelled = new.reduce(0) { $0 + $1.cancelled.count }
      lines.append(
        "\(dryRun ? "Would write" : "Wrote") \(Self.count(new.count, "message")) for \(Self.count(recipients, "participant")) to \(outcome.folder)/ "
          + "(\(added) new session invitations, \(changed) updates, \(cancelled) cancellations); \(untouched) participants have nothing new."
      )
    }
    let earlier = planned.count - new.count
    if earlier > 0 {
      lines.append(
        "\(Self.count(earlier, "message")) written earlier \(earlier == 1 ? "is" : "are") still to be sent as \(earlier == 1 ? "it is" : "they are")."
      )
    }
    if !outcome.superseded.isEmpty {
      lines.append(
        "\(Self.count(outcome.superseded.count, "message")) never sent \(outcome.superseded.count == 1 ? "was" : "were") superseded by the latest release and will not be sent."
      )
    }
    if !outcome.marked.isEmpty {
      lines.append("Recorded as sent: \(outcome.marked.joined(separator: ", ")).")
    }
    if let delivery = outcome.delivery {
      lines.append("Sent \(Self.count(delivery.sent.count, "message")) with `\(sendmail)`.")
    }
    return lines.joined(separator: "\n")
  }

  /// Failures and uncertain messages, for standard error.
  var problems: [String] {
    var lines: [String] = []
    if let delivery = outcome.delivery {
      for failure in delivery.failed {
        lines.append("not sent: \(failure.message): \(failure.reason)")
      }
      if !delivery.failed.isEmpty {
        lines.append(
          "\(Self.count(delivery.failed.count, "message")) failed; `convene invite --send` retries them."
        )
      }
    }
    for message in outcome.uncertain {
      lines.append(
        "may have been sent: \(message.message) (to \(message.participant)): \(message.reason)")
    }
    if !outcome.uncertain.isEmpty {
      lines.append(
        "\(Self.count(outcome.uncertain.count, "message")) may have been sent: check with the recipient or the mail server's log, then "
          + "`convene invite --send --resend-uncertain` sends \(outcome.uncertain.count == 1 ? "it" : "them") again, or "
          + "`convene invite --mark-sent MESSAGE` records one as sent.")
    }
    return lines
  }

  var json: JSONNode {
    var members: [(String, JSONNode)] = [
      ("written", .bool(!dryRun)), ("folder", .string(outcome.folder)),
      (
        "messages",
        .array(
          outcome.messages.map { message, file in
            .object([
              ("participant", .string(message.participant)),
              ("method", .string(message.calendar.method.rawValue)),
              ("file", file.isEmpty ? .null : .string(file)),
              ("new", .bool(dryRun || outcome.written.contains(file))),
              ("added", .strings(message.added)), ("changed", .strings(message.changed)),
              ("cancelled", .strings(message.cancelled)),
            ])
          })
      ),
      ("superseded", .strings(outcome.superseded)), ("marked_sent", .strings(outcome.marked)),
    ]
    if let delivery = outcome.delivery {
      members.append(("sent", .strings(delivery.sent)))
      members.append(
        (
          "failed",
          .array(
            delivery.failed.map {
              .object([("message", .string($0.message)), ("reason", .string($0.reason))])
            })
        ))
      members.append(("not_sent", .strings(delivery.notSent)))
    }
    members.append(
      (
        "uncertain",
        .array(
          outcome.uncertain.map {
            .object([
              ("message", .string($0.message)), ("participant", .string($0.participant)),
              ("reason", .string($0.reason)),
            ])
          })
      ))
    return .object(members)
  }

  static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }
}
