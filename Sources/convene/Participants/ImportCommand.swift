import ArgumentParser
import ConveneCSV
import ConveneCore
import ConveneJSON
import ConveneRegistration
import ConveneWorkspace
import Foundation

/// `convene participants import FILE`: registrations from a form export, all or nothing.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import registrations from a CSV export (Google Forms, Microsoft Forms, KoboToolbox, Zoom, Teams, Excel).",
    discussion: """
      Reads UTF-8 (with or without BOM), UTF-16 with BOM and Windows-1252; comma, semicolon or \
      tab delimiters; a report's preamble before the header is skipped. People are matched by \
      e-mail: a re-import updates them and keeps their ids. Nothing is written when a row is \
      rejected, unless --skip-invalid is given, nor when something looks wrong (double-encoded \
      text, placeholder names, a column of addresses read as nothing, people left without a \
      category), unless --accept-warnings is given.
      """)

  @Argument(help: "The CSV file to import.")
  var file: String

  @Option(
    name: .customLong("map"), parsing: .singleValue,
    help: ArgumentHelp(
      "Read COLUMN as FIELD (or `ignore` it); repeatable.", valueName: "COLUMN=FIELD"))
  var mappings: [String] = []

  @Flag(help: "Show what would happen without writing anything.")
  var dryRun = false

  @Flag(help: "Import the valid rows even when some are rejected.")
  var skipInvalid = false

  @Option(
    help: ArgumentHelp(
      "Read dates such as 5/3/2027 day first (dmy) or month first (mdy) when a column does not show which.",
      valueName: "dmy|mdy"))
  var dateOrder: DateOrder?

  @Flag(help: "Write even when the summary lists warnings (double-encoded text, placeholder names, ...).")
  var acceptWarnings = false

  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var output: JSONOutputOption

  func validate() throws {
    _ = try columnMap()
  }

  func columnMap() throws -> [String: ImportField] {
    var map: [String: ImportField] = [:]
    for mapping in mappings {
      guard let equals = mapping.lastIndex(of: "=") else {
        throw ValidationError("--map \"\(mapping)\" must be COLUMN=FIELD")
      }
      let column = String(mapping[..<equals]).trimmed
      let name = String(mapping[mapping.index(after: equals)...]).trimmed.lowercased()
      guard !column.isEmpty, let field = ImportField(rawValue: name.replacingOccurrences(of: "-", with: "_")) else {
        throw ValidationError(
          "--map \"\(mapping)\": \"\(name)\" is not a field; the fields are "
            + ImportField.allCases.map(\.rawValue).joined(separator: ", "))
      }
      map[column] = field
    }
    return map
  }

  /// The export as a table; its bytes are let go as soon as it is read.
  func readExport() throws -> CSVDocument {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw CommandFailure("\(file): no such file, or it cannot be read")
    }
    do {
      return try CSVDocument(bytes: [UInt8](data))
    } catch {
      throw CommandFailure("\(file):\(error.line): \(error.reason); nothing was imported")
    }
  }

  /// What the import needs of the workspace; the rest of what was read is let go on return,
  /// so that the participants are held once.
  static func load(_ workspace: Workspace) throws(WorkspaceError) -> (Event, [Participant], [String]) {
    let (plan, contents) = try workspace.loadPlan(requiringValid: [ParticipantsFile.name])
    return (plan.event, plan.participants, contents.participantExtraColumns)
  }

  func run() throws {
    // The export is handed over to the import, which lets it go before anything is written.
    var export: CSVDocument? = try readExport()
    let source = (encoding: export!.encoding, delimiter: export!.delimiter)
    let workspace = options.open()
    let map = try columnMap()
    let result: (outcome: RegistrationImport.Outcome, written: Bool) = try workspace.locked { () throws in
      let (event, existing, extraColumns) = try Self.load(workspace)
      let table = export!
      export = nil
      let outcome: RegistrationImport.Outcome
      do {
        outcome = try RegistrationImport(event: event, columnMap: map, dateOrder: dateOrder)
          .run(consume table, into: consume existing)
      } catch {
        throw WorkspaceError.io(path: file, reason: "\(error)")
      }
      let report = outcome.report
      let changes = !report.added.isEmpty || !report.updated.isEmpty
      let write =
        !dryRun && changes && (report.rejected.isEmpty || skipInvalid) && (report.warnings.isEmpty || acceptWarnings)
      if write {
        try workspace.saveParticipants(outcome.participants, extraColumns: extraColumns)
      }
      return (outcome, write)
    }
    let report = result.outcome.report
    let summary = ImportSummary(
      report: report, encoding: source.encoding, delimiter: source.delimiter, file: file,
      total: result.outcome.participants.count, written: result.written, dryRun: dryRun, acceptWarnings: acceptWarnings)
    if output.json {
      Terminal.print(JSONWriter.string(summary.json), terminator: "")
    } else {
      Terminal.print(summary.text)
    }
    if (!report.rejected.isEmpty && !skipInvalid) || (!report.warnings.isEmpty && !acceptWarnings) { throw ExitCode(1) }
  }
}

extension DateOrder: ExpressibleByArgument {}
