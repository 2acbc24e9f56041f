import ConveneCSV
import Testing

@testable import ConveneSpreadsheet

/// Ranges of merged cells (`<mergeCells>`): Excel keeps the value in the first cell and shows
/// it over the range; the rows under it get it too.
@Suite struct MergedCellsTests {
  static func sheet(_ rows: String, merged: [String]) -> String {
    "<worksheet><sheetData>\(rows)</sheetData><mergeCells count=\"\(merged.count)\">"
      + merged.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells></worksheet>"
  }

  static func cell(_ reference: String, _ text: String) -> String {
    "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
  }

  @Test func aVerticalRangeFillsEveryRowItCoversAndNoOther() throws {
    var book = MinimalWorkbook()
    book.sheet1 = Self.sheet(
      "<row r=\"1\">\(Self.cell("A1", "Name"))\(Self.cell("B1", "City"))\(Self.cell("C1", "Org"))</row>"
        + "<row r=\"2\">\(Self.cell("A2", "Awa"))\(Self.cell("B2", "Dakar"))\(Self.cell("C2", "Mairie"))</row>"
        + "<row r=\"3\">\(Self.cell("A3", "Binta"))</row>"
        + "<row r=\"5\">\(Self.cell("A5", "Cheikh"))\(Self.cell("B5", "Thiès"))</row>"
        + "<row r=\"6\">\(Self.cell("A6", "Dior"))</row>",
      merged: ["B2:B5", "$C$2:$C$3"])
    let table = try Workbook(bytes: book.bytes()).table()
    #expect(table.rows.map(\.fields) == [["Awa", "Dakar", "Mairie"], ["Binta", "Dakar", "Mairie"], ["Cheikh", "Thiès", ""], ["Dior", "", ""]])
  }

  @Test func aRangeOverSeveralColumnsKeepsItsValueInTheFirst() throws {
    var book = MinimalWorkbook()
    book.sheet1 = Self.sheet(
      "<row r=\"1\">\(Self.cell("A1", "Registrations"))</row>"
        + "<row r=\"2\">\(Self.cell("A2", "Name"))\(Self.cell("B2", "City"))</row>"
        + "<row r=\"3\">\(Self.cell("A3", "Awa"))\(Self.cell("B3", "Dakar"))</row>",
      merged: ["A1:B1"])
    let table = try Workbook(bytes: book.bytes()).table()
    #expect(table.header == ["Registrations", ""])
    #expect(table.rows.map(\.fields) == [["Name", "City"], ["Awa", "Dakar"]])
  }

  @Test(arguments: ["B2:", "2:B3", "B3:B2", "C1:B1", "B0:B2", "B2:B9999999", ""])
  func aRangeThatIsNoneIsAnErrorNamingIt(reference: String) {
    var book = MinimalWorkbook()
    book.sheet1 = Self.sheet("<row r=\"1\">\(Self.cell("A1", "Name"))</row>", merged: [reference])
    #expect(
      throws: WorkbookError.malformed(
        part: "xl/worksheets/sheet1.xml", line: nil, reason: "\"\(reference)\" is not a range of merged cells")
    ) {
      try Workbook(bytes: book.bytes()).table()
    }
  }

  @Test func overlappingRangesOverTooManyCellsAreRefused() {
    var rows: [WorksheetReader.Row] = (1...100).map { .init(number: $0, cells: [(0, "x")]) }
    let ranges = Array(repeating: MergedRange(reference: "A1:A100")!, count: 50)
    #expect(!MergedRange.fillDown(&rows, ranges: ranges, budget: 1_000))
    #expect(MergedRange.fillDown(&rows, ranges: ranges, budget: 10_000))
  }
}
