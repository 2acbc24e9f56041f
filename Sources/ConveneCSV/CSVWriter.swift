/// Writes RFC 4180 CSV (CRLF line ends, fields quoted when they hold a comma, a quote, a line
/// break or surrounding spaces) and neutralises spreadsheet formulas: a cell that begins with
/// `=`, `+`, `-`, `@`, tab or carriage return is written with a leading apostrophe, so that
/// Excel, LibreOffice and Google Sheets show it as text instead of running it. A plain number
/// (`-0.4`, `+3`) is left as it is: a spreadsheet reads it as the number it is.
public enum CSVWriter {
  /// The cell as it must be stored so that no spreadsheet runs it.
  public static func neutralised(_ cell: String) -> String {
    var bytes = cell.utf8.makeIterator()
    guard let first = bytes.next() else { return cell }
    if isTrigger(first) { return isPlainNumber(cell) ? cell : "'" + cell }
    if first == UInt8(ascii: "'"), let second = bytes.next(), isTrigger(second) || second == UInt8(ascii: "'") {
      // Keep a literal leading apostrophe distinguishable from the one added above.
      return "'" + cell
    }
    return cell
  }

  /// The inverse of `neutralised(_:)`, used when reading files that convene wrote.
  public static func restored(_ cell: String) -> String {
    var bytes = cell.utf8.makeIterator()
    guard bytes.next() == UInt8(ascii: "'"), let second = bytes.next(),
      isTrigger(second) || second == UInt8(ascii: "'")
    else { return cell }
    return String(cell.utf8.dropFirst())!
  }

  /// True for a sign followed by digits with at most one decimal point (`-12.5`).
  static func isPlainNumber(_ cell: String) -> Bool {
    var cell = cell
    return cell.withUTF8 { isPlainNumber($0) }
  }

  static func isPlainNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count >= 2, bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") else {
      return false
    }
    var digits = 0
    var points = 0
    for byte in bytes.dropFirst() {
      if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        digits += 1
      } else if byte == UInt8(ascii: ".") {
        points += 1
      } else {
        return false
      }
    }
    return digits > 0 && points <= 1 && bytes[1] != UInt8(ascii: ".")
  }

  static func isTrigger(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: true
    default: false
    }
  }

  /// One field, neutralised and quoted as needed.
  public static func field(_ value: String) -> String {
    let safe = neutralised(value)
    var needsQuotes = safe.utf8.first == UInt8(ascii: " ") || safe.utf8.last == UInt8(ascii: " ")
    var hasQuote = false
    for byte in safe.utf8 {
      switch byte {
      case UInt8(ascii: ","), 0x0A, 0x0D: needsQuotes = true
      case UInt8(ascii: "\""):
        needsQuotes = true
        hasQuote = true
      default: continue
      }
    }
    guard needsQuotes else { return safe }
    return "\"" + (hasQuote ? safe.doublingQuotes : safe) + "\""
  }

  /// One record with its CRLF line end.
  public static func line(_ fields: [String]) -> String {
    var bytes: [UInt8] = []
    append(fields, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// A whole document: the header and then every row.
  public static func document(header: [String], rows: [[String]]) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(rows.count * 160 + 200)
    append(header, to: &bytes)
    for row in rows { append(row, to: &bytes) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends one record and its CRLF line end as UTF-8.
  public static func append(_ fields: [String], to bytes: inout [UInt8]) {
    for (index, value) in fields.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      append(field: value, to: &bytes)
    }
    bytes.append(0x0D)
    bytes.append(0x0A)
  }

  /// Appends one field, neutralised and quoted as needed, without an intermediate string.
  static func append(field value: String, to bytes: inout [UInt8]) {
    var value = value
    value.withUTF8 { append(field: $0, to: &bytes) }
  }

  static func append(field utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
    guard let first = utf8.first else { return }
    let quote = UInt8(ascii: "\"")
    var needsQuotes = first == UInt8(ascii: " ") || utf8.last == UInt8(ascii: " ")
    var hasQuote = false
    for byte in utf8 where byte == UInt8(ascii: ",") || byte == 0x0A || byte == 0x0D || byte == quote {
      needsQuotes = true
      if byte == quote {
        hasQuote = true
        break
      }
    }
    if needsQuotes { bytes.append(quote) }
    // The apostrophe that keeps a spreadsheet from running the cell (see `neutralised`).
    if (isTrigger(first) && !isPlainNumber(utf8))
      || (first == UInt8(ascii: "'") && utf8.count > 1 && (isTrigger(utf8[1]) || utf8[1] == UInt8(ascii: "'")))
    {
      bytes.append(UInt8(ascii: "'"))
    }
    if hasQuote {
      for byte in utf8 {
        bytes.append(byte)
        if byte == quote { bytes.append(byte) }
      }
    } else {
      bytes.append(contentsOf: utf8)
    }
    if needsQuotes { bytes.append(quote) }
  }
}

extension String {
  /// The text with every `"` doubled, as a quoted CSV field needs.
  var doublingQuotes: String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count + 4)
    for byte in utf8 {
      bytes.append(byte)
      if byte == UInt8(ascii: "\"") { bytes.append(byte) }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
