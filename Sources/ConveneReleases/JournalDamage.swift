import ConveneCore

/// The record of a send run cannot be trusted: its messages without a definite state read are
/// now "may have been sent".
public struct JournalDamage: ConveneError, Sendable, Equatable {
  /// The journal (`.convene/invitations.journal`).
  public var file: String
  /// The first damaged line, or nil when the journal is missing or holds no start of the run.
  public var line: Int?
  public var reason: String
  /// The messages now recorded as "may have been sent".
  public var uncertain: [String]
  public var exitCode: Int32 { 1 }
  public var message: String {
    let place = line.map { "\(file):\($0)" } ?? file
    let record =
      "\(place): \(reason). The journal is the record of what the last send run handed to the mail program"
    guard !uncertain.isEmpty else {
      return record
        + "; it still shows every message of that run sent or failed, so none is uncertain"
    }
    let count = uncertain.count == 1 ? "1 message" : "\(uncertain.count) messages"
    return record
      + ": \(count) it does not show sent or failed \(uncertain.count == 1 ? "is" : "are") now recorded as "
      + "\"may have been sent\"; the next `--send` lists \(uncertain.count == 1 ? "it" : "them") and sends "
      + "\(uncertain.count == 1 ? "it" : "them") again only with `--resend-uncertain` (`--mark-sent MESSAGE` "
      + "records one as sent)"
  }
}
