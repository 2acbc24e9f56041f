import Testing

@testable import ConveneCSV

@Suite struct CSVWriterTests {
  @Test(arguments: ["=1+2", "+254 700", "-5+A1", "-2-3", "@SUM(A1)", "\tx", "\rx", "-", "-.5"])
  func cellsThatSpreadsheetsRunAsFormulasGetAnApostrophe(cell: String) {
    #expect(CSVWriter.neutralised(cell) == "'" + cell)
    #expect(CSVWriter.restored(CSVWriter.neutralised(cell)) == cell)
  }

  @Test(arguments: ["plain", "", "'quoted", "a=b", "O'Neill"])
  func ordinaryCellsAreLeftAlone(cell: String) {
    #expect(CSVWriter.neutralised(cell) == cell)
    #expect(CSVWriter.restored(cell) == cell)
  }

  @Test(arguments: ["-5", "-0.4", "+3", "+12.25"])
  func plainSignedNumbersStayNumbers(cell: String) {
    #expect(CSVWriter.neutralised(cell) == cell)
    #expect(CSVWriter.restored("'" + cell) == cell)
  }

  @Test func aLeadingApostropheBeforeATriggerSurvivesARoundTrip() {
    #expect(CSVWriter.restored(CSVWriter.neutralised("'=x")) == "'=x")
  }

  @Test func quotesFieldsThatNeedItAndEndsLinesWithCRLF() {
    let line = CSVWriter.line(["a,b", "say \"hi\"", "two\nlines", " padded", "plain"])
    #expect(line == "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",plain\r\n")
  }

  @Test func documentRoundTripsThroughTheReader() throws {
    let rows = [["p001", "=HYPERLINK(\"x\")", "Koné, Aïcha"], ["p002", "", "ليلى\nحداد"]]
    let text = CSVWriter.document(header: ["id", "formula", "name"], rows: rows)
    let read = try CSVTable(text: text)
    #expect(read.rows.map { $0.fields.map(CSVWriter.restored) } == rows)
    #expect(read.rows[0].fields[1].hasPrefix("'="))
  }
}
