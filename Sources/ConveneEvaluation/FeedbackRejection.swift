/// A returned file, or one row of it, that was not taken into the records.
public struct FeedbackRejection: Error, Sendable, Equatable {
  /// The file, and the line for a CSV row (`kobo.csv:14`).
  public var source: String
  /// Why, in words.
  public var reason: String

  /// Creates a rejection.
  public init(source: String, reason: String) {
    self.source = source
    self.reason = reason
  }
}
