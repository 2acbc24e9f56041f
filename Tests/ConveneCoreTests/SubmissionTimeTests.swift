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

  /// A form tool writes its owner's clock without an offset: the event's zone reads it, and an
  /// offset written still wins.
  @Test func aStampWithoutAnOffsetIsTheEventsClock() {
    #expect(SubmissionTime.utc("10/3/2027 9:00:00", timezone: "Asia/Amman") == "2027-03-10T06:00:00Z")
    #expect(SubmissionTime.utc("١٠‏/٣‏/٢٠٢٧، ٩:٠٠:٠٠ ص", timezone: "Asia/Amman") == "2027-03-10T06:00:00Z")
    #expect(SubmissionTime.utc("2027-03-10T09:00:00+01:00", timezone: "Asia/Amman") == "2027-03-10T08:00:00Z")
    #expect(SubmissionTime.utc("2027-07-01 12:00", timezone: "Europe/Paris") == "2027-07-01T10:00:00Z")
    #expect(SubmissionTime.utc("2027-01-01 00:30", timezone: "America/Lima") == "2027-01-01T05:30:00Z")
    #expect(SubmissionTime.utc("2027-03-10 09:00", timezone: "Not/AZone") == "2027-03-10T09:00:00Z")
  }
}
