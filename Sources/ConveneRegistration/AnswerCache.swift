import ConveneCore

/// Remembers how each distinct answer was read during one import. Registration exports
/// repeat the same countries, categories and languages thousands of times; each is read once,
/// and found again by the bytes of its cell, without making a string of it.
final class AnswerCache {
  let matcher: CategoryMatcher
  private var countries = Remembered<(code: String, region: String)?>()
  private var categories = Remembered<String?>()
  private var languageLists = Remembered<(codes: [String], unknown: [String])>()
  private var genders = Remembered<String?>()
  private var ages = Remembered<Age>()
  private var consents = Remembered<Bool?>()
  /// The texts kept as they are (names, titles, organisations, cities), by field.
  private var texts = [Remembered<String>](repeating: .init(), count: ImportField.allCases.count)
  /// Whether a free-text cell stands for no answer (`Placeholder.matches`), by field.
  private var placeholders = [Remembered<Bool>](repeating: .init(), count: ImportField.allCases.count)
  /// How the gender column's one-letter answers read (`QualityGate.genderLetters`), set before
  /// the rows are read.
  var genderLetters: [String: String] = [:]

  init(matcher: CategoryMatcher) { self.matcher = matcher }

  // Each takes a cell's bytes as written, and its trimmed text for when it was not seen before.

  /// The country's code and region.
  func country(_ cell: UnsafeBufferPointer<UInt8>, _ text: () -> String) -> (code: String, region: String)? {
    countries.value(of: cell) { Country.matching(text()).map { ($0.code, $0.region) } }
  }

  func category(_ cell: UnsafeBufferPointer<UInt8>, _ text: () -> String) -> String? {
    categories.value(of: cell) { matcher.category(for: text()) }
  }

  func gender(_ cell: UnsafeBufferPointer<UInt8>, _ text: () -> String) -> String? {
    genders.value(of: cell) {
      let text = text()
      return DemographicValues.isGenderLetter(text) ? genderLetters[text.folded] : DemographicValues.gender(text)
    }
  }

  /// How an age cell reads: a number no one's age can be (`DemographicValues.isImpossibleAge`),
  /// an age group, or neither.
  enum Age {
    case impossible
    case group(String)
    case unread
  }

  func age(_ cell: UnsafeBufferPointer<UInt8>, _ text: () -> String) -> Age {
    ages.value(of: cell) {
      let text = text()
      if DemographicValues.isImpossibleAge(text) { return .impossible }
      return DemographicValues.ageGroup(text).map(Age.group) ?? .unread
    }
  }

  func consent(_ cell: UnsafeBufferPointer<UInt8>, _ text: () -> String) -> Bool? {
    consents.value(of: cell) { DemographicValues.consent(text()) }
  }

  func languages(_ cell: UnsafeBufferPointer<UInt8>, _ text: () -> String) -> (codes: [String], unknown: [String]) {
    languageLists.value(of: cell) { Self.languages(text()) }
  }

  /// The text of `field`'s cell, one string for every cell written the same: an export's
  /// titles, organisations, cities and names repeat, and each is stored once however many
  /// people share it.
  func text(_ field: ImportField, _ cell: UnsafeBufferPointer<UInt8>, _ text: () -> String) -> String {
    texts[field.ordinal].value(of: cell, text)
  }

  /// The text of `field`'s cell as `text(_:_:_:)` gives it, "" when it stands for no answer
  /// ("anonymous", "N/A", `-`), and whether it was such a placeholder: each distinct cell is
  /// judged once.
  func freeText(_ field: ImportField, _ cell: UnsafeBufferPointer<UInt8>, _ text: () -> String) -> (
    text: String, placeholder: Bool
  ) {
    let answer = self.text(field, cell, text)
    guard !answer.isEmpty else { return (answer, false) }
    return placeholders[field.ordinal].value(of: cell) { Placeholder.matches(answer) } ? ("", true) : (answer, false)
  }

  /// Values by the bytes they were read from, each computed the first time (up to `limit`
  /// distinct cells; past it, a new cell's value is computed each time).
  struct Remembered<Value> {
    private var cells = ByteStringTable()
    private var values: [Value] = []
    static var limit: Int { 65_536 }

    mutating func value(of cell: UnsafeBufferPointer<UInt8>, _ compute: () -> Value) -> Value {
      if cells.count >= Self.limit { return cells.number(of: cell).map { values[$0] } ?? compute() }
      let (number, isNew) = cells.insert(cell)
      if !isNew { return values[number] }
      values.append(compute())
      return values[number]
    }
  }

  /// The words that join list items in every language (`and`, `et`, `y`, `e`, `و`), and the
  /// conjunctions written joined to the next word (Arabic `و`).
  static let listWords = Set(LanguagePack.all.flatMap(\.values.listWords).map(\.folded))
  static let listPrefixes = LanguagePack.all.flatMap(\.values.listPrefixes)

  /// The language codes in an answer such as "Français, Anglais", "English and French",
  /// "español y francés", "العربية والفرنسية" or one language a line, and the words that are no language. A code
  /// written alone (`Ar, Fr`) is read when no language is named, or in capitals (`English, FR`):
  /// in lower case beside a name (`Français, lu`, `Espagnol, no`) it is a word of the sentence,
  /// and given back with the others.
  static func languages(_ text: String) -> (codes: [String], unknown: [String]) {
    var (codes, unknown, codeWords) = namesAndCodes(text)
    guard codeWords.contains(where: { $0 == nil }), codeWords.contains(where: { $0 != nil }) else { return (codes, unknown) }
    unknown += codeWords.compactMap { $0 }
    codes = codes.indices.filter { codeWords[$0] == nil }.map { codes[$0] }
    return (codes, unknown)
  }

