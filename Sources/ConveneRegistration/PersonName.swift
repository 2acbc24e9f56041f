import ConveneCore

/// Whether two names may be one person's, as the same person writes their name on two
/// submissions: case, accents, punctuation, Arabic hamza/alef forms and the space inside
/// compound names (`عبد الله`/`عبدالله`) ignored, words in any order, a spelling fixed
/// (`Ndiay`/`Ndiaye`: one letter more, less or changed in a word of four letters or more), a
/// word shortened (`Kadi`/`Kadiatou`) or given as an initial (`A.`), and a name completed
/// with more parts (`Awa Ndiaye`/`Awa Ndiaye Diop`). Two names with a word of the shorter
/// that matches none of the longer (`Ana Silva`/`Bo Li`, `Awa Ndiaye`/`iPhone de Awa`) are
/// two people.
enum PersonName {
  /// The first character of `name` that cannot be seen and that no one types in a name: a
  /// format character or another of Unicode's default-ignorable code points (the zero-width
  /// space U+200B, the byte-order mark U+FEFF, the combining grapheme joiner U+034F, the word
  /// joiner, a variation selector), a character drawn blank (the Hangul fillers, U+2800) or a
  /// private-use character (U+E000, which each font draws as it likes, often as a box or
  /// nothing); not those of `allowedInvisible`. Asked of every name: a name whose bytes hold none of the
  /// lead bytes these are written with is passed at once.
  static func invisibleCharacter(in name: String) -> Unicode.Scalar? {
    var name = name
    let candidate = name.withUTF8 { bytes in
      bytes.contains {
        switch $0 {
        case 0xCD, 0xE1, 0xE2, 0xE3, 0xEE, 0xEF, 0xF3, 0xF4: true
        default: false
        }
      }
    }
    guard candidate else { return nil }
    // What an e-mail address may not hold either, but spaces and controls (a space separates
    // a name's words; a tab or a line break is refused of its own).
    return name.unicodeScalars.first { scalar in
      !scalar.isASCII && !allowedInvisible.contains(scalar.value) && !scalar.properties.isWhitespace
        && scalar.properties.generalCategory != .spaceSeparator && scalar.properties.generalCategory != .control
        && (scalar.properties.generalCategory == .privateUse || EmailAddress.invisibleCharacter(in: String(scalar)) != nil)
    }
  }

  /// What a number is written with, as a spreadsheet writes it.
  static let numberCharacters = Set("0123456789.,+-eE ".unicodeScalars)

  /// Why `name` cannot be a person's name as written, or nil: it starts with a combining
  /// mark (an accent with no letter under it, `\u{301}Oumar Ba`, which lands on the column
  /// before it in a table), it is a number (`1.234567890123457e+19`, a spreadsheet's number
  /// in the name column), or it has digits of any script and no letter (`(221) 77-123-45-67`,
  /// `١٢/٠٥/٢٠٢٧`), or it is a spreadsheet's true or false (`TRUE`, `FAUX`: a check box or
  /// a formula's result in the name column). A name with no digit and no letter (`-`, `?`) is
  /// a placeholder, told by the quality gate.
  static func malformation(of name: String) -> String? {
    if spreadsheetTruthValues.contains(name) {
      return "is a spreadsheet's true or false, not a name (the columns shifted?); write the name and import again"
    }
    return isPlainlyLetters(name) ? nil : ruleBroken(by: name)
  }

  /// How spreadsheets write a true or false cell as text, in capitals, in the languages of the
  /// network (Excel's English, French, Spanish and Portuguese; a workbook's boolean cell is
  /// read as `TRUE` or `FALSE`).
  static let spreadsheetTruthValues: Set<String> = ["TRUE", "FALSE", "VRAI", "FAUX", "VERDADERO", "FALSO", "VERDADEIRO"]

  /// The rules of `malformation`, each looked at.
  static func ruleBroken(by name: String) -> String? {
    if let first = name.unicodeScalars.first, !first.isASCII,
      [.nonspacingMark, .spacingMark, .enclosingMark].contains(first.properties.generalCategory)
    {
      return "starts with \(UnsafeCharacter.named(first)), an accent with no letter under it; delete it and import again"
    }
    if name.unicodeScalars.contains(where: { ("0"..."9").contains($0) }),
      name.unicodeScalars.allSatisfy(numberCharacters.contains)
    {
      return "is a number, not a name (a spreadsheet's number in the name column?); write the name and import again"
    }
    // Any numeral (`²`, `①`, `½`, `Ⅻ`, `፩`); a letter that is no numeral and no tatweel (U+0640,
    // which only stretches letters).
    if name.unicodeScalars.contains(where: { $0.properties.numericType != nil }),
      !name.unicodeScalars.contains(where: {
        $0.properties.isAlphabetic && $0.properties.numericType == nil && $0 != "\u{640}"
      })
    {
      return "has digits and no letter (a phone number, a date or an id in the name column?); write the name and import again"
    }
    return nil
  }

  /// True for a name of letters of the Latin, Cyrillic and Arabic alphabets with spaces,
  /// hyphens, apostrophes and dots between them, none of which is a numeral or a mark: no
  /// rule of `malformation` applies to it, and most names are such.
  static func isPlainlyLetters(_ name: String) -> Bool {
    name.unicodeScalars.allSatisfy { scalar in
      switch scalar.value {
      case 0x41...0x5A, 0x61...0x7A, 0x20, 0x27, 0x2D, 0x2E: true
      case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F: true  // Latin-1 and Latin Extended letters
      case 0x400...0x481, 0x48A...0x52F: true  // Cyrillic letters, without the combining marks
      case 0x621...0x63A, 0x641...0x64A: true  // Arabic letters, without tatweel and marks
      default: false
      }
    }
  }

