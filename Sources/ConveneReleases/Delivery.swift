import ConveneCalendar
import ConveneCore
import ConveneMail
import ConveneProcess
import ConveneWorkspace

/// Hands messages to the mail program one at a time, each through durable states: `sending`
/// is on disk before the program starts, `sent` or `failed` the moment it ends. A crash can
/// therefore leave at most the message in hand in `sending`, which is never sent again
/// without `--resend-uncertain`: no message goes twice unless asked.
public struct Delivery<Ledger: MessageLedger> {
  let store: LedgerStore<Ledger>
  let program: MailProgram
  /// The executable serving as the process-group watchdog (the convene binary), or nil to
  /// run without one (the mail program then survives convene's death).
  let watchdogExecutable: String?

  /// What a delivery did.
  public typealias Report = DeliveryReport

  /// Sends `messages` in order, updating `ledger` as it goes, and saves the ledger at the end
  /// (also when sending stops on an error): the journal then folds into the CSV.
  func deliverAndSave(_ messages: [String], ledger: inout Ledger) throws -> Report {
    let report: Report
    do {
      report = try deliver(messages, ledger: &ledger)
    } catch {
      try? store.save(ledger)
      throw error
    }
    try store.save(ledger)
    return report
  }

  /// Sends `messages` in order, updating `ledger` as it goes; stops between two messages on
  /// Ctrl-C or SIGTERM.
  func deliver(_ messages: [String], ledger: inout Ledger) throws -> Report {
    var report = Report()
    var watchdog: ProcessGroupWatchdog?
    defer { watchdog?.stop() }
    guard !messages.isEmpty else { return report }
    var run = try store.startRun()
    for (position, message) in messages.enumerated() {
      if Interruption.isRequested {
        report.notSent = Array(messages[position...])
        break
      }
      let bytes: [UInt8]
      do {
        let path = try Outbox.verifiedPath(message, in: store.workspace)
        guard let read = try store.workspace.fileSystem.contents(of: path) else {
          throw CommandFailure("\(message): the file is missing from the outbox")
        }
        bytes = read
      } catch let error as any ConveneError {
        try record(.failed, of: message, in: &ledger, run: &run)
        report.failed.append(
          (
            message,
            error.message.hasPrefix(message + ": ")
              ? String(error.message.dropFirst(message.count + 2)) : error.message
          ))
        continue
      }
      if watchdog == nil, let watchdogExecutable {
        watchdog = try ProcessGroupWatchdog(executable: watchdogExecutable)
      }
      try record(.sending, of: message, in: &ledger, run: &run)
      switch program.send(bytes, watchdog: watchdog) {
      case .accepted:
        try record(.sent, of: message, in: &ledger, run: &run)
        report.sent.append(message)
      case .refused(let reason):
        try record(.failed, of: message, in: &ledger, run: &run)
        report.failed.append((message, reason))
      case .uncertain(let reason):
        report.uncertain.append((message, reason))
      }
    }
    return report
  }

  private func record(
    _ state: DeliveryState, of message: String, in ledger: inout Ledger,
    run: inout LedgerStore<Ledger>.SendRun
  ) throws {
    try store.journal(state, of: message, in: &run)
    ledger.setState(state, of: message)
  }
}

extension MessageLedger {
  /// Records `messages` as sent on the organiser's word; each must be one left in `sending`
  /// (or already sent). Returns those already recorded as sent, which it leaves as they were.
  /// `option` names the command-line option in the error.
  @discardableResult
  mutating func markSent(_ messages: [String], option: String = "--mark-sent") throws -> [String] {
    var already: [String] = []
    for message in messages {
      guard let state = state(of: message) else {
        throw CommandFailure("\(option) \(message): the ledger has no such message")
      }
      guard state == .sending || state == .sent else {
        throw CommandFailure(
          "\(option) \(message): the message is \(state.rawValue), not one that may have been sent; nothing was changed"
        )
      }
      if state == .sent { already.append(message) } else { setState(.sent, of: message) }
    }
    return already
  }

  /// Every message left in `sending` — it may or may not have been sent — with its recipient
  /// and why: the reason the mail program gave in `report`, or an interrupted run.
  func uncertain(after report: DeliveryReport?) -> [(
    message: String, participant: String, reason: String
  )] {
    let killed = Dictionary(report?.uncertain ?? [], uniquingKeysWith: { first, _ in first })
    return messages(in: [.sending]).map { message in
      (
        message, recipient(of: message) ?? "",
        killed[message] ?? "the run handing it to the mail program was interrupted"
      )
    }
  }
}

/// What a run that makes messages does after planning them.
public enum SendingMode: Sendable {
  /// Plan and report; write nothing. The plan counts as given what `basis` says: what was
  /// written (a preview of a run that writes), or what was delivered (a preview of `--send`).
  case dryRun(DeliveryBasis)
  /// Write the messages (for organisers who send them themselves).
  case write
  /// Write the messages and hand them to the mail program.
  case send(MailProgram, resendUncertain: Bool)

  /// False for a dry run, which writes nothing.
  public var writes: Bool {
    if case .dryRun = self { return false }
    return true
  }

  /// What a plan counts as given: what was delivered when sending, what was written otherwise.
  public var basis: DeliveryBasis {
    switch self {
    case .send(_, let resend): .delivered(resendingUncertain: resend)
    case .dryRun(let basis): basis
    case .write: .written
    }
  }
}

/// What a delivery did.
public struct DeliveryReport: Sendable {
  /// Messages the program took.
  public var sent: [String] = []
  /// Messages the program refused (or that could not be read), with the reason.
  public var failed: [(message: String, reason: String)] = []
  /// Messages whose program was killed during this run.
  public var uncertain: [(message: String, reason: String)] = []
  /// Messages left for the next run because a signal stopped this one.
  public var notSent: [String] = []
}
