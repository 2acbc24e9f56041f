import ArgumentParser
import ConveneCSV
import ConveneCore
import ConveneJSON
import ConveneRegistration
import ConveneSpreadsheet
import ConveneWorkspace
import Foundation

/// `convene participants import FILE`: registrations from a form export, all or nothing.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import registrations from a CSV or .xlsx export (Google Forms, KoboToolbox, Microsoft Forms, Excel).",
    discussion: """
      Reads .xlsx workbooks (the first sheet, or --sheet) and text in UTF-8, UTF-16 (with or \
      without BOM) or the legacy code page whose words read best (Windows-1250 to 1256, \
      ISO-8859-1/6/15, Mac Roman), refusing a file two code pages read about equally well; \
      comma, semicolon or tab delimiters. People are matched by e-mail: a re-import updates them \
      and keeps their ids. Nothing is written when a row is rejected, unless --skip-invalid is given.
      """)

  @Argument(help: "The CSV, text or .xlsx file to import.")
  var file: String

  @Option(
    help: ArgumentHelp(
      "Read a text file in this encoding (utf-8, utf-16le, windows-1256, cp1251, latin1, macroman, ...).",
      valueName: "NAME"))
  var encoding: String?

  @Option(help: ArgumentHelp("Read this sheet of an .xlsx workbook (default: the first).", valueName: "NAME"))
  var sheet: String?

  @Option(
    name: .customLong("map"), parsing: .singleValue,
    help: ArgumentHelp(
      "Read COLUMN as FIELD (or `ignore` it); repeatable.", valueName: "COLUMN=FIELD"))
  var mappings: [String] = []

  @Flag(help: "Show what would happen without writing anything.")
  var dryRun = false

  @Flag(help: "Import the valid rows even when some are rejected.")
  var skipInvalid = false

  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var output: JSONOutputOption

  func validate() throws {
    _ = try columnMap()
    _ = try sourceEncoding()
  }

  func sourceEncoding() throws -> SourceEncoding? {
    guard let encoding else { return nil }
    guard let known = SourceEncoding(named: encoding) else {
      throw ValidationError(
        "--encoding \"\(encoding)\" is not an encoding convene or iconv knows; for example "
          + SourceEncoding.commonNames.joined(separator: ", "))
    }
    return known
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

  func run() throws {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw CommandFailure("\(file): no such file, or it cannot be read")
    }
    let workspace = options.open()
    let map = try columnMap()
    let encoding = try sourceEncoding()
    var table = CSVTable(header: [], rows: [])
    let result: (outcome: RegistrationImport.Outcome, written: Bool) = try workspace.locked { () throws in
      let (plan, contents) = try workspace.loadPlan(requiringValid: [ParticipantsFile.name])
      let codePages = plan.event.languages.compactMap(SourceEncoding.windowsCodePage(forLanguage:))
      do {
        table = try ImportTable.read([UInt8](data), encoding: encoding, sheet: sheet, preferring: codePages)
      } catch let error as ImportTableError {
        throw CommandFailure(ImportSummary.failure(error, file: file))
      }
      let outcome: RegistrationImport.Outcome
      do {
        outcome = try RegistrationImport(event: plan.event, columnMap: map).run(table, into: plan.participants)
      } catch {
        throw WorkspaceError.io(path: file, reason: "\(error)")
      }
      let changes = !outcome.report.added.isEmpty || !outcome.report.updated.isEmpty
      let write = !dryRun && changes && (outcome.report.rejected.isEmpty || skipInvalid)
      if write {
        try Interruption.checkpoint()
        try workspace.saveParticipants(outcome.participants, extraColumns: contents.participantExtraColumns)
      }
      return (outcome, write)
    }
    let report = result.outcome.report
    if output.json {
      Terminal.print(JSONWriter.string(ImportSummary.json(report, table: table, file: file, written: result.written)), terminator: "")
    } else {
      Terminal.print(ImportSummary.text(report, table: table, file: file, total: result.outcome.participants.count, written: result.written, dryRun: dryRun))
    }
    if !report.rejected.isEmpty && !skipInvalid { throw CommandFailure.alreadyReported() }
  }
}

/// The text and JSON forms of an import report.
enum ImportSummary {
  /// Why `file` could not be read, and what to do.
  static func failure(_ error: ImportTableError, file: String) -> String {
    switch error {
    case .text(.decoding(.ambiguous(let ambiguity))):
      let width = ambiguity.readings.map(\.encoding.name.count).max() ?? 0
      return "\(file):\(ambiguity.line): the encoding cannot be told for sure; this line reads differently in "
        + ambiguity.readings.map(\.encoding.name).joined(separator: " and ") + ":\n"
        + ambiguity.readings.map { "  \($0.encoding.name.padding(toLength: width, withPad: " ", startingAt: 0))  \($0.text)" }
          .joined(separator: "\n")
        + "\nChoose with " + ambiguity.readings.map { "--encoding \(option($0.encoding))" }.joined(separator: " or ")
        + "; nothing was imported."
    case .text(let error):
      let hint =
        if case .decoding = error { "; name the encoding with --encoding, or save the file as UTF-8" } else { "" }
      return "\(file):\(error.line): \(error.reason)\(hint); nothing was imported"
    case .sheetOfTextFile, .encodingOfWorkbook, .unsupported, .workbook:
      return "\(file): \(error); nothing was imported"
    }
  }

  /// The `--encoding` value that names `encoding`.
  static func option(_ encoding: SourceEncoding) -> String {
    encoding.name.lowercased().replacingOccurrences(of: " ", with: "")
  }

