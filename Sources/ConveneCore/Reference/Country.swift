/// A country or territory of ISO 3166-1, with its English and French names and the network
/// region it belongs to.
public struct Country: Sendable, Hashable {
  /// ISO 3166-1 alpha-2 code, upper case.
  public var code: String
  /// ISO 3166-1 alpha-3 code.
  public var alpha3: String
  /// The English short name.
  public var englishName: String
  /// The French short name.
  public var frenchName: String
  /// The network region (for example "East and Southern Africa"), or empty.
  public var region: String

  /// Every country, by alpha-2 code.
  public static let all: [String: Country] = {
    var countries: [String: Country] = [:]
    for line in table.split(separator: "\n") {
      let parts = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
      countries[parts[0]] = Country(
        code: parts[0], alpha3: parts[1], englishName: parts[2], frenchName: parts[3],
        region: parts[4])
    }
    return countries
  }()

  static let byName: [String: String] = {
    var index: [String: String] = [:]
    for line in table.split(separator: "\n") {
      let parts = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
      let names = [parts[1], parts[2], parts[3]] + parts[5].split(separator: ";").map(String.init)
      for name in names { index[name.folded] = parts[0] }
    }
    return index
  }()

  /// The country with the given alpha-2 code (any case), or nil.
  public static func withCode(_ code: String) -> Country? { all[code.uppercased()] }

  /// The country a person most probably meant: an alpha-2 or alpha-3 code, or an English or
  /// French name, ignoring case, accents and punctuation ("Côte d'Ivoire", "cote divoire",
  /// "CIV", "Ivory Coast" all give CI).
  public static func matching(_ text: String) -> Country? {
    let trimmed = text.trimmed
    if trimmed.count == 2, let country = all[trimmed.uppercased()] { return country }
    return byName[trimmed.folded].flatMap { all[$0] }
  }
}
