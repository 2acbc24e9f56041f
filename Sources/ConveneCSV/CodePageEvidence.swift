/// What settles a close call between code pages beyond the letters of each word
/// (`EncodingDetector`), in three steps of its own:
///
/// - **Letter placement**: a reading that puts a letter where no language of the code page
///   writes it is not a word: a grave-accented vowel right before another vowel (`Èech`, which
///   is Windows-1250's `Čech` read as Windows-1252) or `ò` right after a, e or o (`Plzeò` for
///   `Plzeň`); `ý` right after `y` (`Yýlmaz` for Turkish `Yılmaz`); `ñ` right before a consonant
///   (`Kamiñski`, `Gdañsk` for Polish `Kamiński`, `Gdańsk`: Spanish and Wolof write a vowel after
///   it); `æ` right before a vowel (`Æosiæ` for Croatian `Ćosić`) or right after `i`
///   (`Petroviæ` for `Petrović`: Danish and Norwegian write no `iæ`); `ú` right before `u`
///   (`úukasz`, CP850's reading of Polish `Łukasz`) or right after `i` (`Wiúniewska`, Mac
///   Roman's reading of `Wiśniewska`). Such a word scores 0.
/// - **Home languages**: the event's languages settle a close call for a reading only when the
///   words it reads differently are written in a language whose own code page it is: `Yýlmaz`
///   spells Czech letters in Windows-1252, which no Western language writes, so the event's
///   French does not make it the reading.
/// - **Countries**: a file naming countries (as a form's Country column does) whose
///   languages are written in exactly one of the close readings' code pages is in that code
///   page when the other readings spell no language of their own code pages: `Aydın, Ankara,
///   Turkey` is Windows-1254 however few of its letters tell. When another reading is words of
///   its own languages too, the countries and the letters disagree and the file is refused.
enum CodePageEvidence {
  // MARK: Letter placement

  /// True when the reading of `word` by `table` puts a letter where no language writes it.
  static func misplacesLetters(_ word: ArraySlice<UInt8>, table: CodePageTable) -> Bool {
    guard let classes = placement[table.encoding] else { return false }
    var previous: UInt16 = 0
    for byte in word {
      let current = classes[Int(byte)]
      if previous & Placement.grave != 0 && current & Placement.vowel != 0 { return true }
      if current & Placement.oGrave != 0 && previous & Placement.aeo != 0 { return true }
      if current & Placement.yAcute != 0 && previous & Placement.y != 0 { return true }
      if previous & Placement.nTilde != 0 && current & Placement.consonant != 0 { return true }
      if previous & Placement.ae != 0 && current & Placement.vowel != 0 { return true }
      if current & Placement.ae != 0 && previous & Placement.i != 0 { return true }
      if previous & Placement.uAcute != 0 && current & Placement.u != 0 { return true }
      if current & Placement.uAcute != 0 && previous & Placement.i != 0 { return true }
      previous = current
    }
    return false
  }

  /// What each byte's letter is for `misplacesLetters`, one bit per class.
  enum Placement {
    static let vowel: UInt16 = 1
    static let grave: UInt16 = 2
    static let aeo: UInt16 = 4
    static let oGrave: UInt16 = 8
    static let y: UInt16 = 16
    static let yAcute: UInt16 = 32
    static let nTilde: UInt16 = 64
    static let consonant: UInt16 = 128
    static let ae: UInt16 = 256
    static let uAcute: UInt16 = 512
    static let u: UInt16 = 1024
    static let i: UInt16 = 2048

    static func classes(_ scalar: Unicode.Scalar?) -> UInt16 {
      guard let scalar else { return 0 }
      let mapped = scalar.properties.lowercaseMapping.unicodeScalars
      let letter = mapped.count == 1 ? mapped.first! : scalar
      var classes: UInt16 = 0
      if "aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœ".unicodeScalars.contains(letter) { classes |= vowel }
      if "àèìòù".unicodeScalars.contains(letter) { classes |= grave }
      if "aeo".unicodeScalars.contains(letter) { classes |= aeo }
      if letter == "ò" { classes |= oGrave }
      if letter == "y" { classes |= y }
      if letter == "ý" { classes |= yAcute }
      if letter == "ñ" { classes |= nTilde }
      if "bcdfghjklmnpqrstvwxz".unicodeScalars.contains(letter) { classes |= consonant }
      if letter == "æ" { classes |= ae }
      if letter == "ú" { classes |= uAcute }
      if letter == "u" { classes |= u }
      if letter == "i" { classes |= i }
      return classes
    }
  }

  /// The classes of the 256 bytes of each code page convene reads, those it never guesses
  /// (CP850, which a close call weighs) too, made once.
  static let placement: [SourceEncoding: [UInt16]] = Dictionary(
    (CodePageTable.legacy + EncodingDetector.otherCodePages).map { table in (table.encoding, table.scalars.map(Placement.classes)) },
    uniquingKeysWith: { first, _ in first })

  // MARK: Home languages

  /// The Latin-script languages (`LatinAlphabets`, one bit each) whose Windows code page is
  /// among `encodings`, counting a code page as every code page of its language group.
  static func homeLanguages(of encodings: [SourceEncoding]) -> UInt64 {
    let groups = Set(encodings.compactMap(\.languageGroup))
    var mask: UInt64 = 0
    for (index, language) in LatinAlphabets.languages.enumerated() {
      guard let page = SourceEncoding.windowsCodePage(forLanguage: language.code), let group = page.languageGroup,
        groups.contains(group)
      else { continue }
      mask |= 1 << UInt64(index)
    }
    return mask
  }

