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

  /// The delimiter a file most probably uses: among comma, semicolon and tab, the one that
  /// splits the most of the first `sampledRecords` records into more than one field, then the
  /// one that splits the most of them into the same number of fields, then the wider split. A header alone does not decide it: a
  /// semicolon-separated export whose headers hold commas ("Nom, prénom;Email") splits its
  /// rows evenly on semicolons only. A report's preamble (a title line holding no delimiter,
  /// or one padded to the table's width) does not disturb it.
  public static func detectDelimiter(in text: String) -> Character {
    detectDelimiter(inBytes: text.utf8)
  }

  /// How many records the delimiter is chosen from.
  static let sampledRecords = 200

  static func detectDelimiter(inBytes bytes: some Sequence<UInt8>) -> Character {
    let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
    // Per candidate, how many records have each number of fields.
    var widths = [[Int: Int]](repeating: [:], count: candidates.count)
    var comma = 1, semicolon = 1, tab = 1
    var inQuotes = false, content = false, records = 0
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "\""):
        inQuotes.toggle()
        content = true
      case _ where inQuotes: continue
      case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        guard content else { continue }
        for (index, fields) in [comma, semicolon, tab].enumerated() { widths[index][fields, default: 0] += 1 }
        (comma, semicolon, tab, content) = (1, 1, 1, false)
        records += 1
      case UInt8(ascii: ","): (comma, content) = (comma + 1, true)
      case UInt8(ascii: ";"): (semicolon, content) = (semicolon + 1, true)
      case UInt8(ascii: "\t"): (tab, content) = (tab + 1, true)
      default: content = true
      }
      if records == sampledRecords { break }
    }
    if content {
      for (index, fields) in [comma, semicolon, tab].enumerated() { widths[index][fields, default: 0] += 1 }
    }
    var best: (index: Int, split: Int, records: Int, width: Int)?
    for index in candidates.indices {
      let split = widths[index].filter { $0.key > 1 }
      guard let (width, count) = split.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { continue }
      let total = split.values.reduce(0, +)
      if best == nil || (total, count, width) > (best!.split, best!.records, best!.width) { best = (index, total, count, width) }
    }
    return Character(Unicode.Scalar(candidates[best?.index ?? 0]))
  }

  /// Splits `text` into records. Blank lines are kept as blank records so that callers can
  /// skip them while line numbers stay right.
  public func records(in text: String) throws(CSVSyntaxError) -> [CSVRecord] {
    var text = text
    return try text.withUTF8 { records(inUTF8: $0, validating: false) }.get().records
  }

  /// Splits UTF-8 bytes into records; when `validating`, a field whose bytes are not UTF-8 is
  /// read with U+FFFD in place of the bad bytes and its position is listed in `undecodable`
  /// (bytes that came from a `String` are valid already).
  func records(inUTF8 input: [UInt8], validating: Bool = true) throws(CSVSyntaxError) -> (
    records: [CSVRecord], undecodable: [CSVCellPosition]
  ) {
    try input.withUnsafeBufferPointer { records(inUTF8: $0, validating: validating) }.get()
  }

  func records(inUTF8 bytes: UnsafeBufferPointer<UInt8>, validating: Bool) -> Result<
    (records: [CSVRecord], undecodable: [CSVCellPosition]), CSVSyntaxError
  > {
    var sink = RecordSink(bytes: bytes, validating: validating)
    if case .syntax(let error) = CSVScanner.scan(bytes, delimiter: delimiter, into: &sink) { return .failure(error) }
    return .success((sink.records, sink.undecodable))
  }

  /// Makes `CSVRecord`s of the scanned fields.
  struct RecordSink: CSVFieldSink {
    let bytes: UnsafeBufferPointer<UInt8>
    let validating: Bool
    var records: [CSVRecord] = []
    var undecodable: [CSVCellPosition] = []
    var fields: [String] = []
    var width = 1

    init(bytes: UnsafeBufferPointer<UInt8>, validating: Bool) {
      self.bytes = bytes
      self.validating = validating
    }

    mutating func field(start: Int, end: Int, escaped: Bool, line: Int) {
      if validating && String(validating: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) == nil {
        undecodable.append(CSVCellPosition(line: line, column: fields.count))
      }
      fields.append(CSVScanner.string(bytes, start: start, end: end, escaped: escaped))
    }

    mutating func endRecord(line: Int, keep: Bool) {
      if keep { records.append(CSVRecord(line: line, fields: fields)) }
      width = max(width, fields.count)
      fields = []
      fields.reserveCapacity(width)
    }
  }
}

/// Receives the fields of CSV text as the scanner finds them.
protocol CSVFieldSink {
  /// A field of the record that started on `line`: bytes `start..<end` of the text;
  /// `escaped` when they hold doubled quotes.
  mutating func field(start: Int, end: Int, escaped: Bool, line: Int)
  /// The end of a record that started on `line`; `keep` is false for the empty record the
  /// text's last line end would otherwise make.
  mutating func endRecord(line: Int, keep: Bool)
}

