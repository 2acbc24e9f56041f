/// Whether a word written in Arabic script reads as an Arabic word: letters of the Arabic
/// alphabet only (not the Persian or Urdu letters Windows-1256 also holds, such as ہ U+06C1 or
/// پ U+067E), and the hamza carriers where Arabic spelling puts them: إ only at the start of a
/// word or after a one-letter prefix or the article (بإ، وإ، الإ), ئ and ؤ never first, ة and ى
/// only last. A code page's reading of a Cyrillic or Latin file as Arabic script breaks these
/// at once; real names and places keep them.
enum ArabicSpelling {
  /// Whether every Arabic-script word of `scalars` (split at anything that is not a letter or
  /// a mark) is spelt as Arabic spells words. Words of other scripts are not judged.
  static func isPlausible(_ scalars: some Sequence<Unicode.Scalar>) -> Bool {
    var word: [Unicode.Scalar] = []
    for scalar in scalars {
      if scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark {
        word.append(scalar)
        continue
      }
      if !isPlausibleWord(word) { return false }
      word.removeAll(keepingCapacity: true)
    }
    return isPlausibleWord(word)
  }

  private static let prefixes: Set<Unicode.Scalar> = ["\u{0628}", "\u{0644}", "\u{0648}", "\u{0641}", "\u{0643}"]

  /// One word; true for a word with no Arabic-script letter.
  static func isPlausibleWord(_ word: [Unicode.Scalar]) -> Bool {
    let letters = word.filter { !isMark($0) }
    guard letters.contains(where: { CharacterTraits.script($0) == .arabic }) else { return true }
    for (position, letter) in letters.enumerated() {
      guard isArabicLetter(letter) else { return false }
      let isLast = position == letters.count - 1
      switch letter {
      case "\u{0625}":  // إ
        let before = letters[..<position]
        let atStart =
          position == 0 || position == 1 && prefixes.contains(before.first!)
          || before.count >= 2 && before.suffix(2).elementsEqual(["\u{0627}", "\u{0644}"])
        if !atStart { return false }
      case "\u{0626}", "\u{0624}":  // ئ ؤ
        if position == 0 { return false }
      case "\u{0629}", "\u{0649}":  // ة ى
        if !isLast { return false }
      default:
        break
      }
    }
    return true
  }

  /// The letters of the Arabic alphabet (with hamza forms) and tatweel.
  private static func isArabicLetter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0621...0x063A, 0x0640...0x064A: true
    default: false
    }
  }

  /// Arabic vowel signs and other combining marks.
  private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.generalCategory == .nonspacingMark
  }
}
