/// The fixed words of an output by language, English standing in for any word (or language)
/// without a translation.
struct WordTable: Sendable {
  /// The language used: the one asked for when the tables have it, else `en`.
  let language: String
  /// Every word, in `language` where it has one, else in English.
  let words: [String: String]

  /// The words of `language` from `tables` (language code → key → word), which has `en`.
  init(language: String, tables: [String: [String: String]]) {
    self.language = tables[language] == nil ? "en" : language
    words = tables[self.language]!.merging(tables["en"]!) { own, _ in own }
  }

  /// The word for `key`, or the key itself.
  subscript(_ key: String) -> String { words[key] ?? key }
}
