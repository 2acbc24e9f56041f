#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns the bytes of a text file into a string, the way spreadsheet exports need it: a
/// byte-order mark decides UTF-8 or UTF-16; zero bytes at every other position mean UTF-16
/// without one; valid UTF-8 is UTF-8; anything else is read in the legacy code page under
/// which its words look most like words (`EncodingDetector`), or refused when two code pages
/// read it about equally well.
public enum TextDecoder {
  /// Decodes `bytes` in `encoding`, or in the encoding found from the bytes when it is nil.
  /// `preferring` lists the code pages of the event's languages, which settle a close call.
  /// The passes over a file that is not UTF-8 (finding where it stops being UTF-8, gathering
  /// its words, converting it) end early once `stop` says so, leaving a result that means
  /// nothing: a caller that passes `stop` asks it again before using the result or the error.
  public static func decode(
    _ bytes: [UInt8], as encoding: SourceEncoding? = nil, preferring: [SourceEncoding] = [],
    stop: ReadingStop = .never
  ) throws(TextDecodingError) -> DecodedText {
    if let encoding { return try decodeGiven(bytes, as: encoding) }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return DecodedText(
        text: try strictUTF8(bytes.dropFirst(3), offset: 3, in: bytes, announced: true),
        encoding: .utf8WithBOM, choice: .byteOrderMark)
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      let encoding = bytes[0] == 0xFF ? SourceEncoding.utf16LittleEndian : .utf16BigEndian
      return DecodedText(
        text: try strictUTF16(bytes.dropFirst(2), encoding: encoding),
        encoding: encoding.withByteOrderMark,
        choice: .byteOrderMark)
    }
    if containsZero(bytes, stop: stop) {
      if let encoding = utf16ByZeroBytes(bytes) {
        return DecodedText(
          text: try strictUTF16(bytes[...], encoding: encoding), encoding: encoding,
          choice: .zeroBytes)
      }
      // A stray NUL in UTF-8 text is valid UTF-8: the text is read, and the cell that holds it
      // is named by whoever reads the rows. Many zero bytes make a binary file.
      guard hasStrayZeros(bytes), String(validating: bytes, as: UTF8.self) != nil else {
        throw .unreadable(
          line: line(at: bytes.firstIndex(of: 0) ?? 0, in: bytes),
          reason: "the file holds zero bytes and is not UTF-16 text: it is not a text file")
      }
    }
    if let text = String(validating: bytes, as: UTF8.self) {
      return DecodedText(text: text, encoding: .utf8, choice: .validUTF8)
    }
    let scan = UTF8Scan(bytes, stop: stop)
    try stopped(stop)
    if scan.endsInsideCharacter, let offset = scan.firstInvalid {
      throw .invalid(
        .utf8, line: line(at: offset, in: bytes),
        reason: "the file ends inside a UTF-8 character (byte 0x\(hex(bytes[offset])) begins one): it was cut short (download or save it again), or it is in a code page (name it with --encoding)")
    }
    if scan.isMostlyUTF8, let offset = scan.firstInvalid {
      throw .invalid(
        .utf8, line: line(at: offset, in: bytes),
        reason: "byte 0x\(hex(bytes[offset])) is not UTF-8, although the rest of the file is")
    }
    return try detectCodePage(bytes, preferring: preferring, stop: stop)
  }

  /// Where `decode` takes `bytes` as the UTF-8 they are: the offset after a byte-order mark,
  /// the encoding and why, checked as `decode` checks them but without making a string of them
  /// (so that a reader that keeps bytes copies them once). Nil when `decode` would convert the
  /// bytes, or refuse them. `stop` is asked every `ReadingStop.interval` bytes.
  static func utf8Text(
    in bytes: [UInt8], as encoding: SourceEncoding?, stop: ReadingStop = .never
  ) throws(CSVReadError) -> (start: Int, encoding: SourceEncoding, choice: DecodedText.Choice)? {
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    let found: (SourceEncoding, DecodedText.Choice)
    if let encoding {
      guard case .utf8 = encoding.form else { return nil }
      found = (encoding, .given)
    } else if start == 3 {
      found = (.utf8WithBOM, .byteOrderMark)
    } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      return nil
    } else if containsZero(bytes, stop: stop), utf16ByZeroBytes(bytes) != nil || !hasStrayZeros(bytes) {
      return nil
    } else {
      found = (.utf8, .validUTF8)
    }
    guard try isUTF8(bytes[start...], stop: stop) else { return nil }
    return (start, found.0, found.1)
  }

  /// Fails when `stop` said to stop, without a look at what a pass cut short found (the
  /// caller, asked again, stops).
  static func stopped(_ stop: ReadingStop) throws(TextDecodingError) {
    if stop.isRequested { throw .unreadable(line: 1, reason: "the reading was interrupted") }
  }

  /// True when `bytes` hold a zero byte, looked for piece by piece (false once `stop`, asked
  /// between two pieces, says to stop).
  static func containsZero(_ bytes: [UInt8], stop: ReadingStop) -> Bool {
    for piece in ReadingStop.pieces(bytes.count) {
      if stop.isRequested { return false }
      let found = bytes.withUnsafeBufferPointer { memchr($0.baseAddress! + piece.lowerBound, 0, piece.count) != nil }
      if found { return true }
    }
    return false
  }

  /// True for valid UTF-8, checked in place piece by piece (cut between characters: the text
  /// is UTF-8 when every piece is), the pieces on every core at once, asking `stop` before
  /// each piece.
  static func isUTF8(_ bytes: ArraySlice<UInt8>, stop: ReadingStop) throws(CSVReadError) -> Bool {
    let base = bytes.startIndex
    let pieces = ReadingStop.pieces(bytes.count, isBoundary: { bytes[base + $0] & 0xC0 != 0x80 })
    let valid = InParallel.map(pieces.count) { number -> Bool? in
      if stop.isRequested { return nil }
      return isUTF8(bytes[(base + pieces[number].lowerBound)..<(base + pieces[number].upperBound)])
    }
    if valid.contains(nil) { throw .interrupted }
    return !valid.contains(false)
  }

  /// True for valid UTF-8, checked in place.
  static func isUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
    do {
      _ = try UTF8Span(validating: bytes.span)
      return true
    } catch {
      return false
    }
  }

  static func detectCodePage(
    _ bytes: [UInt8], preferring: [SourceEncoding], stop: ReadingStop = .never
  ) throws(TextDecodingError) -> DecodedText {
    let outcome = EncodingDetector.detect(bytes, preferring: preferring, stop: stop)
    try stopped(stop)
    switch outcome {
    case .chosen(let encoding, let choice):
      let table = CodePageTable.of(encoding)!
      guard let text = try? table.decode(bytes, stop: stop) else {
        throw .unreadable(line: 1, reason: "\(encoding) cannot read the file")
      }
      return DecodedText(text: text, encoding: encoding, choice: choice)
    case .ambiguous(let encodings):
      let tables = encodings.map { CodePageTable.of($0)! }
      let line = tables.dropFirst().map { EncodingDetector.firstDifference(in: bytes, between: tables[0], and: $0) }.min() ?? 1
      let lineBytes = self.lineBytes(line, in: bytes)
      var ambiguity = EncodingAmbiguity(
        line: line,
        readings: tables.map {
          .init(encoding: $0.encoding, text: sampleText($0.preview(lineBytes)))
        })
      if tables.contains(where: { $0.encoding == EncodingDetector.dosCodePage.encoding }) {
        ambiguity.dosVariants = EncodingDetector.dosVariantsReading(bytes).map { variant in
          let line = self.lineBytes(variant.line, in: bytes)
          return (
            variant.line,
            [EncodingDetector.dosCodePage, variant.table].map {
              .init(encoding: $0.encoding, text: sampleText($0.preview(line)))
            }
          )
        }
      }
      throw .ambiguous(ambiguity)
    case .unreadable:
      let offset = UTF8Scan(bytes).firstInvalid ?? 0
      if let lines = utf8Lines(in: bytes) {
        throw .unreadable(
          line: line(at: offset, in: bytes),
          reason:
            "byte 0x\(hex(bytes[offset])) is not UTF-8, though \(lines == 1 ? "a line" : "\(lines) lines") of the file "
            + "\(lines == 1 ? "is" : "are") UTF-8 text: files in two encodings joined together? Save each as UTF-8 and "
            + "join them again")
      }
      throw .unreadable(
        line: line(at: offset, in: bytes),
        reason:
          "byte 0x\(hex(bytes[offset])) is not UTF-8, and no code page convene knows reads the file as words "
          + EncodingDetector.otherCodePagesHint(bytes)
      )
    }
  }

  static func decodeGiven(_ bytes: [UInt8], as encoding: SourceEncoding) throws(TextDecodingError)
    -> DecodedText
  {
    let text: String
    switch encoding.form {
    case .utf8:
      let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      text = try strictUTF8(bytes.dropFirst(bom), offset: bom, in: bytes, announced: false)
    case .utf16(let bigEndian):
      let bom: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
      text = try strictUTF16(bytes.dropFirst(bytes.starts(with: bom) ? 2 : 0), encoding: encoding)
    case .singleByte, .iconv:
      do {
        if let table = CodePageTable.of(encoding) ?? CodePageTable.ofSingleByte(encoding) {
          text = try table.decode(bytes)
          if let doubt = doubt(about: table, as: encoding, in: bytes) {
            return DecodedText(text: text, encoding: encoding, choice: .givenDespite(doubt))
          }
        } else {
          text = String(
            decoding: try IconvConverter(from: encoding.iconvName).convert(bytes), as: UTF8.self)
        }
      } catch {
        throw invalid(error, encoding: encoding, in: bytes)
      }
    }
    return DecodedText(text: text, encoding: encoding, choice: .given)
  }

  /// Why `bytes` may not be in `encoding`, named by hand and read through `table`: they are
  /// valid UTF-8 with letters beyond ASCII (a legacy code page reads `é` as `Ã©`), or another
  /// code page reads their words clearly better (`EncodingDetector.betterReading`). One line
  /// as each reads it, the given reading first; nil when there is no doubt.
  static func doubt(about table: CodePageTable, as encoding: SourceEncoding, in bytes: [UInt8]) -> EncodingAmbiguity? {
    if let offset = bytes.firstIndex(where: { $0 >= 0x80 }), String(validating: bytes, as: UTF8.self) != nil {
      let line = self.line(at: offset, in: bytes)
      let lineBytes = self.lineBytes(line, in: bytes)
      return EncodingAmbiguity(
        line: line,
        readings: [
          .init(encoding: encoding, text: sampleText(table.preview(lineBytes))),
          .init(encoding: .utf8, text: sampleText(String(decoding: lineBytes, as: UTF8.self))),
        ])
    }
    guard let better = EncodingDetector.betterReading(of: bytes, than: table) else { return nil }
    let line = EncodingDetector.firstDifference(in: bytes, between: table, and: better)
    let lineBytes = self.lineBytes(line, in: bytes)
    return EncodingAmbiguity(
      line: line,
      readings: [(encoding, table), (better.encoding, better)].map {
        .init(encoding: $0, text: sampleText($1.preview(lineBytes)))
      })
  }

  /// How many lines of `bytes` are UTF-8 holding letters of two bytes (`é`, `ë`, Greek,
  /// Cyrillic, Arabic), when other lines are not UTF-8: the file joins a UTF-8 file and one in a
  /// code page. Nil when no line is, or every line is. A DOS Cyrillic line that happens to
  /// be valid UTF-8 reads as three-byte characters, which do not count.
  static func utf8Lines(in bytes: [UInt8]) -> Int? {
    var utf8 = 0
    var other = 0
    for line in bytes.split(separator: 0x0A) where line.contains(where: { $0 >= 0x80 }) {
      if let text = String(validating: line, as: UTF8.self) {
        let wide = text.unicodeScalars.filter { !$0.isASCII }
        if wide.allSatisfy({ $0.value < 0x800 && $0.properties.isAlphabetic }) { utf8 += 1 }
      } else {
        other += 1
      }
    }
    return utf8 > 0 && other > 0 ? utf8 : nil
  }

  static func invalid(_ error: IconvError, encoding: SourceEncoding, in bytes: [UInt8])
    -> TextDecodingError
  {
    switch error {
    case .invalidSequence(let offset):
      .invalid(
        encoding, line: line(at: offset, in: bytes),
        reason: "byte 0x\(hex(bytes[offset])) is not a character of \(encoding.name)")
    case .truncated(let offset):
      .invalid(
        encoding, line: line(at: offset, in: bytes),
        reason: "the file ends in the middle of a character")
    case .unknownEncoding(let name):
      .invalid(encoding, line: 1, reason: "the encoding \(name) is not known")
    }
  }

  static func strictUTF8(
    _ bytes: ArraySlice<UInt8>, offset: Int, in whole: [UInt8], announced: Bool
  ) throws(TextDecodingError) -> String {
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    let position = offset + (UTF8Scan(Array(bytes)).firstInvalid ?? 0)
    throw .invalid(
      .utf8, line: line(at: position, in: whole),
      reason: "byte 0x\(hex(whole[position])) is not UTF-8"
        + (announced ? ", although the file begins with a UTF-8 byte-order mark" : ""))
  }

  static func strictUTF16(_ bytes: ArraySlice<UInt8>, encoding: SourceEncoding)
    throws(TextDecodingError) -> String
  {
    guard case .utf16(let bigEndian) = encoding.form else { return "" }
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index + 1 < bytes.endIndex {
      let first = UInt16(bytes[index])
      let second = UInt16(bytes[index + 1])
      units.append(bigEndian ? first << 8 | second : first | second << 8)
      index += 2
    }
    let lines = { (unit: Int) in units[..<unit].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 } }
    if index < bytes.endIndex {
      throw .invalid(
        encoding, line: lines(units.count),
        reason: "the file ends in the middle of a character (an odd number of bytes)")
    }
    if let text = String(validating: units, as: UTF16.self) { return text }
    var unit = 0
    while unit < units.count {
      let value = units[unit]
      if UTF16.isLeadSurrogate(value), unit + 1 < units.count,
        UTF16.isTrailSurrogate(units[unit + 1])
      {
        unit += 2
      } else if UTF16.isLeadSurrogate(value) || UTF16.isTrailSurrogate(value) {
        break
      } else {
        unit += 1
      }
    }
    throw .invalid(
      encoding, line: lines(unit), reason: "a lone UTF-16 surrogate is not a character")
  }

  /// UTF-16 without a byte-order mark: text in UTF-16 has a zero byte beside every ASCII
  /// character (delimiters, digits, line breaks), always at odd positions in little-endian
  /// and at even ones in big-endian: at least one beside each line break, and either one byte
  /// in sixteen or more, or (text mostly in another script: Cyrillic, Greek, Arabic) the
  /// control bytes that its letters' high bytes are in UTF-8 (`04` for Cyrillic, `06` for
  /// Arabic). A few zero bytes in UTF-8 text (a stray NUL in a cell) are no such pattern.
  static func utf16ByZeroBytes(_ bytes: [UInt8]) -> SourceEncoding? {
    var even = 0
    var odd = 0
    var lineFeeds = 0
    var controls = 0
    for index in bytes.indices {
      switch bytes[index] {
      case 0: if index & 1 == 0 { even += 1 } else { odd += 1 }
      case 0x0A: lineFeeds += 1
      case 0x01...0x08, 0x0B, 0x0C, 0x0E...0x1F: controls += 1
      default: continue
      }
    }
    let total = even + odd
    let most = max(even, odd)
    guard most >= lineFeeds, most * 16 >= bytes.count || controls * 4 >= bytes.count else { return nil }
    if odd * 10 >= total * 9 { return .utf16LittleEndian }
    if even * 10 >= total * 9 { return .utf16BigEndian }
    return nil
  }

  /// True when the zero bytes of `bytes` are few (one byte in 64 or fewer): strays in a text,
  /// not the zeros of a binary file.
  static func hasStrayZeros(_ bytes: [UInt8]) -> Bool {
    var zeros = 0
    for byte in bytes where byte == 0 { zeros += 1 }
    return zeros * 64 <= bytes.count
  }

  /// The byte that ends the lines of `bytes`: a line feed, or a carriage return in a file
  /// without line feeds (a classic Mac file).
  static func lineBreak(of bytes: [UInt8]) -> UInt8 {
    bytes.contains(0x0A) || !bytes.contains(0x0D) ? 0x0A : 0x0D
  }

  /// The 1-based line of the byte at `offset`.
  static func line(at offset: Int, in bytes: [UInt8]) -> Int {
    let end = lineBreak(of: bytes)
    return bytes[..<min(offset, bytes.count)].reduce(1) { $1 == end ? $0 + 1 : $0 }
  }

  static func lineBytes(_ line: Int, in bytes: [UInt8]) -> ArraySlice<UInt8> {
    let end = lineBreak(of: bytes)
    var current = 1
    var start = 0
    for (index, byte) in bytes.enumerated() where byte == end {
      if current == line { return bytes[start..<index] }
      current += 1
      start = index + 1
    }
    return bytes[min(start, bytes.count)...]
  }

  /// A line shown in a message: without its line break, at most 120 characters.
  static func sampleText(_ text: String) -> String {
    var scalars = Substring(text).unicodeScalars
    while let last = scalars.last, last == "\r" || last == " " || last == "\t" {
      scalars.removeLast()
    }
    while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
    let trimmed = String(scalars)
    return trimmed.count > 120 ? String(trimmed.prefix(119)) + "…" : trimmed
  }

  static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
  }
}
