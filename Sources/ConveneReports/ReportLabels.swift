import ConveneCore

/// The fixed words of the reports (the `report` section of `LanguagePack`), English standing
/// in for what a language lacks.
public struct ReportLabels: Sendable {
  let table: LabelSet

  /// The labels for `language`; English for languages convene does not speak.
  public init(language: String) { table = LabelSet(language: language, sections: ["report"]) }

  /// The language code used.
  public var language: String { table.language }

  /// `rtl` for a language written right to left, else `ltr`.
  public var direction: String { table.direction.rawValue }

  /// The word for `key`.
  public subscript(_ key: String) -> String { table[key] }
}
