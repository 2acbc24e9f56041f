/// What one character of a candidate reading is, for judging whether words look like words.
struct CharacterTraits: Sendable {
  enum Kind: UInt8, Sendable {
    case letter
    /// A combining mark (Arabic vowel signs).
    case mark
    /// An apostrophe or a joiner inside words (’, ʼ, ´, the Catalan middle dot).
    case apostrophe
    /// Space, digit, dash, quotation mark, bracket: ends a word.
    case separator
    /// Invisible format characters (soft hyphen, zero-width joiners, direction marks).
    case ignorable
    case symbol
    /// C0 and C1 control characters: never in text people typed.
    case control
    /// No character, a private-use one, or U+FFFD.
    case unassigned
  }

  enum Script: UInt8, Sendable {
    case latin, greek, cyrillic, hebrew, arabic, other
  }

  var kind: Kind
  var script: Script = .other
  var isUppercase = false
  var isLowercase = false
  var isASCII = false
  /// The Latin-script languages that use the letter (`LatinAlphabets`).
  var languages: UInt64 = 0
  /// ة, ى and ς: letters that only end a word.
  var endsWord = false
  /// ™, ®, ©, °, º or ª: symbols written against a word (`Word™`, `Nº`). Any other symbol
  /// against a word is what a wrong code page makes of a letter (`Pawe≥` for Paweł, `£ódź`).
  var gluesToWords = false
  /// ΐ or ΰ (a Greek vowel with both dialytika and tonos), which only a handful of Greek words
  /// have: they are what Windows-1251's А and а, Russian's commonest letter, become in
  /// Windows-1253 (`ΐννΰ` for Анна).
  var isRareInWords = false
  /// œ or Œ, which inside a French word comes before u or i only (cœur, sœur, vœu, œil):
  /// Mac Roman's ú read as Windows-1252 (`Raœl` for Raúl) puts it anywhere.
  var isOE = false
  /// u or i, either case: a letter that may follow œ inside a word.
  var mayFollowOE = false
  /// õ or Õ, which a Portuguese word writes before e or i only (`Simões`, `põe`): before any
  /// other letter, or ending a word, it is Estonian or Windows-1250's ő read as Western
  /// (`Kõszegi` for Hungarian `Kőszegi`).
  var isOTilde = false
  /// e or i, either case: a letter that may follow õ in a Portuguese word.
  var mayFollowOTilde = false
  /// A quotation mark (« » „ “ ” ‚ ‹ ›), which comes in pairs around a word (`«Ville»`,
  /// `„Stadt“`) or stands apart from it (`« Ville »`); one alone against a word is what a
  /// wrong code page makes of a letter (Mac Roman's » for Windows-1250's Č: `»akovec` for
  /// Čakovec; its „ for Windows-1252's ã: `Jo„o` for João).
  var isQuotationMark = false
  /// The middle dot, which a Catalan word writes between two l's only (`col·legi`): between
  /// other letters it is CP850's ú (`N·ria` for Núria).
  var isMiddleDot = false
  /// l or L, which the middle dot may stand between.
  var isL = false
  /// A letter of a script with capitals.
  var isCased: Bool { isUppercase || isLowercase }

  init(_ scalar: Unicode.Scalar?) {
    guard let scalar else {
      kind = .unassigned
      return
    }
    isASCII = scalar.isASCII
    script = Self.script(scalar)
    kind = Self.kind(scalar, script: script)
    isQuotationMark = "\u{00AB}\u{00BB}\u{201E}\u{201C}\u{201D}\u{201A}\u{2039}\u{203A}".unicodeScalars.contains(scalar)
    isMiddleDot = scalar == "\u{00B7}"
    isL = scalar == "l" || scalar == "L"
    guard kind == .letter else { return }
    isUppercase = scalar.properties.isUppercase
    isLowercase = scalar.properties.isLowercase
    if script == .latin && !isASCII { languages = LatinAlphabets.mask(scalar) }
    endsWord = scalar == "\u{0629}" || scalar == "\u{0649}" || scalar == "\u{03C2}"
    gluesToWords = "\u{2122}\u{00AE}\u{00A9}\u{00B0}\u{00BA}\u{00AA}".unicodeScalars.contains(scalar)
    isRareInWords = scalar == "\u{0390}" || scalar == "\u{03B0}"
    isOE = scalar == "\u{0153}" || scalar == "\u{0152}"
    mayFollowOE = "uiUI".unicodeScalars.contains(scalar)
    isOTilde = scalar == "\u{00F5}" || scalar == "\u{00D5}"
    mayFollowOTilde = "eiEI".unicodeScalars.contains(scalar)
  }

  static func kind(_ scalar: Unicode.Scalar, script: Script) -> Kind {
    switch scalar {
    case "\u{2019}", "\u{2018}", "\u{02BC}", "\u{00B4}", "\u{00B7}", "'": return .apostrophe
    case "\u{FFFD}": return .unassigned
    case "\u{00A1}", "\u{00BF}", "\u{2026}", "\u{2022}", "\u{00AB}", "\u{00BB}": return .separator
    default: break
    }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter: return .letter
    case .otherLetter: return script == .arabic || script == .hebrew ? .letter : .symbol
    case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
    case .spaceSeparator, .lineSeparator, .paragraphSeparator, .decimalNumber, .dashPunctuation,
      .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation,
      .connectorPunctuation:
      return .separator
    case .format: return .ignorable
    case .control: return .control
    case .privateUse, .unassigned, .surrogate: return .unassigned
    default: return .symbol
    }
  }

  static func script(_ scalar: Unicode.Scalar) -> Script {
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: .latin
    case 0x370...0x3FF, 0x1F00...0x1FFF: .greek
    case 0x400...0x52F: .cyrillic
    case 0x590...0x5FF: .hebrew
    case 0x600...0x6FF, 0x750...0x77F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: .arabic
    default: .other
    }
  }
}
