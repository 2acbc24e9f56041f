/// How plausible one distinct byte run (a word, or words joined by non-ASCII spaces or
/// punctuation) is under one candidate reading: one unit, scored as the mean of its words.
struct WordJudgement {
  /// The part of the score that does not depend on the file's main language.
  var fixed = 0.0
  /// Latin-script words: the languages whose letters they use, and their share of the run's
  /// score (resolved against the file's main language, see `EncodingDetector`).
  var latin: [(languages: UInt64, share: Double)] = []
  /// 1 when the run was judged, 0 when it says nothing either way.
  var units = 0
}

/// Judges words the way a reader would: letters of one script per word, no control
/// characters, no symbol between letters, capitals only at the start (or throughout), accented
/// letters that one language uses together, Arabic final forms only at the end.
///
/// A run's score is the mean of its words': 1 a plausible word (a Latin-script one is resolved
/// against the file's main language by `EncodingDetector`: 1, 0.3 or 0); 0.5 an Arabic word
/// with vowel signs (rare in names) or a symbol such as ™ or º glued to a word; 0 an
/// implausible one (any other symbol glued to a word, accented letters no language uses
/// together, almost only accented letters, a final form inside a word, a lone capital of
/// another script, a run of symbols, œ inside a word but before u or i, a Greek ΐ or ΰ, a
/// quotation mark against a word with no partner in the run, a middle dot between letters
/// other than two l's, a direction mark or soft hyphen against a Latin letter); -1 a
/// broken one (control character, symbol between letters, mixed scripts — a mark counting in
/// its own script —, capital after small letters).
enum WordJudge {
  private struct Unit {
    var letters = 0
    var ascii = 0
    var accented = 0
    var languages = UInt64.max
    var scripts: UInt8 = 0
    var script = CharacterTraits.Script.other
    var pendingSymbol = false
    var leadingSymbol = false
    /// A symbol against the word that words do not carry (`≥`, `£`, `³`, `¯`).
    var strayGlue = false
    var broken = false
    var implausible = false
    var marks = 0
    var sawSmall = false
    var sawSmallAccented = false
    var previousEndsWord = false
    var previousIsOE = false
    var previousIsOTilde = false
    var lastWasLetter = false
    var lastUppercase = false
  }

  static func judge(_ word: ArraySlice<UInt8>, traits: [CharacterTraits]) -> WordJudgement {
    var tally = Tally()
    for byte in word {
      guard tally.read(traits[Int(byte)]) else { return WordJudgement(fixed: -1, units: 1) }
    }
    tally.closeWord()
    return tally.judgement()
  }

  /// What the words of one run come to while it is read, character by character.
  private struct Tally {
    var scores: [Double] = []
    var latin: [UInt64] = []
    var letters = 0
    /// Characters beyond ASCII that are no letters (symbols, apostrophes, separators).
    var others = 0
    /// The word being read.
    var unit = Unit()
    /// The quotation marks of the run, and whether one of them touches a letter.
    var quotationMarks = 0
    var quotationMarkTouchesLetter = false
    var afterQuotationMark = false
    /// A middle dot just read, and whether an l came before it.
    var middleDot: (afterL: Bool, pending: Bool) = (false, false)
    var lastLetterIsL = false

    /// Reads one character; false for a control or unassigned one, which breaks the run.
    mutating func read(_ character: CharacterTraits) -> Bool {
      if character.kind == .letter && afterQuotationMark { quotationMarkTouchesLetter = true }
      afterQuotationMark = character.isQuotationMark
      if character.isQuotationMark {
        quotationMarks += 1
        if unit.lastWasLetter { quotationMarkTouchesLetter = true }
      }
      // A middle dot between letters other than two l's (`N·ria`) is no Catalan word.
      if middleDot.pending && character.kind == .letter && !(middleDot.afterL && character.isL) {
        unit.implausible = true
      }
      middleDot = (unit.lastWasLetter && lastLetterIsL, character.isMiddleDot && unit.lastWasLetter)
      if character.kind == .letter { lastLetterIsL = character.isL }
      switch character.kind {
      case .control, .unassigned:
        return false
      case .separator:
        if !character.isASCII { others += 1 }
        closeWord()
      case .ignorable:
        // A direction mark or a soft hyphen against a Latin letter (`Bar‏‎`, Windows-1256's
        // reading of Turkish `Barış`; `Do­an`, CP850's of `Doğan`) is no word of any language.
        if unit.lastWasLetter && unit.script == .latin { unit.implausible = true }
      case .apostrophe:
        // O’Neil, d’Alembert: a capital may follow.
        others += 1
        unit.sawSmall = false
        unit.sawSmallAccented = false
        unit.lastWasLetter = false
      case .symbol:
        others += 1
        if unit.letters > 0 { unit.pendingSymbol = true } else { unit.leadingSymbol = true }
        if !character.gluesToWords { unit.strayGlue = true }
        unit.lastWasLetter = false
      case .mark:
        // A mark belongs to the script of its letter: an Arabic vowel sign on a Latin letter
        // (Windows-1256's kasra where Windows-1252 has ö: `Kِln`) mixes two scripts in a word.
        if unit.lastWasLetter { unit.marks += 1 } else { unit.broken = true }
        if character.script != .other { unit.scripts |= 1 << character.script.rawValue }
      case .letter:
        WordJudge.add(character, to: &unit)
      }
      return true
    }

