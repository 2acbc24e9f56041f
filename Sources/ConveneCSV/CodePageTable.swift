/// What each of the 256 bytes stands for in a single-byte code page, as glibc's iconv
/// converts it. Reading a file through the table gives exactly iconv's result, without
/// converting the file once per candidate.
struct CodePageTable: Sendable {
  let encoding: SourceEncoding
  /// The character of each byte; nil where the code page assigns none.
  let scalars: [Unicode.Scalar?]
  /// The UTF-8 bytes of each byte's character (empty where none).
  let utf8: [[UInt8]]
  /// What each byte's character is, for judging words.
  let traits: [CharacterTraits]
  /// Each byte's character as up to three UTF-8 bytes (lowest first) and, in the top byte,
  /// their number (0 where the code page assigns none; every character of these code pages
  /// is in the Basic Multilingual Plane).
  let packedUTF8: [UInt32]

  init(_ encoding: SourceEncoding) {
    self.encoding = encoding
    let converter = try? IconvConverter(from: encoding.iconvName)
    var scalars: [Unicode.Scalar?] = []
    scalars.reserveCapacity(256)
    for byte in 0...255 {
      scalars.append(converter?.character(UInt8(byte)))
    }
    self.scalars = scalars
    self.utf8 = scalars.map { scalar in scalar.map { Array(String($0).utf8) } ?? [] }
    self.traits = scalars.map(CharacterTraits.init)
    self.packedUTF8 = utf8.map { bytes in
      guard bytes.count <= 3 else { return 0 }
      return bytes.enumerated().reduce(UInt32(bytes.count) << 24) { $0 | UInt32($1.element) << (8 * UInt32($1.offset)) }
    }
  }

  /// The tables of the legacy code pages, and of the occasional ones, made once.
  static let legacy: [CodePageTable] =
    (SourceEncoding.legacyCodePages + SourceEncoding.occasionalCodePages).map(CodePageTable.init)

  /// The table of `encoding`, when it is one of the legacy code pages or one of those a
  /// refusal names (`EncodingDetector.otherCodePages`, by name: `--encoding cp850` is
  /// iconv's `cp850`, the table's `CP850`).
  static func of(_ encoding: SourceEncoding) -> CodePageTable? {
    legacy.first { $0.encoding == encoding }
      ?? EncodingDetector.otherCodePages.first { $0.encoding.name == encoding.name && !encoding.hasByteOrderMark }
  }

  /// The table of another encoding iconv knows, when it is a code page of one byte per
  /// character (`ISO-8859-2`, `CP1257`, `KOI8-R`): iconv reads at least 96 of the bytes from
  /// 0x80 up alone, where an encoding of several bytes per character (Shift-JIS, GB18030)
  /// reads few or none. Nil for UTF-8, UTF-16 and those.
  static func ofSingleByte(_ encoding: SourceEncoding) -> CodePageTable? {
    guard case .iconv = encoding.form else { return nil }
    let table = CodePageTable(encoding)
    let assigned = table.scalars[0x80...].count { $0 != nil }
    let ascii = (0x20..<0x7F).allSatisfy { table.scalars[$0] == Unicode.Scalar(UInt8($0)) }
    return assigned >= 96 && ascii ? table : nil
  }

  /// The text of `bytes`; fails at the first byte the code page does not assign. Cut short
  /// (at a byte it then calls unassigned) when `stop`, asked every `ReadingStop.interval` bytes,
  /// says so.
  func decode(_ bytes: some Collection<UInt8>, stop: ReadingStop = .never) throws(IconvError) -> String {
    let input = Array(bytes)
    var failure: Int?
    let output = [UInt8](unsafeUninitializedCapacity: input.count * 3) { buffer, written in
      var position = 0
      input.withUnsafeBufferPointer { source in
        for (offset, byte) in source.enumerated() {
          if offset & (ReadingStop.interval - 1) == ReadingStop.interval - 1, stop.isRequested {
            failure = offset
            break
          }
          let packed = packedUTF8[Int(byte)]
          let length = Int(packed >> 24)
          if length == 0 {
            failure = offset
            break
          }
          buffer[position] = UInt8(truncatingIfNeeded: packed)
          if length > 1 { buffer[position + 1] = UInt8(truncatingIfNeeded: packed >> 8) }
          if length > 2 { buffer[position + 2] = UInt8(truncatingIfNeeded: packed >> 16) }
          position += length
        }
      }
      written = position
    }
    if let failure { throw .invalidSequence(offset: failure) }
    return String(decoding: output, as: UTF8.self)
  }

  /// The text of `bytes` with every unassigned byte shown as U+FFFD (for messages).
  func preview(_ bytes: some Collection<UInt8>) -> String {
    var scalars = String.UnicodeScalarView()
    for byte in bytes { scalars.append(self.scalars[Int(byte)] ?? "\u{FFFD}") }
    return String(scalars)
  }
}
