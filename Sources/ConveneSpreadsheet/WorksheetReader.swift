import Foundation
import ConveneCSV

/// A worksheet part (`xl/worksheets/sheetN.xml`): its cells as text, row by row, with the
/// sheet's row numbers. Cells without an `r` reference follow the previous one; rows without
/// one follow the previous row.
final class WorksheetReader: XMLPartReader {
  /// Cells read at most in one sheet.
  static let cellLimit = 20_000_000
  /// Excel's own limits.
  static let rowLimit = 1_048_576
  static let columnLimit = 16_384

  /// A row: its number in the sheet and its non-empty cells (0-based column, text).
  struct Row {
    var number: Int
    var cells: [(column: Int, text: String)]
  }

  private var cells: SheetCells

  /// The rows read, in sheet order, empty ones left out.
  var rows: [Row] { cells.rows }

  /// The cells holding a formula whose result the workbook does not store.
  var formulasWithoutValue: [CSVCellPosition] { cells.formulasWithoutValue }
  /// The cells of the columns whose every formula stores 0 for its result.
  var formulasReadingZero: [CSVCellPosition] { cells.formulasReadingZero }
  /// The row numbers of the hidden rows that hold cells, and the hidden columns (0-based).
  var hiddenRows: [Int] { cells.hiddenRows }
  var hiddenColumns: [Int] { cells.hiddenColumns }

  /// The rows with the value of each range of merged cells written into each of its rows
  /// (`MergedRange.fillDown`); ranges that overlap so much that filling them would visit more
  /// than `cellLimit` cells are refused.
  func filledRows() throws(WorkbookError) -> [Row] {
    var rows = cells.rows
    guard MergedRange.fillDown(&rows, ranges: cells.merged, budget: Self.cellLimit) else {
      throw .tooLarge(part: cells.part, reason: "ranges of merged cells over more than \(Self.cellLimit) cells")
    }
    return rows
  }

  init(part: String, sharedStrings: [String], styles: StylesReader?, uses1904: Bool) {
    cells = SheetCells(part: part, sharedStrings: sharedStrings, styles: styles, uses1904: uses1904)
    super.init(part: part)
  }

  // The state lives in one struct, changed by one call per event: each access to a class's
  // stored property costs an exclusivity check, and a sheet has millions of events.
  override func start(_ name: Substring, _ attributes: [String: String]) {
    if let error = cells.start(name, attributes) { fail(error) }
  }

  override func end(_ name: Substring) {
    if let error = cells.end(name) { fail(error) }
  }

  override func text(_ string: String) {
    cells.text(string)
  }

  /// The 0-based column of a reference such as `B12` or `$AA$3`, or nil.
  static func column(of reference: String) -> Int? {
    var column = 0
    var letters = 0
    for byte in reference.utf8 {
      switch byte {
      case UInt8(ascii: "$"): continue
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
        letters += 1
        guard letters <= 3 else { return nil }
        column = column * 26 + Int((byte | 0x20) - UInt8(ascii: "a")) + 1
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        guard letters > 0 else { return nil }
      default: return nil
      }
    }
    return letters > 0 ? column - 1 : nil
  }
}
