import ConveneCore
import ConveneWorkspace

/// A message ledger on disk (`.convene/invitations.csv`, `.convene/notifications.csv`),
/// replaced atomically, and beside it its journal, to which every delivery state is appended
/// and flushed to disk the moment it changes (`sending` before a message goes to the mail
/// program, `sent` or `failed` after). Reading replays the journal over the CSV; the next
/// save folds it in and empties it. A line cut short by a crash is ignored: the state it was
/// writing had not been reached. Use it inside the command's transaction.
public struct LedgerStore<Ledger: MessageLedger>: Sendable {
  public let workspace: Workspace

  /// The store of a workspace.
  public init(workspace: Workspace) { self.workspace = workspace }

  var csvPath: String { workspace.path(Ledger.fileName) }
  var journalPath: String { workspace.path(Ledger.journalName) }

  /// The ledger, with the journal's states applied (and folded into the CSV).
  public func load() throws -> Ledger {
    let (ledger, journaled) = try read()
    if journaled { try save(ledger) }
    return ledger
  }

  /// The ledger with the journal's states applied, writing nothing: for commands that only
  /// read (`convene plan`). Also says whether the journal held anything.
  public func read() throws -> (ledger: Ledger, journaled: Bool) {
    var ledger = try Ledger(csv: workspace.fileSystem.contents(of: csvPath) ?? [])
    let journal = try workspace.fileSystem.contents(of: journalPath) ?? []
    guard !journal.isEmpty else { return (ledger, false) }
    for (state, message) in DeliveryJournal.lines(of: journal) {
      ledger.setState(state, of: message)
    }
    return (ledger, true)
  }

  /// Writes the CSV (atomically, flushed to disk), then empties the journal it includes.
  public func save(_ ledger: Ledger) throws {
    try workspace.fileSystem.createDirectory(workspace.path(".convene"))
    try workspace.fileSystem.write(ledger.csv(), to: csvPath)
    if workspace.fileSystem.exists(journalPath) {
      try workspace.fileSystem.write([], to: journalPath)
    }
  }

  /// Records a message's new state durably, before anything else happens.
  func journal(_ state: DeliveryState, of message: String) throws {
    try workspace.fileSystem.append(Array("\(state.rawValue) \(message)\n".utf8), to: journalPath)
  }
}

/// The journal's lines: `STATE MESSAGE`, one per change, appended and flushed.
enum DeliveryJournal {
  /// The complete lines of a journal.
  static func lines(of bytes: [UInt8]) -> [(DeliveryState, String)] {
    var text = String(decoding: bytes, as: UTF8.self)
    if let last = text.lastIndex(of: "\n") { text = String(text[...last]) } else { return [] }
    return text.split(separator: "\n").compactMap { line in
      let parts = line.split(separator: " ", maxSplits: 1)
      guard parts.count == 2, let state = DeliveryState(rawValue: String(parts[0])) else {
        return nil
      }
      return (state, String(parts[1]))
    }
  }
}
