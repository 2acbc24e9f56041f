import ConveneCore

/// The fixed words of the reports (the `report` section of `LanguagePack`), English standing
/// in for what a language lacks, and how text is laid out in the language's direction.
public struct ReportLabels: Sendable {
  let table: LabelSet
  /// The names of the network's default categories (the `badge` section's `category.ID`).
  let categories: LabelSet

  /// The labels for `language`; English for languages convene does not speak.
  public init(language: String) {
    table = LabelSet(language: language, sections: ["report"])
    categories = LabelSet(language: language, sections: ["badge"])
  }

  /// The language code used.
  public var language: String { table.language }

  /// A category as the reader reads it: a default category that kept its default label under
  /// the language's name for it (`categories`, the `badge` section), an event's own label as
  /// the event wrote it, the id when there is no label.
  static func categoryName(_ id: String, label: String?, in categories: LabelSet) -> String {
    guard categories.language != "en", let translated = Category.translatedLabel(id, label: label, in: categories.language)
    else { return label ?? id }
    return translated
  }

  /// A region or country as the reader reads it: a network region under the language's name
  /// for it (`region.middle-east-and-north-africa`), a country under its name in the country
  /// table (`IQ`: العراق); nil for any other group (a region of the organiser's own).
  func placeName(_ field: String, _ group: String) -> String? { Self.placeName(field, group, in: table) }

  /// `placeName` in the words of `table` (the `report` section's).
  static func placeName(_ field: String, _ group: String, in table: LabelSet) -> String? {
    switch field {
    case "region":
      guard let region = Country.region(named: group) else { return nil }
      return table.words["region." + region.lowercased().replacingAll(" ", with: "-")]
    case "country":
      return Country.withCode(group).map { $0.name(in: table.language) }
    default:
      return nil
    }
  }

  /// A kind of event (`regional-workshop`) in the report's language (`Atelier régional`); the
  /// kind as written when the language table has no word for it.
  public func eventKind(_ kind: String) -> String { table.eventKind(kind) }

  /// `rtl` for a language written right to left, else `ltr`.
  public var direction: String { table.direction.rawValue }

  /// True for a language written right to left (Arabic).
  public var isRightToLeft: Bool { table.direction == .rightToLeft }

  /// The word for `key`.
  public subscript(_ key: String) -> String { table[key] }

  /// Text of the language (a label, a sentence) with its numbers and ranges kept left to
  /// right in a right-to-left report (`BidiIsolation`); as it is otherwise.
  func text(_ text: String) -> String { isRightToLeft ? BidiIsolation.isolatingNumbers(text) : text }

  /// A value (`94.4 (n=54)`, `2027-03-09 – 2027-03-10`) kept left to right as a whole in a
  /// right-to-left report; a word (the hidden mark) stays as it is, and a value holding one
  /// (`مخفي (n=52)`) keeps the word's direction, its numbers alone left to right.
  func value(_ text: String) -> String {
    guard isRightToLeft, text.contains(where: \.isASCIIDigit) else { return text }
    let holdsWord = text.contains { $0.isLetter && !$0.isASCII }
    return holdsWord ? BidiIsolation.isolatingNumbers(text) : BidiIsolation.leftToRight(text)
  }

  /// A group's name (a category, `18-24`, a session's title) isolated in a right-to-left
  /// report, in the direction of its first letter.
  func group(_ text: String) -> String { isRightToLeft ? BidiIsolation.isolated(text) : text }
}
