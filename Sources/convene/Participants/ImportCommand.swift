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
    abstract:
      "Import registrations from a CSV or .xlsx export (Google Forms, Microsoft Forms, KoboToolbox, Zoom, Teams, Excel).",
    discussion: """
      Reads .xlsx workbooks (the first sheet, or --sheet) and text in UTF-8, UTF-16 (with or \
      without BOM) or the legacy code page whose words read best (Windows-1250 to 1256, \
      ISO-8859-1/6/15, Mac Roman), refusing a file two code pages read about equally well; \
      comma, semicolon or tab delimiters; a report's preamble before the header is skipped. \
      People are matched by e-mail: a re-import fills their empty fields, keeps their ids and \
      lists the answers that differ from participants.csv (--update applies them). Nothing is \
      written when a row is rejected, unless --skip-invalid is given, nor when something looks \
      wrong (double-encoded text, placeholder names, a column of addresses read as nothing, \
      people left without a category), unless --accept-warnings is given.
      """)

  @Argument(help: "The CSV, text or .xlsx file to import.")
  var file: String

  @OptionGroup var encoding: EncodingOption

  @Option(help: ArgumentHelp("Read this sheet of an .xlsx workbook (default: the first).", valueName: "NAME"))
  var sheet: String?

  @Option(
    name: .customLong("map"), parsing: .singleValue,
    help: ArgumentHelp(
      "Read COLUMN as FIELD (or `ignore` it); repeatable.", valueName: "COLUMN=FIELD"))
  var mappings: [String] = []

  @Option(
    name: .customLong("status-word"), parsing: .singleValue,
    help: ArgumentHelp(
      "Read the registration status WORDS, as the file writes it, as STATUS ("
        + StatusWordChoices.statuses.map(\.name).joined(separator: ", ") + "); repeatable.",
      valueName: "WORDS=STATUS"))
  var statusWords: [String] = []

  @Flag(help: "Show what would happen without writing anything.")
  var dryRun = false

  @Flag(help: "Import the valid rows even when some are rejected.")
  var skipInvalid = false

  @Option(
    help: ArgumentHelp(
      "Read dates such as 5/3/2027 day first (dmy) or month first (mdy), and 27/03/08 two-digit year first (ymd), when a column does not show which.",
      valueName: "dmy|mdy|ymd"))
  var dateOrder: DateOrder?

  @Flag(
    help: ArgumentHelp(
      "Let the export's answers replace what participants.csv holds for people already registered "
        + "(without it a re-import fills only their empty fields and lists the differences)."))
  var update = false

  @Flag(help: "Write even when the summary lists warnings (double-encoded text, placeholder names, ...).")
  var acceptWarnings = false

  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var output: JSONOutputOption

  func validate() throws {
    _ = try columnMap()
    _ = try statusColumns()
    _ = try statusWordChoices()
  }

  /// The columns `--map COLUMN=status` reads as the registration status.
  func statusColumns() throws -> Set<String> {
    let pairs = try mappings.map(Self.split)
    var columns = Set<String>()
    for (column, name) in pairs where name == Self.statusTarget && !column.isEmpty {
      if let other = pairs.first(where: { $0.column.lowercased() == column.lowercased() && $0.name != name }) {
        throw ValidationError(
          "--map gives the column \"\(column)\" two fields, \(Self.statusTarget) and \(other.name); give it one")
      }
      columns.insert(column)
    }
    return columns
  }

  /// `--map COLUMN=status`: the column of the registration status, which no participant field is.
  static let statusTarget = "status"

  /// A `--map` argument's column and field name (lower case).
  static func split(_ mapping: String) throws -> (column: String, name: String) {
    guard let equals = mapping.lastIndex(of: "=") else {
      throw ValidationError("--map \"\(mapping)\" must be COLUMN=FIELD")
    }
    let column = String(mapping[..<equals]).trimmed
    let name = String(mapping[mapping.index(after: equals)...]).trimmed.lowercased()
    return (column, name)
  }

  func columnMap() throws -> [String: ImportField] {
    var map: [String: ImportField] = [:]
    for mapping in mappings {
      let (column, name) = try Self.split(mapping)
      if name == Self.statusTarget && !column.isEmpty { continue }
      guard !column.isEmpty, let field = ImportField(rawValue: name.replacingOccurrences(of: "-", with: "_")) else {
        throw ValidationError(
          "--map \"\(mapping)\": \"\(name)\" is not a field; the fields are "
            + ImportField.allCases.map(\.rawValue).joined(separator: ", ") + ", and status for the registration status")
      }
      if let earlier = map.first(where: { $0.key.lowercased() == column.lowercased() }), earlier.value != field {
        throw ValidationError(
          "--map gives the column \"\(column)\" two fields, \(earlier.value.rawValue) and \(field.rawValue); give it one")
      }
      map[column] = field
    }
    return map
  }

  func statusWordChoices() throws -> StatusWordChoices {
    var choices = StatusWordChoices()
    for argument in statusWords {
      do {
        try choices.add(argument)
      } catch {
        throw ValidationError(error.message)
      }
    }
    return choices
  }

  /// The export's bytes.
  func readBytes() throws -> [UInt8] {
    guard let bytes = LocalFileSystem.bytes(ofFile: file) else {
      let reason =
        switch errno {
        case EFBIG: "is larger than \(Limits.fileBytes >> 20) MiB"
        case ENOENT: "no such file"
        default: "cannot be read (\(String(cString: strerror(errno))))"
        }
      throw CommandFailure("\(file): \(reason); nothing was imported")
    }
    return bytes
  }

  func settings() throws -> ImportRun.Settings {
    var settings = ImportRun.Settings()
    settings.columnMap = try columnMap()
    settings.statusColumns = try statusColumns()
    settings.statusWords = try statusWordChoices()
    settings.encoding = try encoding.sourceEncoding()
    settings.sheet = sheet
    settings.dateOrder = dateOrder
    settings.dryRun = dryRun
    settings.skipInvalid = skipInvalid
    settings.acceptWarnings = acceptWarnings
    settings.update = update
    return settings
  }

  func run() throws {
    let result: ImportRun.Result
    do {
      result = try ImportRun.run(
        readBytes(), file: file, in: options.open(), settings: settings(), purpose: WorkspaceOptions.purpose)
    } catch let error as ImportTableError {
      throw CommandFailure(ImportSummary.failure(error, file: file))
    }
    let summary = ImportSummary(
      report: result.outcome.report, source: result.source, file: file, total: result.outcome.participants.count,
      written: result.written, dryRun: dryRun, acceptWarnings: acceptWarnings)
    if output.json {
      Terminal.print(JSONWriter.string(summary.json), terminator: "")
    } else {
      Terminal.print(summary.text)
    }
    Self.leaveForExit(result)
    if result.refused { throw CommandFailure.alreadyReported() }
  }

  /// Leaves what the import holds (every participant, the report) for the end of the process
  /// to reclaim: the kernel takes a finished command's memory back at once, where taking
  /// 100,000 participants apart string by string costs a few percent of the import.
  static func leaveForExit<Value>(_ value: Value) {
    _ = Unmanaged.passRetained(Held(value))
  }

  private final class Held<Value> {
    let value: Value
    init(_ value: Value) { self.value = value }
  }
}

extension DateOrder: ExpressibleByArgument {}

extension ImportCommand: JSONReporting {}
