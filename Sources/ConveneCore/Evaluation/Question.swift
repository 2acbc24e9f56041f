/// One feedback question.
public struct Question: Sendable, Equatable {
  /// The kinds of answer.
  public enum Kind: String, Sendable, CaseIterable, Equatable {
    /// A whole number between `minimum` and `maximum` (1-5, 0-10).
    case scale
    /// One of `options`.
    case choice
    /// Free text.
    case text
  }

  /// The id used in files and column headers (`satisfaction`).
  public var id: String
  /// The kind of answer.
  public var kind: Kind
  /// The question's text by language code; `en` is the fallback.
  public var text: [String: String]
  /// The lowest answer of a scale.
  public var minimum: Int
  /// The highest answer of a scale.
  public var maximum: Int
  /// What the ends of a scale mean, by language (`"1 = not at all, 5 = very"`).
  public var scaleHint: [String: String]
  /// The options of a choice question.
  public var options: [QuestionOption]
  /// True when the question is asked once per session (usefulness of each session).
  public var perSession: Bool
  /// True when an answer must be given.
  public var required: Bool
  /// For `category`, `gender` and `age_group`: the participant field this question fills for
  /// people whose registration lacks it (and for anonymous answers); nil for other questions.
  public var profileField: String?

  /// Creates a question.
  public init(
    id: String, kind: Kind, text: [String: String], minimum: Int = 1, maximum: Int = 5,
    scaleHint: [String: String] = [:], options: [QuestionOption] = [], perSession: Bool = false,
    required: Bool = false, profileField: String? = nil
  ) {
    self.id = id
    self.kind = kind
    self.text = text
    self.minimum = minimum
    self.maximum = maximum
    self.scaleHint = scaleHint
    self.options = options
    self.perSession = perSession
    self.required = required
    self.profileField = profileField
  }

  /// The text in `language`, or in English, or the id.
  public func text(in language: String) -> String {
    text[language] ?? text["en"] ?? text.values.sorted().first ?? id
  }

  /// The scale hint in `language`, or in English, or empty.
  public func scaleHint(in language: String) -> String {
    scaleHint[language] ?? scaleHint["en"] ?? ""
  }

  /// The participant fields a question may fill.
  public static let profileFields = ["category", "gender", "age_group"]
}