  /// What a name may hold of those: the joiners U+200C and U+200D, which Persian and Indic
  /// names are written with; the direction marks U+200E, U+200F and U+061C, which right-to-left
  /// text copied between programs carries and which change no letter; and the soft hyphen
  /// U+00AD, which Arabic text read as Windows-1252 is full of (`Ø­` is `ح`): such a name is
  /// the double-encoding warning's, with the iconv line that mends it.
  static let allowedInvisible: Set<UInt32> = [0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0x00AD]

  /// `name` without the tatweels (U+0640, the line that stretches Arabic letters) and spaces
  /// before its first letter or after its last (`ــ Ana`, `أحمدـــ`): they stretch no letter.
  /// Those between letters are kept as written; a name of tatweels only is left as it is, for
  /// the placeholder warning.
  static func withoutEdgeTatweels(_ name: String) -> String {
    guard name.utf8.contains(0xD9), name.unicodeScalars.contains("\u{640}") else { return name }
    let scalars = name.unicodeScalars
    func isEdge(_ scalar: Unicode.Scalar) -> Bool { scalar == "\u{640}" || scalar.properties.isWhitespace }
    guard let first = scalars.firstIndex(where: { !isEdge($0) }), let last = scalars.lastIndex(where: { !isEdge($0) })
    else { return name }
    return String(scalars[first...last])
  }

  /// True when `one` and `other` may name one person; an empty name matches any.
  static func mayBeSamePerson(_ one: String, _ other: String) -> Bool {
    if one == other { return true }
    let first = words(one), second = words(other)
    if first.isEmpty || second.isEmpty { return true }
    let (shorter, longer) = first.count <= second.count ? (first, second) : (second, first)
    var unused = longer
    // Exact words first, so that a near match does not take the word another one equals.
    var left: [[UInt8]] = []
    for word in shorter {
      if let index = unused.firstIndex(of: word) { unused.remove(at: index) } else { left.append(word) }
    }
    for word in left {
      guard let index = unused.firstIndex(where: { wordsMatch(word, $0) }) else { return false }
      unused.remove(at: index)
    }
    return true
  }

  /// The folded words of a name, compound names joined (`CompoundNames`).
  static func words(_ name: String) -> [[UInt8]] {
    var pieces = name.folded.utf8.split(separator: UInt8(ascii: " ")).map { Array($0) }
    CompoundNames.join(&pieces)
    return pieces
  }

  /// Two folded words that may be one word of a name: an initial and a word it begins, a
  /// word of three letters or more and a longer one it begins, or two words of four letters
  /// or more, beginning alike, one edit apart (`Sall` and `Fall` are two families' names, not
  /// a slip: a slip keeps the word's first letter far more often than it changes it); never a
  /// man's name and the woman's made from it (`isPairedName`).
  static func wordsMatch(_ one: [UInt8], _ other: [UInt8]) -> Bool {
    let (short, long) = one.count <= other.count ? (one, other) : (other, one)
    if isPairedName(short, long) { return false }
    if long.starts(with: short) && (short.count == 1 || short.count >= 3) { return true }
    let a = Array(String(decoding: one, as: UTF8.self)), b = Array(String(decoding: other, as: UTF8.self))
    return min(a.count, b.count) >= 4 && a.first == b.first && withinOneEdit(a, b)
  }

  /// True when two folded words are a man's name and a woman's made from it (`Ali` and `Alia`,
  /// `Jean` and `Jeanne`, `Michel` and `Michelle`, `Francisco` and `Francisca`): two people of
  /// one family, who often share an address, not one name cut short or mistyped.
  static func isPairedName(_ short: [UInt8], _ long: [UInt8]) -> Bool {
    guard short.count >= 3 else { return false }
    if long.count > short.count, long.starts(with: short) {
      let ending = Array(long[short.count...])
      // A lone e makes a woman's name after a consonant French ends a man's with (Louis and
      // Louise, Simon and Simone), not after any letter (`Ndiay` is `Ndiaye` cut short).
      if ending == [UInt8(ascii: "e")] { return "snldrt".utf8.contains(short.last!) }
      return Self.feminineEndings.contains(ending)
    }
    // Francisco and Francisca, Antonio and Antonia: o and a at the end.
    guard short.count == long.count, short.dropLast() == long.dropLast(), let a = short.last, let b = long.last else {
      return false
    }
    return Set([a, b]) == [UInt8(ascii: "o"), UInt8(ascii: "a")]
  }

  /// What a woman's name adds to a man's in the network's languages (folded).
  static let feminineEndings: Set<[UInt8]> = Set(["a", "ne", "le", "ette", "ine"].map { Array($0.utf8) })

  /// True when `b` is `a` with at most one character inserted, deleted or replaced.
  static func withinOneEdit(_ a: [Character], _ b: [Character]) -> Bool {
    guard abs(a.count - b.count) <= 1 else { return false }
    var i = 0, j = 0, edits = 0
    while i < a.count && j < b.count {
      if a[i] == b[j] {
        i += 1
        j += 1
        continue
      }
      edits += 1
      if edits > 1 { return false }
      if a.count > b.count {
        i += 1
      } else if b.count > a.count {
        j += 1
      } else {
        i += 1
        j += 1
      }
    }
    return edits + (a.count - i) + (b.count - j) <= 1
  }
}
