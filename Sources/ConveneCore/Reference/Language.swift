/// A language of ISO 639-1, with its names in every language convene speaks.
public struct Language: Sendable, Hashable, ReferenceNames {
  /// The two-letter code, lower case.
  public var code: String
  /// The name in each language of `LanguagePack.all`, by language code (some are missing).
  public var names: [String: String]

  static let rows = cells(of: table)

  /// Every language with a two-letter code, by code.
  public static let all: [String: Language] = {
    var languages: [String: Language] = [:]
    for parts in rows {
      let names = zip(nameLanguages, parts[1...nameLanguages.count]).filter { !$0.1.isEmpty }
      languages[parts[0]] = Language(code: parts[0], names: Dictionary(uniqueKeysWithValues: names))
    }
    return languages
  }()

  /// Folded names to codes: the names in each language first, then other spellings, then the
  /// spellings of each `LanguagePack`'s `values.languageNames` ("anglais", "عربي", "castellano").
  static let byName: [String: String] = {
    var index: [String: String] = [:]
    func add(_ name: Substring, _ code: String) {
      let key = String(name).folded
      if !key.isEmpty && index[key] == nil { index[key] = code }
    }
    for parts in rows {
      for name in parts[1...nameLanguages.count] { add(Substring(name), parts[0]) }
    }
    for parts in rows {
      for name in parts[nameLanguages.count + 1].split(separator: ";") { add(name, parts[0]) }
    }
    for pack in LanguagePack.all {
      for (code, names) in pack.values.languageNames.sorted(by: { $0.key < $1.key }) {
        for name in names { add(Substring(name), code) }
      }
    }
    return index
  }()

  /// The language with the given code, or nil.
  public static func withCode(_ code: String) -> Language? { all[code.lowercased()] }

  /// The language meant by a code or a name in any language of `LanguagePack.all` ("French",
  /// "Français", "francés", "الفرنسية", "fr").
  public static func matching(_ text: String) -> Language? {
    let trimmed = text.trimmed
    if trimmed.count == 2, let language = all[trimmed.lowercased()] { return language }
    return named(trimmed)
  }

  /// The code a language cell of a workspace file stands for (`participants.csv`'s languages,
  /// `feedback.csv`'s language): a code of the table, or a name of the table as files written
  /// by earlier versions hold (`English`, `Français`), read as its code; nil when it is
  /// neither. The code is what the file holds once written again.
  public static func code(inCell text: String) -> String? {
    if all[text] != nil { return text }
    return matching(text)?.code
  }

  /// What a file's finding says of a language cell that `code(inCell:)` cannot read, and how
  /// to mend it: one message for every file.
  public static func unknown(_ text: String) -> (message: String, hint: String) {
    ("\"\(Identifier.shown(text))\" is not an ISO 639-1 language code", "for example en, fr, ar")
  }

  /// The language a name in any language of `LanguagePack.all` means ("Anglais", "inglés"),
  /// or nil; a code alone (`lu`, `no`) is none.
  public static func named(_ text: String) -> Language? {
    byName[text.folded].flatMap { all[$0] }
  }
}
