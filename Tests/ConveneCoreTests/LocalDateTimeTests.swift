import Testing

@testable import ConveneCore

@Suite struct LocalDateTimeTests {
  @Test(arguments: [
    ("2027-03-09 08:30", "2027-03-09 08:30"), ("2027-03-09T08:30:00", "2027-03-09 08:30"),
    ("2027-03-09T08:30+03:00", "2027-03-09 08:30+03:00"), ("2027-03-09 08:30Z", "2027-03-09 08:30+00:00"),
    ("2027-03-09", "2027-03-09 00:00"), ("2027-03-09T08:30-05:00", "2027-03-09 08:30-05:00"),
    ("2027-03-09T08:30:00.000+02:00", "2027-03-09 08:30+02:00"), ("2027-03-09T08:30:15.5Z", "2027-03-09 08:30+00:00"),
    ("2027-03-09T08:30:00+0200", "2027-03-09 08:30+02:00"), ("2027-03-09T08:30:00-0430", "2027-03-09 08:30-04:30"),
  ])
  func parsesTheFormsPeopleWrite(text: String, expected: String) {
    #expect(LocalDateTime(text)?.description == expected)
  }

  @Test func rejectsOtherText() {
    #expect(LocalDateTime("next tuesday") == nil)
    #expect(LocalDateTime("2027-03-09 8h30") == nil)
    for text in ["2027-03-09T08:30:00.+02:00", "2027-03-09T08:30:00.5x", "2027-03-09T08:30:60.000", "2027-03-09T08:30+020", "2027-03-09T08:30+2500"] {
      #expect(LocalDateTime(text) == nil, "\(text)")
    }
  }
}
