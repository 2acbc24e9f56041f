import ConveneCSV

/// Formulas a workbook holds without their results: openpyxl and other scripts store none
/// (the cell reads as empty), XlsxWriter stores 0 unless told otherwise. Only a spreadsheet
/// program works the results out.
public enum UnstoredFormulas {
  /// Why a returned form tool's workbook (feedback, follow-up, a sign-in sheet) cannot be read
  /// as it shows, naming the first cells; nil when every formula's result is stored.
  /// Answers read as empty, or as 0, would be stored as if someone had given them.
  public static func refusal(in table: CSVTable) -> String? {
    let sheet = table.sheet.map { " of sheet \"\($0)\"" } ?? ""
    let fix =
      "open the workbook in Excel or LibreOffice and save it, so that it stores the formulas' results, or export the sheet as CSV"
    if !table.formulasWithoutValue.isEmpty {
      let found = table.formulasWithoutValue
      return "\(cells(found, header: table.header))\(sheet) \(found.count == 1 ? "holds" : "hold") a formula whose result the "
        + "workbook does not store (it would be read as empty): \(fix)"
    }
    if !table.formulasReadingZero.isEmpty {
      let found = table.formulasReadingZero
      return "\(cells(found, header: table.header))\(sheet) \(found.count == 1 ? "holds" : "hold") a formula whose stored result is 0, "
        + "as a script writes it in place of what the formula computes: \(fix)"
    }
    return nil
  }

  /// The first cells named (`cells D2, D3 (commitments)`), with how many more.
  static func cells(_ positions: [CSVCellPosition], header: [String]) -> String {
    let named = positions.prefix(3).map { "\(columnLetters($0.column))\($0.line)" }.joined(separator: ", ")
    let columns = Set(positions.map(\.column)).sorted().compactMap { $0 < header.count ? header[$0] : nil }
    let more = positions.count > 3 ? " and \(positions.count - 3) more" : ""
    return "cell\(positions.count == 1 ? "" : "s") \(named)\(more) (\(columns.joined(separator: ", ")))"
  }

  /// A column's letters as a spreadsheet names it (0 is A, 26 is AA).
  public static func columnLetters(_ column: Int) -> String {
    var number = column + 1
    var letters = ""
    while number > 0 {
      let rest = (number - 1) % 26
      letters = String(UnicodeScalar(UInt8(65 + rest))) + letters
      number = (number - 1) / 26
    }
    return letters
  }
}
