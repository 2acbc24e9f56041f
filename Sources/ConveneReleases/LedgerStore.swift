import ConveneCore
import ConveneWorkspace

/// A message ledger on disk (`.convene/invitations.csv`, `.convene/notifications.csv`),
/// replaced atomically, and beside it its journal, to which every delivery state is appended
/// and flushed to disk the moment it changes (`sending` before a message goes to the mail
/// program, `sent` or `failed` after), and a marker (`.convene/invitations.run`) holding the id
/// of a send run from before its first hand-off until its outcome is folded into the CSV.
/// Reading replays the journal over the CSV; the next save folds it in, clears the marker and
/// empties the journal. A journal that is damaged, or missing while the marker says a run was
/// started, leaves every message that run may have handed over "may have been sent" (`sending`):
/// never "not sent". Use it inside the command's transaction.
public struct LedgerStore<Ledger: MessageLedger>: Sendable {
  public let workspace: Workspace

  /// The store of a workspace.
  public init(workspace: Workspace) { self.workspace = workspace }

  var csvPath: String { workspace.path(Ledger.fileName) }
  var journalPath: String { workspace.path(Ledger.journalName) }
  var markerPath: String { workspace.path(Ledger.runMarkerName) }

  /// What the files say.
  public struct Reading {
    /// The ledger with the journal's states applied.
    public var ledger: Ledger
    /// True when the journal or the marker held anything (a save then folds it).
    public var journaled: Bool
    /// Why the record of a send run cannot be trusted, with the messages it made uncertain.
    public var damage: JournalDamage?
  }

  /// The ledger, with the journal's states applied (and folded into the CSV). Throws
  /// `JournalDamage`, once the uncertain messages are recorded, when the journal is damaged.
  public func load() throws -> Ledger {
    let reading = try read()
    if reading.journaled { try save(reading.ledger) }
    if let damage = reading.damage { throw damage }
    return reading.ledger
  }

  /// The ledger with the journal's states applied, writing nothing: for commands that only
  /// read (`convene plan`).
  public func read() throws -> Reading {
    var ledger = try Ledger(csv: workspace.fileSystem.contents(of: csvPath) ?? [])
    let journal = try workspace.fileSystem.contents(of: journalPath) ?? []
    let marker = try workspace.fileSystem.contents(of: markerPath) ?? []
    var openRun = String(decoding: marker, as: UTF8.self)
    while openRun.last?.isNewline == true { openRun.removeLast() }
    guard !journal.isEmpty || !marker.isEmpty else {
      return Reading(ledger: ledger, journaled: false)
    }
    let reading = DeliveryJournal.read(journal, openRun: openRun.isEmpty ? nil : openRun)
    for (state, message) in reading.states { ledger.setState(state, of: message) }
    var damage: JournalDamage?
    if let found = reading.damage {
      // Every message the run may have handed over without a state read after it.
      let settled = reading.settled
      let uncertain = ledger.messages(in: [.written, .failed]).filter { !settled.contains($0) }
      for message in uncertain { ledger.setState(.sending, of: message) }
      damage = JournalDamage(
        file: Ledger.journalName, line: found.line, reason: found.reason, uncertain: uncertain)
    }
    return Reading(ledger: ledger, journaled: true, damage: damage)
  }

  /// Writes the CSV (atomically, flushed to disk), then clears the run marker and empties the
  /// journal it includes (in that order: a crash between them leaves a journal read again).
  public func save(_ ledger: Ledger) throws {
    try workspace.fileSystem.createDirectory(workspace.path(".convene"))
    try workspace.fileSystem.write(ledger.csv(), to: csvPath)
    for path in [markerPath, journalPath] where workspace.fileSystem.exists(path) {
      try workspace.fileSystem.write([], to: path)
    }
  }

  /// A send run being recorded: its id and the number of its next journal line.
  struct SendRun {
    let id: String
    var next = 1
  }

  /// Opens a send run before its first hand-off: its start line in the journal, then the
  /// marker naming it (a crash between the two leaves a start line that needs no marker).
  func startRun() throws -> SendRun {
    let run = SendRun(id: UInt64.random(in: .min ... .max).hexadecimalDigits)
    try workspace.fileSystem.createDirectory(workspace.path(".convene"))
    try workspace.fileSystem.append(
      Array(
        DeliveryJournal.line(run: run.id, number: 0, word: DeliveryJournal.start, message: nil).utf8
      ),
      to: journalPath)
    try workspace.fileSystem.write(Array("\(run.id)\n".utf8), to: markerPath)
    return run
  }

  /// Records a message's new state durably, before anything else happens.
  func journal(_ state: DeliveryState, of message: String, in run: inout SendRun) throws {
    let line = DeliveryJournal.line(
      run: run.id, number: run.next, word: state.rawValue, message: message)
    try workspace.fileSystem.append(Array(line.utf8), to: journalPath)
    run.next += 1
  }
}

extension MessageLedger {
  /// The marker of a send run not yet folded into the ledger (`.convene/invitations.run`).
  public static var runMarkerName: String {
    String(fileName.dropLast(".csv".count)) + ".run"
  }
}
