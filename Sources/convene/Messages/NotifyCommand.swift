import ArgumentParser
import ConveneAgenda
import ConveneCore
import ConveneJSON
import ConveneMail
import ConveneRegistration
import ConveneReleases
import ConveneTemplates
import Foundation

/// `convene notify`: one e-mail per change of a person's registration status.
struct NotifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "notify",
    abstract:
      "Write an e-mail to each person whose registration status changed since they were last told, to outbox/notify/.",
    discussion: """
      Registered or confirmed, waitlisted (with their place on the waitlist), offered a freed \
      place (from the waitlist to registered), cancelled: one e-mail per change, in the \
      person's language, from Templates/notify/. The ledger in .convene/notifications.csv \
      remembers what each person was told, so a run after a change writes only the new \
      notices. With --send they go through the same once-only states as invitations: a \
      message left sending by a crash may have been sent and is sent again only with \
      --resend-uncertain; a notice never sent whose person's status changed again is \
      superseded, and only the latest goes.
      """)

  @OptionGroup var sending: SendingOptions
  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var output: JSONOutputOption

  func run() throws {
    let outcome = try NotifyRun(sending: sending.run).run(
      in: options.open(), purpose: WorkspaceOptions.purpose,
      now: Int(Date().timeIntervalSince1970),
      templates: try SendingOptions.texts("notify", languages: NoticeEmailComposer.languages))
    let report = NotifyReport(outcome: outcome, dryRun: sending.dryRun, sendmail: sending.sendmail)
    try sending.show(text: report.text, json: report.json, report: report.sending, asJSON: output.json)
  }
}

/// The summary `notify` prints.
struct NotifyReport {
  let outcome: NotifyRun.Outcome
  let dryRun: Bool
  let sendmail: String

  var sending: SendingReport {
    SendingReport(command: "convene notify", outcome: outcome.sending)
  }

  /// True for a notice this run writes (or, in a dry run, would write: one without a file yet).
  func isNew(_ file: String) -> Bool { dryRun ? file.isEmpty : outcome.sending.written.contains(file) }

  var text: String {
    var lines: [String] = []
    let new = outcome.notices.filter { isNew($0.file) }
    if outcome.notices.isEmpty && outcome.sending.superseded.isEmpty {
      lines.append("Nothing to send: everyone has been told where their registration stands.")
    }
    for (notice, file) in new {
      let position = notice.position.map { " (position \($0))" } ?? ""
      lines.append(
        "\(notice.participant): \(notice.kind.rawValue)\(position)\(file.isEmpty ? "" : " -> \(file)")")
    }
    if !new.isEmpty {
      let kinds = RegistrationNotice.Kind.allCases.compactMap { kind -> String? in
        let number = new.filter { $0.notice.kind == kind }.count
        return number == 0 ? nil : "\(number) \(kind.rawValue)"
      }
      lines.append(
        "\(dryRun ? "Would write" : "Wrote") \(count(new.count, "notice")) to \(outcome.folder)/ (\(kinds.joined(separator: ", ")))."
      )
    }
    let earlier = outcome.notices.count - new.count
    if earlier > 0 {
      lines.append(
        "\(count(earlier, "notice")) written earlier \(earlier == 1 ? "is" : "are") still to be sent as \(earlier == 1 ? "it is" : "they are")."
      )
    }
    if !outcome.sending.superseded.isEmpty {
      let verb = dryRun ? "would be" : outcome.sending.superseded.count == 1 ? "was" : "were"
      lines.append(
        "\(count(outcome.sending.superseded.count, "notice")) never sent \(verb) superseded (the person's status or address changed since) and will not be sent: \(outcome.sending.superseded.joined(separator: ", "))."
      )
    }
    if !outcome.readdressed.isEmpty {
      lines.append(
        "Told again at an address corrected since their last notice: \(outcome.readdressed.joined(separator: ", ")).")
    }
    if !outcome.withoutEmail.isEmpty {
      lines.append(
        "No e-mail address, so not told: \(outcome.withoutEmail.joined(separator: ", ")).")
    }
    lines += sending.markedLines
    if let delivery = outcome.sending.delivery {
      lines.append("Sent \(count(delivery.sent.count, "notice")) with `\(sendmail)`.")
    }
    return lines.joined(separator: "\n")
  }

  var json: JSONNode {
    var members: [(String, JSONNode)] = [
      ("written", .bool(!outcome.sending.written.isEmpty)), ("folder", .string(outcome.folder)),
      (
        "notices",
        .array(
          outcome.notices.map { notice, file in
            .object([
              ("participant", .string(notice.participant)),
              ("notice", .string(notice.kind.rawValue)),
              ("position", notice.position.map { .number($0) } ?? .null),
              ("file", file.isEmpty ? .null : .string(file)),
              ("new", .bool(isNew(file))),
            ])
          })
      ),
      ("superseded", .strings(outcome.sending.superseded)),
    ] + sending.markedMembers + [
      ("without_email", .strings(outcome.withoutEmail)), ("readdressed", .strings(outcome.readdressed)),
    ]
    members += sending.jsonMembers
    return .object(members)
  }
}

extension NotifyCommand: JSONReporting {}
