import ConveneCSV
import ConveneCore

/// Reads the typed cells of one CSV row and collects a finding, with file, line and column,
/// for every cell that does not parse.
public struct RowReader {
  /// The file's name, for findings.
  public let file: String
  let record: CSVRecord
  let columns: [String: Int]
  /// The problems found in the row so far.
  public var findings: [Finding] = []

  /// The row's line in the file.
  public var line: Int { record.line }

  /// The cell, trimmed, with convene's formula protection removed.
  public func text(_ column: String) -> String {
    guard let index = columns[column], index < record.fields.count else { return "" }
    return CSVWriter.restored(record.fields[index]).trimmed
  }

  /// True when the file has the column (the row's cell may still be empty or missing).
  public func hasColumn(_ column: String) -> Bool { columns[column] != nil }

  public mutating func error(_ column: String, _ message: String, hint: String? = nil) {
    findings.append(.error(file, line: line, field: column, message, hint: hint))
  }

  public mutating func warning(_ column: String, _ message: String, hint: String? = nil) {
    findings.append(.warning(file, line: line, field: column, message, hint: hint))
  }

  public mutating func required(_ column: String) -> String {
    let value = text(column)
    if value.isEmpty { error(column, "is empty", hint: "every row needs a \(column)") }
    return value
  }

  public func list(_ column: String) -> [String] { text(column).listItems() }

  /// The cell's text, which must fit on one line (a name for a hotel's list, a table's cell):
  /// a line break (CR, LF, U+2028, U+2029) is an error, and "" is returned. Other control
  /// characters are refused in every cell (`UnsafeCharacter`).
  public mutating func singleLine(_ column: String) -> String {
    let value = text(column)
    guard UnsafeCharacter.holdsLineBreak(value) else { return value }
    error(column, "\"\(Identifier.shown(value))\" holds a line break", hint: "write it on one line")
    return ""
  }

  /// The id in a required cell, or "" (with an error) when it is empty or breaks the id rule
  /// (`Identifier`), so that no id that could be a path or a header reaches a command.
  public mutating func id(_ column: String) -> String {
    required(column).isEmpty ? "" : optionalID(column)
  }

  /// The ids of a list cell; those that break the id rule are left out with an error.
  public mutating func ids(_ column: String) -> [String] {
    list(column).filter { item in
      guard let problem = Identifier.problem(item) else { return true }
      error(column, problem)
      return false
    }
  }

  /// The id in an optional cell ("" when empty); one that breaks the id rule gives an error.
  public mutating func optionalID(_ column: String) -> String {
    let value = text(column)
    guard !value.isEmpty else { return "" }
    if let problem = Identifier.problem(value) {
      error(column, problem)
      return ""
    }
    return value
  }

  /// The whole number in the cell, or nil (with an error) when it is not one within `range`.
  public mutating func integer(_ column: String, in range: ClosedRange<Int>) -> Int? {
    let value = text(column)
    guard !value.isEmpty else { return nil }
    guard let number = Int(value), range.contains(number) else {
      error(
        column, "\"\(Identifier.shown(value))\" is not a whole number from \(range.described)")
      return nil
    }
    return number
  }

  public mutating func flag(_ column: String) -> Bool? {
    let value = text(column)
    guard !value.isEmpty else { return nil }
    // A workspace file holds yes or no, as convene writes it: a mark such as `x` or `1`, or a
    // longer text (`Yes, first name only`), is no certain consent, and would publish a name.
    switch value.lowercased() {
    case "yes": return true
    case "no": return false
    default:
      error(column, "\"\(value)\" is not yes or no")
      return nil
    }
  }

  public mutating func windows(_ column: String) -> [TimeWindow] {
    list(column).compactMap { item in
      guard let window = TimeWindow(item) else {
        error(
          column, "\"\(item)\" is not a time window",
          hint: "write 2027-03-09 09:00-12:00, day2 09:00-12:00, 2027-03-09, day2, morning, afternoon or day2 morning")
        return nil
      }
      return window
    }
  }

  /// A `YYYY-MM-DD` date in `Limits.years`, or nil (with an error) when the cell holds
  /// anything else.
  public mutating func date(_ column: String) -> LocalDate? {
    let value = text(column)
    guard !value.isEmpty else { return nil }
    guard let date = LocalDate(value) else {
      error(
        column, "\"\(Identifier.shown(value))\" is not a date",
        hint: "write 2027-03-09, in the years \(Limits.years.lowerBound) to \(Limits.years.upperBound)")
      return nil
    }
    return date
  }

  /// A date and time (`2027-03-09 08:30`), or a bare date given `bareDate`'s time; nil (with an
  /// error) when the cell holds anything else.
  public mutating func dateTime(_ column: String, bareDate: LocalDateTime.BareDate = .startOfDay) -> LocalDateTime? {
    let value = text(column)
    guard !value.isEmpty else { return nil }
    guard let dateTime = LocalDateTime(value, bareDate: bareDate) else {
      error(
        column, "\"\(Identifier.shown(value))\" is not a date and time",
        hint: "write 2027-03-09 08:30")
      return nil
    }
    return dateTime
  }
}