  /// True when every Latin-script word that `choice` reads differently from one of `others`
  /// uses letters of a language written in `choice`'s own code page.
  static func speaksHomeLanguage(
    _ choice: CodePageTable, encodings: [SourceEncoding], over others: [CodePageTable], sample: WordSample
  ) -> Bool {
    homeLatinWords(choice, encodings: encodings, over: others, sample: sample) != nil
  }

  /// How many Latin-script words `choice` reads differently from one of `others`, when every
  /// one of them uses letters of a language written in `choice`'s own code page; nil when one
  /// does not.
  static func homeLatinWords(
    _ choice: CodePageTable, encodings: [SourceEncoding], over others: [CodePageTable], sample: WordSample
  ) -> Int? {
    let home = homeLanguages(of: encodings)
    var count = 0
    for word in sample.words
    where others.contains(where: { other in word.contains { choice.scalars[Int($0)] != other.scalars[Int($0)] } }) {
      let judgement = WordJudge.judge(word, traits: choice.traits)
      if judgement.latin.contains(where: { $0.languages & home == 0 }) { return nil }
      count += judgement.latin.count
    }
    return count
  }

  // MARK: Countries

  /// Country names, folded to ASCII as forms write them in the network's languages (`?` for
  /// a letter beyond ASCII), by the
  /// language group of the code page their language is written in.
  static let countries: [String: String] = {
    let names: [(group: String, names: [String])] = [
      ("Turkish", ["turkey", "turkiye", "t?rkiye", "turquie", "turquia", "tuerkei", "azerbaijan", "azerbaidjan", "azerbaiyan"]),
      (
        "Central European",
        [
          "czechia", "czech", "tch?quie", "chequia", "czechoslovakia", "slovakia", "slovaquie", "eslovaquia", "hungary",
          "hongrie", "hungria", "poland", "pologne", "polonia", "croatia", "croatie", "croacia", "slovenia",
          "slovenie", "eslovenia", "romania", "roumanie", "rumania", "albania", "albanie", "serbia", "serbie",
          "bosnia", "bosnie", "montenegro", "kosovo",
        ]
      ),
      (
        "Western European",
        [
          "france", "francia", "franca", "spain", "espagne", "espana", "espanha", "portugal", "italy", "italie",
          "italia", "germany", "allemagne", "alemania", "alemanha", "belgium", "belgique", "belgica", "netherlands",
          "switzerland", "suisse", "suiza", "suica", "austria", "autriche", "ireland", "irlande", "irlanda", "denmark",
          "sweden", "norway", "finland", "senegal", "morocco", "maroc", "marruecos", "tunisia", "tunisie", "brazil",
          "bresil", "brasil", "mexico", "mexique", "argentina", "colombia", "colombie", "chile", "peru", "canada",
        ]
      ),
      ("Greek", ["greece", "grece", "grecia", "cyprus", "chypre"]),
    ]
    var table: [String: String] = [:]
    for (group, list) in names {
      for name in list { table[name] = group }
    }
    return table
  }()

  /// The language groups of the countries the file names, from its ASCII words.
  static func countryGroups(in bytes: [UInt8]) -> Set<String> {
    var groups = Set<String>()
    var word: [UInt8] = []
    func finish() {
      if (4...16).contains(word.count), let group = countries[String(decoding: word, as: UTF8.self)] {
        groups.insert(group)
      }
      word.removeAll(keepingCapacity: true)
    }
    for byte in bytes {
      if byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A || byte >= 0x80 {
        // A letter beyond ASCII is one unknown letter: `Türkiye` is `t?rkiye` in every code page.
        if word.count <= 16 { word.append(byte >= 0x80 ? UInt8(ascii: "?") : byte | 0x20) }
      } else {
        finish()
      }
    }
    finish()
    return groups
  }

  /// What the countries the file names say about `contenders`: nothing, when no country
  /// is named or the countries' languages are written in no close reading's code page, or in
  /// several; otherwise the one reading whose code page writes them (`.choose`) when every
  /// other close reading spells letters of no language of its own code page (`Altýn` in
  /// Windows-1252), or a refusal when another reads as words of its own languages too (a
  /// French `Hélène` in a file naming Poland reads `Hélčne` in Windows-1250): the countries
  /// and the letters then disagree, and neither the countries nor the event settle it.
  static func countryVerdict(
    _ contenders: [EncodingDetector.Reading], groups: Set<String>, sample: WordSample
  ) -> CountryVerdict? {
    guard !groups.isEmpty else { return nil }
    let named = contenders.filter { !groups.isDisjoint(with: $0.encodings.compactMap(\.languageGroup)) }
    guard named.count == 1, let choice = named.first else { return nil }
    let rivals = contenders.filter { $0.table.encoding != choice.table.encoding }
    let evidenced = choice.encodings.filter { $0.languageGroup.map(groups.contains) == true }
    guard speaksHomeLanguage(choice.table, encodings: evidenced, over: rivals.map(\.table), sample: sample) else {
      return nil
    }
    // A rival whose differing words are Latin words of the languages of the code page it is
    // named by is a reading too (`Altýn` read as Windows-1252 is not: ý is Czech, whose code
    // page Windows-1252 reads the same here but is not).
    let rivalsSpeakTheirOwn = rivals.contains { rival in
      (homeLatinWords(rival.table, encodings: [rival.table.encoding], over: [choice.table], sample: sample) ?? 0) > 0
    }
    return rivalsSpeakTheirOwn ? nil : .choose(choice)
  }

  /// What the countries of a file decide between close readings.
  enum CountryVerdict {
    case choose(EncodingDetector.Reading)
    case refuse
  }

}
