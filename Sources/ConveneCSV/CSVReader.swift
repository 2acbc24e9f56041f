/// A problem that makes a CSV file unreadable as a whole.
public struct CSVSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The line where the problem starts.
  public var line: Int
  /// What is wrong, in plain words.
  public var reason: String

  public var description: String { "line \(line): \(reason)" }
}

/// Reads RFC 4180 CSV: quoted fields with doubled quotes, delimiters and line breaks inside
/// quotes, CRLF or LF line ends, and a delimiter chosen among comma, semicolon and tab.
public struct CSVReader: Sendable {
  /// The field separator.
  public var delimiter: UInt8

  /// Creates a reader for the given delimiter (`,`, `;` or tab).
  public init(delimiter: Character = ",") {
    self.delimiter = delimiter.asciiValue ?? UInt8(ascii: ",")
  }

  /// The delimiter a file most probably uses: the one among comma, semicolon and tab that
  /// occurs most often, outside quotes, on the first non-blank line (the header).
  public static func detectDelimiter(in text: String) -> Character {
    detectDelimiter(inBytes: text.utf8)
  }

  static func detectDelimiter(inBytes bytes: some Sequence<UInt8>) -> Character {
    var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
    var inQuotes = false
    var seenContent = false
    for byte in bytes {
      if byte == UInt8(ascii: "\"") {
        inQuotes.toggle()
        seenContent = true
        continue
      }
      if inQuotes { continue }
      if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
        if seenContent { break }
        continue
      }
      seenContent = true
      if counts[byte] != nil { counts[byte]! += 1 }
    }
    let order: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
    let best = order.max { counts[$0]! < counts[$1]! }!
    return counts[best]! == 0 ? "," : Character(Unicode.Scalar(best))
  }

  /// Splits `text` into records. Blank lines are kept as blank records so that callers can
  /// skip them while line numbers stay right.
  public func records(in text: String) throws(CSVSyntaxError) -> [CSVRecord] {
    try records(inUTF8: Array(text.utf8), validating: false).records
  }

  /// Splits UTF-8 bytes into records; when `validating`, a field whose bytes are not UTF-8 is
  /// read with U+FFFD in place of the bad bytes and its position is listed in `undecodable`
  /// (bytes that came from a `String` are valid already).
  func records(inUTF8 input: [UInt8], validating: Bool = true) throws(CSVSyntaxError) -> (
    records: [CSVRecord], undecodable: [CSVCellPosition]
  ) {
    var bytes = input
    bytes.append(UInt8(ascii: "\n"))
    var undecodable: [CSVCellPosition] = []
    func text(_ field: [UInt8], column: Int, line: Int) -> String {
      if !validating { return String(decoding: field, as: UTF8.self) }
      if let text = String(validating: field, as: UTF8.self) { return text }
      undecodable.append(CSVCellPosition(line: line, column: column))
      return String(decoding: field, as: UTF8.self)
    }
    let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
    var records: [CSVRecord] = []
    var fields: [String] = []
    var field: [UInt8] = []
    var line = 1
    var recordLine = 1
    var quoteLine = 1
    var inQuotes = false
    var wasQuoted = false
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if inQuotes {
        if byte == quote {
          if index + 1 < count && bytes[index + 1] == quote {
            field.append(quote)
            index += 2
            continue
          }
          inQuotes = false
        } else {
          if byte == lf { line += 1 }
          field.append(byte)
        }
        index += 1
        continue
      }
      switch byte {
      case quote:
        if field.allSatisfy({ $0 == UInt8(ascii: " ") }) && !wasQuoted {
          field.removeAll(keepingCapacity: true)
          inQuotes = true
          wasQuoted = true
          quoteLine = line
        } else {
          field.append(byte)
        }
      case delimiter:
        fields.append(text(field, column: fields.count, line: recordLine))
        field.removeAll(keepingCapacity: true)
        wasQuoted = false
      case cr, lf:
        if byte == cr && index + 1 < count && bytes[index + 1] == lf { index += 1 }
        fields.append(text(field, column: fields.count, line: recordLine))
        field.removeAll(keepingCapacity: true)
        wasQuoted = false
        if index < count - 1 || fields.count > 1 || !fields[0].isEmpty {
          records.append(CSVRecord(line: recordLine, fields: fields))
        }
        fields.removeAll(keepingCapacity: true)
        line += 1
        recordLine = line
      default:
        if wasQuoted && byte != UInt8(ascii: " ") {
          throw CSVSyntaxError(
            line: line,
            reason: "text after a closing quote; a quote inside a quoted field is written twice (\"\")")
        }
        if !wasQuoted { field.append(byte) }
      }
      index += 1
    }
    if inQuotes {
      throw CSVSyntaxError(
        line: quoteLine, reason: "a quoted field is never closed (a \" is missing)")
    }
    return (records, undecodable)
  }
}

/// Where a cell is: the line its record starts on and its 0-based column.
public struct CSVCellPosition: Sendable, Equatable, Hashable {
  public var line: Int
  public var column: Int
}
