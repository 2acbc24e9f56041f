import Testing

@testable import ConveneCore

@Suite struct SubmissionTimeUTCTests {
  @Test func appliesOffsetsAndReadsGoogleAndKoboStamps() {
    #expect(SubmissionTime.utc("2027-03-10T18:02:33.000+03:00") == "2027-03-10T15:02:33Z")
    #expect(SubmissionTime.utc("2027-03-10T23:30:00-0130") == "2027-03-11T01:00:00Z")
    #expect(SubmissionTime.utc("2027-03-10T15:00:11") == "2027-03-10T15:00:11Z")
    #expect(SubmissionTime.utc("2027-03-10T17:00:00.123Z") == "2027-03-10T17:00:00Z")
    #expect(SubmissionTime.utc("2027/03/11 1:05:00 AM GMT+3") == "2027-03-10T22:05:00Z")
    #expect(SubmissionTime.utc("11/03/2027 18:00:00") == "2027-03-11T18:00:00Z")
    #expect(SubmissionTime.utc("3/11/2027 18:00:00", monthFirst: true) == "2027-03-11T18:00:00Z")
    #expect(SubmissionTime.utc("yesterday") == nil)
  }
}
