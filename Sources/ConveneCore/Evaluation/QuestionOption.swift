/// One option of a choice question.
public struct QuestionOption: Sendable, Equatable {
  /// The value stored (`yes`).
  public var id: String
  /// The label by language code.
  public var label: [String: String]

  /// Creates an option.
  public init(id: String, label: [String: String]) {
    self.id = id
    self.label = label
  }

  /// The label in `language`, or in English, or the id.
  public func label(in language: String) -> String { label[language] ?? label["en"] ?? id }
}
