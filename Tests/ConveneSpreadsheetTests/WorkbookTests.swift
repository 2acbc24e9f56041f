import ConveneCSV
import Testing

@testable import ConveneSpreadsheet

@Suite struct WorkbookTests {
  @Test func theFirstSheetIsReadWithEveryKindOfCell() throws {
    let table = try Workbook(bytes: MinimalWorkbook().bytes()).table()
    #expect(table.sheet == "Responses")
    #expect(
      table.header == [
        "Full name", "Email", "Ville de Thiès", "Registered on", "Age", "Consent", "Day", "Arrival",
        "Phone",
      ])
    #expect(table.rows.map(\.line) == [3, 4])
    #expect(
      table.rows[0].fields == [
        "ليلى حداد", "leila@beirut.example.org", "Ville de Thiès", "2027-03-05", "47", "TRUE", "2",
        "2027-03-05 14:02:11", "212661234567",
      ])
    #expect(
      table.rows[1].fields == [
        " Line\r\ntwo ", "", "", "2027-03-06 09:30:00", "35.5", "FALSE", "", "18:00:00", "",
      ])
  }

  @Test func aSheetIsChosenByName() throws {
    let workbook = try Workbook(bytes: MinimalWorkbook().bytes())
    #expect(workbook.sheetNames == ["Responses", "Lists"])
    let lists = try workbook.table(sheet: " lists ")
    #expect(lists.header == ["", "Country"])
    #expect(lists.rows.first?.fields == ["", "الأردن"])
    #expect(lists.rows.first?.line == 3)
    #expect(throws: WorkbookError.noSuchSheet("Feuil1", available: ["Responses", "Lists"])) {
      try workbook.table(sheet: "Feuil1")
    }
  }

  @Test func theFirstVisibleSheetIsTheFirstSheet() throws {
    var book = MinimalWorkbook()
    book.workbook = book.workbook.replacingOccurrences(
      of: "sheetId=\"1\"", with: "sheetId=\"1\" state=\"hidden\"")
    #expect(try Workbook(bytes: book.bytes()).table().sheet == "Lists")
  }

  @Test func datesOfThe1904SystemCountFrom1904() throws {
    var book = MinimalWorkbook()
    book.workbook = book.workbook.replacingOccurrences(
      of: "<workbookPr/>", with: "<workbookPr date1904=\"1\"/>")
    book.sheet1 = book.sheet1.replacingOccurrences(of: "<v>46451</v>", with: "<v>44989</v>")
    #expect(try Workbook(bytes: book.bytes()).table().rows[0].fields[3] == "2027-03-05")
  }

  @Test func partsStoredAndDeflatedAreReadAlike() throws {
    let stored = try Workbook(
      bytes: MinimalWorkbook().bytes(storing: Set(MinimalWorkbook().parts.map(\.0)))
    ).table()
    let deflated = try Workbook(bytes: MinimalWorkbook().bytes(storing: [])).table()
    #expect(stored.rows.map(\.fields) == deflated.rows.map(\.fields))
    #expect(stored.header == deflated.header)
  }

  @Test func aZipArchiveThatIsNotAWorkbookIsNamedForWhatItIs() {
    var zip = ZipBuilder()
    zip.add("mimetype", "application/vnd.oasis.opendocument.spreadsheet", deflated: false)
    zip.add("content.xml", "<office:document-content/>")
    #expect(
      throws: WorkbookError.notAWorkbook("an OpenDocument file (.ods); save it as .xlsx or CSV")
    ) {
      try Workbook(bytes: zip.bytes())
    }
    var other = ZipBuilder()
    other.add("photo.txt", "hello")
    #expect(throws: WorkbookError.notAWorkbook("a zip archive without xl/workbook.xml")) {
      try Workbook(bytes: other.bytes())
    }
  }

  @Test func malformedPartsAreErrorsNamingThePart() throws {
    var book = MinimalWorkbook()
    book.sheet1 =
      "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s><v>1</v></c></row></sheetData></worksheet>"
    #expect {
      try Workbook(bytes: book.bytes()).table()
    } throws: { error in
      guard case .malformed(part: "xl/worksheets/sheet1.xml", _, _) = error as? WorkbookError else {
        return false
      }
      return true
    }
    var missing = MinimalWorkbook()
    missing.sheet1 =
      "<worksheet><sheetData><row><c t=\"s\"><v>99</v></c></row></sheetData></worksheet>"
    #expect(
      throws: WorkbookError.malformed(
        part: "xl/worksheets/sheet1.xml", line: nil, reason: "shared string \"99\" does not exist")
    ) {
      try Workbook(bytes: missing.bytes()).table()
    }
    var disorder = MinimalWorkbook()
    disorder.sheet1 =
      "<worksheet><sheetData><row r=\"5\"><c><v>1</v></c></row><row r=\"2\"/></sheetData></worksheet>"
    #expect(
      throws: WorkbookError.malformed(
        part: "xl/worksheets/sheet1.xml", line: nil,
        reason: "row number \"2\" is out of order or out of range")
    ) {
      try Workbook(bytes: disorder.bytes()).table()
    }
    // Cells without their reference follow the one before, an empty one too.
    var unnumbered = MinimalWorkbook()
    unnumbered.sheet1 = "<worksheet><sheetData><row><c/><c><v>1</v></c><c><v>2</v></c></row></sheetData></worksheet>"
    #expect(try Workbook(bytes: unnumbered.bytes()).table().header == ["", "1", "2"])
    // Two cells at one reference: the second would silently replace the first.
    for cells in [
      #"<c r="A2" t="inlineStr"><is><t>a@example.org</t></is></c><c r="A2" t="inlineStr"><is><t>b@example.org</t></is></c>"#,
      #"<c r="A2"><v>1</v></c><c r="B2"><v>2</v></c><c r="A2"><v>3</v></c>"#,
    ] {
      var twice = MinimalWorkbook()
      twice.sheet1 = "<worksheet><sheetData><row r=\"2\">\(cells)</row></sheetData></worksheet>"
      #expect(throws: WorkbookError.self) { try Workbook(bytes: twice.bytes()).table() }
      #expect {
        try Workbook(bytes: twice.bytes()).table()
      } throws: { error in
        guard case .malformed(_, _, let reason) = error as? WorkbookError else { return false }
        return reason == "cell \"A2\" is given twice in row 2"
      }
    }
  }

  @Test func nestingDeeperThanAnyWorkbookIsRefused() {
    var book = MinimalWorkbook()
    book.sheet1 = String(repeating: "<a>", count: 200) + String(repeating: "</a>", count: 200)
    #expect(
      throws: WorkbookError.tooLarge(
        part: "xl/worksheets/sheet1.xml", reason: "elements nested more than 64 deep")
    ) {
      try Workbook(bytes: book.bytes()).table()
    }
  }

  @Test func cellsBeyondExcelsLastColumnAreRefused() {
    var book = MinimalWorkbook()
    book.sheet1 =
      "<worksheet><sheetData><row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row></sheetData></worksheet>"
    #expect(
      throws: WorkbookError.tooLarge(
        part: "xl/worksheets/sheet1.xml", reason: "more than 16384 columns")
    ) {
      try Workbook(bytes: book.bytes()).table()
    }
  }

  @Test func externalEntitiesAreNeverFetched() throws {
    var book = MinimalWorkbook()
    book.sharedStrings = """
      <?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/hostname">]>
      <sst><si><t>&x;</t></si><si><t>Email</t></si><si><t>c</t></si><si><t>d</t></si><si><t>e</t></si></sst>
      """
    let result = try? Workbook(bytes: book.bytes()).table()
    #expect(result?.header.first ?? "" == "")
  }

  @Test(
    arguments: [
      ("A1", 0), ("Z9", 25), ("AA10", 26), ("$AB$3", 27), ("XFD1048576", 16383), ("", nil),
      ("1A", nil), ("ABCD1", nil),
      ("A-1", nil),
    ] as [(String, Int?)])
  func cellReferencesGiveTheirColumn(reference: String, column: Int?) {
    #expect(WorksheetReader.column(of: reference) == column)
  }
}

