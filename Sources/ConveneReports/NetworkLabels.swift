import ConveneCore
import ConveneNetwork

/// The fixed words of the network report (the `report`, `network` and `followup` sections of
/// `LanguagePack`), English standing in for what a language lacks.
public struct NetworkLabels: Sendable {
  let table: LabelSet
  /// The names of the network's default categories (the `badge` section's `category.ID`).
  let categories: LabelSet

  /// The labels for `language`; English for languages convene does not speak.
  public init(language: String) {
    table = LabelSet(language: language, sections: ["report", "network", "followup"])
    categories = LabelSet(language: language, sections: ["badge"])
  }

  /// The language code used.
  public var language: String { table.language }

  /// `rtl` for a language written right to left, else `ltr`.
  public var direction: String { table.direction.rawValue }

  /// The word for `key`.
  public subscript(_ key: String) -> String { table[key] }

  /// A kind of event in the report's language (`LabelSet.eventKind`).
  public func eventKind(_ kind: String) -> String { table.eventKind(kind) }

  /// A cell's value as the Markdown and HTML reports show it: the hidden mark in words.
  func value(_ cell: PublishedNetworkValue) -> String {
    cell.suppression != nil ? self["suppressed"] : cell.valueText
  }

  /// A cell's n as the Markdown and HTML reports show it.
  func n(_ cell: PublishedNetworkValue) -> String { cell.isCountHidden ? self["suppressed"] : cell.nText }

  /// The label of a follow-up status (`in-progress` → "In progress").
  public func status(_ id: String) -> String {
    FollowupQuestions.statuses.first { $0.id == id }.map { self[$0.label] } ?? id
  }
}
