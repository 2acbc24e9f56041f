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

  /// Reads a table from raw bytes: decoding, delimiter detection and parsing. Blank lines
  /// are skipped; an empty file gives an empty header.
  public init(bytes: [UInt8]) throws(CSVSyntaxError) {
    let (text, encoding) = TextDecoder.decode(bytes)
    try self.init(text: text, encoding: encoding)
  }

  /// Reads a table from text whose delimiter is detected.
  public init(text: String, encoding: SourceEncoding = .utf8) throws(CSVSyntaxError) {
    let delimiter = CSVReader.detectDelimiter(in: text)
    let records = try CSVReader(delimiter: delimiter).records(in: text).filter { !$0.isBlank }
    self.init(
      header: records.first?.fields.map(Self.trimmedHeader) ?? [],
      rows: Array(records.dropFirst()), delimiter: delimiter, encoding: encoding,
      headerLine: records.first?.line ?? 1)
  }

  static func trimmedHeader(_ cell: String) -> String {
    cell.trimmingCharacters(in: " \t\u{FEFF}")
  }
}

extension String {
  func trimmingCharacters(in set: String) -> String {
    var scalars = Substring(self)
    while let first = scalars.first, set.contains(first) { scalars.removeFirst() }
    while let last = scalars.last, set.contains(last) { scalars.removeLast() }
    return String(scalars)
  }
}
