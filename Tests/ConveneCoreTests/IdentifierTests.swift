import ConveneCore
import Testing

@Suite struct IdentifierTests {
  static let hostile = [
    "", "p001\r\nBcc: victim@example.org", "p001\n", "../../../tmp/x", "..", ".", ".hidden", "/etc/passwd",
    "a/b", "a\\b", "two words", " p001", "<script>alert(1)</script>", "p\u{0}01",
    String(repeating: "a", count: 65), String(repeating: "a", count: 1000), "é", "p001;p002", "a:b", "a@b",
    "\u{202E}p001", "p001\t",
  ]

  @Test(arguments: ["p001", "opening", "youth-lab-1", "dakar-2027", "A_b.c-9", "2027-03-09", "x",
    String(repeating: "a", count: 64), "a..b"])
  func namesAreIds(text: String) {
    #expect(Identifier.isValid(text))
    #expect(Identifier.problem(text) == nil)
  }

  @Test(arguments: hostile)
  func pathsHeadersMarkupAndLongTextAreNot(text: String) {
    #expect(!Identifier.isValid(text))
    #expect(Identifier.problem(text)?.contains("is not a valid id") == true)
  }

  @Test func messagesShowControlCharactersAndCutLongIds() {
    #expect(Identifier.shown("p001\r\nBcc: x") == "p001\\r\\nBcc: x")
    #expect(Identifier.shown("a\u{0}b") == "a\\u0000b")
    #expect(Identifier.shown(String(repeating: "a", count: 1000)) == String(repeating: "a", count: 80) + "…")
  }
}

@Suite struct LimitsTests {
  @Test func datesOutsideTheYearsConveneAcceptsAreNotDates() {
    #expect(LocalDate("1900-01-01") != nil)
    #expect(LocalDate("2200-12-31") != nil)
    #expect(LocalDate("1899-12-31") == nil)
    #expect(LocalDate("2201-01-01") == nil)
    #expect(LocalDate(year: 99_999_999_999_999, month: 1, day: 1) == nil)
    #expect(LocalDateTime("99999999999999-01-01 09:00") == nil)
  }

  @Test func submissionTimesWithHugeNumbersAreUnreadableNotFatal() {
    #expect(SubmissionTime.utc("99999999999999999999-01-15T07:32:11Z") == nil)
    #expect(SubmissionTime.utc("2027-01-15T07:32:99999999999999999999Z") == nil)
    #expect(SubmissionTime.utc("99999999999999-01-15T07:32:11Z") == nil)
    #expect(SubmissionTime.utc("99999999999999999999/01/15 10:32:11") == nil)
    #expect(SubmissionTime.utc("15/01/99999999999999 10:32:11", monthFirst: true) == nil)
    #expect(SubmissionTime.utc("2027-01-15T07:32:11.000+03:00") == "2027-01-15T04:32:11Z")
  }

  @Test func daysAreCountedForAnyYearWithoutTrapping() {
    #expect(LocalDate.daysSinceEpoch(year: 1970, month: 1, day: 1) == 0)
    #expect(LocalDate.daysSinceEpoch(year: 2201, month: 1, day: 1) == LocalDate("2200-12-31")!.daysSinceEpoch + 1)
  }

  @Test func rangesAreDescribedWithThousands() {
    #expect(Limits.capacity.described == "1 to 1,000,000")
    #expect((-1_234_567).grouped == "-1,234,567")
  }
}
