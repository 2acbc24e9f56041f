import Testing

@testable import ConveneCore

@Suite struct LanguageTests {
  @Test(arguments: [("French", "fr"), ("Français", "fr"), ("anglais", "en"), ("Arabe", "ar"), ("العربية", "ar"), ("sw", "sw"), ("Kiswahili", "sw")])
  func matchesCodesAndNames(text: String, code: String) {
    #expect(Language.matching(text)?.code == code)
  }

  @Test func knowsCodes() {
    #expect(Language.withCode("AR")?.englishName == "Arabic")
    #expect(Language.withCode("xx") == nil)
  }
}