extension WorkbookTests {
  /// A stop that says yes from its `after`-th question on, counting the questions.
  final class CountingStop: @unchecked Sendable {
    private(set) var asked = 0
    let after: Int

    init(after: Int) { self.after = after }

    var stop: ReadingStop {
      ReadingStop { [self] in
        asked += 1
        return asked >= after
      }
    }
  }

  /// A sheet of 3,000 rows (27,000 elements).
  static func largeWorkbook() -> [UInt8] {
    var workbook = MinimalWorkbook()
    let rows = (1...3_000).map { row in
      "<row r=\"\(row)\"><c r=\"A\(row)\" t=\"inlineStr\"><is><t>Person \(row)</t></is></c>"
        + "<c r=\"B\(row)\" t=\"inlineStr\"><is><t>p\(row)@example.org</t></is></c><c r=\"C\(row)\"><v>\(row)</v></c></row>"
    }
    workbook.sheet1 = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\(rows.joined())</sheetData></worksheet>
      """
    return workbook.bytes()
  }

  /// Told to stop before the sheet or while its elements are parsed, the reading ends with
  /// `.interrupted`; never told, it reads the sheet, having asked every 4,096 elements.
  @Test(arguments: [1, 2, 3, 5]) func aStopEndsTheReadingOfASheet(after: Int) throws {
    let workbook = try Workbook(bytes: Self.largeWorkbook())
    let stop = CountingStop(after: after)
    #expect(throws: WorkbookError.interrupted) { try workbook.table(stop: stop.stop) }
    #expect(stop.asked == after)
  }

  @Test func aStopNeverRequestedReadsTheSheet() throws {
    let workbook = try Workbook(bytes: Self.largeWorkbook())
    let stop = CountingStop(after: .max)
    let table = try workbook.table(stop: stop.stop)
    #expect(table.rows.count == 2_999)
    #expect(table.rows.last?.fields == ["Person 3000", "p3000@example.org", "3000"])
    #expect(stop.asked >= 2 + 27_000 / XMLPartReader.stopInterval)  // nine elements a row
  }

  /// XlsxWriter stores `<v>0</v>` for a formula unless the script gives its result: a column
  /// whose every formula reads 0 is named; one where a formula stores another result, and
  /// zeros typed as values, are not.
  @Test func columnsWhoseEveryFormulaStoresZeroAreNamed() throws {
    var book = MinimalWorkbook()
    book.sheet1 = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
      <row r="1"><c r="A1" t="inlineStr"><is><t>Email</t></is></c><c r="B1" t="inlineStr"><is><t>Full name</t></is></c><c r="C1" t="inlineStr"><is><t>Age</t></is></c><c r="D1" t="inlineStr"><is><t>Guests</t></is></c></row>
      <row r="2"><c r="A2" t="inlineStr"><is><t>a@example.org</t></is></c><c r="B2"><f>E2&amp;" "&amp;F2</f><v>0</v></c><c r="C2"><f>2027-1980</f><v>47</v></c><c r="D2"><v>0</v></c></row>
      <row r="3"><c r="A3" t="inlineStr"><is><t>b@example.org</t></is></c><c r="B3"><f>E3&amp;" "&amp;F3</f><v>0</v></c><c r="C3"><f>2027-2027</f><v>0</v></c><c r="D3"><v>0</v></c></row>
      </sheetData></worksheet>
      """
    let table = try Workbook(bytes: book.bytes()).table()
    #expect(table.rows.map(\.fields) == [["a@example.org", "0", "47", "0"], ["b@example.org", "0", "0", "0"]])
    #expect(table.formulasReadingZero == [CSVCellPosition(line: 2, column: 1), CSVCellPosition(line: 3, column: 1)])
    #expect(table.formulasWithoutValue.isEmpty)
  }
}
