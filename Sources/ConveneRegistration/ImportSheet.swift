import ConveneCSV
import ConveneCore

/// The table of people inside an export. Form tools put the header on the first line; Zoom
/// and Teams reports put a preamble first (the report's title, the meeting's topic and id, a
/// summary table) and may hold several tables (Zoom: Host Details, Panelist Details, Attendee
/// Details; Teams: Participants, then In-Meeting Activities).
///
/// A header is a row in which one column names an e-mail address and another a name (first or
/// last name will do), with at least one row under it. A table runs from its header to the
/// next header, less the title row just before that header ("Attendee Details"). The table
/// read is the one with the most distinct e-mail addresses (the first among equals); every
/// other is left out and named in the summary.
struct ImportSheet {
  /// One table of the file.
  struct Table {
    /// The header's line.
    var headerLine: Int
    var header: [String]
    /// The title row just above the header, if there is one ("Attendee Details").
    var title: String
    var rows: [CSVRecord]
  }

  /// The table read.
  var table: Table
  /// The lines before the header that are not read, when there are any.
  var preamble: ClosedRange<Int>?
  /// The other tables.
  var leftOut: [Table]

  /// Finds the table to read in `file`; `fields` says which field each header cell names.
  init(_ file: consuming CSVTable, fields: ([String]) -> [ImportField?]) {
    let records = [CSVRecord(line: file.headerLine, fields: file.header)] + file.rows
    let starts = records.indices.filter { Self.isHeader(records[$0], fields: fields) }
    var tables: [Table] = []
    for (number, start) in starts.enumerated() {
      var end = number + 1 < starts.count ? starts[number + 1] : records.endIndex
      if end < records.endIndex, end - 1 > start, Self.isTitle(records[end - 1]) { end -= 1 }
      let title = start > 0 && Self.isTitle(records[start - 1]) ? records[start - 1].fields[0].trimmed : ""
      let header = Self.trimmingTrailingEmpty(records[start].fields).map(\.trimmed)
      tables.append(Table(headerLine: records[start].line, header: header, title: title, rows: Array(records[(start + 1)..<end])))
    }
    let withRows = tables.filter { !$0.rows.isEmpty }
    if !withRows.isEmpty { tables = withRows }
    guard !tables.isEmpty else {
      table = Table(headerLine: file.headerLine, header: file.header, title: "", rows: file.rows)
      preamble = nil
      leftOut = []
      return
    }
    let chosen = tables.count == 1 ? 0 : Self.widest(tables, fields: fields)
    table = tables[chosen]
    let firstLine = records[0].line
    preamble = table.headerLine > firstLine ? firstLine...(table.headerLine - 1) : nil
    leftOut = tables.enumerated().filter { $0.offset != chosen }.map(\.element)
  }

  /// True for a row with a column for e-mails and one for names.
  static func isHeader(_ record: CSVRecord, fields: ([String]) -> [ImportField?]) -> Bool {
    // Data rows hold addresses; a header holds words.
    let holdsAddress = record.fields.contains { cell in
      cell.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "@")) } ?? cell.utf8.contains(UInt8(ascii: "@"))
    }
    guard !holdsAddress else { return false }
    let mapped = fields(record.fields)
    return mapped.contains(.email) && mapped.contains { $0 == .name || $0 == .firstName || $0 == .lastName }
  }

  /// A row with one cell, the first: a section's title.
  static func isTitle(_ record: CSVRecord) -> Bool {
    guard let first = record.fields.first, !first.trimmed.isEmpty else { return false }
    return record.fields.dropFirst().allSatisfy { $0.trimmed.isEmpty }
  }

  /// Reports pad every row with empty cells to the width of their widest table.
  static func trimmingTrailingEmpty(_ cells: [String]) -> [String] {
    var cells = cells
    while let last = cells.last, last.trimmed.isEmpty { cells.removeLast() }
    return cells
  }

  /// The table with the most distinct e-mail addresses, the first among equals.
  static func widest(_ tables: [Table], fields: ([String]) -> [ImportField?]) -> Int {
    var best = 0, bestCount = -1
    for (number, table) in tables.enumerated() {
      let count = addresses(in: table, fields: fields).count
      if count > bestCount {
        best = number
        bestCount = count
      }
    }
    return best
  }

  /// The valid e-mail addresses of a table's e-mail columns.
  static func addresses(in table: Table, fields: ([String]) -> [ImportField?]) -> Set<String> {
    let columns = fields(table.header).enumerated().filter { $0.element == .email }.map(\.offset)
    var found = Set<String>()
    for row in table.rows {
      for column in columns where column < row.fields.count {
        if let address = EmailAddress.normalised(row.fields[column]) { found.insert(address) }
      }
    }
    return found
  }
}
