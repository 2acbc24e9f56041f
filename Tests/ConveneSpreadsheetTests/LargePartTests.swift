import ConveneCSV
import Testing

@testable import ConveneSpreadsheet

/// Parts read as they are inflated: a small file whose sheet and shared strings inflate to
/// tens of megabytes (padding between rows, as a hostile or broken writer makes them) gives
/// the same table as the same workbook without the padding, with rows before, between and
/// after the padding and cut at any buffer boundary. (The memory this takes is measured by
/// `Benchmarks/xlsx-memory-benchmark.py`, not here.)
@Suite struct LargePartTests {
  static let megabyte = String(repeating: " ", count: 1 << 20)

  static func row(_ number: Int) -> String {
    "<row r=\"\(number)\"><c r=\"A\(number)\" t=\"s\"><v>\(number % 3 + 2)</v></c>"
      + "<c r=\"B\(number)\" t=\"inlineStr\"><is><t>Person \(number)</t></is></c>"
      + "<c r=\"C\(number)\"><v>\(number)</v></c></row>"
  }

  /// A workbook whose sheet holds rows 2-11, `megabytes` of spaces, rows 12-21, the same
  /// again, and rows 22-31; its shared strings are padded by `megabytes` too.
  static func paddedWorkbook(megabytes: Int) -> [UInt8] {
    var book = MinimalWorkbook()
    let padding = String(repeating: megabyte, count: megabytes)
    let header =
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
      + "<c r=\"C1\" t=\"inlineStr\"><is><t>Number</t></is></c></row>"
    let rows = [header + (2...11).map(row).joined(), (12...21).map(row).joined(), (22...31).map(row).joined()]
    book.sheet1 = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\(rows.joined(separator: padding))</sheetData></worksheet>
      """
    book.sharedStrings = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\(padding)<si><t>Full name</t></si><si><t>City</t></si>
      <si><t>Lyon</t></si>\(padding)<si><t>Köln</t></si><si><t>عمّان</t></si></sst>
      """
    return book.bytes(storing: [])
  }

  @Test func aSheetThatInflatesToTensOfMegabytesGivesEveryRow() throws {
    let bytes = Self.paddedWorkbook(megabytes: 24)
    #expect(bytes.count < 1 << 20)
    let archive = try ZipArchive(bytes: bytes)
    #expect(archive.entry(named: "xl/worksheets/sheet1.xml")!.size > 48 << 20)
    // What the registration import reads: the sheet as a document, header first.
    let document = try ImportTable.document(bytes)
    #expect(document.sheet == "Responses")
    #expect(document.count == 31)
    #expect(document.fields(0) == ["Full name", "City", "Number"])
    #expect((1..<31).map(document.line) == Array(2...31))
    #expect(document.fields(1) == ["عمّان", "Person 2", "2"])
    #expect(document.fields(11) == ["Lyon", "Person 12", "12"])
    #expect(document.fields(30) == ["Köln", "Person 31", "31"])
  }

  @Test func aStopIsHeardInsideMegabytesOfPadding() throws {
    let workbook = try Workbook(bytes: Self.paddedWorkbook(megabytes: 8))
    let stop = WorkbookTests.CountingStop(after: 4)
    #expect(throws: WorkbookError.interrupted) { try workbook.table(stop: stop.stop) }
    // Asked before each buffer: the fourth question comes inside the shared strings' padding,
    // where no element is.
    #expect(stop.asked == 4)
  }

  /// A document type declaration is found wherever the buffers cut it: a part is given to the
  /// parser in buffers of 128 KiB.
  @Test(arguments: [0, 1, 4, 8, 9, 17, 18])
  func aDeclarationCutByABufferBoundaryIsRefused(before boundary: Int) throws {
    var book = MinimalWorkbook()
    let prolog = "<?xml version=\"1.0\"?>"
    let spaces = String(repeating: " ", count: (128 << 10) - prolog.utf8.count - boundary)
    book.sheet1 = prolog + spaces + "<!DOCTYPE worksheet [<!ENTITY who \"Evil\">]><worksheet><sheetData/></worksheet>"
    #expect(throws: WorkbookError.declaresEntities(part: "xl/worksheets/sheet1.xml")) {
      try Workbook(bytes: book.bytes()).table()
    }
  }

  /// A part whose bytes do not match its checksum is reported damaged, even when its XML is
  /// read to the end or breaks before the damage is known.
  @Test func aDamagedPartIsReportedAsDamagedNotAsMalformedXML() throws {
    var book = MinimalWorkbook()
    book.sheet1 = "<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>Name</t></is></c></row></sheetData></worksheet>"
    let bytes = book.bytes()
    let sheet = Array("<worksheet><sheetData><row".utf8)
    let at = bytes.indices.first { bytes[$0...].starts(with: sheet) }!
    for (offset, byte) in [(3, UInt8(ascii: "X")), (1, UInt8(ascii: "!"))] {
      var damaged = bytes
      damaged[at + offset] = byte
      #expect(throws: WorkbookError.zip(.damaged(entry: "xl/worksheets/sheet1.xml"))) {
        try Workbook(bytes: damaged).table()
      }
    }
  }
}
