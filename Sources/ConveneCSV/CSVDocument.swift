/// A CSV file kept as its text and the bounds of its fields: a field becomes a string only
/// when it is asked for. A 100,000-row export then costs its bytes and eight bytes a field,
/// not a string and an array per cell. Blank records are left out, as `CSVTable` does; the
/// first record is not treated as a header (the registration import looks for it). Immutable
/// once read, so it may be shared between threads.
public final class CSVDocument: @unchecked Sendable {
  /// The delimiter that was used.
  public let delimiter: Character
  /// The encoding the bytes were read in.
  public let encoding: SourceEncoding
  /// Why that encoding.
  public let encodingChoice: DecodedText.Choice
  /// The sheet, for a document read from a workbook; nil for a text file.
  public let sheet: String?
  /// A workbook's cells holding a formula whose result it does not store (`CSVTable`).
  public let formulasWithoutValue: [CSVCellPosition]
  /// A workbook's cells in columns whose every formula stores 0 for its result (`CSVTable`).
  public let formulasReadingZero: [CSVCellPosition]
  /// A workbook's hidden rows and columns (`CSVTable`'s).
  public let hiddenRows: [Int]
  public let hiddenColumns: [Int]
  /// True for a document of a workbook saved in the 1904 date system (`CSVTable`'s).
  public let datesCountFrom1904: Bool
  /// The text's UTF-8 bytes, owned by the document (fields are read from them very often,
  /// without reference counting).
  private let bytes: UnsafeMutableBufferPointer<UInt8>
  /// Per field: where it starts and ends in the text; an end's top bit marks doubled quotes.
  private let starts: [UInt32]
  private let ends: [UInt32]
  /// Per record: its first field (one more entry than records), and its line.
  private let firstField: [UInt32]
  private let lines: [UInt32]

  static let escapedBit: UInt32 = 1 << 31

  /// False for a text file whose last byte is no line break (a download cut in its last row
  /// ends so, though many tools also leave the last line without one); true for a workbook's
  /// sheet and an empty text.
  public var endsWithLineBreak: Bool {
    guard sheet == nil, let last = bytes.last else { return true }
    return last == UInt8(ascii: "\n") || last == UInt8(ascii: "\r")
  }

  /// Reads a document from a file someone else made, as `CSVTable(bytes:encoding:preferring:)`
  /// does: decoding (`encoding`, or the one found from the bytes), delimiter detection and
  /// scanning. UTF-8 text (most exports) is checked and kept as it is, copied once, without a
  /// string made of it first. `stop` is asked every `ReadingStop.interval` bytes of each pass
  /// over the text, and between the steps of decoding it.
  public convenience init(
    bytes: [UInt8], encoding: SourceEncoding? = nil, preferring: [SourceEncoding] = [], stop: ReadingStop = .never
  ) throws(CSVReadError) {
    if let utf8 = try TextDecoder.utf8Text(in: bytes, as: encoding, stop: stop) {
      let scanned = bytes.withUnsafeBufferPointer {
        Self.scan(UnsafeBufferPointer(rebasing: $0[utf8.start...]), stop: stop)
      }
      try self.init(scanned.get(), encoding: utf8.encoding, choice: utf8.choice)
      return
    }
    try stop.check()
    let decoded = try TextDecoder.decodeForReading(bytes, as: encoding, preferring: preferring, stop: stop)
    var text = decoded.text
    let scanned = text.withUTF8 { Self.scan($0, stop: stop) }
    try self.init(scanned.get(), encoding: decoded.encoding, choice: decoded.choice)
  }

  /// Reads a document from text whose delimiter is detected.
  public convenience init(
    text: String, encoding: SourceEncoding = .utf8, choice: DecodedText.Choice = .validUTF8
  ) throws(CSVSyntaxError) {
    var text = text
    switch text.withUTF8({ Self.scan($0, stop: .never) }) {
    case .success(let scanned): self.init(scanned, encoding: encoding, choice: choice)
    case .failure(.syntax(let error)): throw error
    case .failure(let error): throw CSVSyntaxError(line: error.line, reason: error.reason)
    }
  }

