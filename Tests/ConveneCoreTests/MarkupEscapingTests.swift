import Testing

@testable import ConveneCore

@Suite struct MarkupEscapingTests {
  @Test func htmlEscapingCoversTextAndAttributes() {
    #expect(
      "<a href=\"x\">'Tom' & Jerry</a>".htmlEscaped
        == "&lt;a href=&quot;x&quot;&gt;&#39;Tom&#39; &amp; Jerry&lt;/a&gt;")
  }

  @Test func markdownEscapingLeavesNoRawTagOrMarkup() {
    #expect(
      "<b>*x*</b> | [y](z)\nnext".markdownEscaped == "\\<b\\>\\*x\\*\\</b\\> \\| \\[y\\](z) next")
  }
}
