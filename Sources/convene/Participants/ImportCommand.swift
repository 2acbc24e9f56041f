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
    abstract: "Import registrations from a CSV export (Google Forms, KoboToolbox, Excel).",
    discussion: """
      Reads UTF-8 (with or without BOM), UTF-16 with BOM and Windows-1252; comma, semicolon or \
      tab delimiters. People are matched by e-mail: a re-import updates them and keeps their \
      ids. Nothing is written when a row is rejected, unless --skip-invalid is given.
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

  func run() throws {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw CommandFailure("\(file): no such file, or it cannot be read")
    }
    let table: CSVTable
    do {
      table = try CSVTable(bytes: [UInt8](data))
    } catch {
      throw CommandFailure("\(file):\(error.line): \(error.reason); nothing was imported")
    }
    let workspace = options.open()
    let map = try columnMap()
    let result: (outcome: RegistrationImport.Outcome, written: Bool) = try workspace.locked { () throws in
      let (plan, contents) = try workspace.loadPlan(requiringValid: [ParticipantsFile.name])
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
  static func text(
    _ report: ImportReport, table: CSVTable, file: String, total: Int, written: Bool, dryRun: Bool
  ) -> String {
    let delimiter = table.delimiter == "\t" ? "tab" : "'\(table.delimiter)'"
    var lines = ["Read \(file): \(table.encoding.rawValue), \(delimiter)-separated, \(table.rows.count) row\(table.rows.count == 1 ? "" : "s")."]
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
      ("file", .string(file)), ("encoding", .string(table.encoding.rawValue)),
      ("delimiter", .string(String(table.delimiter))), ("rows", .number(table.rows.count)),
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
