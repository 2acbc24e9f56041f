/// One certificate of attendance as the register keeps it: its code and what the code was
/// computed from, and whether a later one replaced it.
public struct IssuedCertificate: Sendable, Equatable {
  /// Where a certificate stands.
  public enum State: String, Sendable, CaseIterable {
    /// The person's certificate now.
    case current
    /// Replaced by a newer one when the person's attendance (or name) changed.
    case superseded
    /// The person no longer qualifies: no certificate replaces it.
    case withdrawn
  }

  /// The verification code, 16 characters without hyphens.
  public var code: String
  /// The participant's id.
  public var participant: String
  /// The name as printed on the certificate.
  public var name: String
  /// The event's id.
  public var event: String
  /// The ids of the sessions it certifies, in the order of `sessions.csv`.
  public var sessions: [String]
  /// Current, superseded or withdrawn.
  public var state: State
  /// The code that replaced it, when superseded.
  public var replacedBy: String

  /// Creates a register entry.
  public init(
    code: String, participant: String, name: String, event: String, sessions: [String],
    state: State = .current, replacedBy: String = ""
  ) {
    self.code = code
    self.participant = participant
    self.name = name
    self.event = event
    self.sessions = sessions
    self.state = state
    self.replacedBy = replacedBy
  }
}