/// A workspace CSV file read against its expected columns.
public struct CSVFile {
  /// The file's name, for findings.
  public let name: String
  let table: CSVTable
  let columns: [String: Int]
  /// The problems found so far.
  public var findings: [Finding]

  /// Reads `bytes` as the file `name` whose columns are `expected`; `required` columns must
  /// be present. Unknown columns are reported unless `keepsUnknownColumns`. A file of bytes
  /// with no header line is an error unless `headerlessIsChecked` (its reader says more).
  public init(
    name: String, bytes: [UInt8], expected: [String], required: [String],
    keepsUnknownColumns: Bool = false, headerlessIsChecked: Bool = false
  ) {
    self.name = name
    var findings: [Finding] = []
    var table = CSVTable(header: [], rows: [])
    do {
      table = try CSVTable(strictUTF8: bytes)
    } catch {
      findings.append(.error(name, line: error.line, error.reason))
    }
    findings += Self.undecodableCells(table, file: name) + Self.unsafeCells(table, file: name)
    var columns: [String: Int] = [:]
    for (index, cell) in table.header.enumerated() {
      let column = cell.lowercased()
      if columns[column] != nil {
        findings.append(.error(name, line: 1, field: cell, "the column appears twice"))
      } else {
        columns[column] = index
      }
      if !expected.contains(column) && !keepsUnknownColumns {
        findings.append(
          .warning(
            name, line: 1, field: cell, "unknown column, ignored",
            hint: "the columns are \(expected.joined(separator: ","))"))
      }
    }
    if !table.header.isEmpty {
      for column in required where columns[column] == nil {
        findings.append(.error(name, line: 1, field: column, "the column is missing"))
      }
    } else if !bytes.isEmpty && findings.isEmpty && !headerlessIsChecked {
      // A line break, a byte-order mark or spaces alone: the header was lost with the rest.
      findings.append(
        .error(
          name, line: 1, "the file has no header line",
          hint: "put back its content, or write its header line alone if it has nothing to hold (\(expected.joined(separator: ",")))"))
    }
    if let last = table.rows.last, last.fields.count < table.header.count,
      let end = bytes.last, end != UInt8(ascii: "\n") && end != UInt8(ascii: "\r")
    {
      findings.append(
        .error(
          name, line: last.line, "the last row has \(last.fields.count) of the \(table.header.count) columns and no line break: is the file cut short?",
          hint: "put back the end of the file"))
    }
    self.table = table
    self.columns = columns
    self.findings = findings
  }

  /// An error for every cell whose bytes are not UTF-8, naming its line and column. convene
  /// never reads a workspace file in another encoding: it would write the file back changed.
  public static func undecodableCells(_ table: CSVTable, file: String) -> [Finding] {
    table.undecodableCells.map { cell in
      let inHeader = cell.line < (table.rows.first?.line ?? Int.max)
      let column = !inHeader && cell.column < table.header.count ? table.header[cell.column] : "column \(cell.column + 1)"
      return .error(
        file, line: cell.line, field: column, "holds bytes that are not UTF-8",
        hint: "save the file as UTF-8 (\"CSV UTF-8\" in Excel) and fix this cell; convene does not write a file it cannot read exactly")
    }
  }

  /// An error for every cell holding a control character or a bidirectional override
  /// (`UnsafeCharacter`), naming its line, column and the character.
  static func unsafeCells(_ table: CSVTable, file: String) -> [Finding] {
    var findings: [Finding] = []
    func look(_ cells: [String], line: Int, header: Bool) {
      for (column, cell) in cells.enumerated() {
        guard let scalar = UnsafeCharacter.first(in: cell) else { continue }
        let field = !header && column < table.header.count ? table.header[column] : "column \(column + 1)"
        findings.append(
          .error(
            file, line: line, field: field, UnsafeCharacter.problem(scalar),
            hint: "delete the character from the cell; an editor that shows invisible characters helps"))
      }
    }
    look(table.header, line: 1, header: true)
    for record in table.rows { look(record.fields, line: record.line, header: false) }
    return findings
  }

  /// Reads every row with `read`, gathering findings.
  public mutating func rows<Row>(_ read: (inout RowReader) -> Row?) -> [Row] {
    var rows: [Row] = []
    rows.reserveCapacity(table.rows.count)
    for record in table.rows {
      var reader = RowReader(file: name, record: record, columns: columns)
      if record.fields.count > table.header.count {
        reader.findings.append(
          .error(
            name, line: record.line,
            "has \(record.fields.count) cells but the header has \(table.header.count)",
            hint: "a cell holding a comma must be in double quotes"))
      }
      if let row = read(&reader) { rows.append(row) }
      findings += reader.findings
    }
    return rows
  }
}
