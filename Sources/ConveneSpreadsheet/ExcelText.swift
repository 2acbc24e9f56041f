import Foundation

/// How cell values are written as text for the import: as a CSV export of the sheet would
/// show them.
enum ExcelText {
  /// Text with OOXML's escapes of control characters (`_x000D_`, `_x005F_` for `_`) undone.
  static func unescaped(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "_")) else { return text }
    var scalars = Array(text.unicodeScalars)
    var output = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if scalars[index] == "_", index + 6 < scalars.count, scalars[index + 1] == "x",
        scalars[index + 6] == "_",
        let value = UInt32(
          String(String.UnicodeScalarView(scalars[(index + 2)..<(index + 6)])), radix: 16),
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
    let text = trimmed(stored)
    guard text.utf8.contains(where: { $0 | 0x20 == UInt8(ascii: "e") }), let value = Double(text), value.isFinite
    else { return text }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }

  /// A date stored as text in ISO 8601 (`t="d"` cells): `2027-03-05T14:02:11Z` is
  /// `2027-03-05 14:02:11`.
  static func isoDate(_ stored: String) -> String {
    var text = trimmed(stored)
    if text.hasSuffix("Z") { text.removeLast() }
    if let dot = text.firstIndex(of: "."), text.contains("T") { text = String(text[..<dot]) }
    text = text.replacingOccurrences(of: "T", with: " ")
    return text.hasSuffix(" 00:00:00") ? String(text.dropLast(9)) : text
  }

  /// `text` without the spaces, tabs and line breaks around it.
  static func trimmed(_ text: String) -> String {
    let bytes = text.utf8
    let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
    guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) })
    else { return "" }
    if first == bytes.startIndex && last == bytes.index(before: bytes.endIndex) { return text }
    return String(text[first...last])
  }
}
