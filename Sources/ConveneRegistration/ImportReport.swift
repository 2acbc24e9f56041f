import ConveneCore

/// What an import did, or would do with `--dry-run`: one entry per row of the file.
public struct ImportReport: Sendable, Equatable {
  /// A row that became a new participant.
  public struct Added: Sendable, Equatable {
    public var line: Int
    public var id: String
    public var name: String
    /// True when the person went on the waitlist.
    public var waitlisted: Bool
  }

  /// A row that changed an existing participant.
  public struct Updated: Sendable, Equatable {
    public var line: Int
    public var id: String
    /// The columns that changed.
    public var fields: [String]
  }

  /// A row that could not be imported.
  public struct Rejected: Sendable, Equatable {
    public var line: Int
    /// The column at fault, or nil.
    public var field: String?
    public var reason: String
  }

  /// Two people who are probably the same (same name and city) with different e-mails.
  public struct ProbableDuplicate: Sendable, Equatable {
    public var first: String
    public var second: String
    public var name: String
    public var city: String
  }

  /// A note that does not stop the import (an unrecognised answer left empty, a repeated row).
  public struct Note: Sendable, Equatable {
    public var line: Int
    public var field: String?
    public var message: String
  }

  public var added: [Added] = []
  public var updated: [Updated] = []
  /// Lines whose participant was already exactly as the row says, with the id.
  public var unchanged: [(line: Int, id: String)] = []
  public var rejected: [Rejected] = []
  public var probableDuplicates: [ProbableDuplicate] = []
  public var notes: [Note] = []
  /// Each header cell and the field it was read as (`ignore` for left-out columns).
  public var columns: [(header: String, field: ImportField)] = []
  /// Header cells that matched no field.
  public var ignoredColumns: [String] = []

  public static func == (lhs: ImportReport, rhs: ImportReport) -> Bool {
    lhs.added == rhs.added && lhs.updated == rhs.updated
      && lhs.unchanged.map(\.line) == rhs.unchanged.map(\.line) && lhs.rejected == rhs.rejected
      && lhs.probableDuplicates == rhs.probableDuplicates && lhs.notes == rhs.notes
      && lhs.ignoredColumns == rhs.ignoredColumns
  }

  /// How many new people went on the waitlist.
  public var waitlistedCount: Int { added.filter(\.waitlisted).count }
}
