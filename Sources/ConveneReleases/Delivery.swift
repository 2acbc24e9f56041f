import ConveneCalendar
import ConveneCore
import ConveneMail
import ConveneWorkspace

/// Hands messages to the mail program one at a time, each through durable states: `sending`
/// is on disk before the program starts, `sent` or `failed` the moment it ends. A crash can
/// therefore leave at most the message in hand in `sending`, which is never sent again
/// without `--resend-uncertain`: no message goes twice unless asked.
public struct Delivery {
  let store: LedgerStore
  let program: MailProgram
  /// The executable serving as the process-group watchdog (the convene binary), or nil to
  /// run without one (the mail program then survives convene's death).
  let watchdogExecutable: String?

  /// What a delivery did.
  public struct Report: Sendable {
    /// Messages the program took.
    public var sent: [String] = []
    /// Messages the program refused (or that could not be read), with the reason.
    public var failed: [(message: String, reason: String)] = []
    /// Messages whose program was killed during this run.
    public var uncertain: [(message: String, reason: String)] = []
    /// Messages left for the next run because a signal stopped this one.
    public var notSent: [String] = []
  }

  /// Sends `messages` in order, updating `ledger` as it goes; stops between two messages on
  /// Ctrl-C or SIGTERM.
  func deliver(_ messages: [String], ledger: inout InvitationLedger) throws -> Report {
    var report = Report()
    var watchdog: ProcessGroupWatchdog?
    defer { watchdog?.stop() }
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
        try record(.failed, of: message, in: &ledger)
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
      try record(.sending, of: message, in: &ledger)
      switch program.send(bytes, watchdog: watchdog) {
      case .accepted:
        try record(.sent, of: message, in: &ledger)
        report.sent.append(message)
      case .refused(let reason):
        try record(.failed, of: message, in: &ledger)
        report.failed.append((message, reason))
      case .uncertain(let reason):
        report.uncertain.append((message, reason))
      }
    }
    return report
  }

  private func record(
    _ state: InvitationLedger.State, of message: String, in ledger: inout InvitationLedger
  ) throws {
    try store.journal(state, of: message)
    ledger.setState(state, of: message)
  }
}
