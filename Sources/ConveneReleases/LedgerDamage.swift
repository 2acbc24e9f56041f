import ConveneCore

/// A message ledger that is not the one convene last wrote: changed, emptied or missing while
/// its seal, the outbox or the journal say messages were made. Nothing is sent or written.
public struct LedgerDamage: ConveneError, Sendable, Equatable {
  /// The ledger (`.convene/invitations.csv`).
  public var file: String
  /// What is wrong with it.
  public var reason: String
  public var exitCode: Int32 { 1 }
  public var message: String {
    let seal = String(file.dropLast(".csv".count)) + ".seal"
    return "\(file): \(reason). The ledger is the record of what was sent to whom: restore it "
      + "(with \(seal)) from the same backup before sending; nothing was sent"
  }
}
