import Testing

@testable import ConveneCore

@Suite struct LocalDateTimeTests {
  @Test(arguments: [
    ("2027-03-09 08:30", "2027-03-09 08:30"), ("2027-03-09T08:30:00", "2027-03-09 08:30"),
    ("2027-03-09T08:30+03:00", "2027-03-09 08:30+03:00"), ("2027-03-09 08:30Z", "2027-03-09 08:30+00:00"),
    ("2027-03-09", "2027-03-09 00:00"), ("2027-03-09T08:30-05:00", "2027-03-09 08:30-05:00"),
  ])
  func parsesTheFormsPeopleWrite(text: String, expected: String) {
    #expect(LocalDateTime(text)?.description == expected)
  }

  @Test func rejectsOtherText() {
    #expect(LocalDateTime("next tuesday") == nil)
    #expect(LocalDateTime("2027-03-09 8h30") == nil)
  }
}
