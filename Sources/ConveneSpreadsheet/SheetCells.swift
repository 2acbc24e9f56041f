import ConveneCSV

/// The cells of a worksheet as its XML events arrive: the state and rules of
/// `WorksheetReader`, in a struct so that each event is one mutation.
struct SheetCells {
  typealias Row = WorksheetReader.Row

  let part: String
  private let sharedStrings: [String]
  private let styles: StylesReader?
  private let uses1904: Bool
  /// The rows read, in sheet order, empty ones left out.
  private(set) var rows: [Row] = []
  /// The merged ranges (`<mergeCells>`, after the cells).
  private(set) var merged: [MergedRange] = []
  /// The cells holding a formula whose result the workbook does not store (scripts such as
  /// openpyxl write none): their value cannot be known. Line is the sheet's row number.
  private(set) var formulasWithoutValue: [CSVCellPosition] = []
  /// By column: how many cells hold a formula, and the lines of those whose stored result is
  /// the number 0.
  /// The sheet's row numbers of the rows it hides (a filter, or rows hidden by hand) that
  /// hold cells, and the 0-based columns it hides (`<col hidden="1">`).
  private(set) var hiddenRows: [Int] = []
  private(set) var hiddenColumns: [Int] = []
  private var formulaCount: [Int: Int] = [:]
  private var formulaZeros: [Int: [Int]] = [:]
  private var cellCount = 0

  private var inSheetData = false
  private var row: Row?
  private var rowIsHidden = false
  private var column = -1
  /// The columns of the row's cells read so far (empty ones too), and the last of them.
  private var columnsRead = Set<Int>()
  private var previousColumn = -1
  private var type = ""
  private var style = 0
  private var value = ""
  private var inValue = false
  private var hasFormula = false
  private var inInlineText = false
  private var phonetic = 0

  init(part: String, sharedStrings: [String], styles: StylesReader?, uses1904: Bool) {
    self.part = part
    self.sharedStrings = sharedStrings
    self.styles = styles
    self.uses1904 = uses1904
  }

  mutating func start(_ name: Substring, _ attributes: [String: String]) -> WorkbookError? {
    switch name {
    case "sheetData": inSheetData = true
    case "row" where inSheetData: return startRow(attributes)
    case "c" where row != nil: return startCell(attributes)
    case "v" where column >= 0: inValue = true
    case "f" where column >= 0: hasFormula = true
    case "t" where column >= 0: inInlineText = phonetic == 0
    case "rPh": phonetic += 1
    case "mergeCell" where !inSheetData: return mergeCell(attributes)
    case "col" where !inSheetData: hideColumns(attributes)
    default: break
    }
    return nil
  }

  /// Records the columns a `<col>` element hides (`min` to `max`, 1-based).
  private mutating func hideColumns(_ attributes: [String: String]) {
    guard XMLPartReader.isTrue(attributes["hidden"]), let low = attributes["min"].flatMap({ Int($0) }),
      let high = attributes["max"].flatMap({ Int($0) }), low >= 1, low <= high,
      high <= WorksheetReader.columnLimit, hiddenColumns.count + high - low < WorksheetReader.columnLimit
    else { return }
    hiddenColumns += (low - 1)...(high - 1)
  }

  private mutating func mergeCell(_ attributes: [String: String]) -> WorkbookError? {
    let reference = attributes["ref"] ?? ""
    guard let range = MergedRange(reference: reference) else {
      return .malformed(part: part, line: nil, reason: "\"\(reference)\" is not a range of merged cells")
    }
    guard merged.count < MergedRange.limit else {
      return .tooLarge(part: part, reason: "more than \(MergedRange.limit) ranges of merged cells")
    }
    merged.append(range)
    return nil
  }

  mutating func end(_ name: Substring) -> WorkbookError? {
    switch name {
    case "sheetData": inSheetData = false
    case "row":
      if let row, !row.cells.isEmpty {
        rows.append(row)
        if rowIsHidden { hiddenRows.append(row.number) }
      }
      row = nil
    case "c" where column >= 0: return endCell()
    case "v": inValue = false
    case "t": inInlineText = false
    case "rPh": phonetic -= 1
    default: break
    }
    return nil
  }

  mutating func text(_ string: String) {
    if inValue || inInlineText { value += string }
  }

