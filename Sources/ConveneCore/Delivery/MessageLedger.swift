/// A record of the messages convene has made for one kind of mail (invitations, registration
/// notices) and the delivery state of each, kept as a CSV file in `.convene/` with a journal
/// beside it. The sending machinery (`LedgerStore`, `Delivery`) works on any of them.
public protocol MessageLedger: Sendable {
  /// The CSV file's place in the workspace (`.convene/invitations.csv`).
  static var fileName: String { get }
  /// The journal's place in the workspace (`.convene/invitations.journal`).
  static var journalName: String { get }
  /// True for a folder of `outbox/` this ledger's messages are written to (`v2`, `notify`).
  static func ownsOutboxFolder(_ name: String) -> Bool
  /// An empty ledger.
  init()
  /// The ledger read from its CSV file; a row that does not parse is an error naming its line.
  init(csv bytes: [UInt8]) throws(LedgerError)
  /// The CSV text.
  func csv() -> String
  /// The state of a message, or nil when the ledger does not know it.
  func state(of message: String) -> DeliveryState?
  /// Sets the state of a message the ledger knows.
  mutating func setState(_ state: DeliveryState, of message: String)
  /// The messages in any of `wanted` states, sorted.
  func messages(in wanted: Set<DeliveryState>) -> [String]
  /// The participant a message is for.
  func recipient(of message: String) -> String?
}

extension MessageLedger {
  /// Why `message` cannot be the path of a message in the outbox, or nil when it can: a
  /// relative path under `outbox/` ending in `.eml`, without empty, `.` or `..` parts and
  /// without control characters.
  public static func messagePathProblem(_ message: String) -> String? {
    let parts = message.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count >= 2, parts[0] == "outbox", message.hasSuffix(".eml"),
      parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }),
      !message.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
    else { return "\(Identifier.shown(message)) is not a message in outbox/" }
    return nil
  }
}

/// A ledger file that cannot be read.
public struct LedgerError: ConveneError, Sendable, Equatable, CustomStringConvertible {
  /// The ledger's file (`.convene/invitations.csv`).
  public var file: String
  public var line: Int
  public var reason: String
  public var description: String { "line \(line): \(reason)" }
  public var exitCode: Int32 { 1 }
  public var message: String { "\(file):\(line): \(reason)" }

  /// Creates the error.
  public init(file: String, line: Int, reason: String) {
    self.file = file
    self.line = line
    self.reason = reason
  }
}
