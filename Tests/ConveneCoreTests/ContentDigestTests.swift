import Testing

@testable import ConveneCore

@Suite struct ContentDigestTests {
  @Test func digestsAreStableAndDiffer() {
    #expect(contentDigest("abc") == contentDigest("abc"))
    #expect(contentDigest("abc") != contentDigest("abd"))
    #expect(contentDigest("").count == 16)
  }

  /// The digests stored in journals, message ids and response ids of earlier versions are
  /// the same bytes: 64-bit FNV-1a in 16 hexadecimal digits, a leading zero kept.
  @Test func digestsKeepTheirBytes() {
    #expect(contentDigest("") == "cbf29ce484222325")
    #expect(contentDigest("abc") == "e71fa2190541574b")
    #expect(contentDigest("r0") == "08dc8407b57be91f")
  }

  @Test func hexadecimalDigitsAreAlwaysSixteen() {
    #expect(UInt64(0).hexadecimalDigits == "0000000000000000")
    #expect(UInt64(1).hexadecimalDigits == "0000000000000001")
    #expect(UInt64(0x0123_4567_89ab_cdef).hexadecimalDigits == "0123456789abcdef")
    #expect(UInt64.max.hexadecimalDigits == "ffffffffffffffff")
  }
}
