/// One response as read from a returned file, before it is checked.
public struct FeedbackSubmission: Sendable, Equatable {
  /// The file, and the line for a CSV row (`kobo.csv:14`).
  public var source: String
  /// The response id the file gives (the form's, KoboToolbox's `_uuid`), or empty.
  public var responseID: String
  /// The participant id given, or empty.
  public var participant: String
  /// The e-mail address given, or empty.
  public var email: String
  /// The submission time in UTC (`2027-03-11T14:02:33Z`), or empty.
  public var submittedAt: String
  /// The language the form was answered in, or empty.
  public var language: String
  /// The event id the file names (form files), or nil.
  public var event: String?
  /// Raw answers by field key.
  public var answers: [String: String]

  /// Creates a submission.
  public init(
    source: String, responseID: String = "", participant: String = "", email: String = "",
    submittedAt: String = "", language: String = "", event: String? = nil, answers: [String: String]
  ) {
    self.source = source
    self.responseID = responseID
    self.participant = participant
    self.email = email
    self.submittedAt = submittedAt
    self.language = language
    self.event = event
    self.answers = answers
  }
}
