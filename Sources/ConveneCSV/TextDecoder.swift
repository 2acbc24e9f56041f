/// The character encoding a file was read in.
public enum SourceEncoding: String, Sendable, Equatable {
  case utf8 = "UTF-8"
  case utf8WithBOM = "UTF-8 with BOM"
  case utf16LittleEndian = "UTF-16LE"
  case utf16BigEndian = "UTF-16BE"
  case windows1252 = "Windows-1252"
}

/// Turns the bytes of a text file into a string, the way spreadsheet exports need it:
/// a byte-order mark decides UTF-8 or UTF-16; without one, valid UTF-8 is read as UTF-8 and
/// anything else as Windows-1252 (what Excel writes on Western European systems).
public enum TextDecoder {
  /// Decodes `bytes` and says which encoding was used.
  public static func decode(_ bytes: [UInt8]) -> (text: String, encoding: SourceEncoding) {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return (String(decoding: bytes.dropFirst(3), as: UTF8.self), .utf8WithBOM)
    }
    if bytes.starts(with: [0xFF, 0xFE]) {
      return (decodeUTF16(bytes.dropFirst(2), littleEndian: true), .utf16LittleEndian)
    }
    if bytes.starts(with: [0xFE, 0xFF]) {
      return (decodeUTF16(bytes.dropFirst(2), littleEndian: false), .utf16BigEndian)
    }
    if let text = String(validating: bytes, as: UTF8.self) {
      return (text, .utf8)
    }
    return (decodeWindows1252(bytes), .windows1252)
  }

  static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index + 1 < bytes.endIndex {
      let first = UInt16(bytes[index])
      let second = UInt16(bytes[index + 1])
      units.append(littleEndian ? first | second << 8 : first << 8 | second)
      index += 2
    }
    return String(decoding: units, as: UTF16.self)
  }

  /// The characters Windows-1252 puts at 0x80-0x9F; the rest of the code page is Latin-1.
  static let windows1252High: [Unicode.Scalar] = [
    "\u{20AC}", "\u{81}", "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
    "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", "\u{8D}", "\u{017D}", "\u{8F}",
    "\u{90}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
    "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", "\u{9D}", "\u{017E}", "\u{0178}",
  ]

  static func decodeWindows1252(_ bytes: [UInt8]) -> String {
    var scalars = String.UnicodeScalarView()
    scalars.reserveCapacity(bytes.count)
    for byte in bytes {
      if (0x80...0x9F).contains(byte) {
        scalars.append(windows1252High[Int(byte - 0x80)])
      } else {
        scalars.append(Unicode.Scalar(byte))
      }
    }
    return String(scalars)
  }
}
