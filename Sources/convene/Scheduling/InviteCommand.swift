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

  @OptionGroup var sending: SendingOptions
  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var output: JSONOutputOption

  func run() throws {
    let outcome = try InvitationRun(sending: sending.run).run(
      in: options.open(), purpose: WorkspaceOptions.purpose,
      now: Int(Date().timeIntervalSince1970),
      templates: try SendingOptions.texts("invitation", languages: InvitationEmailComposer.languages))
    let report = InviteReport(
      outcome: outcome, dryRun: sending.dryRun, sendmail: sending.sendmail)
    try sending.show(text: report.text, json: report.json, report: report.sending, asJSON: output.json)
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
    // A dry run writes nothing: its new messages are those without a file yet (the others
    // are messages written earlier that the plan sends as they are).
    let new = outcome.messages.filter { isNew($0.file) }.map(\.message)
    if planned.isEmpty && outcome.sending.superseded.isEmpty {
      lines.append("Nothing to send: every participant's calendar matches the latest release.")
    }
    if !new.isEmpty {
      let recipients = Set(new.map(\.participant)).count
      let untouched = outcome.participants - Set(planned.map(\.participant)).count
      let added = new.reduce(0) { $0 + $1.added.count }
      let changed = new.reduce(0) { $0 + $1.changed.count }
      let cancelled = new.reduce(0) { $0 + $1.cancelled.count }
      lines.append(
        "\(dryRun ? "Would write" : "Wrote") \(count(new.count, "message")) for \(count(recipients, "participant")) to \(outcome.folder)/ "
          + "(\(count(added, "new session invitation")), \(count(changed, "update")), \(count(cancelled, "cancellation"))); "
          + "\(count(untouched, "participant")) \(untouched == 1 ? "has" : "have") nothing new."
      )
    }
    let earlier = planned.count - new.count
    if earlier > 0 {
      lines.append(
        "\(count(earlier, "message")) written earlier \(earlier == 1 ? "is" : "are") still to be sent as \(earlier == 1 ? "it is" : "they are")."
      )
    }
    if !outcome.sending.superseded.isEmpty {
      let superseded = outcome.sending.superseded.count
      let verb = dryRun ? "would be" : superseded == 1 ? "was" : "were"
      lines.append(
        "\(count(superseded, "message")) never sent \(verb) superseded by the latest release and will not be sent."
      )
    }
    lines += sending.markedLines
    if let delivery = outcome.sending.delivery {
      lines.append("Sent \(count(delivery.sent.count, "message")) with `\(sendmail)`.")
    }
    for moved in outcome.movedAddresses {
      lines.append(
        "Note: \(moved.participant)'s invitations went to \(moved.before), participants.csv now gives \(moved.now): the new address gets every session; the calendar at the old one keeps the sessions it was sent, and no message from convene reaches it. Tell them."
      )
    }
    return lines.joined(separator: "\n")
  }

  /// True for a message this run writes (or, in a dry run, would write).
  func isNew(_ file: String) -> Bool { dryRun ? file.isEmpty : outcome.sending.written.contains(file) }

  /// What sending did.
  var sending: SendingReport {
    SendingReport(command: "convene invite", outcome: outcome.sending)
  }

  var json: JSONNode {
    var members: [(String, JSONNode)] = [
      ("written", .bool(!outcome.sending.written.isEmpty)), ("folder", .string(outcome.folder)),
      (
        "messages",
        .array(
          outcome.messages.map { message, file in
            .object([
              ("participant", .string(message.participant)),
              ("method", .string(message.calendar.method.rawValue)),
              ("file", file.isEmpty ? .null : .string(file)),
              ("new", .bool(isNew(file))),
              ("added", .strings(message.added)), ("changed", .strings(message.changed)),
              ("cancelled", .strings(message.cancelled)),
            ])
          })
      ),
      ("superseded", .strings(outcome.sending.superseded)),
    ] + sending.markedMembers
    members += sending.jsonMembers
    return .object(members)
  }
}

extension InviteCommand: JSONReporting {}
