/// One participant's answers to the feedback questions, as `feedback/feedback.csv` keeps them.
public struct FeedbackResponse: Sendable, Equatable {
  /// The response's own id: the form's, KoboToolbox's `_uuid`, or one made from its source.
  public var id: String
  /// The participant's id, or empty for an anonymous response.
  public var participant: String
  /// When it was submitted, as an ISO 8601 text that sorts in time order
  /// (`2027-03-11T17:02:00Z`), or empty.
  public var submittedAt: String
  /// Where it came from (`returned/p012.json`, `kobo.csv:14`).
  public var source: String
  /// The language the form was answered in, or empty.
  public var language: String
  /// The answers by key: a question id, or `question:session` for a per-session question.
  public var answers: [String: String]
  /// The line in `feedback/feedback.csv` (0 for a response not read from it).
  public var line: Int

  /// Creates a response.
  public init(
    id: String, participant: String, submittedAt: String, source: String, language: String = "",
    answers: [String: String], line: Int = 0
  ) {
    self.line = line
    self.id = id
    self.participant = participant
    self.submittedAt = submittedAt
    self.source = source
    self.language = language
    self.answers = answers
  }

  /// Two responses are the same when everything but the line they were read from is.
  public static func == (lhs: FeedbackResponse, rhs: FeedbackResponse) -> Bool {
    (lhs.id, lhs.participant, lhs.submittedAt, lhs.source, lhs.language)
      == (rhs.id, rhs.participant, rhs.submittedAt, rhs.source, rhs.language)
      && lhs.answers == rhs.answers
  }

  /// The longest response id: a form's id, a `_uuid`, or one made from the answers are far
  /// shorter.
  public static let maximumIDLength = 200

  /// Why `id` cannot be a response's id, or nil: an id is the key of its record, on one line
  /// (no control character, CR or LF among them), never a path (no `/` or `\`), and at most
  /// `maximumIDLength` characters.
  public static func idProblem(_ id: String) -> String? {
    if let scalar = id.unicodeScalars.first(where: {
      $0.properties.generalCategory == .control || UnsafeCharacter.isUnsafe($0) || $0 == "\u{2028}" || $0 == "\u{2029}"
    }) {
      return "\"\(QuotedValue.shown(id))\" holds \(UnsafeCharacter.named(scalar)); a response id is one line of visible characters"
    }
    if id.contains("/") || id.contains("\\") {
      return "\"\(QuotedValue.shown(id))\" holds a '/' or '\\'; a response id is no path"
    }
    if id.unicodeScalars.count > maximumIDLength {
      return "\"\(QuotedValue.shown(id))\" is \(id.unicodeScalars.count) characters long; a response id has at most \(maximumIDLength)"
    }
    return nil
  }

  /// The key of a per-session answer.
  public static func key(question: String, session: String) -> String { "\(question):\(session)" }

  /// Who the response stands for when keeping the latest: the participant, or the response
  /// itself when anonymous.
  public var respondent: String { participant.isEmpty ? "response:\(id)" : participant }
}
