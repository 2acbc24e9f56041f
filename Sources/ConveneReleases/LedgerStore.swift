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
  var sealPath: String { workspace.path(Ledger.sealName) }

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
    let csv = try workspace.fileSystem.contents(of: csvPath)
    var ledger = try Ledger(csv: csv ?? [])
    let journal = try workspace.fileSystem.contents(of: journalPath) ?? []
    try checkSeal(csv: csv, ledger: ledger, journal: journal)
    let marker = try workspace.fileSystem.contents(of: markerPath) ?? []
    var openRun = String(decoding: marker, as: UTF8.self)
    while openRun.last?.isNewline == true { openRun.removeLast() }
    guard !journal.isEmpty || !marker.isEmpty else {
      return Reading(ledger: ledger, journaled: false)
    }
    let reading = DeliveryJournal.read(journal, openRun: openRun.isEmpty ? nil : openRun)
    // The journal records only messages the ledger held when the run began.
    if let unknown = reading.states.first(where: { ledger.state(of: $0.message) == nil }) {
      throw LedgerDamage(
        file: Ledger.fileName,
        reason:
          "does not hold \"\(Identifier.shown(unknown.message))\", which \(Ledger.journalName) records as \(unknown.state.rawValue)"
      )
    }
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
  /// The seal names the new CSV and the one it replaces while the CSV is being replaced (or
  /// `noLedgerYet` when there was none), then the new one alone, so that a kill at any point
  /// leaves a CSV its seal names, or no CSV where none was before.
  public func save(_ ledger: Ledger) throws {
    try workspace.fileSystem.createDirectory(workspace.path(".convene"))
    let text = ledger.csv()
    let new = Self.digest(Array(text.utf8))
    let replaced = try workspace.fileSystem.contents(of: csvPath).map(Self.digest)
    try workspace.fileSystem.write(Self.seal([new, replaced ?? Self.noLedgerYet]), to: sealPath)
    try workspace.fileSystem.write(text, to: csvPath)
    try workspace.fileSystem.write(Self.seal([new]), to: sealPath)
    for path in [markerPath, journalPath] where workspace.fileSystem.exists(path) {
      try workspace.fileSystem.write([], to: path)
    }
  }

  /// True once convene has written the ledger with its seal.
  var isSealed: Bool { workspace.fileSystem.exists(sealPath) }

  /// The seal's digest of a CSV's bytes.
  static func digest(_ bytes: [UInt8]) -> String {
    contentDigest(String(decoding: bytes, as: UTF8.self))
  }

  /// What the seal names, beside the new CSV's digest, while the first CSV is being written:
  /// its absence is then the state before, in which nothing was recorded or sent.
  static var noLedgerYet: String { "none" }

  /// The seal's text: one digest a line.
  static func seal(_ digests: [String]) -> [UInt8] {
    Array(digests.map { "\($0)\n" }.joined().utf8)
  }

  /// Throws `LedgerDamage` when the CSV is not one its seal names, or when, unsealed, it is
  /// missing or holds no message while the outbox or the journal say messages were made.
  func checkSeal(csv: [UInt8]?, ledger: Ledger, journal: [UInt8]) throws {
    if let seal = try workspace.fileSystem.contents(of: sealPath) {
      let digests = String(decoding: seal, as: UTF8.self).split(separator: "\n").map(String.init)
      // Killed while writing the first CSV: the state before, no ledger (the outbox files of
      // that run are written again and recorded by the next).
      if csv == nil && digests.contains(Self.noLedgerYet) { return }
      guard let csv, !csv.isEmpty else {
        throw LedgerDamage(
          file: Ledger.fileName,
          reason:
            "\(csv == nil ? "is missing" : "is empty"), though \(Ledger.sealName) says it was written"
        )
      }
      guard digests.contains(Self.digest(csv)) else {
        throw LedgerDamage(
          file: Ledger.fileName,
          reason:
            "does not match its seal (\(Ledger.sealName)): it was changed or damaged since convene wrote it"
        )
      }
      return
    }
    guard ledger.messages(in: Set(DeliveryState.allCases)).isEmpty else { return }
    if let folder = try outboxFolderHoldingMessages() {
      throw LedgerDamage(
        file: Ledger.fileName,
        reason:
          "\(csv == nil ? "is missing" : "holds no message"), though \(folder) holds messages convene made"
      )
    }
    if !journal.isEmpty {
      throw LedgerDamage(
        file: Ledger.fileName,
        reason:
          "\(csv == nil ? "is missing" : "holds no message"), though \(Ledger.journalName) records a send run"
      )
    }
  }

  /// The first folder of the outbox this ledger's messages go to that holds a message.
  func outboxFolderHoldingMessages() throws -> String? {
    let outbox = workspace.path("outbox")
    guard workspace.fileSystem.isDirectory(outbox) else { return nil }
    for name in try workspace.fileSystem.list(outbox).sorted() where Ledger.ownsOutboxFolder(name) {
      let folder = joinPath(outbox, name)
      guard workspace.fileSystem.isDirectory(folder) else { continue }
      if try workspace.fileSystem.list(folder).contains(where: { $0.hasSuffix(".eml") }) {
        return "outbox/\(name)/"
      }
    }
    return nil
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

  /// The digest of the CSV convene last wrote (`.convene/invitations.seal`): a ledger that does
  /// not match it was changed or damaged.
  public static var sealName: String {
    String(fileName.dropLast(".csv".count)) + ".seal"
  }
}
