/// Text that was UTF-8, was read as a single-byte Windows code page and saved again as UTF-8:
/// a double-encoded file. `é` becomes `Ã©`, `’` becomes `â€™` (Windows-1252), the Arabic
/// `ا` becomes `Ø§` (read as Windows-1252) or `ط§` (as Windows-1256), the Cyrillic `а`
/// becomes `Ð°` (Windows-1252) or `Р°` (Windows-1251). Read as ISO-8859-1, the bytes 0x80-0x9F
/// become C1 control characters: the Arabic `م` becomes `Ù` and U+0085 (NEL).
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
    /// Tried after Windows-1252: where it explains a text as well, it is the likelier.
    case latin1 = "ISO-8859-1"
    /// Excel for Mac reading a UTF-8 CSV (`H√©l√®ne`), Central European and Greek Windows
    /// (`JosĂ©`, `HΓ©lΓ¨ne`): taken only when the text they undo is Latin
    /// or of one other script (see `undo`).
    case macRoman = "Mac Roman"
    case windows1250 = "Windows-1250"
    case windows1253 = "Windows-1253"

    /// The encoding whose table the code page's bytes come from.
    var encoding: SourceEncoding {
      switch self {
      case .windows1252: .windows1252
      case .windows1256: .windows1256
      case .windows1251: .windows1251
      case .latin1: .latin1
      case .macRoman: .macRoman
      case .windows1250: .windows1250
      case .windows1253: .windows1253
      }
    }

    /// The position of the case in `allCases`.
    var ordinal: Int {
      switch self {
      case .windows1252: 0
      case .windows1256: 1
      case .windows1251: 2
      case .latin1: 3
      case .macRoman: 4
      case .windows1250: 5
      case .windows1253: 6
      }
    }

    /// True for the code pages whose double-encoding is taken only when it undoes to Latin
    /// text or to words of one other script: read through them, some ordinary Polish or
    /// Romanian capitals (`WRÓŻKA`) also form UTF-8, but of Cyrillic or Greek letters between
    /// Latin ones.
    var undoesToOneScriptOnly: Bool { ordinal >= 4 }

    /// The byte each of the code page's characters from 0x80 up is written as.
    var bytes: [UInt32: UInt8] { Mojibake.tables[ordinal] }

    /// The same for characters below U+0700 (Latin, Cyrillic, Arabic), by index; 0 for none.
    var low: [UInt8] { Mojibake.lowTables[ordinal] }
  }

  /// A double-encoded text and what it said.
  public struct Match: Sendable, Equatable {
    /// The text as it was before it was double-encoded.
    public var repaired: String
    /// The code page it was read in.
    public var codePage: CodePage
    /// How many times it went through the code page (`HÃƒÂ©lÃƒÂ¨ne` is `Hélène` twice).
    public var times = 1
    /// True when some words of the text beyond ASCII were typed right (`HÃ©lÃ¨ne Lefèvre`):
    /// undoing the code page over the whole text would damage them.
    public var partly = false
  }

  /// What `text` said before it was double-encoded, or nil for ordinary text. Ordinary text is
  /// turned down at its first character that cannot start or continue a UTF-8 sequence, most
  /// often the first accented letter, without building anything.
  public static func repair(_ text: String) -> Match? {
    guard var match = repairWhole(text) ?? repairWords(text) else { return nil }
    while match.times < 4, let again = repairWhole(match.repaired) ?? repairWords(match.repaired),
      again.codePage == match.codePage
    {
      match.repaired = again.repaired
      match.times += 1
      match.partly = match.partly || again.partly
    }
    return match
  }

  /// The words of `text` repaired one by one, when some are double-encoded and others not
  /// (`HÃƒÂ©lÃƒÂ¨ne Lefèvre`: a name typed again after the damage); the code page is the
  /// first repaired word's.
  static func repairWords(_ text: String) -> Match? {
    let words = text.split(separator: " ", omittingEmptySubsequences: false)
    guard words.count > 1 else { return nil }
    var codePage: CodePage?
    var partly = false
    let repaired = words.map { word -> String in
      guard word.utf8.contains(where: { $0 >= 0x80 }) else { return String(word) }
      guard let match = repairWhole(String(word)), codePage == nil || codePage == match.codePage else {
        partly = true
        return String(word)
      }
      codePage = match.codePage
      return match.repaired
    }
    return codePage.map { Match(repaired: repaired.joined(separator: " "), codePage: $0, partly: partly) }
  }

  /// True when the whole of `text` is undone by going once back through `codePage`.
  public static func undoes(_ text: String, through codePage: CodePage) -> Bool {
    looksDoubleEncoded(text, through: codePage) && undo(text, through: codePage) != nil
  }

  /// What the whole of `text` said before it went once through a code page, or nil.
  static func repairWhole(_ text: String) -> Match? {
    var text = text
    guard let (first, second) = text.withUTF8(firstNonASCIIPair) else { return nil }
    for codePage in CodePage.allCases {
      // The first non-ASCII character must stand for a byte that starts a UTF-8 sequence, and
      // the one after it for a byte that continues it.
      guard (0xC2...0xF4).contains(byte(first, in: codePage)), byte(second, in: codePage) & 0xC0 == 0x80,
        looksDoubleEncoded(text, through: codePage), let repaired = undo(text, through: codePage)
      else { continue }
      return Match(repaired: repaired, codePage: codePage)
    }
    return nil
  }

  /// False when UTF-8 text cannot be double-encoded, judged from its bytes without making a
  /// string: its first non-ASCII character must stand, in one of the code pages, for a byte
  /// that starts a UTF-8 sequence, and the next for one that continues it.
  public static func mayBeDoubleEncoded(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let (first, second) = firstNonASCIIPair(utf8) else { return false }
    if first < 0x700 && second < 0x700 {
      return startsAndContinues[Int(first)] & startsAndContinues[Int(second)] >> 8 != 0
    }
    return CodePage.allCases.contains { codePage in
      (0xC2...0xF4).contains(byte(first, in: codePage)) && byte(second, in: codePage) & 0xC0 == 0x80
    }
  }

  /// For each character below U+0700 (Latin, Cyrillic, Arabic), one bit per code page (in the
  /// order of `CodePage.allCases`) when it stands there for a byte that starts a UTF-8
  /// sequence, and the same bits eight higher when it stands for one that continues a
  /// sequence: each cell of an export is turned down with two look-ups.
  static let startsAndContinues: [UInt16] = {
    precondition(CodePage.allCases.count <= 8, "a ninth code page needs wider cells")
    return (0..<0x700).map { scalar in
      var bits: UInt16 = 0
      for (number, codePage) in CodePage.allCases.enumerated() {
        let byte = byte(UInt32(scalar), in: codePage)
        if (0xC2...0xF4).contains(byte) { bits |= 1 << number }
        if byte & 0xC0 == 0x80 { bits |= 1 << (number + 8) }
      }
      return bits
    }
  }()

  /// The first non-ASCII character of UTF-8 text and the character after it (0 at the end);
  /// nil for ASCII text.
  static func firstNonASCIIPair(_ utf8: UnsafeBufferPointer<UInt8>) -> (UInt32, UInt32)? {
    guard let start = utf8.firstIndex(where: { $0 >= 0x80 }) else { return nil }
    let (first, length) = scalar(in: utf8, at: start)
    let second = start + length < utf8.count ? scalar(in: utf8, at: start + length).value : 0
    return (first, second)
  }

  /// The scalar value of the UTF-8 sequence at `index` of valid UTF-8, and its length.
  static func scalar(in utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
    let lead = UInt32(utf8[index])
    func continuation(_ offset: Int) -> UInt32 { UInt32(utf8[index + offset] & 0x3F) }
    switch lead {
    case 0..<0x80: return (lead, 1)
    case 0xC0..<0xE0: return ((lead & 0x1F) << 6 | continuation(1), 2)
    case 0xE0..<0xF0: return ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3)
    default: return ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
    }
  }

  /// The byte a character is written as in the code page (0 for none).
  static func byte(_ scalar: UInt32, in codePage: CodePage) -> UInt8 {
    if scalar < 0x80 { return UInt8(scalar) }
    if scalar < 0x700 { return codePage.low[Int(scalar)] }
    return codePage.bytes[scalar] ?? 0
  }

  /// True when the text's characters, as bytes of the code page, form valid UTF-8 sequences
  /// with at least one of more than a byte (checked as they come, without building anything).
  static func looksDoubleEncoded(_ text: String, through codePage: CodePage) -> Bool {
    var pending = 0
    var sawSequence = false
    for scalar in text.unicodeScalars {
      let byte = byte(scalar.value, in: codePage)
      if pending > 0 {
        guard byte & 0xC0 == 0x80 else { return false }
        pending -= 1
        continue
      }
      switch byte {
      case 0x01...0x7F: continue
      case 0xC2...0xDF: pending = 1
      case 0xE0...0xEF: pending = 2
      case 0xF0...0xF4: pending = 3
      default: return false
      }
      sawSequence = true
    }
    return pending == 0 && sawSequence
  }

  /// The text's characters as bytes of the code page, read as UTF-8, when that gives ordinary
  /// text with some non-ASCII character.
  static func undo(_ text: String, through codePage: CodePage) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      let byte = byte(scalar.value, in: codePage)
      guard byte != 0 else { return nil }
      bytes.append(byte)
    }
    guard bytes.contains(where: { $0 >= 0x80 }), let repaired = String(validating: bytes, as: UTF8.self),
      repaired.unicodeScalars.allSatisfy(isOrdinary),
      !codePage.undoesToOneScriptOnly || repaired.unicodeScalars.allSatisfy(isLatinOrPunctuation)
        || isWordsOfOneOtherScript(repaired)
    else { return nil }
    return repaired
  }

  /// True for text whose letters are all of one script other than Latin (Arabic, Cyrillic,
  /// Greek, Hebrew), at least two of them, beside spaces, digits and punctuation: an Arabic
  /// or Russian name that went through Excel for Mac (`ÿ£ÿ≠ŸÖÿØ`, `–û–ª—å–≥–∞`). What ordinary
  /// Polish or Romanian capitals undo to keeps Latin letters around a Cyrillic or Greek one
  /// (`WRӯKA`), which this turns down.
  static func isWordsOfOneOtherScript(_ text: String) -> Bool {
    var script: CharacterTraits.Script?
    var letters = 0
    for scalar in text.unicodeScalars
    where scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark {
      let found = CharacterTraits.script(scalar)
      guard found != .latin, found != .other, script == nil || script == found else { return false }
      script = found
      letters += 1
    }
    return letters >= 2
  }

  /// ASCII, a Latin letter (U+00A0-U+024F, Latin Extended Additional) or general punctuation
  /// (`’`, `–`): what Western and Central European text holds.
  static func isLatinOrPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0...0x7F, 0xA0...0x24F, 0x1E00...0x1EFF, 0x2000...0x206F, 0x20AC: true
    default: false
    }
  }

  /// Not a C1 control, an IPA letter or spacing modifier, a private-use or replacement
  /// character: what a double-encoded accent never decodes to by chance.
  static func isOrdinary(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x80...0x9F, 0x250...0x2FF, 0xE000...0xF8FF, 0xFFFD: false
    default: true
    }
  }

  /// The code pages' upper halves, in the order of `CodePage.allCases`, reversed from the code
  /// page tables the decoder uses (iconv's). Bytes a code page leaves undefined stand for the
  /// control character of the same number, as Windows and Excel read them.
  static let tables: [[UInt32: UInt8]] = CodePage.allCases.map { reverseTable($0.encoding) }

  /// The tables above for characters below U+0700, as arrays.
  static let lowTables: [[UInt8]] = tables.map(lowTable)

  static func lowTable(_ table: [UInt32: UInt8]) -> [UInt8] {
    var low = [UInt8](repeating: 0, count: 0x700)
    for (scalar, byte) in table where scalar < 0x700 { low[Int(scalar)] = byte }
    return low
  }

  static func reverseTable(_ encoding: SourceEncoding) -> [UInt32: UInt8] {
    let scalars = CodePageTable.of(encoding)?.scalars ?? []
    var table: [UInt32: UInt8] = [:]
    for byte in 0x80...0xFF {
      let scalar = byte < scalars.count ? scalars[byte]?.value ?? UInt32(byte) : UInt32(byte)
      table[scalar] = UInt8(byte)
    }
    return table
  }
}
