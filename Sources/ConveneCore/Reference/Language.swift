/// A language of ISO 639-1.
public struct Language: Sendable, Hashable {
  /// The two-letter code, lower case.
  public var code: String
  /// The English name.
  public var englishName: String
  /// The French name.
  public var frenchName: String

  /// Every language with a two-letter code, by code.
  public static let all: [String: Language] = {
    var languages: [String: Language] = [:]
    for line in table.split(separator: "\n") {
      let parts = line.split(separator: "|").map(String.init)
      languages[parts[0]] = Language(code: parts[0], englishName: parts[1], frenchName: parts[2])
    }
    return languages
  }()

  static let byName: [String: String] = {
    var index: [String: String] = [:]
    for language in all.values {
      index[language.englishName.folded] = language.code
      index[language.frenchName.folded] = language.code
    }
    for (name, code) in [
      ("francais", "fr"), ("anglais", "en"), ("arabe", "ar"), ("العربية", "ar"),
      ("عربي", "ar"), ("english", "en"), ("espanol", "es"), ("portugues", "pt"),
      ("русский", "ru"), ("swahili", "sw"), ("kiswahili", "sw"), ("farsi", "fa"),
    ] {
      index[name.folded] = code
    }
    return index
  }()

  /// The language with the given code, or nil.
  public static func withCode(_ code: String) -> Language? { all[code.lowercased()] }

  /// The language meant by a code or an English or French name ("French", "Français", "fr").
  public static func matching(_ text: String) -> Language? {
    let trimmed = text.trimmed
    if trimmed.count == 2, let language = all[trimmed.lowercased()] { return language }
    return byName[trimmed.folded].flatMap { all[$0] }
  }
}
