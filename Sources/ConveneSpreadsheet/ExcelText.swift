import Foundation

/// How cell values are written as text for the import: as a CSV export of the sheet would
/// show them.
enum ExcelText {
  /// Text with OOXML's escapes of control characters (`_x000D_`, `_x005F_` for `_`) undone.
  static func unescaped(_ text: String) -> String {
    guard text.contains("_x") else { return text }
    var scalars = Array(text.unicodeScalars)
    var output = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if scalars[index] == "_", index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_",
        let value = UInt32(String(String.UnicodeScalarView(scalars[(index + 2)..<(index + 6)])), radix: 16),
        let scalar = Unicode.Scalar(value)
      {
        output.append(scalar)
        index += 7
      } else {
        output.append(scalars[index])
        index += 1
      }
    }
    scalars.removeAll()
    return String(output)
  }

  /// A number cell's text: as stored when it is a plain decimal (`42`, `3.5`, `0612345678`
  /// stays as the digits written), otherwise the shortest decimal of its value, whole
  /// numbers without a fraction (`2.12661234567E+11` is `212661234567`).
  static func number(_ stored: String) -> String {
    let text = stored.trimmingCharacters(in: .whitespaces)
    guard text.contains(where: { $0 == "e" || $0 == "E" }), let value = Double(text), value.isFinite else {
      return text
    }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }

  /// A date stored as text in ISO 8601 (`t="d"` cells): `2027-03-05T14:02:11Z` is
  /// `2027-03-05 14:02:11`.
  static func isoDate(_ stored: String) -> String {
    var text = stored.trimmingCharacters(in: .whitespaces)
    if text.hasSuffix("Z") { text.removeLast() }
    if let dot = text.firstIndex(of: "."), text.contains("T") { text = String(text[..<dot]) }
    text = text.replacingOccurrences(of: "T", with: " ")
    return text.hasSuffix(" 00:00:00") ? String(text.dropLast(9)) : text
  }
}
