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

  init(matcher: CategoryMatcher) { self.matcher = matcher }

  func country(_ text: String) -> Country? { Self.remember(text, in: &countries, Country.matching) }

  func category(_ text: String) -> String? { Self.remember(text, in: &categories, matcher.category(for:)) }

  func gender(_ text: String) -> String? { Self.remember(text, in: &genders, DemographicValues.gender) }

  func ageGroup(_ text: String) -> String? { Self.remember(text, in: &ageGroups, DemographicValues.ageGroup) }

  /// The value for `text` from `memory`, computing and storing it the first time.
  private static func remember<Value>(_ text: String, in memory: inout [String: Value?], _ compute: (String) -> Value?) -> Value? {
    if let known = memory[text] { return known }
    let value = compute(text)
    memory[text] = value
    return value
  }

  /// The language codes in an answer such as "Français, Anglais" or "English and French",
  /// and the words that are no language.
  func languages(_ text: String) -> (codes: [String], unknown: [String]) {
    if let known = languages[text] { return known }
    var codes: [String] = []
    var unknown: [String] = []
    for item in text.listItems(alsoSplittingOnCommas: true) {
      let words = item.split(whereSeparator: { $0 == "/" || $0 == "&" }).map(String.init)
      for word in words.flatMap({ $0.components(separatedByWord: ["and", "et"]) }) {
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
}
