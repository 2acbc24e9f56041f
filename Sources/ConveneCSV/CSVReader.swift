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
  /// occurs most often, outside quotes, on the first line that holds any of them (the header,
  /// or the first line of a report's preamble: a title line such as "1. Summary" holds none).
  public static func detectDelimiter(in text: String) -> Character {
    var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
    var inQuotes = false
    var seenContent = false
    for byte in text.utf8 {
      if byte == UInt8(ascii: "\"") {
        inQuotes.toggle()
        seenContent = true
        continue
      }
      if inQuotes { continue }
      if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
        if seenContent && counts.values.contains(where: { $0 > 0 }) { break }
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
    var text = text
    return try text.withUTF8 { Self.records(in: $0, delimiter: delimiter) }.get()
  }

  /// The records of UTF-8 text, read in place: an unquoted field becomes a string straight
  /// from the text, a quoted one through a buffer that undoes its doubled quotes.
  static func records(in bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8) -> Result<[CSVRecord], CSVSyntaxError> {
    let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n"), space = UInt8(ascii: " ")
    var records: [CSVRecord] = []
    var fields: [String] = []
    var width = 1
    var quoted: [UInt8] = []
    var line = 1, recordLine = 1, quoteLine = 1
    var inQuotes = false, wasQuoted = false
    var fieldStart = 0
    var index = 0
    let count = bytes.count
    func endField(at end: Int) {
      if wasQuoted {
        fields.append(String(decoding: quoted, as: UTF8.self))
      } else {
        fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<end]), as: UTF8.self))
      }
    }
    // The text ends with a line end, written or not.
    while index <= count {
      let byte = index < count ? bytes[index] : lf
      if inQuotes {
        if index == count { break }
        if byte == quote {
          if index + 1 < count && bytes[index + 1] == quote {
            quoted.append(quote)
            index += 2
            continue
          }
          inQuotes = false
        } else {
          if byte == lf { line += 1 }
          quoted.append(byte)
        }
        index += 1
        continue
      }
      switch byte {
      case quote where !wasQuoted && bytes[fieldStart..<index].allSatisfy({ $0 == space }):
        quoted.removeAll(keepingCapacity: true)
        inQuotes = true
        wasQuoted = true
        quoteLine = line
      case delimiter:
        endField(at: index)
        fieldStart = index + 1
        wasQuoted = false
      case cr, lf:
        let end = index
        if byte == cr && index + 1 < count && bytes[index + 1] == lf { index += 1 }
        endField(at: end)
        if index < count || fields.count > 1 || !fields[0].isEmpty {
          records.append(CSVRecord(line: recordLine, fields: fields))
        }
        width = max(width, fields.count)
        fields = []
        fields.reserveCapacity(width)
        line += 1
        recordLine = line
        fieldStart = index + 1
        wasQuoted = false
      default:
        if wasQuoted && byte != space {
          return .failure(
            CSVSyntaxError(
              line: line,
              reason: "text after a closing quote; a quote inside a quoted field is written twice (\"\")"))
        }
      }
      index += 1
    }
    if inQuotes {
      return .failure(CSVSyntaxError(line: quoteLine, reason: "a quoted field is never closed (a \" is missing)"))
    }
    return .success(records)
  }
}
