extension LanguagePack {
  /// Every language convene speaks, English first: English stands in for any word another
  /// language lacks. A new language is a file declaring its `LanguagePack` and a line here.
  public static let all: [LanguagePack] = [.english, .french, .arabic, .spanish, .portuguese]

  /// The codes of `all`, in order.
  public static let codes: [String] = all.map(\.code)

  /// The language with the ISO 639-1 code `code`, or nil when convene does not speak it.
  public static func named(_ code: String) -> LanguagePack? {
    all.first { $0.code == code.lowercased() }
  }

  /// Every word of every language for `key` in `table` (a pack's `headers`,
  /// `values.genders`, ...), each once, in the order of `all`.
  public static func words(_ table: (LanguagePack) -> [String: [String]], _ key: String) -> [String] {
    var seen = Set<String>()
    return all.flatMap { table($0)[key] ?? [] }.filter { seen.insert($0).inserted }
  }

  /// Every word of every language in `list` (a pack's `values.yes`, ...), each once.
  public static func words(_ list: (LanguagePack) -> [String]) -> [String] {
    var seen = Set<String>()
    return all.flatMap(list).filter { seen.insert($0).inserted }
  }

  /// An index from each folded word of `table` to its key, across every language; the
  /// first language (English) wins a word two languages give different meanings.
  public static func index(_ table: (LanguagePack) -> [String: [String]]) -> [String: String] {
    var index: [String: String] = [:]
    for pack in all {
      for (key, words) in table(pack).sorted(by: { $0.key < $1.key }) {
        for word in words where index[word.folded] == nil { index[word.folded] = key }
      }
    }
    return index
  }
}

extension LanguagePack {
  /// Each language's labels by section and by key without its section, split once: a
  /// `LabelSet` is made per e-mail and per calendar event.
  static let labelsBySection: [String: [String: [String: String]]] = Dictionary(
    uniqueKeysWithValues: all.map { pack in
      var sections: [String: [String: String]] = [:]
      for (key, word) in pack.labels {
        guard let dot = key.firstIndex(of: ".") else { continue }
        sections[String(key[..<dot]), default: [:]][String(key[key.index(after: dot)...])] = word
      }
      return (pack.code, sections)
    })
}

/// The fixed words of one output in one language, English standing in for any word (or
/// language) without a translation.
public struct LabelSet: Sendable {
  /// The language used: the one asked for when convene speaks it, else `en`.
  public let language: String
  /// Its direction.
  public let direction: TextDirection
  /// Every word of the sections, by key without its section.
  public private(set) var words: [String: String]
  /// How the language's words change with a count.
  let plurals: PluralRule
  /// The keys whose word English gives, standing in for the language.
  let fromEnglish: Set<String>

  /// The words of `sections` (`report`, `form`, ...) in `language`.
  public init(language: String, sections: [String]) {
    let pack = LanguagePack.named(language) ?? .english
    self.language = pack.code
    direction = pack.direction
    var words: [String: String] = [:]
    var fromEnglish = Set<String>()
    for source in [LanguagePack.english, pack] {
      for section in sections {
        for (name, word) in LanguagePack.labelsBySection[source.code]?[section] ?? [:] {
          words[name] = word
          if source.code == LanguagePack.english.code { fromEnglish.insert(name) } else { fromEnglish.remove(name) }
        }
      }
    }
    self.words = words
    self.fromEnglish = fromEnglish
    plurals = pack.plurals
  }

  /// The word for `key`, or the key itself.
  public subscript(_ key: String) -> String { words[key] ?? key }

  /// A kind of event (`regional-workshop`) in the language (`Atelier régional`, the `report`
  /// section's `kind.ID`); the kind as written when there is no word for it.
  public func eventKind(_ kind: String) -> String { words["kind." + kind] ?? kind }

  /// The words for `key` with each `{name}` replaced by its value (`"{n} registered"`).
  public func phrase(_ key: String, _ values: [String: Any]) -> String {
    Self.filled(self[key], values)
  }

  /// The words for `key` in the form its language gives `count` (`key.one`, `key.few`: see
  /// `PluralRule`), `{n}` replaced by `count` and each other `{name}` by its value. A form is
  /// taken only from the language that gives `key` itself, so an English singular never
  /// stands beside a translated plural.
  public func phrase(_ key: String, count: Int, _ values: [String: Any] = [:]) -> String {
    let form = key + "." + plurals.category(of: count)
    let chosen = words[form] != nil && fromEnglish.contains(form) == fromEnglish.contains(key) ? form : key
    return Self.filled(self[chosen], values.merging(["n": count]) { given, _ in given })
  }

  /// The endings of a label's forms for the person it speaks of (`certificate.attended.woman`:
  /// Arabic `حضرت`, not `حضر`); the label itself is the form for anyone else (a word that
  /// does not say, or says both).
  public static let personForms = ["woman", "man"]

  /// The key `key` is a form of (`x.one`, `x.few`, `x.woman` are forms of `x`), else nil.
  public static func baseKey(ofForm key: String) -> String? {
    guard let dot = key.lastIndex(of: ".") else { return nil }
    let ending = String(key[key.index(after: dot)...])
    guard ending != "other", PluralRule.arabic.categories.contains(ending) || personForms.contains(ending) else { return nil }
    return String(key[..<dot])
  }

  /// The words as they speak of a person of `gender` (as `participants.csv` stores it): each
  /// word given a form for that gender (`KEY.woman`, `KEY.man`) by the language that gives the
  /// word itself takes it.
  public func speaking(ofA gender: String) -> LabelSet {
    guard Self.personForms.contains(gender) else { return self }
    var copy = self
    for key in words.keys where Self.baseKey(ofForm: key) == nil {
      let form = key + "." + gender
      if let word = words[form], fromEnglish.contains(form) == fromEnglish.contains(key) { copy.words[key] = word }
    }
    return copy
  }

  private static func filled(_ text: String, _ values: [String: Any]) -> String {
    values.reduce(text) { text, value in
      text.replacingAll("{\(value.key)}", with: "\(value.value)")
    }
  }
}

extension String {
  /// The text with every `target` replaced by `replacement`.
  public func replacingAll(_ target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
