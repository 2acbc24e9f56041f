#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif
import ConveneCore

/// Remembers how each distinct answer was read during one import. Registration exports
/// repeat the same countries, categories and languages thousands of times; each is folded and
/// looked up once.
final class AnswerCache {
  let matcher: CategoryMatcher
  private var countries: [TextKey: Country?] = [:]
  private var categories: [TextKey: String?] = [:]
  private var languages: [TextKey: (codes: [String], unknown: [String])] = [:]
  private var genders: [TextKey: String?] = [:]
  private var ageGroups: [TextKey: String?] = [:]
  private var impossibleAges: [TextKey: Bool?] = [:]
  private var consents: [TextKey: Bool?] = [:]
  /// How the gender column's one-letter answers read (`QualityGate.genderLetters`), set before
  /// the rows are read.
  var genderLetters: [String: String] = [:]

  init(matcher: CategoryMatcher) { self.matcher = matcher }

  func country(_ text: String) -> Country? { Self.remember(text, in: &countries, Country.matching) }

  func category(_ text: String) -> String? { Self.remember(text, in: &categories, matcher.category(for:)) }

  func gender(_ text: String) -> String? {
    Self.remember(text, in: &genders) { text in
      DemographicValues.isGenderLetter(text) ? genderLetters[text.folded] : DemographicValues.gender(text)
    }
  }

  func ageGroup(_ text: String) -> String? { Self.remember(text, in: &ageGroups, DemographicValues.ageGroup) }

  func isImpossibleAge(_ text: String) -> Bool {
    Self.remember(text, in: &impossibleAges, DemographicValues.isImpossibleAge) ?? false
  }

  func yesNo(_ text: String) -> Bool? { Self.remember(text, in: &consents, DemographicValues.yesNo) }

  /// The value for `text` from `memory`, computing and storing it the first time.
  private static func remember<Value>(_ text: String, in memory: inout [TextKey: Value?], _ compute: (String) -> Value?) -> Value? {
    let key = TextKey(text)
    if let known = memory[key] { return known }
    let value = compute(text)
    memory[key] = value
    return value
  }

  /// The words that join list items in every language (`and`, `et`, `y`, `e`, `و`), and the
  /// conjunctions written joined to the next word (Arabic `و`).
  static let listWords = Set(LanguagePack.all.flatMap(\.values.listWords).map(\.folded))
  static let listPrefixes = LanguagePack.all.flatMap(\.values.listPrefixes)

  /// The language codes in an answer such as "Français, Anglais", "English and French",
  /// "español y francés" or "العربية والفرنسية", and the words that are no language.
  func languages(_ text: String) -> (codes: [String], unknown: [String]) {
    if let known = languages[TextKey(text)] { return known }
    var codes: [String] = []
    var unknown: [String] = []
    for item in text.listItems(alsoSplittingOnCommas: true) {
      let words = item.split(whereSeparator: { $0 == "/" || $0 == "&" }).map(String.init)
      for word in words.flatMap(Self.splitOnListWords) {
        // KoboToolbox writes a select-multiple answer as its choices' names separated by spaces.
        let spaced = word.split(separator: " ").map { Language.matching(String($0)) }
        if let language = Language.matching(word) {
          if !codes.contains(language.code) { codes.append(language.code) }
        } else if spaced.count > 1, spaced.allSatisfy({ $0 != nil }) {
          for language in spaced.compactMap({ $0 }) where !codes.contains(language.code) { codes.append(language.code) }
        } else {
          unknown.append(word.trimmed)
        }
      }
    }
    languages[TextKey(text)] = (codes, unknown)
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

/// A text as a dictionary key, hashed and compared by its UTF-8 bytes. Hashing a `String`
/// normalises non-ASCII text first, which costs more than a look-up of an answer saves; two
/// spellings of one text that differ in their bytes are simply remembered twice.
struct TextKey: Hashable {
  let text: String

  init(_ text: String) { self.text = text }

  static func == (lhs: TextKey, rhs: TextKey) -> Bool {
    var left = lhs.text, right = rhs.text
    return left.withUTF8 { a in
      right.withUTF8 { b in a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0) }
    }
  }

  func hash(into hasher: inout Hasher) {
    var text = self.text
    text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}
