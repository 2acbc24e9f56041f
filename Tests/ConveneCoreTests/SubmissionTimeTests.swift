import Testing

@testable import ConveneCore

@Suite struct SubmissionTimeTests {
  @Test func ordersKoboAndGoogleStamps() throws {
    let keys = try #require(SubmissionTime.sortKeys(["2027-01-20T09:10:00.000+03:00", "2027/01/19 11:00:00 PM", "2027/01/20 12:30:00 AM"]))
    #expect(keys[1] < keys[2])
    #expect(keys[2] < keys[0])
  }

  @Test func dayFirstUnlessAStampCannotBe() throws {
    let dayFirst = try #require(SubmissionTime.sortKeys(["02/03/2027 10:00:00", "03/02/2027 10:00:00"]))
    #expect(dayFirst[1] < dayFirst[0])  // 3 February before 2 March
    let monthFirst = try #require(SubmissionTime.sortKeys(["02/03/2027 10:00:00", "1/15/2027 10:00:00"]))
    #expect(monthFirst[1] < monthFirst[0])  // 15 January before 3 February
  }

  @Test func anUnreadableStampMeansFileOrder() {
    #expect(SubmissionTime.sortKeys(["2027-01-20 09:00", "yesterday"]) == nil)
    #expect(SubmissionTime.sortKeys(["2027-01-20 09:00", nil]) == nil)
  }
}
