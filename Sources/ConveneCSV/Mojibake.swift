#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Text that was UTF-8, was read as a single-byte Windows code page and saved again as UTF-8:
/// a double-encoded file. `é` becomes `Ã©`, `’` becomes `â€™` (Windows-1252), the Arabic
/// `ا` becomes `Ø§` (read as Windows-1252) or `ط§` (as Windows-1256), the Cyrillic `а`
/// becomes `Ð°` (Windows-1252) or `Р°` (Windows-1251).
///
/// A text is taken for mojibake only when every character of it is a character of the code
/// page, its bytes in that code page are valid UTF-8 holding at least one non-ASCII
/// character, and that UTF-8 reads as ordinary text (no control characters, no phonetic
/// symbols): ordinary French, Arabic or Cyrillic text practically never passes all three.
public enum Mojibake {
  /// A code page a double-encoded text went through.
  public enum CodePage: String, Sendable, Equatable, CaseIterable {
    case windows1252 = "Windows-1252"
    case windows1256 = "Windows-1256"
    case windows1251 = "Windows-1251"

    /// The byte each of the code page's characters from 0x80 up is written as.
    var bytes: [UInt32: UInt8] {
      switch self {
      case .windows1252: Mojibake.tables.windows1252
      case .windows1256: Mojibake.tables.windows1256
      case .windows1251: Mojibake.tables.windows1251
      }
    }
  }

  /// A double-encoded text and what it said.
  public struct Match: Sendable, Equatable {
    /// The text as it was before it was double-encoded.
    public var repaired: String
    /// The code page it was read in.
    public var codePage: CodePage
  }

  /// What `text` said before it was double-encoded, or nil for ordinary text.
  public static func repair(_ text: String) -> Match? {
    guard text.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
    for codePage in CodePage.allCases {
      if let repaired = undo(text, through: codePage.bytes) { return Match(repaired: repaired, codePage: codePage) }
    }
    return nil
  }

  /// The text's characters as bytes of the code page, read as UTF-8, when that works.
  static func undo(_ text: String, through table: [UInt32: UInt8]) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var pending = 0
    var sawSequence = false
    for scalar in text.unicodeScalars {
      let byte: UInt8
      if scalar.value < 0x80 {
        byte = UInt8(scalar.value)
      } else if let mapped = table[scalar.value] {
        byte = mapped
      } else {
        return nil
      }
      if pending > 0 {
        guard byte & 0xC0 == 0x80 else { return nil }
        pending -= 1
      } else {
        switch byte {
        case 0x00...0x7F: break
        case 0xC2...0xDF: pending = 1
        case 0xE0...0xEF: pending = 2
        case 0xF0...0xF4: pending = 3
        default: return nil
        }
        if pending > 0 { sawSequence = true }
      }
      bytes.append(byte)
    }
    guard pending == 0, sawSequence, let repaired = String(validating: bytes, as: UTF8.self),
      repaired.unicodeScalars.allSatisfy(isOrdinary)
    else { return nil }
    return repaired
  }

  /// Not a C1 control, an IPA letter or spacing modifier, a private-use or replacement
  /// character: what a double-encoded accent never decodes to by chance.
  static func isOrdinary(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x80...0x9F, 0x250...0x2FF, 0xE000...0xF8FF, 0xFFFD: false
    default: true
    }
  }

  /// The three code pages' upper halves, decoded once with the C library's iconv. Bytes a
  /// code page leaves undefined stand for the control character of the same number, as
  /// Windows and Excel read them.
  static let tables: (windows1252: [UInt32: UInt8], windows1256: [UInt32: UInt8], windows1251: [UInt32: UInt8]) = (
    reverseTable("WINDOWS-1252"), reverseTable("WINDOWS-1256"), reverseTable("WINDOWS-1251")
  )

  static func reverseTable(_ name: String) -> [UInt32: UInt8] {
    var table: [UInt32: UInt8] = [:]
    let converter = iconv_open("UTF-8", name)
    defer { if converter != iconv_t(bitPattern: -1) { iconv_close(converter) } }
    for byte in UInt8(0x80)...UInt8(0xFF) {
      var scalar = UInt32(byte)
      if converter != iconv_t(bitPattern: -1) {
        var input: [CChar] = [CChar(bitPattern: byte)]
        var output = [CChar](repeating: 0, count: 8)
        let written: Int = input.withUnsafeMutableBufferPointer { inputBuffer in
          output.withUnsafeMutableBufferPointer { outputBuffer in
            var inPointer: UnsafeMutablePointer<CChar>? = inputBuffer.baseAddress
            var outPointer: UnsafeMutablePointer<CChar>? = outputBuffer.baseAddress
            var inLeft = 1, outLeft = 8
            guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1 else { return 0 }
            return 8 - outLeft
          }
        }
        let decoded = String(decoding: output.prefix(written).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if written > 0, let only = decoded.unicodeScalars.first, decoded.unicodeScalars.count == 1 {
          scalar = only.value
        }
      }
      table[scalar] = byte
    }
    return table
  }
}
