/// Writes RFC 4180 CSV (CRLF line ends, fields quoted when they hold a comma, a quote, a line
/// break or surrounding spaces) and neutralises spreadsheet formulas: a cell that begins with
/// `=`, `+`, `-`, `@`, tab or carriage return is written with a leading apostrophe, so that
/// Excel, LibreOffice and Google Sheets show it as text instead of running it.
public enum CSVWriter {
  /// The characters that make a spreadsheet treat a cell as a formula.
  public static let formulaTriggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

  /// The cell as it must be stored so that no spreadsheet runs it.
  public static func neutralised(_ cell: String) -> String {
    guard let first = cell.first else { return cell }
    if formulaTriggers.contains(first) || first == "\r\n" { return "'" + cell }
    if first == "'", let second = cell.dropFirst().first,
      formulaTriggers.contains(second) || second == "'"
    {
      // Keep a literal leading apostrophe distinguishable from the one added above.
      return "'" + cell
    }
    return cell
  }

  /// The inverse of `neutralised(_:)`, used when reading files that convene wrote.
  public static func restored(_ cell: String) -> String {
    guard cell.first == "'", let second = cell.dropFirst().first else { return cell }
    if formulaTriggers.contains(second) || second == "'" || second == "\r\n" {
      return String(cell.dropFirst())
    }
    return cell
  }

  /// One field, neutralised and quoted as needed.
  public static func field(_ value: String) -> String {
    let safe = neutralised(value)
    let needsQuotes =
      safe.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
      || safe.first == " " || safe.last == " "
    guard needsQuotes else { return safe }
    return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// One record with its CRLF line end.
  public static func line(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\r\n"
  }

  /// A whole document: the header and then every row.
  public static func document(header: [String], rows: [[String]]) -> String {
    var text = line(header)
    text.reserveCapacity(rows.count * 120)
    for row in rows { text += line(row) }
    return text
  }
}

extension String {
  func replacingOccurrences(of target: Character, with replacement: String) -> String {
    var result = ""
    result.reserveCapacity(count + 2)
    for character in self {
      if character == target { result += replacement } else { result.append(character) }
    }
    return result
  }
}