/// Finds the fields of RFC 4180 CSV in UTF-8 text without copying them: an unquoted field is
/// its bytes, a quoted one the bytes between its quotes, with a mark when doubled quotes in it
/// still have to be undone.
enum CSVScanner {
  /// Hands the fields of `bytes` to `sink`; nil when the text is read to its end, else why it
  /// is not CSV or that `stop` (asked every `ReadingStop.interval` bytes) stopped it.
  static func scan<Sink: CSVFieldSink>(
    _ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, into sink: inout Sink, stop: ReadingStop = .never
  ) -> CSVReadError? {
    var lastLine = 1
    return scan(bytes, delimiter: delimiter, into: &sink, stop: stop, lastLine: &lastLine)
  }

  /// Hands the fields of `bytes` to `sink` as `scan(_:delimiter:into:stop:)` does, and sets
  /// `lastLine` to the line the text's end is on (one more than its line ends, a CR LF
  /// counted once) when it is read to its end.
  static func scan<Sink: CSVFieldSink>(
    _ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, into sink: inout Sink, stop: ReadingStop,
    lastLine: inout Int
  ) -> CSVReadError? {
    let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n"), space = UInt8(ascii: " ")
    var line = 1, recordLine = 1, quoteLine = 1
    var inQuotes = false, wasQuoted = false, escaped = false
    var fieldStart = 0, quotedEnd = 0, fieldsInRecord = 0
    var index = 0
    // bytes[fieldStart..<blankEnd] are spaces, and blankEnd stops at the field's first other
    // byte: a quote asks whether only spaces come before it in its field once per byte, not
    // once per quote (spaces, a letter and a million quotes were quadratic).
    var blankEnd = 0
    func onlySpaces(before end: Int) -> Bool {
      if blankEnd < fieldStart { blankEnd = fieldStart }
      while blankEnd < end && bytes[blankEnd] == space { blankEnd += 1 }
      return blankEnd == end
    }
    let count = bytes.count
    func endField(at end: Int) {
      if wasQuoted {
        sink.field(start: fieldStart, end: quotedEnd, escaped: escaped, line: recordLine)
      } else {
        sink.field(start: fieldStart, end: end, escaped: false, line: recordLine)
      }
      fieldsInRecord += 1
    }
    // The bytes that mean something outside quotes, those below 64 as bits: all others (most
    // of the text) are passed over without a look at the state. Inside quotes, only quotes and
    // line feeds (counted) matter.
    var meaningful: UInt64 = 1 << quote | 1 << cr | 1 << lf
    if delimiter < 64 { meaningful |= 1 << delimiter }
    func isPlain(_ byte: UInt8) -> Bool { byte < 64 ? meaningful >> byte & 1 == 0 : byte != delimiter }
    var nextCheck = ReadingStop.interval
    // The text ends with a line end, written or not.
    while index <= count {
      if index >= nextCheck {
        if stop.isRequested { return .interrupted }
        nextCheck = index + ReadingStop.interval
      }
      // Passed over up to the next question at most; a plain byte left is read below.
      let limit = min(count, nextCheck)
      if inQuotes {
        while index < limit && bytes[index] != quote && bytes[index] != lf { index += 1 }
      } else if !wasQuoted {
        while index < limit && isPlain(bytes[index]) { index += 1 }
      }
      let byte = index < count ? bytes[index] : lf
      if inQuotes {
        if index == count { break }
        if byte == quote {
          if index + 1 < count && bytes[index + 1] == quote {
            escaped = true
            index += 2
            continue
          }
          inQuotes = false
          quotedEnd = index
        } else if byte == lf {
          line += 1
        }
        index += 1
        continue
      }
      switch byte {
      case quote where !wasQuoted && onlySpaces(before: index):
        inQuotes = true
        wasQuoted = true
        escaped = false
        fieldStart = index + 1
        quoteLine = line
      case delimiter:
        endField(at: index)
        fieldStart = index + 1
        wasQuoted = false
      case cr, lf:
        let end = index
        if byte == cr && index + 1 < count && bytes[index + 1] == lf { index += 1 }
        let lastEmpty = !wasQuoted && end == fieldStart
        endField(at: end)
        sink.endRecord(line: recordLine, keep: index < count || fieldsInRecord > 1 || !lastEmpty)
        fieldsInRecord = 0
        line += 1
        recordLine = line
        fieldStart = index + 1
        wasQuoted = false
      default:
        if wasQuoted && byte != space {
          return .syntax(
            CSVSyntaxError(
              line: line, reason: "text after a closing quote; a quote inside a quoted field is written twice (\"\")"))
        }
      }
      index += 1
    }
    if inQuotes {
      return .syntax(CSVSyntaxError(line: quoteLine, reason: Self.unclosedQuote))
    }
    // The text's end was read as one more line end.
    lastLine = line - 1
    return nil
  }

  /// Why a text whose last quoted field is not closed is not CSV.
  static let unclosedQuote = "a quoted field is never closed (a \" is missing)"

  /// The field's text, its doubled quotes undone.
  static func string(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, escaped: Bool) -> String {
    let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
    guard escaped else { return String(decoding: slice, as: UTF8.self) }
    var unescaped: [UInt8] = []
    unescaped.reserveCapacity(slice.count)
    var skip = false
    for byte in slice {
      if skip {
        skip = false
        continue
      }
      unescaped.append(byte)
      if byte == UInt8(ascii: "\"") { skip = true }
    }
    return String(decoding: unescaped, as: UTF8.self)
  }
}

/// Where a cell is: the line its record starts on and its 0-based column.
public struct CSVCellPosition: Sendable, Equatable, Hashable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }
}
