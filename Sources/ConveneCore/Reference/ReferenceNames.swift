/// An entry of a generated reference table that has a name in each language convene speaks.
public protocol ReferenceNames {
  /// The code, as a fallback name.
  var code: String { get }
  /// The name in each language of `LanguagePack.all`, by language code.
  var names: [String: String] { get }
}

extension ReferenceNames {
  /// The English name.
  public var englishName: String { names["en"] ?? code }
  /// The French name.
  public var frenchName: String { names["fr"] ?? englishName }

  /// The name in `language`, English when the table has none.
  public func name(in language: String) -> String { names[language] ?? englishName }

  /// The cells of each line of a generated table (`code|...|...`).
  static func cells(of table: String) -> [[String]] {
    table.split(separator: "\n").map { $0.split(separator: "|", omittingEmptySubsequences: false).map(String.init) }
  }
}
