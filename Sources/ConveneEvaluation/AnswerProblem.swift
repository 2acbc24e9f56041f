/// Why an answer was not taken.
public struct AnswerProblem: Error, Sendable, Equatable {
  /// In words.
  public var reason: String

  /// Creates a problem.
  public init(_ reason: String) { self.reason = reason }
}
