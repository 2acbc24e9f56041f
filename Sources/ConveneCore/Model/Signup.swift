/// A participant's wish to attend a session (`signups.csv`).
public struct Signup: Sendable, Hashable {
  /// Participant id.
  public var participant: String
  /// Session id.
  public var session: String
  /// The line in `signups.csv`.
  public var line: Int

  /// Creates a sign-up.
  public init(participant: String, session: String, line: Int = 0) {
    self.participant = participant
    self.session = session
    self.line = line
  }
}
