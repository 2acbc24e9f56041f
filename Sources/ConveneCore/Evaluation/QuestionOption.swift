/// One option of a choice question.
public struct QuestionOption: Sendable, Equatable {
  /// The value stored (`yes`).
  public var id: String
  /// The label by language code.
  public var label: [String: String]
  /// Other words an answer may give for this option in any language (`Em andamento` for
  /// follow-up's `in-progress`, labelled `Em curso`): read as it, never printed.
  public var otherWords: [String]

  /// An option with its labels, and the other words read as it.
  public init(id: String, label: [String: String], otherWords: [String] = []) {
    self.id = id
    self.label = label
    self.otherWords = otherWords
  }

  /// The label in `language`, or in English, or the id.
  public func label(in language: String) -> String { label[language] ?? label["en"] ?? id }
}
