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
/// other is left out and named in the summary. A file with no such row is read with its first
/// row as the header.
struct ImportSheet {
  /// One table of the file.
  struct Table {
    /// The header's line.
    var headerLine: Int
    var header: [String]
    /// The title row just above the header, if there is one ("Attendee Details").
    var title: String
    var rows: ExportRows
  }

  /// The table read.
  var table: Table
  /// The lines before the header that are not read, when there are any.
  var preamble: ClosedRange<Int>?
  /// The other tables.
  var leftOut: [Table]
  /// The workbook's sheet, its cells holding a formula whose result it does not store, and
  /// those in columns whose every formula stores 0.
  var sheetName: String?
  var formulasWithoutValue: [CSVCellPosition]
  var formulasReadingZero: [CSVCellPosition]
  /// The workbook's hidden rows (sheet row numbers) and columns (0-based).
  var hiddenRows: [Int]
  var hiddenColumns: [Int]
  /// Why the text was read in its encoding.
  var encodingChoice: DecodedText.Choice

  /// Finds the table to read in `document`; `fields` says which field each header cell names.
  init(_ document: CSVDocument, fields: ([String]) -> [ImportField?]) {
    sheetName = document.sheet
    encodingChoice = document.encodingChoice
    formulasWithoutValue = document.formulasWithoutValue
    formulasReadingZero = document.formulasReadingZero
    hiddenRows = document.hiddenRows
    hiddenColumns = document.hiddenColumns
    let count = document.count
    let starts = Self.headerStarts(document, fields: fields)
    var tables: [Table] = []
    for (number, (start, rows)) in starts.enumerated() {
      var end = number + 1 < starts.count ? starts[number + 1].start : count
      if end < count, end - 1 > start, Self.isTitle(document, end - 1) { end -= 1 }
      let title = start > 0 && Self.isTitle(document, start - 1) ? document.field(start - 1, 0).trimmed : ""
      let header =
        rows == 2
        ? TwoRowHeader.merged(document.fields(start), document.fields(start + 1))
        : Self.trimmingTrailingEmpty(document.fields(start)).map(\.trimmed)
      tables.append(
        Table(
          headerLine: document.line(start), header: header, title: title,
          rows: ExportRows(document: document, records: min(start + rows, end)..<end)))
    }
    let withRows = tables.filter { !$0.rows.isEmpty }
    if !withRows.isEmpty { tables = withRows }
    guard !tables.isEmpty else {
      let header = count > 0 ? document.fields(0).map(\.trimmed) : []
      table = Table(
        headerLine: count > 0 ? document.line(0) : 1, header: header, title: "",
        rows: ExportRows(document: document, records: min(1, count)..<count))
      preamble = nil
      leftOut = []
      return
    }
    let chosen = tables.count == 1 ? 0 : Self.widest(tables, fields: fields)
    table = tables[chosen]
    let firstLine = document.line(0)
    preamble = table.headerLine > firstLine ? firstLine...(table.headerLine - 1) : nil
    leftOut = tables.enumerated().filter { $0.offset != chosen }.map(\.element)
  }

  /// The first record of each header and how many rows it takes: one, or two for a header
  /// whose second row says what each question's columns hold (`TwoRowHeader`), whichever of
  /// its rows names the e-mail and name columns.
  static func headerStarts(_ document: CSVDocument, fields: ([String]) -> [ImportField?]) -> [(start: Int, rows: Int)] {
    var starts: [(start: Int, rows: Int)] = []
    for record in 0..<document.count where Self.isHeader(document, record, fields: fields) {
      if let last = starts.last, last.rows == 2, last.start + 1 == record { continue }
      if TwoRowHeader.isSecondRow(document, record + 1) {
        starts.append((record, 2))
      } else if record > 0, starts.last?.start != record - 1, TwoRowHeader.isSecondRow(document, record),
        !document.field(record - 1, 0).trimmed.isEmpty, !Self.holdsAddress(document, record - 1)
      {
        starts.append((record - 1, 2))
      } else {
        starts.append((record, 1))
      }
    }
    return starts
  }

  /// True for a row with a column for e-mails and one for names.
  static func isHeader(_ document: CSVDocument, _ record: Int, fields: ([String]) -> [ImportField?]) -> Bool {
    // Data rows hold addresses; a header holds words.
    guard !holdsAddress(document, record) else { return false }
    let mapped = fields(document.fields(record))
    return mapped.contains(.email) && mapped.contains { $0?.isName == true }
  }

  /// True when a cell of `record` holds an `@`.
  static func holdsAddress(_ document: CSVDocument, _ record: Int) -> Bool {
    (0..<document.fieldCount(record)).contains { column in
      document.withBytes(record, column) { $0.contains(UInt8(ascii: "@")) }
    }
  }

  /// A row with one cell, the first: a section's title.
  static func isTitle(_ document: CSVDocument, _ record: Int) -> Bool {
    guard document.fieldCount(record) > 0, !document.field(record, 0).trimmed.isEmpty else { return false }
    return (1..<document.fieldCount(record)).allSatisfy { document.field(record, $0).trimmed.isEmpty }
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
      for column in columns {
        if let address = EmailAddress.normalised(row[column]) { found.insert(address) }
      }
    }
    return found
  }
}

/// One row of an export, read from its document when a field is asked for.
struct ExportRow {
  let document: CSVDocument
  let record: Int

  /// The line the row starts on.
  var line: Int { document.line(record) }
  /// The number of cells.
  var count: Int { document.fieldCount(record) }
  /// A cell as written (untrimmed); "" past the last cell.
  subscript(column: Int) -> String { document.field(record, column) }

  /// The kinds of byte the row's cells hold, found in one pass over the row's text from its
  /// first cell's first byte to its last cell's last: a document keeps a record's cells in
  /// order in one text, so every cell lies inside. Should they not, every kind is given, and
  /// every check looks at every cell.
  var bytes: RowBytes {
    let last = count - 1
    guard last >= 0 else { return [] }
    return document.withBytes(record, 0) { first in
      document.withBytes(record, last) { final in
        guard let start = first.baseAddress, let end = final.baseAddress.map({ $0 + final.count }), start <= end,
          start <= final.baseAddress!, first.baseAddress! + first.count <= end
        else { return .all }
        return RowBytes(of: UnsafeBufferPointer(start: start, count: end - start))
      }
    }
  }
}

/// The rows of a table of an export.
struct ExportRows: RandomAccessCollection {
  let document: CSVDocument
  let records: Range<Int>

  var startIndex: Int { records.lowerBound }
  var endIndex: Int { records.upperBound }
  subscript(position: Int) -> ExportRow { ExportRow(document: document, record: position) }
}
