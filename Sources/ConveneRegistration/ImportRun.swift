import ConveneCSV
import ConveneCore
import ConveneSpreadsheet
import ConveneWorkspace

/// `convene participants import` as one transaction: under the workspace lock, read the event
/// and its participants, read the export (its encoding chosen with the event's languages in
/// mind), merge, and write `participants.csv` only when nothing was rejected (or
/// `skipInvalid`) and nothing looked wrong (or `acceptWarnings`).
public enum ImportRun {
  /// What the organiser asked for.
  public struct Settings: Sendable {
    /// Columns read as a field (or ignored) whatever their header says.
    public var columnMap: [String: ImportField] = [:]
    /// Columns read as the registration status whatever their header says (`--map COLUMN=status`).
    public var statusColumns: Set<String> = []
    /// What some registration statuses of the export mean (`--status-word`).
    public var statusWords = StatusWordChoices()
    /// The export's encoding, when the organiser names it.
    public var encoding: SourceEncoding?
    /// The workbook sheet to read (default: the first).
    public var sheet: String?
    /// How ambiguous dates are read.
    public var dateOrder: DateOrder?
    public var dryRun = false
    public var skipInvalid = false
    public var acceptWarnings = false
    /// Let a re-import's answers replace what participants.csv holds (`--update`).
    public var update = false

    public init() {}
  }

  /// How the export was read: its sheet, or its encoding (and why) and delimiter.
  public struct Source: Sendable {
    public var sheet: String?
    public var encoding = SourceEncoding.utf8
    public var encodingChoice = DecodedText.Choice.validUTF8
    public var delimiter: Character = ","

    init(_ document: CSVDocument) {
      sheet = document.sheet
      encoding = document.encoding
      encodingChoice = document.encodingChoice
      delimiter = document.delimiter
    }
  }

  /// What the import found and did.
  public struct Result {
    public let outcome: RegistrationImport.Outcome
    public let source: Source
    /// True when `participants.csv` was written.
    public let written: Bool
    /// True when rows were rejected or warnings given that the settings did not accept: the
    /// command then fails (exit 1) after its summary.
    public let refused: Bool
  }

  /// Imports `bytes` (the export named `file`) into `workspace`. Throws `ImportTableError`
  /// when the export cannot be read as a table; the bytes and the decoded export are let go
  /// before anything is written.
  public static func run(
    _ bytes: consuming [UInt8], file: String, in workspace: Workspace, settings: Settings, purpose: String
  ) throws -> Result {
    var bytes: [UInt8]? = consume bytes
    return try workspace.transaction(purpose: purpose) {
      let (event, existing, extraColumns) = try load(workspace)
      var registration = RegistrationImport(event: event, columnMap: settings.columnMap, dateOrder: settings.dateOrder)
      registration.statusColumnsGiven = Set(settings.statusColumns.map(RegistrationImport.key(of:)))
      registration.updatesExisting = settings.update
      registration.statusWords = settings.statusWords
      registration.retiredIDs = try RetiredIDs.mentioned(in: workspace)
      registration.shouldStop = { Interruption.isRequested }
      let codePages = SourceEncoding.codePages(forLanguages: event.languages)
      let document: CSVDocument
      do {
        document = try ImportTable.document(
          bytes!, encoding: settings.encoding, sheet: settings.sheet, preferring: codePages,
          stop: ReadingStop { Interruption.isRequested })
      } catch {
        try Interruption.checkpoint()
        throw error
      }
      if let read = document.sheet {
        var others: [RegistrationImport.OtherSheet] = []
        try ImportTable.eachOtherSheet(bytes!, besides: read, stop: ReadingStop { Interruption.isRequested }) {
          name, hidden, document in
          switch document {
          case .success(let document):
            others.append(.init(name: name, hidden: hidden, document: document, readAs: registration))
          case .failure(let error):
            others.append(.init(name: name, hidden: hidden, problem: "\(error)"))
          }
        }
        registration.otherSheets = others
      }
      // The document holds what it needs of the bytes: they are let go before the rows are read.
      bytes = nil
      try Interruption.checkpoint()
      let source = Source(document)
      let outcome: RegistrationImport.Outcome
      do {
        outcome = try registration.run(consume document, into: consume existing)
      } catch {
        // Stopped by SIGTERM or Ctrl-C: nothing was written, and the file is not at fault.
        try Interruption.checkpoint()
        throw WorkspaceError.io(path: file, reason: "\(error)")
      }
      try Interruption.checkpoint()
      let report = outcome.report
      let refused =
        (!report.rejected.isEmpty && !settings.skipInvalid) || (!report.warnings.isEmpty && !settings.acceptWarnings)
      let changes = !report.added.isEmpty || !report.updated.isEmpty
      let write = !settings.dryRun && changes && !refused
      if write {
        try Interruption.checkpoint()
        try workspace.saveParticipants(outcome.participants, extraColumns: extraColumns)
        if let last = outcome.participants.last, report.added.contains(where: { $0.id == last.id }) {
          try RetiredIDs.raiseMark(to: last.id, in: workspace)
        }
      }
      return Result(outcome: outcome, source: source, written: write, refused: refused)
    }
  }

  /// What the import needs of the workspace; the rest of what was read is let go on return,
  /// so that the participants are held once.
  private static func load(_ workspace: Workspace) throws(WorkspaceError) -> (Event, [Participant], [String]) {
    let (plan, contents) = try workspace.loadPlan(requiringValid: [ParticipantsFile.name])
    return (plan.event, plan.participants, contents.participantExtraColumns)
  }
}
