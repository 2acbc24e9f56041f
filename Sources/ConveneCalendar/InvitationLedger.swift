import ConveneCSV
import ConveneCore

/// What convene has made and sent to whom, kept in `.convene/invitations.csv`: one row per
/// message and session event it carries (participant, UID, SEQUENCE, a digest of the event,
/// REQUEST or CANCEL, the message file), and the delivery state of each message. Rows are
/// never dropped: the history tells what a participant was sent, even when a later message
/// has been made but not sent yet.
public struct InvitationLedger: MessageLedger, Equatable {
  /// One session event carried by one message.
  public struct Entry: Sendable, Equatable {
    public var participant: String
    public var uid: String
    public var sequence: Int
    public var digest: String
    public var method: CalendarDocument.Method
    /// The message holding it (a path in the workspace, such as `outbox/v2/p001-request.eml`).
    public var message: String

    /// Creates an entry.
    public init(
      participant: String, uid: String, sequence: Int, digest: String,
      method: CalendarDocument.Method,
      message: String = ""
    ) {
      self.participant = participant
      self.uid = uid
      self.sequence = sequence
      self.digest = digest
      self.method = method
      self.message = message
    }

    /// The same event and version (UID, SEQUENCE, digest, method), whatever message holds it.
    func isSameVersion(as other: Entry) -> Bool {
      uid == other.uid && sequence == other.sequence && digest == other.digest
        && method == other.method
    }
  }

  /// Where a message is on its way to its recipient (`DeliveryState`).
  public typealias State = DeliveryState

  /// Every entry, in the order recorded.
  public private(set) var entries: [Entry] = []
  /// The state of each message.
  public private(set) var states: [String: State] = [:]
  /// Positions in `entries` by participant, then UID.
  private var index: [String: [String: [Int]]] = [:]
  /// Positions in `entries` by message.
  private var byMessage: [String: [Int]] = [:]

  /// An empty ledger.
  public init() {}

  /// The same entries (in any order) and states.
  public static func == (lhs: InvitationLedger, rhs: InvitationLedger) -> Bool {
    lhs.states == rhs.states && lhs.csv() == rhs.csv()
  }

  /// Records a new message and the entries it carries.
  public mutating func record(message: String, entries new: [Entry], state: State = .written) {
    states[message] = state
    for var entry in new {
      entry.message = message
      add(entry)
    }
  }

  /// Sets the state of a message.
  public mutating func setState(_ state: State, of message: String) {
    if states[message] != nil { states[message] = state }
  }

  /// The state of a message, or nil when the ledger does not know it.
  public func state(of message: String) -> State? { states[message] }

  /// The messages in any of `wanted` states, sorted.
  public func messages(in wanted: Set<State>) -> [String] {
    states.filter { wanted.contains($0.value) }.keys.sorted()
  }

  /// The participant a message is for.
  public func recipient(of message: String) -> String? { entries(of: message).first?.participant }

  /// The entries a message carries.
  public func entries(of message: String) -> [Entry] {
    (byMessage[message] ?? []).map { entries[$0] }
  }

  /// The UIDs a participant has entries for, sorted.
  public func uids(of participant: String) -> [String] { (index[participant] ?? [:]).keys.sorted() }

  /// The participant's latest version (highest SEQUENCE) of a UID among messages in `among`.
  public func latest(_ participant: String, _ uid: String, among wanted: Set<State>) -> Entry? {
    rows(participant, uid).filter { states[$0.message].map(wanted.contains) ?? false }
      .max { $0.sequence < $1.sequence }
  }

  /// The highest SEQUENCE ever written for a participant and UID, sent or not.
  public func highestSequence(_ participant: String, _ uid: String) -> Int? {
    rows(participant, uid).map(\.sequence).max()
  }

  /// The participant's version of an event that a message in `among` carries with this digest
  /// and method, newer than `after`: what a new message can carry again unchanged.
  public func reusable(
    _ participant: String, _ uid: String, digest: String, method: CalendarDocument.Method,
    after: Int?,
    among wanted: Set<State>
  ) -> Entry? {
    rows(participant, uid).last {
      $0.digest == digest && $0.method == method && $0.sequence > (after ?? -1)
        && (states[$0.message].map(wanted.contains) ?? false)
    }
  }

  /// A message in `among` states for `participant` carrying exactly `wanted` (same UIDs,
  /// SEQUENCEs, digests and method), or nil.
  public func message(_ participant: String, carrying wanted: [Entry], among states: Set<State>)
    -> String?
  {
    let candidates = Set(
      uids(of: participant).flatMap { rows(participant, $0) }.map(\.message)
        .filter { self.states[$0].map(states.contains) ?? false })
    return candidates.sorted().first { message in
      let carried = entries(of: message)
      return carried.count == wanted.count
        && wanted.allSatisfy { entry in carried.contains { $0.isSameVersion(as: entry) } }
    }
  }

