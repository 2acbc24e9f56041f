extension String {
  /// How many columns of a terminal the text takes: two for each wide character (Chinese,
  /// Japanese and Korean characters, full-width forms, most emoji), one for any other
  /// character (a letter with its combining marks is one character).
  var displayWidth: Int {
    reduce(0) { width, character in
      width + (character.unicodeScalars.first.map(Self.isWide) == true ? 2 : 1)
    }
  }

  /// Unicode's East Asian Wide and Fullwidth ranges (UAX #11), as terminals draw them.
  private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
      0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      true
    default: false
    }
  }
}
