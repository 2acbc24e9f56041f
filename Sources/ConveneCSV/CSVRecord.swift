/// One record of a CSV file: its fields and the line it starts on (1-based, counting the
/// line breaks inside quoted fields).
public struct CSVRecord: Sendable, Equatable {
  /// The line of the file on which the record starts.
  public var line: Int
  /// The fields, unquoted.
  public var fields: [String]

  /// Creates a record.
  public init(line: Int, fields: [String]) {
    self.line = line
    self.fields = fields
  }

  /// True when every field is empty (a row of a spreadsheet left blank).
  public var isBlank: Bool { fields.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
}
