/// The alphabets of the languages written in Windows-1251 (Russian, Ukrainian, Belarusian,
/// Bulgarian, Serbian, Macedonian), to tell a word one of them could spell from a word of
/// another code page read as Windows-1251: Kazakh's RK1048 puts `Ә`, `Қ`, `Ө` where
/// Windows-1251 has Serbian `Ј`, Macedonian `Ќ`, Ukrainian `Ґ`, so `Әйгерім` reads `Јйгерім`,
/// a word no language writes (`ј` beside `й` and `і`).
enum CyrillicAlphabets {
  /// The letters every one of the six has.
  static let shared = "абвгдежзклмнопрстуфхцчш"
  /// Each language's other letters, lower case.
  static let others = [
    "ийщъыьэюяё",  // Russian
    "ийщьюяєіїґ",  // Ukrainian
    "йьюяёіўыэ",  // Belarusian
    "ийщъьюя",  // Bulgarian
    "иђјљњћџ",  // Serbian
    "иѓѕјљњќџ",  // Macedonian
  ]
  /// Each language's alphabet.
  static let alphabets: [Set<Unicode.Scalar>] = others.map { Set((shared + $0).unicodeScalars) }
  /// Every letter of any of them.
  static let all: Set<Unicode.Scalar> = alphabets.reduce(into: []) { $0.formUnion($1) }

  /// For each letter of a code page: the languages (one bit each, in the order of `others`)
  /// whose alphabet holds it, in any case; every bit for a character that is no letter of
  /// theirs.
  static func languages(of scalars: [Unicode.Scalar?]) -> [UInt8] {
    scalars.map { scalar in
      guard let scalar, let lower = scalar.properties.lowercaseMapping.unicodeScalars.first, all.contains(lower) else {
        return 0b11_1111
      }
      var bits: UInt8 = 0
      for (number, alphabet) in alphabets.enumerated() where alphabet.contains(lower) { bits |= 1 << number }
      return bits
    }
  }

  /// True when the Cyrillic letters of `word`, read through `languages` (see
  /// `languages(of:)`), are all of one language's alphabet.
  static func fitsOneLanguage(_ word: ArraySlice<UInt8>, _ languages: [UInt8]) -> Bool {
    var common: UInt8 = 0b11_1111
    for byte in word { common &= languages[Int(byte)] }
    return common != 0
  }
}
