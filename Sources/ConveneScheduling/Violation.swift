/// One broken constraint in a schedule: what it costs and a sentence that names the
/// sessions, people, rooms and times involved.
public struct Violation: Sendable, Hashable {
  /// The constraint's name (`person-overlap`).
  public var constraint: String
  /// Its level.
  public var level: ConstraintLevel
  /// The weight times the size of the violation.
  public var penalty: Int
  /// What is wrong, in plain words.
  public var sentence: String
  /// The ids of the sessions involved.
  public var sessions: [String]

  /// Creates a violation.
  public init(constraint: String, level: ConstraintLevel, penalty: Int, sentence: String, sessions: [String]) {
    self.constraint = constraint
    self.level = level
    self.penalty = penalty
    self.sentence = sentence
    self.sessions = sessions
  }
}
