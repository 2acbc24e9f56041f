/// A CSV file read as a header and the records below it.
public struct CSVTable: Sendable {
  /// The header's cells, as written.
  public var header: [String]
  /// The non-blank records after the header.
  public var rows: [CSVRecord]
  /// The delimiter that was used.
  public var delimiter: Character
  /// The encoding the bytes were read in.
  public var encoding: SourceEncoding
  /// The line of the header, or 1 for an empty file.
  public var headerLine: Int
  /// Why that encoding.
  public var encodingChoice: DecodedText.Choice = .validUTF8
  /// The cells whose bytes are not UTF-8 (only a table read with `init(strictUTF8:)` has any).
  public var undecodableCells: [CSVCellPosition] = []
  /// The sheet, for a table read from a workbook; nil for a text file.
  public var sheet: String?
  /// A workbook's cells holding a formula whose result the workbook does not store (read as
  /// empty): line is the sheet's row number, column 0-based.
  public var formulasWithoutValue: [CSVCellPosition] = []
  /// A workbook's cells in columns whose every formula stores the number 0 for its result (as
  /// XlsxWriter does when the script gives none): line is the sheet's row number.
  public var formulasReadingZero: [CSVCellPosition] = []
  /// A workbook's hidden rows that hold cells (the sheet's row numbers: a filter, or rows
  /// hidden by hand) and hidden columns (0-based): read like the others.
  public var hiddenRows: [Int] = []
  public var hiddenColumns: [Int] = []
  /// True for a table of a workbook saved in the 1904 date system: a date serial number left
  /// as a number (in a General cell) counts days from 1904-01-01.
  public var datesCountFrom1904 = false

  /// Creates a table directly.
  public init(
    header: [String], rows: [CSVRecord], delimiter: Character = ",",
    encoding: SourceEncoding = .utf8, headerLine: Int = 1
  ) {
    self.header = header
    self.rows = rows
    self.delimiter = delimiter
    self.encoding = encoding
    self.headerLine = headerLine
  }

  /// Reads a table from a file someone else made: decoding (`encoding`, or the one found from
  /// the bytes, `preferring` the code pages of the event's languages in a close call),
  /// delimiter detection and parsing. Blank lines are skipped; an empty file gives an empty
  /// header. `stop` is asked between the steps of decoding.
  public init(
    bytes: [UInt8], encoding: SourceEncoding? = nil, preferring: [SourceEncoding] = [],
    stop: ReadingStop = .never
  ) throws(CSVReadError) {
    let decoded = try TextDecoder.decodeForReading(bytes, as: encoding, preferring: preferring, stop: stop)
    do {
      try self.init(text: decoded.text, encoding: decoded.encoding)
    } catch {
      throw .syntax(error)
    }
    encodingChoice = decoded.choice
  }

  /// Reads a file that must be UTF-8 (a byte-order mark is allowed): a workspace file, which
  /// convene writes back and so must never read in another encoding. Cells holding bytes
  /// that are not UTF-8 are listed in `undecodableCells` (and read with U+FFFD).
  public init(strictUTF8 bytes: [UInt8]) throws(CSVSyntaxError) {
    let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    let body = hasBOM ? Array(bytes.dropFirst(3)) : bytes
    let delimiter = CSVReader.detectDelimiter(inBytes: body)
    let (records, undecodable) = try CSVReader(delimiter: delimiter).records(inUTF8: body)
    self.init(
      records: records.filter { !$0.isBlank }, delimiter: delimiter,
      encoding: hasBOM ? .utf8WithBOM : .utf8)
    undecodableCells = undecodable
  }

  /// Reads a file convene keeps for itself and reads whole or not at all (a ledger): UTF-8
  /// only, and the first cell whose bytes are not UTF-8 is a syntax error naming its line and
  /// column.
  public init(onlyUTF8 bytes: [UInt8]) throws(CSVSyntaxError) {
    try self.init(strictUTF8: bytes)
    if let cell = undecodableCells.first {
      throw CSVSyntaxError(line: cell.line, reason: "column \(cell.column + 1) holds bytes that are not UTF-8")
    }
  }

  /// Reads a table from text whose delimiter is detected.
  public init(text: String, encoding: SourceEncoding = .utf8) throws(CSVSyntaxError) {
    let delimiter = CSVReader.detectDelimiter(in: text)
    let records = try CSVReader(delimiter: delimiter).records(in: text).filter { !$0.isBlank }
    self.init(records: records, delimiter: delimiter, encoding: encoding)
  }

  /// A table whose first record is the header.
  public init(records: [CSVRecord], delimiter: Character = ",", encoding: SourceEncoding = .utf8) {
    self.init(
      header: records.first?.fields.map(Self.trimmedHeader) ?? [],
      rows: Array(records.dropFirst()), delimiter: delimiter, encoding: encoding,
      headerLine: records.first?.line ?? 1)
  }

  static func trimmedHeader(_ cell: String) -> String {
    cell.trimmingCharacters(in: " \t\u{FEFF}")
  }
}

/// Why a file someone else made could not be read as a table.
public enum CSVReadError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The bytes could not be turned into text with certainty.
  case decoding(TextDecodingError)
  /// The text is not CSV.
  case syntax(CSVSyntaxError)
  /// The reading was stopped (`ReadingStop`) before the file was read.
  case interrupted

  /// The line of the problem.
  public var line: Int {
    switch self {
    case .decoding(let error): error.line
    case .syntax(let error): error.line
    case .interrupted: 1
    }
  }

  /// What is wrong, in plain words.
  public var reason: String {
    switch self {
    case .decoding(let error): error.reason
    case .syntax(let error): error.reason
    case .interrupted: "the reading was interrupted"
    }
  }

  public var description: String { "line \(line): \(reason)" }
}

extension String {
  func trimmingCharacters(in set: String) -> String {
    var scalars = Substring(self)
    while let first = scalars.first, set.contains(first) { scalars.removeFirst() }
    while let last = scalars.last, set.contains(last) { scalars.removeLast() }
    return String(scalars)
  }
}

extension TextDecoder {
  /// `decode`, failing as a CSV file that could not be read, or with `.interrupted` when
  /// `stop` said to stop.
  static func decodeForReading(
    _ bytes: [UInt8], as encoding: SourceEncoding?, preferring: [SourceEncoding], stop: ReadingStop = .never
  ) throws(CSVReadError) -> DecodedText {
    let decoded: DecodedText
    do {
      decoded = try decode(bytes, as: encoding, preferring: preferring, stop: stop)
    } catch {
      try stop.check()
      throw .decoding(error)
    }
    try stop.check()
    return decoded
  }
}
