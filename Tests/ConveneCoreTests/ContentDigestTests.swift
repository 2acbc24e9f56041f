import Testing

@testable import ConveneCore

@Suite struct ContentDigestTests {
  @Test func digestsAreStableAndDiffer() {
    #expect(contentDigest("abc") == contentDigest("abc"))
    #expect(contentDigest("abc") != contentDigest("abd"))
    #expect(contentDigest("").count == 16)
  }
}
