import Testing

@testable import ConveneCore

@Suite struct LanguageTests {
  @Test(arguments: [("French", "fr"), ("Français", "fr"), ("anglais", "en"), ("Arabe", "ar"), ("العربية", "ar"), ("sw", "sw"), ("Kiswahili", "sw")])
  func matchesCodesAndNames(text: String, code: String) {
    #expect(Language.matching(text)?.code == code)
  }

  @Test(arguments: [
    ("español", "es"), ("Inglés", "en"), ("francés", "fr"), ("castellano", "es"), ("Português", "pt"),
    ("inglês", "en"), ("espanhol", "es"), ("الفرنسية", "fr"), ("الإنجليزية", "en"), ("الانجليزية", "en"),
    ("عربي", "ar"), ("русский", "ru"), ("Wolof", "wo"),
  ])
  func matchesNamesInEveryLanguage(text: String, code: String) {
    #expect(Language.matching(text)?.code == code)
  }

  @Test func knowsCodes() {
    #expect(Language.withCode("AR")?.englishName == "Arabic")
    #expect(Language.withCode("xx") == nil)
  }
}
