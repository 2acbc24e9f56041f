import ConveneCSV
import ConveneCore

/// What convene has sent to whom: per participant and session UID, the last SEQUENCE, a
/// digest of the event as sent, whether it was a request or a cancellation, and whether the
/// message left (`--send`) or only went to `outbox/`. Kept in `.convene/invitations.csv`.
public struct InvitationLedger: Sendable, Equatable {
  /// One participant's knowledge of one session.
  public struct Entry: Sendable, Equatable {
    public var participant: String
    public var uid: String
    public var sequence: Int
    public var digest: String
    public var method: CalendarDocument.Method
    /// The message holding it (a path in the workspace, such as `outbox/v2/p001-request.eml`).
    public var message: String
    /// The message was handed to the mail program, which accepted it.
    public var delivered: Bool

    /// Creates an entry.
    public init(
      participant: String, uid: String, sequence: Int, digest: String, method: CalendarDocument.Method,
      message: String = "", delivered: Bool
    ) {
      self.participant = participant
      self.uid = uid
      self.sequence = sequence
      self.digest = digest
      self.method = method
      self.message = message
      self.delivered = delivered
    }
  }

  /// Entries by participant, then UID.
  public private(set) var entries: [String: [String: Entry]] = [:]

  /// An empty ledger.
  public init() {}

  /// The entry of a participant and UID.
  public func entry(_ participant: String, _ uid: String) -> Entry? { entries[participant]?[uid] }

  /// Records or replaces an entry.
  public mutating func record(_ entry: Entry) { entries[entry.participant, default: [:]][entry.uid] = entry }

  /// The file's columns.
  public static let columns = ["participant", "uid", "sequence", "digest", "method", "message", "delivered"]

  /// Messages not yet delivered, in order, with the entries each carries.
  public var undelivered: [(message: String, entries: [Entry])] {
    var byMessage: [String: [Entry]] = [:]
    for list in entries.values {
      for entry in list.values where !entry.delivered && !entry.message.isEmpty { byMessage[entry.message, default: []].append(entry) }
    }
    return byMessage.keys.sorted().map { ($0, byMessage[$0]!) }
  }

  /// Marks every entry carried by `message` as delivered.
  public mutating func markDelivered(_ message: String) {
    for (participant, list) in entries {
      for (uid, entry) in list where entry.message == message { entries[participant]![uid]!.delivered = true }
    }
  }

  /// The ledger as CSV, sorted for stable diffs.
  public func csv() -> String {
    let rows = entries.keys.sorted().flatMap { participant in
      entries[participant]!.keys.sorted().map { uid -> [String] in
        let entry = entries[participant]![uid]!
        return [
          entry.participant, entry.uid, String(entry.sequence), entry.digest, entry.method.rawValue, entry.message,
          entry.delivered ? "yes" : "no",
        ]
      }
    }
    return CSVWriter.document(header: Self.columns, rows: rows)
  }

  /// The SEQUENCE numbers a ledger may hold.
  static let sequences = 0...100_000

  /// Reads the CSV; a row that does not parse is an error naming its line.
  public init(csv bytes: [UInt8]) throws(LedgerError) {
    guard !bytes.isEmpty else { return }
    let table: CSVTable
    do {
      table = try CSVTable(bytes: bytes)
    } catch {
      throw LedgerError(line: error.line, reason: error.reason)
    }
    guard table.header == Self.columns else { throw LedgerError(line: 1, reason: "the header must be \(Self.columns.joined(separator: ","))") }
    for row in table.rows {
      let cells = row.fields
      guard cells.count == 7, let sequence = Int(cells[2]), let method = CalendarDocument.Method(rawValue: cells[4]) else {
        throw LedgerError(line: row.line, reason: "expected \(Self.columns.joined(separator: ","))")
      }
      if let problem = Identifier.problem(cells[0]) { throw LedgerError(line: row.line, reason: "participant: \(problem)") }
      guard Self.sequences.contains(sequence) else {
        throw LedgerError(line: row.line, reason: "sequence: \(sequence) is not a whole number from \(Self.sequences.described)")
      }
      record(
        Entry(
          participant: cells[0], uid: cells[1], sequence: sequence, digest: cells[3], method: method, message: cells[5],
          delivered: cells[6] == "yes"))
    }
  }
}

/// A ledger file that cannot be read.
public struct LedgerError: Error, Sendable, Equatable, CustomStringConvertible {
  public var line: Int
  public var reason: String
  public var description: String { "line \(line): \(reason)" }
}
