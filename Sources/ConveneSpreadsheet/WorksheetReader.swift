import Foundation

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

  private let sharedStrings: [String]
  private let styles: StylesReader?
  private let uses1904: Bool
  private(set) var rows: [Row] = []
  private var cellCount = 0

  private var inSheetData = false
  private var row: Row?
  private var column = -1
  private var type = ""
  private var style = 0
  private var value = ""
  private var inValue = false
  private var inInlineText = false
  private var phonetic = 0

  init(part: String, sharedStrings: [String], styles: StylesReader?, uses1904: Bool) {
    self.sharedStrings = sharedStrings
    self.styles = styles
    self.uses1904 = uses1904
    super.init(part: part)
  }

  override func start(_ name: Substring, _ attributes: [String: String]) {
    switch name {
    case "sheetData": inSheetData = true
    case "row" where inSheetData: startRow(attributes)
    case "c" where row != nil: startCell(attributes)
    case "v" where column >= 0: inValue = true
    case "t" where column >= 0: inInlineText = phonetic == 0
    case "rPh": phonetic += 1
    default: break
    }
  }

  override func end(_ name: Substring) {
    switch name {
    case "sheetData": inSheetData = false
    case "row":
      if let row, !row.cells.isEmpty { rows.append(row) }
      row = nil
    case "c" where column >= 0: endCell()
    case "v": inValue = false
    case "t": inInlineText = false
    case "rPh": phonetic -= 1
    default: break
    }
  }

  override func text(_ string: String) {
    if inValue || inInlineText { value += string }
  }

  private func startRow(_ attributes: [String: String]) {
    let previous = rows.last?.number ?? 0
    var number = previous + 1
    if let text = attributes["r"] {
      guard let parsed = Int(text), parsed > previous, parsed <= Self.rowLimit else {
        fail(.malformed(part: part, line: nil, reason: "row number \"\(text)\" is out of order or out of range"))
        return
      }
      number = parsed
    }
    guard number <= Self.rowLimit else {
      fail(.tooLarge(part: part, reason: "more than \(Self.rowLimit) rows"))
      return
    }
    row = Row(number: number, cells: [])
  }

  private func startCell(_ attributes: [String: String]) {
    let previous = row?.cells.last?.column ?? -1
    column = previous + 1
    if let reference = attributes["r"] {
      guard let parsed = Self.column(of: reference) else {
        fail(.malformed(part: part, line: nil, reason: "\"\(reference)\" is not a cell reference"))
        return
      }
      column = parsed
    }
    guard column < Self.columnLimit else {
      fail(.tooLarge(part: part, reason: "more than \(Self.columnLimit) columns"))
      return
    }
    type = attributes["t"] ?? "n"
    style = attributes["s"].flatMap { Int($0) } ?? 0
    value = ""
  }

  private func endCell() {
    defer {
      column = -1
      inValue = false
      inInlineText = false
    }
    guard let text = cellText(), !text.isEmpty else { return }
    cellCount += 1
    guard cellCount <= Self.cellLimit else {
      fail(.tooLarge(part: part, reason: "more than \(Self.cellLimit) cells"))
      return
    }
    row?.cells.append((column, text))
  }

  /// The cell's value as text, nil after a failure.
  private func cellText() -> String? {
    switch type {
    case "s":
      guard let index = Int(value.trimmingCharacters(in: .whitespacesAndNewlines)), index >= 0, index < sharedStrings.count else {
        fail(.malformed(part: part, line: nil, reason: "shared string \"\(value)\" does not exist"))
        return nil
      }
      return sharedStrings[index]
    case "inlineStr", "str", "e": return ExcelText.unescaped(value)
    case "b": return value.trimmingCharacters(in: .whitespaces) == "1" ? "TRUE" : "FALSE"
    case "d": return ExcelText.isoDate(value)
    default:
      let stored = value.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !stored.isEmpty else { return "" }
      let kind = styles?.kind(ofStyle: style) ?? .number
      if kind != .number, let serial = Double(stored),
        let date = ExcelDate.text(serial: serial, kind: kind, uses1904: uses1904)
      {
        return date
      }
      return ExcelText.number(stored)
    }
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
