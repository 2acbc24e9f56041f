import ArgumentParser
import ConveneAgenda
import ConveneCore
import ConveneJSON
import ConveneMail
import ConveneProcess
import ConveneReleases
import ConveneTemplates
import ConveneWorkspace
import Foundation

/// The options of the commands that make e-mails and send them once only (`invite`,
/// `notify`).
struct SendingOptions: ParsableArguments {
  @Flag(help: "Show what would be written (with --send: and sent) without writing or sending anything.")
  var dryRun = false
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
    if resendUncertain && !send { throw ValidationError("--resend-uncertain goes with --send") }
    if dryRun && !markSent.isEmpty {
      throw ValidationError("--dry-run and --mark-sent cannot be used together")
    }
    if sendmail.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError("--sendmail needs a command")
    }
  }

  /// What the run does after planning, and how it sends (this binary as the watchdog).
  var run: SendingRun {
    SendingRun(
      mode: dryRun
        ? .dryRun(send ? .delivered(resendingUncertain: resendUncertain) : .written)
        : send ? .send(MailProgram(command: sendmail), resendUncertain: resendUncertain) : .write,
      markSent: markSent, watchdogExecutable: ProcessGroupWatchdog.currentExecutable)
  }

  /// The e-mail texts `Templates/FOLDER/CODE.txt.mustache`, parsed, by language.
  static func texts(_ folder: String, languages: [String]) throws -> [String: TextTemplate] {
    var templates: [String: TextTemplate] = [:]
    for language in languages {
      templates[language] = try TextTemplate(
        try TemplateBundle.required("\(folder)/\(language).txt.mustache"))
    }
    return templates
  }

  /// Prints the run's summary (`text`, or `json` with `--json`) and its sending problems, then
  /// ends as sending went.
  func show(text: String, json: JSONNode, report: SendingReport, asJSON: Bool) throws {
    if asJSON {
      Terminal.print(JSONWriter.string(json), terminator: "")
    } else {
      Terminal.print(text)
      for line in report.problems { Terminal.error(line) }
    }
    try report.finish(sending: send)
  }
}

/// What `invite` and `notify` print about sending: failures, messages that may have been
/// sent, and how the run ends.
struct SendingReport {
  /// The command, for the advice (`convene notify`).
  let command: String
  let outcome: SendingOutcome
  var delivery: DeliveryReport? { outcome.delivery }
  var uncertain: [(message: String, participant: String, reason: String)] { outcome.uncertain }

  /// What `--mark-sent` recorded, and what it found recorded already.
  var markedLines: [String] {
    var lines: [String] = []
    if !outcome.marked.isEmpty { lines.append("Recorded as sent: \(outcome.marked.joined(separator: ", ")).") }
    if !outcome.alreadySent.isEmpty {
      lines.append("Already recorded as sent: \(outcome.alreadySent.joined(separator: ", ")).")
    }
    return lines
  }

  /// `marked_sent` and `already_sent`.
  var markedMembers: [(String, JSONNode)] {
    [("marked_sent", .strings(outcome.marked)), ("already_sent", .strings(outcome.alreadySent))]
  }

  /// Failures and uncertain messages, for standard error.
  var problems: [String] {
    var lines: [String] = []
    if let delivery {
      for failure in delivery.failed {
        lines.append("not sent: \(failure.message): \(failure.reason)")
      }
      if !delivery.failed.isEmpty {
        lines.append(
          "\(count(delivery.failed.count, "message")) failed; `\(command) --send` retries them.")
      }
    }
    for message in uncertain {
      lines.append(
        "may have been sent: \(message.message) (to \(message.participant)): \(message.reason)")
    }
    if !uncertain.isEmpty {
      lines.append(
        "\(count(uncertain.count, "message")) may have been sent: check with the recipient or the mail server's log, then "
          + "`\(command) --send --resend-uncertain` sends \(uncertain.count == 1 ? "it" : "them") again, or "
          + "`\(command) --mark-sent MESSAGE` records one as sent.")
    }
    return lines
  }

  /// The JSON members about sending: `sent`, `failed`, `not_sent` (with --send) and
  /// `uncertain`.
  var jsonMembers: [(String, JSONNode)] {
    var members: [(String, JSONNode)] = []
    if let delivery {
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
          uncertain.map {
            .object([
              ("message", .string($0.message)), ("participant", .string($0.participant)),
              ("reason", .string($0.reason)),
            ])
          })
      ))
    return members
  }

  /// Ends the command as sending went: 130 or 143 when a signal stopped it with messages not
  /// sent, 1 when a message failed or may have been sent (with --send).
  func finish(sending: Bool) throws {
    if let delivery, !delivery.notSent.isEmpty, let signal = Interruption.signal {
      throw Interrupted(
        signal: signal,
        detail:
          "\(count(delivery.notSent.count, "message")) not sent; `\(command) --send` sends them"
      )
    }
    if sending && (!(delivery?.failed.isEmpty ?? true) || !uncertain.isEmpty) {
      throw CommandFailure.alreadyReported()
    }
  }
}

/// "1 message", "3 messages".
func count(_ number: Int, _ noun: String) -> String {
  "\(number) \(noun)\(number == 1 ? "" : "s")"
}
