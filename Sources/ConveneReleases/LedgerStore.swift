import ConveneCalendar
import ConveneCore
import ConveneWorkspace

/// The invitation ledger on disk: `.convene/invitations.csv`, replaced atomically, and
/// beside it `.convene/invitations.journal`, to which every delivery state is appended and
/// flushed to disk the moment it changes (`sending` before a message goes to the mail
/// program, `sent` or `failed` after). Reading replays the journal over the CSV; the next
/// save folds it in and empties it. A line cut short by a crash is ignored: the state it was
/// writing had not been reached. Use it inside the command's transaction.
public struct LedgerStore: Sendable {
  public let workspace: Workspace
  /// The journal's place in the workspace.
  public static let journalName = ".convene/invitations.journal"

  /// The store of a workspace.
  public init(workspace: Workspace) { self.workspace = workspace }

  var csvPath: String { workspace.path(InvitationLedger.fileName) }
  var journalPath: String { workspace.path(Self.journalName) }

  /// The ledger, with the journal's states applied (and folded into the CSV).
  public func load() throws -> InvitationLedger {
    var ledger = try InvitationLedger(csv: workspace.fileSystem.contents(of: csvPath) ?? [])
    let journal = try workspace.fileSystem.contents(of: journalPath) ?? []
    guard !journal.isEmpty else { return ledger }
    for (state, message) in Self.lines(of: journal) { ledger.setState(state, of: message) }
    try save(ledger)
    return ledger
  }

  /// Writes the CSV (atomically, flushed to disk), then empties the journal it includes.
  public func save(_ ledger: InvitationLedger) throws {
    try workspace.fileSystem.createDirectory(workspace.path(".convene"))
    try workspace.fileSystem.write(ledger.csv(), to: csvPath)
    if workspace.fileSystem.exists(journalPath) {
      try workspace.fileSystem.write([], to: journalPath)
    }
  }

  /// Records a message's new state durably, before anything else happens.
  func journal(_ state: InvitationLedger.State, of message: String) throws {
    try workspace.fileSystem.append(Array("\(state.rawValue) \(message)\n".utf8), to: journalPath)
  }

  /// The complete lines of a journal: `STATE MESSAGE`.
  static func lines(of bytes: [UInt8]) -> [(InvitationLedger.State, String)] {
    var text = String(decoding: bytes, as: UTF8.self)
    if let last = text.lastIndex(of: "\n") { text = String(text[...last]) } else { return [] }
    return text.split(separator: "\n").compactMap { line in
      let parts = line.split(separator: " ", maxSplits: 1)
      guard parts.count == 2, let state = InvitationLedger.State(rawValue: String(parts[0])) else {
        return nil
      }
      return (state, String(parts[1]))
    }
  }
}
