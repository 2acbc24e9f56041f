import Testing

@testable import ConveneSpreadsheet

@Suite struct ExcelDateTests {
  @Test(arguments: [
    (1.0, "1900-01-01"), (59.0, "1900-02-28"), (60.0, "1900-02-29"), (61.0, "1900-03-01"),
    (46451.0, "2027-03-05"),
    (2_958_465.0, "9999-12-31"), (25569.0, "1970-01-01"),
  ])
  func serialsOfThe1900SystemKeepItsLeapYearBug(serial: Double, date: String) {
    #expect(ExcelDate.text(serial: serial, kind: .date, uses1904: false) == date)
  }

  @Test func serialsOfThe1904SystemStartAtDayZero() {
    #expect(ExcelDate.text(serial: 0, kind: .date, uses1904: true) == "1904-01-01")
    #expect(ExcelDate.text(serial: 44989, kind: .date, uses1904: true) == "2027-03-05")
  }

  @Test func timesRoundToTheSecondAndCarryIntoTheNextDay() {
    #expect(
      ExcelDate.text(serial: 46451.584849537037, kind: .dateTime, uses1904: false)
        == "2027-03-05 14:02:11")
    #expect(
      ExcelDate.text(serial: 46451.999999999, kind: .dateTime, uses1904: false)
        == "2027-03-06 00:00:00")
    #expect(ExcelDate.text(serial: 0.5, kind: .time, uses1904: false) == "12:00:00")
  }

  /// A cell formatted as a date only keeps the time its value holds; midnight is a date.
  @Test func aTimeInACellShownAsADateIsKept() {
    #expect(ExcelDate.text(serial: 46519.75, kind: .date, uses1904: false) == "2027-05-12 18:00:00")
    #expect(ExcelDate.text(serial: 46519, kind: .date, uses1904: false) == "2027-05-12")
  }

  @Test func numbersThatAreNoDateExcelShowsStayNumbers() {
    #expect(ExcelDate.text(serial: -1, kind: .date, uses1904: false) == nil)
    #expect(ExcelDate.text(serial: 0.2, kind: .date, uses1904: false) == nil)
    #expect(ExcelDate.text(serial: 3e6, kind: .date, uses1904: false) == nil)
    #expect(ExcelDate.text(serial: .nan, kind: .date, uses1904: false) == nil)
  }

  @Test(
    arguments: [
      (0, nil, NumberFormat.Kind.number), (14, nil, .date), (17, nil, .date), (18, nil, .time),
      (21, nil, .time),
      (22, nil, .dateTime), (45, nil, .time), (47, nil, .time),
      (164, "yyyy-mm-dd hh:mm:ss", .dateTime),
      (164, "dd/mm/yyyy", .date), (164, "[$-409]mmmm d, yyyy", .date), (164, "mmm-yy", .date),
      (164, "[h]:mm:ss", .time),
      (164, "h:mm AM/PM", .time), (164, "mm:ss", .time), (164, "0.00E+00", .number),
      (164, "General", .number),
      (164, "\"Day \"0", .number), (164, "#,##0 \\d", .number),
      (164, "[Red]0.00;[Blue]-0.00", .number), (164, "@", .number),
      (164, "0.0%;\"yes\"", .number),
    ] as [(Int, String?, NumberFormat.Kind)])
  func numberFormatsTellDatesFromNumbers(id: Int, code: String?, kind: NumberFormat.Kind) {
    #expect(NumberFormat.kind(id: id, code: code) == kind)
  }

  /// Locale tags as Excel writes them (`[$-x-sysdate]` for its Long Date, a language tag for a
  /// format chosen under another locale) hold letters that are no date or time codes: a
  /// date-only format stays a date (a departure at 23:59, not 00:00) and a number stays a number
  /// (an age of 47, not a day of 1900).
  @Test(
    arguments: [
      ("[$-x-sysdate]dddd, mmmm dd, yyyy", NumberFormat.Kind.date),
      ("[$-es-ES]d \"de\" mmmm \"de\" yyyy", .date), ("[$-es-MX]dd/mm/yyyy", .date),
      ("[$-ar-SA]dd/mm/yyyy", .date), ("[$-sw-KE]dd/mm/yyyy", .date), ("[$-en-US]m/d/yyyy", .date),
      ("[$-F800]dddd, mmmm dd, yyyy", .date), ("[$-3000401]dd/mm/yyyy", .date),
      ("[$-x-systime]h:mm:ss AM/PM", .time), ("[$-en-US]dd/mm/yyyy hh:mm", .dateTime),
      ("[$-en-US]0", .number), ("[$-es-MX]General", .number), ("[$-ar-SA]0", .number),
      ("[$-sw-KE]General", .number), ("[>=100]0;[Magenta]0", .number), ("[Cyan]#,##0", .number),
      ("[h]:mm", .time), ("[mm]:ss", .time), ("[ss]", .time), ("[hh]", .time),
    ] as [(String, NumberFormat.Kind)])
  func bracketedSectionsAreNoDateCodes(code: String, kind: NumberFormat.Kind) {
    #expect(NumberFormat.kind(id: 164, code: code) == kind)
  }

  @Test func numbersAreWrittenAsTheSheetHoldsThem() {
    #expect(ExcelText.number("42") == "42")
    #expect(ExcelText.number("0612345678") == "0612345678")
    #expect(ExcelText.number("2.12661234567E+11") == "212661234567")
    #expect(ExcelText.number("1E-3") == "0.001")
    #expect(ExcelText.number("1E+300") == "1e+300")
  }
}
