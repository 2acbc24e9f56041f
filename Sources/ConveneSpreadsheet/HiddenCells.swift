import ConveneCSV

/// A returned workbook's hidden rows and columns. A workbook keeps what a filter or the
/// organiser hid, and a reader of its cells sees it all: the test answers a filter left out of
/// sight, or a column of old answers beside the visible corrected one, would be stored as the
/// others are.
public enum HiddenCells {
  /// Why a returned workbook (feedback, follow-up, a sign-in sheet) is not read as it shows:
  /// rows among the data hidden, or a column that `isRead` hidden; nil when nothing read is
  /// hidden.
  public static func refusal(in table: CSVTable, isRead: (Int) -> Bool) -> String? {
    let hidden = Set(table.hiddenRows)
    let lines = table.rows.filter { !$0.isBlank && hidden.contains($0.line) }.map(\.line)
    if !lines.isEmpty {
      let named = lines.prefix(5).map(String.init).joined(separator: ", ") + (lines.count > 5 ? " and \(lines.count - 5) more" : "")
      return "row\(lines.count == 1 ? "" : "s") \(named) \(lines.count == 1 ? "is" : "are") hidden in the workbook (a filter, "
        + "or hidden by hand) and would be read like the others: delete \(lines.count == 1 ? "it" : "them") if "
        + "\(lines.count == 1 ? "it was" : "they were") hidden to be left out, or show \(lines.count == 1 ? "it" : "them") again, "
        + "and save the workbook"
    }
    if let column = table.hiddenColumns.sorted().first(where: { $0 < table.header.count && isRead($0) }) {
      let header = table.header[column]
      return "column \(UnstoredFormulas.columnLetters(column)) (\"\(header)\") is hidden in the workbook and would be read: "
        + "show it again if it holds the answers, or leave it out with --map \"\(header)=ignore\""
    }
    return nil
  }
}