  /// The languages of an answer, the words that are no language, and for each language the
  /// word it was read from when that was a code written alone (`fr`), nil when a name gave it.
  static func namesAndCodes(_ text: String) -> (codes: [String], unknown: [String], codeWords: [String?]) {
    var codes: [String] = []
    var unknown: [String] = []
    var named: [Bool] = []
    var written: [String: String] = [:]
    for item in withoutBrackets(text).listItems(alsoSplittingOnCommas: true, alsoSplittingOnLineBreaks: true) {
      let words = item.split(whereSeparator: { $0 == "/" || $0 == "&" }).map(String.init)
      for word in words.flatMap(Self.splitOnListWords) {
        // KoboToolbox writes a select-multiple answer as its choices' names separated by
        // spaces; people write `Français - Anglais`, `العربية - الفرنسية`.
        let spaced = word.split(separator: " ").map { Language.matching(String($0)) }
        let dashed = word.split(whereSeparator: dashes.contains).map { Language.matching(String($0).trimmed) }
        func add(_ language: Language, byName: Bool) {
          if let index = codes.firstIndex(of: language.code) {
            named[index] = named[index] || byName
          } else {
            codes.append(language.code)
            named.append(byName)
            written[language.code] = word.trimmed
          }
        }
        if let language = Self.localeTagLanguage(word) {
          add(language, byName: true)
        } else if let language = Language.matching(word) {
          // A code in capitals (`FR`) is an abbreviation written on purpose.
          add(language, byName: Language.named(word) != nil || word.trimmed.allSatisfy(\.isUppercase))
        } else if dashed.count > 1, dashed.allSatisfy({ $0 != nil }) {
          for language in dashed.compactMap({ $0 }) { add(language, byName: true) }
        } else if spaced.count > 1, let read = spacedLanguages(word) {
          for language in read.languages { add(language, byName: true) }
          unknown += read.rest
        } else {
          unknown.append(word.trimmed)
        }
      }
    }
    return (codes, unknown, codes.indices.map { named[$0] ? nil : written[codes[$0]] })
  }

  /// The language of a locale tag (`fr-CA`, `pt_BR`, `es-419`, `zh-Hant-TW`, `sr-Latn-RS`,
  /// `fr_CA.UTF-8`): a language code, then a script (four letters) or a region (two letters or
  /// three digits), then anything; the region is no second language (`CA` is Canada there,
  /// not Catalan).
  static func localeTagLanguage(_ word: String) -> Language? {
    let tag = word.trimmed.split(separator: ".", maxSplits: 1).first.map(String.init) ?? ""
    let parts = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
    guard parts.count >= 2, (2...3).contains(parts[0].count), parts[0].allSatisfy({ $0.isASCII && $0.isLetter }),
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
    else { return nil }
    let second = parts[1]
    let letters = second.allSatisfy(\.isLetter), digits = second.allSatisfy(\.isNumber)
    guard letters && (second.count == 2 || second.count == 4) || digits && second.count == 3 else { return nil }
    return Language.withCode(parts[0].lowercased())
  }

  /// The languages of an answer of several words: KoboToolbox's choice names (`fr en`,
  /// `francais anglais`), every word a language; or a language with words about it
  /// (`Anglais lu`, `Español no`, `Français courant`), its named languages read and the other
  /// words given back. A code (`lu`, `no`) is read only when every word is a language: beside
  /// a language's name it is a word of the sentence. Nil when no word names a language.
  static func spacedLanguages(_ word: String) -> (languages: [Language], rest: [String])? {
    let words = word.split(separator: " ").map(String.init)
    let matched = words.map(Language.matching)
    if matched.allSatisfy({ $0 != nil }) && (words.allSatisfy({ $0.count == 2 }) || words.allSatisfy({ Language.named($0) != nil })) {
      return (matched.compactMap { $0 }, [])
    }
    let named = words.map(Language.named)
    guard named.contains(where: { $0 != nil }) else { return nil }
    return (named.compactMap { $0 }, words.indices.filter { named[$0] == nil }.map { words[$0] })
  }

  /// The dashes that separate two languages (`Français - Anglais`, `Arabic–French`).
  static let dashes: Set<Character> = ["-", "\u{2010}", "\u{2013}", "\u{2014}", "\u{2212}"]

  /// `text` without the parts in brackets, which give a level (`English (fluent)`,
  /// `Français (B2)`, `العربية (اللغة الأم)`) rather than a language; the text itself when
  /// it has none, or when they are all it says.
  static func withoutBrackets(_ text: String) -> String {
    guard text.contains(where: { $0 == "(" || $0 == "[" }) else { return text }
    var kept = ""
    var depth = 0
    for character in text {
      if character == "(" || character == "[" {
        depth += 1
      } else if character == ")" || character == "]", depth > 0 {
        depth -= 1
      } else if depth == 0 {
        kept.append(character)
      }
    }
    return depth == 0 && !kept.trimmed.isEmpty ? kept : text
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
