/// A participant and a session (or day), as attendance records and RSVP answers pair them.
public struct AttendanceKey: Sendable, Hashable {
  /// The participant's id.
  public var participant: String
  /// The session id or date.
  public var session: String

  /// Creates a key.
  public init(participant: String, session: String) {
    self.participant = participant
    self.session = session
  }
}