  /// UTF-8 text scanned: its delimiter, a copy of its bytes, and the bounds of its fields.
  private struct Scanned {
    var delimiter: Character
    var bytes: UnsafeMutableBufferPointer<UInt8>
    var sink: BoundsSink
  }

  /// Detects the delimiter of `utf8`, finds its fields and copies it.
  private static func scan(_ utf8: UnsafeBufferPointer<UInt8>, stop: ReadingStop) -> Result<Scanned, CSVReadError> {
    guard utf8.count < Int(escapedBit) else {
      return .failure(.syntax(CSVSyntaxError(line: 1, reason: "the file is larger than 2 GB")))
    }
    let delimiter = CSVReader.detectDelimiter(inBytes: utf8)
    let delimiterByte = delimiter.asciiValue ?? UInt8(ascii: ",")
    let sink: BoundsSink
    switch PartedScan.fields(in: utf8, delimiter: delimiterByte, cuts: PartedScan.cuts(in: utf8), stop: stop) {
    case .success(let found): sink = found
    case .failure(let error): return .failure(error)
    }
    let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: utf8.count)
    // Copied a piece a thread: most of the time is the first touch of the copy's pages.
    let pieces = ReadingStop.pieces(utf8.count)
    _ = InParallel.map(pieces.count) { piece in
      UnsafeMutableBufferPointer(rebasing: copy[pieces[piece]])
        .initialize(fromContentsOf: UnsafeBufferPointer(rebasing: utf8[pieces[piece]]))
    }
    return .success(Scanned(delimiter: delimiter, bytes: copy, sink: sink))
  }

  private init(_ scanned: Scanned, encoding: SourceEncoding, choice: DecodedText.Choice) {
    bytes = scanned.bytes
    delimiter = scanned.delimiter
    self.encoding = encoding
    encodingChoice = choice
    sheet = nil
    formulasWithoutValue = []
    formulasReadingZero = []
    hiddenRows = []
    hiddenColumns = []
    datesCountFrom1904 = false
    starts = scanned.sink.starts
    ends = scanned.sink.ends
    firstField = scanned.sink.firstField
    lines = scanned.sink.lines
  }

  /// A document of a table's header and rows (an export read some other way).
  public init(_ table: CSVTable) {
    var bytes: [UInt8] = []
    var starts: [UInt32] = [], ends: [UInt32] = [], firstField: [UInt32] = [0], lines: [UInt32] = []
    let records =
      table.header.isEmpty ? table.rows : [CSVRecord(line: table.headerLine, fields: table.header)] + table.rows
    for record in records {
      for field in record.fields {
        starts.append(UInt32(bytes.count))
        bytes += field.utf8
        ends.append(UInt32(bytes.count))
      }
      firstField.append(UInt32(starts.count))
      lines.append(UInt32(clamping: record.line))
    }
    self.bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
    _ = self.bytes.initialize(from: bytes)
    delimiter = table.delimiter
    encoding = table.encoding
    encodingChoice = table.encodingChoice
    sheet = table.sheet
    formulasWithoutValue = table.formulasWithoutValue
    formulasReadingZero = table.formulasReadingZero
    hiddenRows = table.hiddenRows
    hiddenColumns = table.hiddenColumns
    datesCountFrom1904 = table.datesCountFrom1904
    self.starts = starts
    self.ends = ends
    self.firstField = firstField
    self.lines = lines
  }

  deinit { bytes.deallocate() }

  /// The number of records (blank ones left out).
  public var count: Int { lines.count }

  /// The line on which a record starts.
  public func line(_ record: Int) -> Int { Int(lines[record]) }

  /// The number of fields of a record.
  public func fieldCount(_ record: Int) -> Int { Int(firstField[record + 1] - firstField[record]) }

  /// A field's text, or "" when the record has fewer fields.
  public func field(_ record: Int, _ column: Int) -> String {
    guard column < fieldCount(record) else { return "" }
    let index = Int(firstField[record]) + column
    let escaped = ends[index] & Self.escapedBit != 0
    return CSVScanner.string(
      UnsafeBufferPointer(bytes), start: Int(starts[index]), end: Int(ends[index] & ~Self.escapedBit), escaped: escaped)
  }

  /// Every field of a record.
  public func fields(_ record: Int) -> [String] { (0..<fieldCount(record)).map { field(record, $0) } }

  /// True when a field was quoted with quotes inside (doubled): its bytes as written are not
  /// its text.
  public func isEscaped(_ record: Int, _ column: Int) -> Bool {
    guard column < fieldCount(record) else { return false }
    return ends[Int(firstField[record]) + column] & Self.escapedBit != 0
  }

  /// Calls `body` with a field's bytes as written (doubled quotes not undone); empty past the
  /// record's last field.
  public func withBytes<Result>(_ record: Int, _ column: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    guard column < fieldCount(record) else { return body(UnsafeBufferPointer(rebasing: bytes[0..<0])) }
    let index = Int(firstField[record]) + column
    return body(UnsafeBufferPointer(rebasing: bytes[Int(starts[index])..<Int(ends[index] & ~Self.escapedBit)]))
  }

  /// Collects the bounds of the scanned fields, leaving blank records out.
  struct BoundsSink: CSVFieldSink {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Where in `bytes` the scanned text starts (a part of it, `PartedScan`): the bounds kept
    /// are `bytes`'.
    var base = 0
    var starts: [UInt32] = []
    var ends: [UInt32] = []
    var firstField: [UInt32] = [0]
    var lines: [UInt32] = []

    /// A sink with room for `fields` fields at once: a list that doubles as it grows holds
    /// its old and new storage for a moment, and twice what it needs after.
    init(bytes: UnsafeBufferPointer<UInt8>, base: Int = 0, fields: Int) {
      self.bytes = bytes
      self.base = base
      starts.reserveCapacity(fields)
      ends.reserveCapacity(fields)
    }

    /// How many fields the text holds at most: one more than its delimiters and line ends; nil
    /// when `stop` (asked every `ReadingStop.interval` bytes) stopped the count.
    static func mostFields(in bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, stop: ReadingStop) -> Int? {
      var delimiters = 0, feeds = 0, returns = 0
      for piece in ReadingStop.pieces(bytes.count) {
        if stop.isRequested { return nil }
        for byte in UnsafeBufferPointer(rebasing: bytes[piece]) {
          delimiters &+= byte == delimiter ? 1 : 0
          feeds &+= byte == 0x0A ? 1 : 0
          returns &+= byte == 0x0D ? 1 : 0
        }
      }
      return delimiters + max(feeds, returns) + 1
    }

    mutating func field(start: Int, end: Int, escaped: Bool, line: Int) {
      starts.append(UInt32(base + start))
      ends.append(UInt32(base + end) | (escaped ? CSVDocument.escapedBit : 0))
    }

    /// Appends the records of `part`, the sink of the text that follows this one's, whose
    /// lines are counted from `lines` lines further down.
    mutating func append(_ part: BoundsSink, lines offset: Int) {
      let fieldOffset = UInt32(starts.count)
      starts += part.starts
      ends += part.ends
      firstField += part.firstField.dropFirst().lazy.map { $0 + fieldOffset }
      lines += part.lines.lazy.map { $0 &+ UInt32(clamping: offset) }
    }

    mutating func endRecord(line: Int, keep: Bool) {
      let first = Int(firstField[firstField.count - 1])
      let blank = (first..<starts.count).allSatisfy { index in
        bytes[Int(starts[index])..<Int(ends[index] & ~CSVDocument.escapedBit)].allSatisfy { $0 == 0x20 || $0 == 0x09 }
      }
      if keep && !blank {
        firstField.append(UInt32(starts.count))
        lines.append(UInt32(clamping: line))
      } else {
        starts.removeLast(starts.count - first)
        ends.removeLast(ends.count - first)
      }
    }
  }
}
