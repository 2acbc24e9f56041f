/// One problem found in a workspace file, with where it is and what to do about it.
public struct Finding: Sendable, Equatable, Hashable {
  /// How serious it is.
  public enum Severity: String, Sendable, Hashable {
    /// The workspace cannot be used as it is.
    case error
    /// Probably a mistake, but the workspace is usable.
    case warning
  }

  /// Error or warning.
  public var severity: Severity
  /// The file, relative to the workspace (`sessions.csv`).
  public var file: String
  /// The 1-based line, or nil for the whole file.
  public var line: Int?
  /// The column or JSON field, or nil.
  public var field: String?
  /// What is wrong.
  public var message: String
  /// How to fix it, or nil.
  public var hint: String?

  /// Creates a finding.
  public init(
    _ severity: Severity, file: String, line: Int? = nil, field: String? = nil,
    message: String, hint: String? = nil
  ) {
    self.severity = severity
    self.file = file
    self.line = line
    self.field = field
    self.message = message
    self.hint = hint
  }

  /// An error.
  public static func error(
    _ file: String, line: Int? = nil, field: String? = nil, _ message: String, hint: String? = nil
  ) -> Finding {
    Finding(.error, file: file, line: line, field: field, message: message, hint: hint)
  }

  /// A warning.
  public static func warning(
    _ file: String, line: Int? = nil, field: String? = nil, _ message: String, hint: String? = nil
  ) -> Finding {
    Finding(.warning, file: file, line: line, field: field, message: message, hint: hint)
  }

  /// `file:line: field: message`, the form editors and terminals link to.
  public var location: String {
    var text = file
    if let line { text += ":\(line)" }
    return text
  }

  /// The finding on one line, with its hint after a dash.
  public var description: String {
    var text = "\(severity.rawValue): \(location): "
    if let field { text += "\(field): " }
    text += message
    if let hint { text += " (hint: \(hint))" }
    // One finding, one line: a value it quotes cannot break it (or add a line of its own).
    return UnsafeCharacter.escapedOnOneLine(text)
  }
}
