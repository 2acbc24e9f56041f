/// The letters beyond A-Z that the Latin-script languages written in the legacy code pages
/// use. A word whose accented letters no single language uses together ("Dvoøák": ø and á)
/// is unlikely to be read right.
enum LatinAlphabets {
  /// Each language's letters beyond A-Z, lower case. Letters a language uses only in rare
  /// loanwords are left out, so that they do not make mojibake look like words. Icelandic is
  /// left out: its ð, þ and ý are what Turkish ğ, ş and ı become in Windows-1252, and would
  /// make Turkish read that way look like Icelandic.
  static let languages: [(code: String, letters: String)] = [
    ("fr", "àâæçéèêëîïôœùûüÿ"),
    ("es", "áéíóúñü"),
    ("pt", "áâãàçéêíóôõú"),
    ("it", "àèéìòù"),
    ("ca", "àçèéíïòóúü"),
    ("de", "äöüß"),
    ("nl", "éèëïöü"),
    ("da", "æøåé"),
    ("sv", "åäöé"),
    ("fi", "äöåšž"),
    ("ga", "áéíóú"),
    ("et", "äõöüšž"),
    ("wo", "àéëñó"),
    ("pl", "ąćęłńóśźż"),
    ("cs", "áčďéěíňóřšťúůýž"),
    ("sk", "áäčďéíĺľňóôŕšťúýž"),
    ("hu", "áéíóöőúüű"),
    ("ro", "ăâîșțşţ"),
    ("hr", "čćđšž"),
    ("sq", "çë"),
    ("tr", "çğıöşüâîû"),
    ("az", "çəğıöşü"),
  ]

  /// For each letter (both cases), the languages that use it, one bit per language.
  static let masks: [UInt32: UInt64] = {
    var masks: [UInt32: UInt64] = [:]
    for (index, language) in languages.enumerated() {
      let bit = UInt64(1) << UInt64(index)
      for letter in language.letters.unicodeScalars {
        masks[letter.value, default: 0] |= bit
        let upper = letter.properties.uppercaseMapping.unicodeScalars
        if upper.count == 1, let scalar = upper.first { masks[scalar.value, default: 0] |= bit }
      }
      if language.letters.unicodeScalars.contains("ı") { masks[0x130, default: 0] |= bit }  // İ
    }
    return masks
  }()

  /// Portuguese's bit.
  static let portuguese: UInt64 = UInt64(1) << UInt64(languages.firstIndex { $0.code == "pt" }!)

  /// The languages that use `scalar`; 0 for a letter none of them uses.
  static func mask(_ scalar: Unicode.Scalar) -> UInt64 { masks[scalar.value] ?? 0 }
}
