import Testing

@testable import ConveneEvaluation

/// An absent record is "no report yet"; an emptied one is damage, like a cut one.
extension DisclosureRecordTests {
  @Test func anEmptiedRecordIsDamageLikeACutOne() throws {
    #expect(try DisclosureRecord.read(stored: nil) == DisclosureRecord())
    for bytes in [[], Array(#"{"sources": {"#.utf8)] as [[UInt8]] {
      #expect {
        try DisclosureRecord.read(stored: bytes)
      } throws: { error in
        (error as? DisclosureRecord.RecordError)?.reason.hasPrefix("not valid JSON") == true
      }
    }
  }
}