  /// How the file was read: its sheet, or its encoding and delimiter.
  static func source(_ table: CSVTable) -> String {
    if let sheet = table.sheet { return "sheet \"\(sheet)\" of an .xlsx workbook" }
    let delimiter = table.delimiter == "\t" ? "tab" : "'\(table.delimiter)'"
    return "\(table.encoding), \(delimiter)-separated"
  }

  /// Why a legacy code page was chosen, or nil when there was nothing to choose.
  static func encodingNote(_ table: CSVTable) -> String? {
    guard table.sheet == nil else { return nil }
    switch table.encodingChoice {
    case .plausibility, .eventLanguage:
      return "Encoding: \(table.encoding.name), chosen from the text (\(table.encodingChoice)); --encoding overrides."
    case .zeroBytes:
      return "Encoding: \(table.encoding.name), \(table.encodingChoice)."
    default:
      return nil
    }
  }

  static func text(
    _ report: ImportReport, table: CSVTable, file: String, total: Int, written: Bool, dryRun: Bool
  ) -> String {
    var lines = ["Read \(file): \(source(table)), \(table.rows.count) row\(table.rows.count == 1 ? "" : "s")."]
    if let note = encodingNote(table) { lines.append(note) }
    lines.append(
      "Columns: " + report.columns.map { "\($0.header) -> \($0.field.rawValue)" }.joined(separator: ", "))
    if !report.ignoredColumns.isEmpty {
      lines.append("Ignored columns: " + report.ignoredColumns.joined(separator: ", "))
    }
    let waitlisted = report.waitlistedCount
    lines.append("  added      \(report.added.count)" + (waitlisted > 0 ? " (\(waitlisted) on the waitlist)" : ""))
    lines.append("  updated    \(report.updated.count)")
    lines.append("  unchanged  \(report.unchanged.count)")
    lines.append("  rejected   \(report.rejected.count)")
    if !report.rejected.isEmpty {
      lines.append("Rejected rows:")
      for row in report.rejected.prefix(200) {
        lines.append("  \(file):\(row.line): \(row.field.map { "\($0): " } ?? "")\(row.reason)")
      }
      if report.rejected.count > 200 { lines.append("  ... and \(report.rejected.count - 200) more (see --json)") }
    }
    if !report.updated.isEmpty {
      lines.append("Updated:")
      for row in report.updated.prefix(50) {
        lines.append("  \(row.id) (line \(row.line)): \(row.fields.joined(separator: ", "))")
      }
      if report.updated.count > 50 { lines.append("  ... and \(report.updated.count - 50) more (see --json)") }
    }
    if !report.probableDuplicates.isEmpty {
      lines.append("Probable duplicates (same name and city, different e-mails; not merged):")
      for pair in report.probableDuplicates.prefix(50) {
        lines.append("  \(pair.first) and \(pair.second): \(pair.name)\(pair.city.isEmpty ? "" : ", \(pair.city)")")
      }
      if report.probableDuplicates.count > 50 {
        lines.append("  ... and \(report.probableDuplicates.count - 50) more (see --json)")
      }
    }
    if !report.notes.isEmpty {
      lines.append("Notes:")
      for note in report.notes.prefix(100) {
        lines.append("  \(file):\(note.line): \(note.field.map { "\($0): " } ?? "")\(note.message)")
      }
      if report.notes.count > 100 { lines.append("  ... and \(report.notes.count - 100) more (see --json)") }
    }
    if written {
      lines.append("Wrote \(ParticipantsFile.name) (\(total) participants).")
    } else if dryRun {
      lines.append("Dry run: nothing was written.")
    } else if report.rejected.isEmpty || report.added.isEmpty && report.updated.isEmpty {
      lines.append("Nothing changed: \(ParticipantsFile.name) was left as it was.")
    } else {
      lines.append("Nothing was written: fix the rejected rows, or import the others with --skip-invalid.")
    }
    return lines.joined(separator: "\n")
  }

  static func json(_ report: ImportReport, table: CSVTable, file: String, written: Bool) -> JSONNode {
    .object([
      ("file", .string(file)), ("format", .string(table.sheet == nil ? "text" : "xlsx")),
      ("encoding", table.sheet == nil ? .string(table.encoding.description) : .null),
      ("encoding_reason", table.sheet == nil ? .string(table.encodingChoice.description) : .null),
      ("sheet", table.sheet.map(JSONNode.string) ?? .null),
      ("delimiter", table.sheet == nil ? .string(String(table.delimiter)) : .null), ("rows", .number(table.rows.count)),
      ("written", .bool(written)),
      ("columns", .array(report.columns.map { .object([("column", .string($0.header)), ("field", .string($0.field.rawValue))]) })),
      ("ignored_columns", .strings(report.ignoredColumns)),
      ("added", .array(report.added.map { .object([("line", .number($0.line)), ("id", .string($0.id)), ("name", .string($0.name)), ("status", .string($0.waitlisted ? "waitlisted" : "registered"))]) })),
      ("updated", .array(report.updated.map { .object([("line", .number($0.line)), ("id", .string($0.id)), ("fields", .strings($0.fields))]) })),
      ("unchanged", .array(report.unchanged.map { .object([("line", .number($0.line)), ("id", .string($0.id))]) })),
      ("rejected", .array(report.rejected.map { .object([("line", .number($0.line)), ("field", $0.field.map(JSONNode.string) ?? .null), ("reason", .string($0.reason))]) })),
      ("probable_duplicates", .array(report.probableDuplicates.map { .object([("ids", .strings([$0.first, $0.second])), ("name", .string($0.name)), ("city", .string($0.city))]) })),
      ("notes", .array(report.notes.map { .object([("line", .number($0.line)), ("field", $0.field.map(JSONNode.string) ?? .null), ("message", .string($0.message))]) })),
    ])
  }
}
