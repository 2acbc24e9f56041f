import ConveneCore
import ConveneMail
import ConveneWorkspace

/// What `invite` and `notify` share around their own planning: what the run does (dry run,
/// write, or write and send), the messages the organiser marks as sent, and the watchdog; and
/// the steps before and after planning — open the ledger, then record what was superseded,
/// save, and deliver.
public struct SendingRun: Sendable {
  public var mode: SendingMode
  /// Messages left in `sending` that the organiser found delivered: recorded as `sent`.
  public var markSent: [String]
  /// The executable serving as the process-group watchdog while sending (the convene binary).
  public var watchdogExecutable: String?

  /// Creates the settings.
  public init(mode: SendingMode, markSent: [String] = [], watchdogExecutable: String?) {
    self.mode = mode
    self.markSent = markSent
    self.watchdogExecutable = watchdogExecutable
  }

  /// What a plan counts as given.
  var basis: DeliveryBasis { mode.basis }

  /// The ledger, with `markSent` recorded (not yet saved), and those of `markSent` it already
  /// recorded as sent. `check` refuses a ledger convene could not have written, before
  /// anything is written.
  func open<Ledger: MessageLedger>(
    _ store: LedgerStore<Ledger>, check: (Ledger) throws -> Void = { _ in }
  ) throws -> (ledger: Ledger, alreadySent: [String]) {
    var ledger = try store.load()
    try check(ledger)
    let already = try ledger.markSent(markSent)
    return (ledger, already)
  }

  /// The messages of `ledger` a plan that `reused` these records as `superseded`: those never
  /// handed to the mail program that it does not reuse (`DeliveryBasis.supersedable`).
  func superseded<Ledger: MessageLedger>(in ledger: Ledger, reused: Set<String>) -> [String] {
    ledger.messages(in: basis.supersedable).filter { !reused.contains($0) }
  }

  /// Seals an unsealed ledger, as it is on disk, once the run's checks have passed and before
  /// it writes any message, so that a message in the outbox always has a sealed ledger beside
  /// it, even when a kill comes before the ledger records it; a run refused earlier leaves the
  /// ledger as it found it.
  func sealBeforeWriting<Ledger: MessageLedger>(_ store: LedgerStore<Ledger>) throws {
    guard mode.writes, !store.isSealed else { return }
    try store.save(store.read().ledger)
  }

  /// After the new messages are recorded in `ledger`: marks `superseded`, saves the ledger
  /// when anything changed (`wrote` new messages, superseded or marked ones), and with
  /// `--send` hands every message still to send to the mail program: those written or failed,
  /// and, with `--resend-uncertain`, those left in `sending` that the plan `reused` (one it
  /// planned again otherwise stays "may have been sent", and is not sent again).
  func settle<Ledger: MessageLedger>(
    _ ledger: inout Ledger, store: LedgerStore<Ledger>, superseded: [String], reused: Set<String>, wrote: Bool
  ) throws -> DeliveryReport? {
    for message in superseded { ledger.setState(.superseded, of: message) }
    if wrote || !superseded.isEmpty || !markSent.isEmpty { try store.save(ledger) }
    guard case .send(let program, _) = mode else { return nil }
    let toSend = ledger.messages(in: basis.reusable).filter { ledger.state(of: $0) != .sending || reused.contains($0) }
    return try Delivery(store: store, program: program, watchdogExecutable: watchdogExecutable)
      .deliverAndSave(toSend, ledger: &ledger)
  }
}

/// What a run that makes messages did, beyond its own plan: the files it wrote, the messages
/// superseded or marked as sent, what sending did, and what may or may not have been sent.
public struct SendingOutcome: Sendable {
  /// Files written by this run (the others were written earlier and are reused).
  public var written: Set<String>
  /// Unsent messages dropped because the plan no longer needs them.
  public var superseded: [String]
  /// Messages recorded as sent on the organiser's word (`markSent`).
  public var marked: [String]
  /// Messages the organiser marked as sent that the ledger already recorded so.
  public var alreadySent: [String]
  /// What sending did, when it was asked for.
  public var delivery: DeliveryReport?
  /// Every message that may or may not have been sent, with its recipient and why.
  public var uncertain: [(message: String, participant: String, reason: String)]
}

extension SendingRun {
  /// The outcome, once `ledger` holds every state.
  func outcome<Ledger: MessageLedger>(
    written: Set<String>, superseded: [String], alreadySent: [String], delivery: DeliveryReport?, ledger: Ledger
  ) -> SendingOutcome {
    SendingOutcome(
      written: written, superseded: superseded, marked: markSent.filter { !alreadySent.contains($0) },
      alreadySent: alreadySent, delivery: delivery, uncertain: ledger.uncertain(after: delivery))
  }
}
