import ConveneCSV
import ConveneCore

/// The table of people inside a sign-in file. A typed-up sheet or a scanner's export has its
/// header on the first line; a meeting's attendance report puts a summary first (Microsoft
/// Teams: `1. Summary` with the meeting's title and times, then `2. Participants`, then
/// `3. In-Meeting Activities`; Zoom: the meeting's details, then the attendees).
///
/// A header is a row holding no address that names who signed in (an id, e-mail or name
/// column) and one more column the import reads. A table runs from its header to the next
/// header, less the title row just above that one. The table read is the one naming the most
/// people (the first among equals); the others are left out and named in the summary. A file
/// with no such row, or with one on its first line only, is read with its first row as the
/// header.
struct SignInTable {
  /// A table left out: its header's line and the title above it.
  struct LeftOut: Sendable, Equatable {
    var line: Int
    var title: String
  }

  var header: [String]
  var headerLine: Int
  /// The title row above the header ("2. Participants"), or "".
  var title: String
  var rows: [CSVRecord]
  /// The lines before the header, when there are any.
  var preamble: ClosedRange<Int>?
  var leftOut: [LeftOut]

  init(_ table: CSVTable) {
    let records = [CSVRecord(line: table.headerLine, fields: table.header)] + table.rows
    let starts = records.indices.filter { Self.isHeader(records[$0]) }
    guard !starts.isEmpty, starts != [0] else {
      (header, headerLine, title, rows, preamble, leftOut) = (table.header, table.headerLine, "", table.rows, nil, [])
      return
    }
    let tables = starts.enumerated().map { number, start in
      var end = number + 1 < starts.count ? starts[number + 1] : records.count
      if end < records.count, end - 1 > start, Self.isTitle(records[end - 1]) { end -= 1 }
      let title = start > 0 && Self.isTitle(records[start - 1]) ? records[start - 1].fields[0].trimmed : ""
      return (header: records[start], rows: Array(records[(start + 1)..<end]), title: title)
    }
    var chosen = 0
    var most = -1
    for (number, candidate) in tables.enumerated() {
      let people = Self.people(candidate.rows, header: candidate.header.fields)
      if people > most { (chosen, most) = (number, people) }
    }
    let read = tables[chosen]
    header = read.header.fields.map(\.trimmed)
    while header.last?.isEmpty == true { header.removeLast() }
    headerLine = read.header.line
    title = read.title
    rows = read.rows
    preamble = headerLine > records[0].line ? records[0].line...(headerLine - 1) : nil
    leftOut = tables.enumerated().filter { $0.offset != chosen }.map { LeftOut(line: $0.element.header.line, title: $0.element.title) }
  }

  /// The columns that say who signed in, in the order they are asked.
  static let identifying: [AttendanceImport.Column] = [.participant, .email, .name]

  /// True for a row holding no address that names an identifying column and one more.
  static func isHeader(_ record: CSVRecord) -> Bool {
    guard !record.fields.contains(where: { $0.utf8.contains(UInt8(ascii: "@")) }) else { return false }
    let columns = Set(record.fields.compactMap(AttendanceImport.Column.matching))
    return columns.count >= 2 && identifying.contains(where: columns.contains)
  }

  /// A row with one cell, the first: a section's title.
  static func isTitle(_ record: CSVRecord) -> Bool {
    guard let first = record.fields.first, !first.trimmed.isEmpty else { return false }
    return record.fields.dropFirst().allSatisfy { $0.trimmed.isEmpty }
  }

  /// The distinct people `rows` name in the first identifying column of `header`.
  static func people(_ rows: [CSVRecord], header: [String]) -> Int {
    let columns = header.map(AttendanceImport.Column.matching)
    guard let kind = identifying.first(where: columns.contains), let column = columns.firstIndex(of: kind) else { return 0 }
    return Set(rows.compactMap { column < $0.fields.count ? $0.fields[column].folded : nil }.filter { !$0.isEmpty }).count
  }
}
