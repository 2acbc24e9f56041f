import ConveneCore
import Testing

@Suite struct ComposedFormTests {
  @Test(arguments: [
    ("Oue\u{301}draogo", "Ouédraogo"),
    ("Nguye\u{302}\u{303}n", "Nguyễn"),
    ("Thie\u{300}s", "Thiès"),
    ("\u{1112}\u{1161}\u{11AB}", "한"),
  ])
  func aDecomposedTextIsComposed(written: String, typed: String) {
    #expect(Array(written.composed.utf8) == Array(typed.utf8))
  }

  @Test(arguments: ["Ouédraogo", "Awa Ndiaye", "أحمد عبدالله", "Щербаков", ""])
  func aComposedTextIsKeptByteForByte(text: String) {
    #expect(Array(text.composed.utf8) == Array(text.utf8))
  }

  /// Arabic vowel signs are marks with no composed form: kept where they are.
  @Test func marksWithNoComposedFormAreKept() {
    let text = "مُحَمَّد"
    #expect(Array(text.composed.utf8) == Array(text.utf8))
  }
}
