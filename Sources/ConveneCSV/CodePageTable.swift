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
  }

  /// The tables of the legacy code pages, made once.
  static let legacy: [CodePageTable] = SourceEncoding.legacyCodePages.map(CodePageTable.init)

  /// The table of `encoding`, when it is one of the legacy code pages.
  static func of(_ encoding: SourceEncoding) -> CodePageTable? {
    legacy.first { $0.encoding == encoding }
  }

  /// The text of `bytes`; fails at the first byte the code page does not assign.
  func decode(_ bytes: some Collection<UInt8>) throws(IconvError) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + bytes.count / 2)
    var offset = 0
    for byte in bytes {
      if byte < 0x80, scalars[Int(byte)]?.value == UInt32(byte) {
        output.append(byte)
      } else {
        let encoded = utf8[Int(byte)]
        if encoded.isEmpty { throw .invalidSequence(offset: offset) }
        output.append(contentsOf: encoded)
      }
      offset += 1
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// The text of `bytes` with every unassigned byte shown as U+FFFD (for messages).
  func preview(_ bytes: some Collection<UInt8>) -> String {
    var scalars = String.UnicodeScalarView()
    for byte in bytes { scalars.append(self.scalars[Int(byte)] ?? "\u{FFFD}") }
    return String(scalars)
  }
}
