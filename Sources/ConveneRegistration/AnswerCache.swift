import ConveneCore

/// Remembers how each distinct answer was read during one import. Registration exports
/// repeat the same countries, categories and languages thousands of times; each is folded and
/// looked up once.
final class AnswerCache {
  let matcher: CategoryMatcher
  private var countries: [String: Country?] = [:]
  private var categories: [String: String?] = [:]
  private var languages: [String: (codes: [String], unknown: [String])] = [:]
  private var genders: [String: String?] = [:]
  private var ageGroups: [String: String?] = [:]
  private var consents: [String: Bool?] = [:]

  init(matcher: CategoryMatcher) { self.matcher = matcher }

  func country(_ text: String) -> Country? { Self.remember(text, in: &countries, Country.matching) }

  func category(_ text: String) -> String? { Self.remember(text, in: &categories, matcher.category(for:)) }

  func gender(_ text: String) -> String? { Self.remember(text, in: &genders, DemographicValues.gender) }

  func ageGroup(_ text: String) -> String? { Self.remember(text, in: &ageGroups, DemographicValues.ageGroup) }

  func yesNo(_ text: String) -> Bool? { Self.remember(text, in: &consents, DemographicValues.yesNo) }

  /// The value for `text` from `memory`, computing and storing it the first time.
  private static func remember<Value>(_ text: String, in memory: inout [String: Value?], _ compute: (String) -> Value?) -> Value? {
    if let known = memory[text] { return known }
    let value = compute(text)
    memory[text] = value
    return value
  }

  /// The words that join list items in every language (`and`, `et`, `y`, `e`, `و`), and the
  /// conjunctions written joined to the next word (Arabic `و`).
  static let listWords = Set(LanguagePack.all.flatMap(\.values.listWords).map(\.folded))
  static let listPrefixes = LanguagePack.all.flatMap(\.values.listPrefixes)

  /// The language codes in an answer such as "Français, Anglais", "English and French",
  /// "español y francés" or "العربية والفرنسية", and the words that are no language.
  func languages(_ text: String) -> (codes: [String], unknown: [String]) {
    if let known = languages[text] { return known }
    var codes: [String] = []
    var unknown: [String] = []
    for item in text.listItems(alsoSplittingOnCommas: true) {
      let words = item.split(whereSeparator: { $0 == "/" || $0 == "&" }).map(String.init)
      for word in words.flatMap(Self.splitOnListWords) {
        if let language = Language.matching(word) {
          if !codes.contains(language.code) { codes.append(language.code) }
        } else {
          unknown.append(word.trimmed)
        }
      }
    }
    languages[text] = (codes, unknown)
    return (codes, unknown)
  }

  /// `text` split on whole list words, and before a word that begins with a joined
  /// conjunction when the rest of it, or what came before it, is a language (`العربية
  /// والفرنسية` → `العربية`, `الفرنسية`).
  static func splitOnListWords(_ text: String) -> [String] {
    var parts: [String] = []
    var current: [Substring] = []
    for token in text.split(separator: " ") {
      if listWords.contains(String(token).folded) {
        parts.append(current.joined(separator: " "))
        current = []
        continue
      }
      if !current.isEmpty, Language.matching(String(token)) == nil,
        let prefix = listPrefixes.first(where: { token.hasPrefix($0) && token.count > $0.count + 1 }),
        Language.matching(String(token.dropFirst(prefix.count))) != nil
          || Language.matching(current.joined(separator: " ")) != nil
      {
        parts.append(current.joined(separator: " "))
        current = [token.dropFirst(prefix.count)]
        continue
      }
      current.append(token)
    }
    parts.append(current.joined(separator: " "))
    return parts.map(\.trimmed).filter { !$0.isEmpty }
  }
}