  private mutating func startRow(_ attributes: [String: String]) -> WorkbookError? {
    let previous = rows.last?.number ?? 0
    var number = previous + 1
    if let text = attributes["r"] {
      guard let parsed = Int(text), parsed > previous, parsed <= WorksheetReader.rowLimit else {
        return .malformed(part: part, line: nil, reason: "row number \"\(text)\" is out of order or out of range")
      }
      number = parsed
    }
    guard number <= WorksheetReader.rowLimit else {
      return .tooLarge(part: part, reason: "more than \(WorksheetReader.rowLimit) rows")
    }
    row = Row(number: number, cells: [])
    rowIsHidden = XMLPartReader.isTrue(attributes["hidden"])
    columnsRead = []
    previousColumn = -1
    return nil
  }

  private mutating func startCell(_ attributes: [String: String]) -> WorkbookError? {
    // A cell without its reference follows the one before it, empty or not.
    column = previousColumn + 1
    if let reference = attributes["r"] {
      guard let parsed = WorksheetReader.column(of: reference) else {
        return .malformed(part: part, line: nil, reason: "\"\(reference)\" is not a cell reference")
      }
      column = parsed
    }
    guard column < WorksheetReader.columnLimit else {
      return .tooLarge(part: part, reason: "more than \(WorksheetReader.columnLimit) columns")
    }
    // A cell given twice in a row: which value is meant is not known (one would silently
    // replace the other).
    previousColumn = column
    guard columnsRead.insert(column).inserted else {
      let reference = attributes["r"] ?? "column \(column + 1)"
      return .malformed(part: part, line: nil, reason: "cell \"\(reference)\" is given twice in row \(row?.number ?? 0)")
    }
    type = attributes["t"] ?? "n"
    style = attributes["s"].flatMap { Int($0) } ?? 0
    value = ""
    hasFormula = false
    return nil
  }

  private mutating func endCell() -> WorkbookError? {
    defer {
      column = -1
      inValue = false
      inInlineText = false
    }
    let text: String
    switch cellText() {
    case .success(let cell): text = cell
    case .failure(let error): return error
    }
    // A formula's text result may be empty (`t="str"`, `<v></v>`); any other result has text.
    if hasFormula, let number = row?.number { countFormula(line: number) }
    guard !text.isEmpty else { return nil }
    cellCount += 1
    guard cellCount <= WorksheetReader.cellLimit else {
      return .tooLarge(part: part, reason: "more than \(WorksheetReader.cellLimit) cells")
    }
    row?.cells.append((column, text))
    return nil
  }

  /// Notes a formula cell ending on `line`: one without a stored result, or one whose result
  /// is the number 0.
  private mutating func countFormula(line: Int) {
    let stored = ExcelText.trimmed(value)
    // A formula's text result may be empty (`t="str"`, `<v></v>`); any other result has text.
    if type != "str", stored.isEmpty { formulasWithoutValue.append(CSVCellPosition(line: line, column: column)) }
    formulaCount[column, default: 0] += 1
    if type == "n", stored == "0" { formulaZeros[column, default: []].append(line) }
  }

  /// The cells of the columns whose every formula has the number 0 for its stored result,
  /// column by column: XlsxWriter stores 0 for a formula unless the script gives the result,
  /// so such a column says nothing of what its formulas compute. Line is the sheet's row.
  var formulasReadingZero: [CSVCellPosition] {
    formulaZeros.keys.sorted().filter { formulaZeros[$0]!.count == formulaCount[$0] }.flatMap { column in
      formulaZeros[column]!.map { CSVCellPosition(line: $0, column: column) }
    }
  }

  /// The cell's value as text.
  private func cellText() -> Result<String, WorkbookError> {
    switch type {
    case "s":
      guard let index = Int(ExcelText.trimmed(value)), index >= 0, index < sharedStrings.count else {
        return .failure(.malformed(part: part, line: nil, reason: "shared string \"\(value)\" does not exist"))
      }
      return .success(sharedStrings[index])
    case "inlineStr", "str", "e": return .success(ExcelText.unescaped(value))
    case "b": return .success(ExcelText.trimmed(value) == "1" ? "TRUE" : "FALSE")
    case "d": return .success(ExcelText.isoDate(value))
    default:
      let stored = ExcelText.trimmed(value)
      let kind = styles?.kind(ofStyle: style) ?? .number
      if kind != .number, let serial = Double(stored),
        let date = ExcelDate.text(serial: serial, kind: kind, uses1904: uses1904)
      {
        return .success(date)
      }
      return .success(stored.isEmpty ? "" : ExcelText.number(stored))
    }
  }
}
