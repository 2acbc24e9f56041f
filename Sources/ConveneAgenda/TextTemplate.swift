import Mustache

/// A Mustache template for plain text (values inserted with triple braces are not escaped),
/// parsed once and rendered many times.
public struct TextTemplate: Sendable {
  private let template: MustacheTemplate

  /// Parses `text`.
  public init(_ text: String) throws {
    template = try MustacheTemplate(string: text)
  }

  /// The text for `context`.
  public func render(_ context: [String: Any]) -> String { template.render(context) }
}