    /// Ends the word being read, scoring it.
    mutating func closeWord() {
      if let score = WordJudge.verdict(unit) {
        switch score {
        case .fixed(let value): scores.append(value)
        case .latin(let languages): latin.append(languages)
        }
      }
      letters += unit.letters
      unit = Unit()
    }

    /// The run's judgement, once its last word is closed.
    func judgement() -> WordJudgement {
      var result = WordJudgement()
      result.units = 1
      // A quotation mark against a word with no partner in the run (`»akovec`) quotes nothing.
      if quotationMarkTouchesLetter && quotationMarks % 2 == 1 { return result }
      // A lone symbol or space (€, °, «, a no-break space) is ordinary; a run of punctuation,
      // or words more punctuation than letters, is not.
      if letters == 0 {
        result.fixed = others == 1 ? 1 : 0
      } else if others >= 2 && others * 2 > letters {
        result.fixed = 0
      } else if scores.isEmpty && latin.isEmpty {
        result.fixed = 1
      } else {
        let share = 1 / Double(scores.count + latin.count)
        result.fixed = scores.reduce(0, +) * share
        result.latin = latin.map { ($0, share) }
      }
      return result
    }
  }

  private enum Verdict {
    case fixed(Double)
    case latin(UInt64)
  }

  private static func add(_ character: CharacterTraits, to unit: inout Unit) {
    if unit.pendingSymbol { unit.broken = true }
    if unit.previousEndsWord || unit.previousIsOE && !character.mayFollowOE || character.isRareInWords {
      unit.implausible = true
    }
    // œ inside a word but not before u or i (Raœl), or ending one (Nœ).
    if character.isOE && unit.letters > 0 { unit.previousIsOE = true } else { unit.previousIsOE = false }
    // õ before a letter other than e or i is no Portuguese (`Kõszegi`).
    if unit.previousIsOTilde && !character.mayFollowOTilde { unit.languages &= ~LatinAlphabets.portuguese }
    unit.previousIsOTilde = character.isOTilde
    if character.isUppercase && (unit.sawSmallAccented || (unit.sawSmall && !character.isASCII)) {
      unit.broken = true
    }
    if character.isLowercase {
      unit.sawSmall = true
      if !character.isASCII { unit.sawSmallAccented = true }
    }
    unit.scripts |= 1 << character.script.rawValue
    unit.script = character.script
    if character.script == .latin {
      if character.isASCII {
        unit.ascii += 1
      } else {
        unit.accented += 1
        unit.languages &= character.languages
      }
    }
    unit.letters += 1
    unit.previousEndsWord = character.endsWord
    unit.lastWasLetter = true
    unit.lastUppercase = character.isUppercase
  }

  /// The score of one word, nil for a word of ASCII letters only (the same in every reading).
  private static func verdict(_ unit: Unit) -> Verdict? {
    guard unit.letters > 0 else { return nil }
    var unit = unit
    if unit.previousIsOE { unit.implausible = true }
    if unit.previousIsOTilde { unit.languages &= ~LatinAlphabets.portuguese }
    if unit.broken || unit.scripts.nonzeroBitCount > 1 { return .fixed(-1) }
    // A symbol glued to a word is rare (Word™, Nº), or a letter read in the wrong code page
    // (½uvre, Pawe≥, £ódź).
    if unit.leadingSymbol || unit.pendingSymbol { return .fixed(unit.strayGlue ? 0 : 0.5) }
    switch unit.script {
    case .latin:
      if unit.implausible { return .fixed(0) }
      guard unit.accented > 0 else { return nil }
      if unit.accented >= 3 && unit.accented > 2 * unit.ascii || unit.accented >= 2 && unit.ascii == 0 { return .fixed(0) }
      return .latin(unit.languages)
    case .arabic:
      return .fixed(unit.implausible ? 0 : unit.marks > 0 ? 0.5 : 1)
    case .greek, .cyrillic, .hebrew:
      return .fixed(unit.letters == 1 && unit.lastUppercase || unit.implausible ? 0 : 1)
    case .other:
      return .fixed(0)
    }
  }
}
