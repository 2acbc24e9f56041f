/// A country or territory of ISO 3166-1, with its names in every language convene speaks and
/// the network region it belongs to.
public struct Country: Sendable, Hashable, ReferenceNames {
  /// ISO 3166-1 alpha-2 code, upper case.
  public var code: String
  /// ISO 3166-1 alpha-3 code.
  public var alpha3: String
  /// The network region (for example "East and Southern Africa"), or empty.
  public var region: String
  /// The short name in each language of `LanguagePack.all`, by language code.
  public var names: [String: String]

  static let rows = cells(of: table)

  /// Every country, by alpha-2 code.
  public static let all: [String: Country] = {
    var countries: [String: Country] = [:]
    for parts in rows {
      let names = Dictionary(uniqueKeysWithValues: zip(nameLanguages, parts[3..<(3 + nameLanguages.count)]))
      countries[parts[0]] = Country(code: parts[0], alpha3: parts[1], region: parts[2], names: names)
    }
    return countries
  }()

  /// Folded names, alpha-3 codes and other spellings to the alpha-2 code. The names shown in
  /// each language come first, then the other spellings, so that a shown name always wins.
  static let byName: [String: String] = {
    var index: [String: String] = [:]
    let last = 3 + nameLanguages.count
    for parts in rows {
      for name in [parts[1]] + parts[3..<last] where index[name.folded] == nil { index[name.folded] = parts[0] }
    }
    for parts in rows {
      for name in parts[last].split(separator: ";") where index[String(name).folded] == nil {
        index[String(name).folded] = parts[0]
      }
    }
    for name in ambiguousNames.keys { index[name] = nil }
    return index
  }()

  /// Folded names that name more than one country, to what they may mean (code, and a name
  /// no one can misread): "Congo" alone (in English, French, Spanish and Portuguese) and
  /// "الكونغو" are written for the Republic of the Congo and for the Democratic Republic of the
  /// Congo alike, so neither is guessed.
  static let ambiguousNames: [String: [(code: String, name: String)]] = {
    let congo = [
      ("CG", "the Republic of the Congo, Brazzaville"), ("CD", "the Democratic Republic of the Congo, Kinshasa"),
    ]
    return ["Congo".folded: congo, "الكونغو".folded: congo]
  }()

  /// The network's regions (the `region` of every country), by their folded names.
  static let regionsByName: [String: String] = Dictionary(
    all.values.map { ($0.region.folded, $0.region) }, uniquingKeysWith: { first, _ in first })

  /// The network region `text` names (any case, accents or punctuation), or nil for any
  /// other text (a province, a state).
  public static func region(named text: String) -> String? { regionsByName[text.folded] }

  /// The country with the given alpha-2 code (any case), or nil.
  public static func withCode(_ code: String) -> Country? { all[code.uppercased()] }

  /// The country a person most probably meant: an alpha-2 or alpha-3 code, or a name in any
  /// language of `LanguagePack.all`, ignoring case, accents, Arabic spelling variants and
  /// punctuation ("Côte d'Ivoire", "cote divoire", "CIV", "Ivory Coast", "Costa do Marfim" and
  /// "ساحل العاج" all give CI).
  public static func matching(_ text: String) -> Country? {
    let trimmed = text.trimmed
    if trimmed.count == 2, let country = all[trimmed.uppercased()] { return country }
    return byName[trimmed.folded].flatMap { all[$0] }
  }

  /// What a name may mean when it names more than one country (`Congo`: CG, the Republic of
  /// the Congo, and CD, the Democratic Republic of the Congo); empty for any other text.
  /// `matching` gives nil for such a name.
  public static func readings(of text: String) -> [(code: String, name: String)] {
    ambiguousNames[text.trimmed.folded] ?? []
  }
}
