/// A list for the logistics team, a hotel, a driver or a caterer: sections (one per hotel, one
/// per arrival hour ...) of rows under the same columns, rendered as Markdown, CSV, HTML or
/// JSON by `LogisticsRenderer`.
public struct LogisticsTable: Sendable, Equatable {
  /// One group of rows.
  public struct Section: Sendable, Equatable {
    /// The heading (a hotel's name, an arrival hour).
    public var heading: String
    public var rows: [[String]]
    /// Lines under the rows (totals, rooms per night).
    public var notes: [String]

    /// Creates a section.
    public init(heading: String, rows: [[String]], notes: [String] = []) {
      self.heading = heading
      self.rows = rows
      self.notes = notes
    }
  }

  public var title: String
  /// What the section heading is, as a CSV column (`hotel`, `arriving`).
  public var groupColumn: String
  public var columns: [String]
  public var sections: [Section]
  /// Lines under the whole list.
  public var notes: [String]
  /// The language of the words, and its direction (`ltr`, `rtl`).
  public var language: String
  public var direction: String

  /// Creates a table.
  public init(
    title: String, groupColumn: String, columns: [String], sections: [Section], notes: [String] = [],
    language: String, direction: String
  ) {
    self.title = title
    self.groupColumn = groupColumn
    self.columns = columns
    self.sections = sections
    self.notes = notes
    self.language = language
    self.direction = direction
  }
}
