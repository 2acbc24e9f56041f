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
    value.withUTF8 { utf8 in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longest(utf8.count)) { buffer in
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<write(field: utf8, at: buffer.baseAddress!)]))
      }
    }
  }

  /// The most bytes a field of `count` bytes is written as: every byte a doubled quote, inside
  /// quotes, after the apostrophe.
  static func longest(_ count: Int) -> Int { 2 * count + 3 }

  /// Writes one field at `out` (room for `longest(utf8.count)` bytes), neutralised and quoted as
  /// needed; returns how many bytes it wrote.
  static func write(field utf8: UnsafeBufferPointer<UInt8>, at out: UnsafeMutablePointer<UInt8>) -> Int {
    guard let first = utf8.first else { return 0 }
    let quote = UInt8(ascii: "\"")
    var needsQuotes = first == UInt8(ascii: " ") || utf8.last == UInt8(ascii: " ")
    var hasQuote = false
    // The bytes that make a field quoted (comma, quote, line breaks), as bits: one test a byte.
    let quoted: UInt64 = 1 << 0x2C | 1 << 0x22 | 1 << 0x0A | 1 << 0x0D
    for byte in utf8 where byte < 64 && quoted >> byte & 1 != 0 {
      needsQuotes = true
      if byte == quote {
        hasQuote = true
        break
      }
    }
    var count = 0
    func put(_ byte: UInt8) {
      out[count] = byte
      count += 1
    }
    if needsQuotes { put(quote) }
    // The apostrophe that keeps a spreadsheet from running the cell (see `neutralised`).
    if (isTrigger(first) && !isPlainNumber(utf8))
      || (first == UInt8(ascii: "'") && utf8.count > 1 && (isTrigger(utf8[1]) || utf8[1] == UInt8(ascii: "'")))
    {
      put(UInt8(ascii: "'"))
    }
    if hasQuote {
      for byte in utf8 {
        put(byte)
        if byte == quote { put(byte) }
      }
    } else {
      (out + count).update(from: utf8.baseAddress!, count: utf8.count)
      count += utf8.count
    }
    if needsQuotes { put(quote) }
    return count
  }

  /// Writes records cell by cell into a buffer of its own, and appends each whole to the
  /// output: a file of 100,000 rows is written without a list of cells per row or an append
  /// per cell.
  public final class RecordWriter {
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity = 1024
    private var count = 0
    private var cells = 0

    public init() { buffer = .allocate(capacity: capacity) }

    deinit { buffer.deallocate() }

    /// Adds the record's next cell, neutralised and quoted as needed.
    public func append(_ value: String) {
      var value = value
      value.withUTF8 { utf8 in
        makeRoom(for: longest(utf8.count) + 1)
        if cells > 0 {
          buffer[count] = UInt8(ascii: ",")
          count += 1
        }
        count += write(field: utf8, at: buffer + count)
        cells += 1
      }
    }

    /// Ends the record with CRLF and appends it to `bytes`; the next cell starts a new record.
    public func end(appendingTo bytes: inout [UInt8]) {
      makeRoom(for: 2)
      buffer[count] = 0x0D
      buffer[count + 1] = 0x0A
      bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: count + 2))
      count = 0
      cells = 0
    }

    private func makeRoom(for more: Int) {
      guard count + more > capacity else { return }
      capacity = max(capacity * 2, count + more)
      let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
      larger.update(from: buffer, count: count)
      buffer.deallocate()
      buffer = larger
    }
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
