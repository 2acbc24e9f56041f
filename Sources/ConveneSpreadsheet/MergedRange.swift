/// A range of merged cells of a worksheet (`<mergeCell ref="E2:E4"/>`). Excel keeps the
/// value in the range's first cell only and shows it over the whole range: an organiser who
/// merges a city over the rows of three people from that city means it for all three.
struct MergedRange: Equatable {
  /// Row numbers as in the sheet (1-based) and 0-based columns, both bounds included.
  var rows: ClosedRange<Int>
  var columns: ClosedRange<Int>

  /// Ranges read at most in one sheet; more is refused as malformed.
  static let limit = 100_000

  /// The range a `ref` such as `E2:E4` or `$A$1:$C$2` names, or nil. A single cell (`B3`)
  /// is a range of one.
  init?(reference: String) {
    let ends = reference.split(separator: ":", omittingEmptySubsequences: false)
    guard (1...2).contains(ends.count), let first = Self.cell(ends[0]), let last = Self.cell(ends[ends.count - 1]),
      first.row <= last.row, first.column <= last.column
    else { return nil }
    rows = first.row...last.row
    columns = first.column...last.column
  }

  /// The row number and column of a reference such as `E2` or `$E$2`.
  static func cell(_ reference: Substring) -> (row: Int, column: Int)? {
    guard let column = WorksheetReader.column(of: String(reference)),
      let digits = reference.firstIndex(where: \.isNumber),
      let row = Int(reference[digits...].filter { $0 != "$" }), (1...WorksheetReader.rowLimit).contains(row)
    else { return nil }
    return (row, column)
  }

  /// `rows` with each range's value written into the cells below its first one, in the
  /// range's first column, for the rows the sheet has: a vertical merge (`E2:E4`) gives every
  /// row its value. A range over several columns keeps its value in its first column, as
  /// Excel shows it once across them (a title over a group of columns). A cell of a range
  /// that holds a value of its own keeps it. False, part way, when more than `budget` rows
  /// would be visited (overlapping ranges of a hostile sheet).
  static func fillDown(_ rows: inout [WorksheetReader.Row], ranges: [MergedRange], budget: Int) -> Bool {
    var visits = 0
    for range in ranges where range.rows.count > 1 {
      guard let top = firstRow(numbered: range.rows.lowerBound, in: rows),
        rows[top].number == range.rows.lowerBound,
        let value = rows[top].cells.first(where: { $0.column == range.columns.lowerBound })?.text
      else { continue }
      var index = top + 1
      while index < rows.count, rows[index].number <= range.rows.upperBound {
        visits += 1
        if visits > budget { return false }
        let column = range.columns.lowerBound
        let at = rows[index].cells.firstIndex { $0.column >= column } ?? rows[index].cells.endIndex
        if at == rows[index].cells.endIndex || rows[index].cells[at].column != column {
          rows[index].cells.insert((column, value), at: at)
        }
        index += 1
      }
    }
    return true
  }

  /// The index of the first row numbered `number` or more (rows are in sheet order).
  static func firstRow(numbered number: Int, in rows: [WorksheetReader.Row]) -> Int? {
    var low = 0, high = rows.count
    while low < high {
      let middle = (low + high) / 2
      if rows[middle].number < number { low = middle + 1 } else { high = middle }
    }
    return low < rows.count ? low : nil
  }
}