  /// The latest entry of a participant and UID in any message not superseded: what they were
  /// sent, or given to send.
  public func entry(_ participant: String, _ uid: String) -> Entry? {
    latest(participant, uid, among: Set(State.allCases).subtracting([.superseded]))
  }

  private func rows(_ participant: String, _ uid: String) -> [Entry] {
    (index[participant]?[uid] ?? []).map { entries[$0] }
  }

  private mutating func add(_ entry: Entry) {
    index[entry.participant, default: [:]][entry.uid, default: []].append(entries.count)
    byMessage[entry.message, default: []].append(entries.count)
    entries.append(entry)
  }

  /// The file's columns.
  public static let columns = [
    "participant", "uid", "sequence", "digest", "method", "message", "state",
  ]
  /// The columns of ledgers written before delivery states (`delivered`: yes or no).
  static let formerColumns = [
    "participant", "uid", "sequence", "digest", "method", "message", "delivered",
  ]

  /// The ledger as CSV, sorted by participant, UID, SEQUENCE and message for stable diffs.
  public func csv() -> String {
    let sorted = entries.sorted {
      ($0.participant, $0.uid, $0.sequence, $0.message) < (
        $1.participant, $1.uid, $1.sequence, $1.message
      )
    }
    let rows = sorted.map { entry -> [String] in
      [
        entry.participant, entry.uid, String(entry.sequence), entry.digest, entry.method.rawValue,
        entry.message,
        (states[entry.message] ?? .written).rawValue,
      ]
    }
    return CSVWriter.document(header: Self.columns, rows: rows)
  }

  /// The SEQUENCE numbers a ledger may hold.
  static let sequences = 0...100_000

  /// Reads the CSV (and ledgers of the former layout, whose `delivered` yes/no become `sent`
  /// and `written`); a row that does not parse is an error naming its line.
  public init(csv bytes: [UInt8]) throws(LedgerError) {
    guard !bytes.isEmpty else { return }
    let table: CSVTable
    do {
      table = try CSVTable(onlyUTF8: bytes)
    } catch {
      throw LedgerError(file: Self.fileName, line: error.line, reason: error.reason)
    }
    let former = table.header == Self.formerColumns
    guard table.header == Self.columns || former else {
      throw LedgerError(
        file: Self.fileName, line: 1, reason: "the header must be \(Self.columns.joined(separator: ","))")
    }
    for row in table.rows {
      let cells = row.fields
      let state =
        former
        ? (cells.count == 7 ? (cells[6] == "yes" ? State.sent : .written) : nil)
        : cells.count == 7 ? State(rawValue: cells[6]) : nil
      guard cells.count == 7, let sequence = Int(cells[2]), sequence >= 0,
        let method = CalendarDocument.Method(rawValue: cells[4]), let state, !cells[5].isEmpty
      else {
        throw LedgerError(file: Self.fileName, line: row.line, reason: "expected \(Self.columns.joined(separator: ","))")
      }
      if let problem = Identifier.problem(cells[0]) { throw LedgerError(file: Self.fileName, line: row.line, reason: "participant: \(problem)") }
      if let problem = Self.messagePathProblem(cells[5]) {
        throw LedgerError(file: Self.fileName, line: row.line, reason: "message: \(problem)")
      }
      guard Self.sequences.contains(sequence) else {
        throw LedgerError(file: Self.fileName, line: row.line, reason: "sequence: \(sequence) is not a whole number from \(Self.sequences.described)")
      }
      if let known = states[cells[5]], known != state {
        throw LedgerError(
          file: Self.fileName, line: row.line, reason: "\(cells[5]) is \(known.rawValue) on an earlier line")
      }
      states[cells[5]] = state
      add(
        Entry(
          participant: cells[0], uid: cells[1], sequence: sequence, digest: cells[3],
          method: method, message: cells[5]))
    }
  }
}

extension InvitationLedger {
  /// The ledger's place in the workspace.
  public static let fileName = ParticipantRecordFiles.invitations
  /// Its journal of delivery states.
  public static let journalName = ".convene/invitations.journal"

  /// The folders of the releases' messages (`outbox/v1/`, `outbox/v2/`).
  public static func ownsOutboxFolder(_ name: String) -> Bool {
    name.first == "v" && name.count > 1 && name.dropFirst().allSatisfy(\.isASCIIDigit)
  }
}
