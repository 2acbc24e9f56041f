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

  /// Texts without markup are returned as they are; every other text is escaped character by
  /// character, as this reference does, whatever the script, combining marks or line breaks.
  @Test func markdownEscapingMatchesTheCharacterByCharacterRule() {
    func reference(_ text: String) -> String {
      var result = ""
      for character in text {
        switch character {
        case "|", "*", "_", "`", "[", "]", "<", ">", "\\", "#", "&": result += "\\\(character)"
        case "\n", "\r", "\r\n": result += " "
        default: result.append(character)
        }
      }
      return result
    }
    let parts = [
      "Dakar", "Saint-Louis (SN)", "دكار", "Ouagadougou · 2027", "e\u{301}", "|\u{301}", "\r\n", "\n", "\r", "*", "_",
      "`", "[", "]", "<", ">", "\\", "#", "&", "n=5", "Š", "😀", " ",
    ]
    var generator = RandomSource(seed: 2027)
    var texts = parts + parts.map { $0 + $0 }
    for _ in 0..<2_000 {
      texts.append((0..<Int.random(in: 0...6, using: &generator)).map { _ in parts.randomElement(using: &generator)! }.joined())
    }
    for text in texts { #expect(text.markdownEscaped == reference(text), "\(text.debugDescription)") }
    #expect("Ville 0001 (SN)".markdownEscaped == "Ville 0001 (SN)")
  }
}
