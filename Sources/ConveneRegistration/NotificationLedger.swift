import ConveneCSV
import ConveneCore

/// The registration notices convene has made and sent, kept in `.convene/notifications.csv`:
/// one row per message (participant, its number among that person's notices, the notice and
/// waitlist position, the message file, its delivery state). Rows are never dropped: what a
/// person was told stays known when a later notice is made but not yet sent.
public struct NotificationLedger: MessageLedger, Equatable {
  /// One message.
  public struct Entry: Sendable, Equatable {
    public var participant: String
    /// 1 for a person's first notice, then 2, 3...: the latest is the highest.
    public var number: Int
    public var notice: RegistrationNotice.Kind
    public var position: Int?
    /// The message file (`outbox/notify/p001-waitlisted.eml`).
    public var message: String

    /// Creates an entry.
    public init(
      participant: String, number: Int, notice: RegistrationNotice.Kind, position: Int?,
      message: String
    ) {
      self.participant = participant
      self.number = number
      self.notice = notice
      self.position = position
      self.message = message
    }

    /// True when the entry carries exactly `notice`.
    public func carries(_ notice: RegistrationNotice) -> Bool {
      participant == notice.participant && self.notice == notice.kind
        && position == notice.position
    }
  }

  public static let fileName = ".convene/notifications.csv"
  public static let journalName = ".convene/notifications.journal"

  /// The folder of the notices (`outbox/notify/`).
  public static func ownsOutboxFolder(_ name: String) -> Bool { name == "notify" }
  /// The file's columns.
  public static let columns = ["participant", "number", "notice", "position", "message", "state"]

  /// Every message, in the order recorded.
  public private(set) var entries: [Entry] = []
  /// The state of each message.
  public private(set) var states: [String: DeliveryState] = [:]
  /// Positions in `entries` by participant.
  private var byParticipant: [String: [Int]] = [:]
  /// Positions in `entries` by message.
  private var byMessage: [String: Int] = [:]

  /// An empty ledger.
  public init() {}

  /// Records a new message.
  public mutating func record(_ notice: RegistrationNotice, message: String, state: DeliveryState = .written) {
    let entry = Entry(
      participant: notice.participant, number: nextNumber(for: notice.participant),
      notice: notice.kind, position: notice.position, message: message)
    add(entry, state: state)
  }

  /// The number the participant's next notice gets.
  public func nextNumber(for participant: String) -> Int {
    (byParticipant[participant] ?? []).map { entries[$0].number }.max().map { $0 + 1 } ?? 1
  }

  public func state(of message: String) -> DeliveryState? { states[message] }

  public mutating func setState(_ state: DeliveryState, of message: String) {
    if states[message] != nil { states[message] = state }
  }

  public func messages(in wanted: Set<DeliveryState>) -> [String] {
    states.filter { wanted.contains($0.value) }.keys.sorted()
  }

  public func recipient(of message: String) -> String? {
    byMessage[message].map { entries[$0].participant }
  }

  /// The entry of a message.
  public func entry(of message: String) -> Entry? { byMessage[message].map { entries[$0] } }

  /// The participant's notices, in the order made.
  public func entries(of participant: String) -> [Entry] {
    (byParticipant[participant] ?? []).map { entries[$0] }
  }

  /// The participant's latest notice among messages in `wanted` states.
  public func latest(_ participant: String, among wanted: Set<DeliveryState>) -> Entry? {
    entries(of: participant).filter { states[$0.message].map(wanted.contains) ?? false }
      .max { $0.number < $1.number }
  }

  /// A message in `wanted` states carrying exactly `notice`, or nil.
  public func message(carrying notice: RegistrationNotice, among wanted: Set<DeliveryState>)
    -> String?
  {
    entries(of: notice.participant).last {
      $0.carries(notice) && (states[$0.message].map(wanted.contains) ?? false)
    }?.message
  }

  private mutating func add(_ entry: Entry, state: DeliveryState) {
    byParticipant[entry.participant, default: []].append(entries.count)
    byMessage[entry.message] = entries.count
    states[entry.message] = state
    entries.append(entry)
  }

  /// The ledger as CSV, by participant and number for stable diffs.
  public func csv() -> String {
    let sorted = entries.sorted { ($0.participant, $0.number) < ($1.participant, $1.number) }
    return CSVWriter.document(
      header: Self.columns,
      rows: sorted.map { entry in
        [
          entry.participant, String(entry.number), entry.notice.rawValue,
          entry.position.map(String.init) ?? "", entry.message,
          (states[entry.message] ?? .written).rawValue,
        ]
      })
  }

  /// A person's notice numbers, and waitlist positions.
  static let numbers = 1...100_000

  /// Reads the CSV (strict UTF-8, ids by `Identifier`, message paths under `outbox/`, numbers
  /// in range); a row that does not parse is an error naming its line.
  public init(csv bytes: [UInt8]) throws(LedgerError) {
    guard !bytes.isEmpty else { return }
    let table: CSVTable
    do {
      table = try CSVTable(onlyUTF8: bytes)
    } catch {
      throw LedgerError(file: Self.fileName, line: error.line, reason: error.reason)
    }
    guard table.header == Self.columns else {
      throw LedgerError(
        file: Self.fileName, line: 1,
        reason: "the header must be \(Self.columns.joined(separator: ","))")
    }
    for row in table.rows {
      let cells = row.fields
      guard cells.count == 6, !cells[0].isEmpty, let number = Int(cells[1]),
        let notice = RegistrationNotice.Kind(rawValue: cells[2]),
        cells[3].isEmpty || Int(cells[3]) != nil,
        !cells[4].isEmpty, let state = DeliveryState(rawValue: cells[5])
      else {
        throw LedgerError(
          file: Self.fileName, line: row.line,
          reason: "expected \(Self.columns.joined(separator: ","))")
      }
      if let problem = Identifier.problem(cells[0]) {
        throw LedgerError(file: Self.fileName, line: row.line, reason: "participant: \(problem)")
      }
      if let problem = Self.messagePathProblem(cells[4]) {
        throw LedgerError(file: Self.fileName, line: row.line, reason: "message: \(problem)")
      }
      for (column, value) in [("number", Int(cells[1])), ("position", Int(cells[3]))] {
        if let value, !Self.numbers.contains(value) {
          throw LedgerError(
            file: Self.fileName, line: row.line,
            reason: "\(column): \(value) is not a whole number from \(Self.numbers.described)")
        }
      }
      guard byMessage[cells[4]] == nil else {
        throw LedgerError(
          file: Self.fileName, line: row.line, reason: "\(cells[4]) is on an earlier line")
      }
      add(
        Entry(
          participant: cells[0], number: number, notice: notice, position: Int(cells[3]),
          message: cells[4]), state: state)
    }
  }
}
