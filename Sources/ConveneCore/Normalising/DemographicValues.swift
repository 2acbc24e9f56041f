/// The values convene stores for gender and age group, and how free-form answers in any
/// language of `LanguagePack.all` map to them.
public enum DemographicValues {
  /// Gender values, in the order reports list them.
  public static let genders = ["woman", "man", "non-binary", "other", "prefer-not-to-say"]

  /// Age groups, in order.
  public static let ageGroups = ["under-18", "18-24", "25-34", "35-44", "45-54", "55-64", "65+"]

  /// Every language's gender words, folded, to the stored value.
  static let genderNames: [String: String] = {
    var index = LanguagePack.index(\.values.genders)
    for gender in genders { index[gender.folded] = gender }
    return index
  }()

  /// Every language's one-letter gender answers, folded, with the genders each may stand for.
  static let genderLetterMeanings: [String: Set<String>] = {
    var meanings: [String: Set<String>] = [:]
    for pack in LanguagePack.all {
      for (gender, letters) in pack.values.genderLetters {
        for letter in letters { meanings[letter.folded, default: []].insert(gender) }
      }
    }
    return meanings
  }()

  /// The stored gender for an answer, "" for an empty answer, nil when not recognised. A
  /// letter on its own is read only when it stands for one gender in every language (`F`,
  /// `W`, `H`); `M` needs the rest of its column (`genderLetters`).
  public static func gender(_ text: String) -> String? {
    let key = text.folded
    if key.isEmpty { return "" }
    if let gender = genderNames[key] { return gender }
    guard let meanings = genderLetterMeanings[key], meanings.count == 1 else { return nil }
    return meanings.first
  }

  /// True when `text` is one of the languages' one-letter gender answers.
  public static func isGenderLetter(_ text: String) -> Bool { genderLetterMeanings[text.folded] != nil }

  /// How the one-letter answers of one column read, from the letters the column uses: a letter
  /// that stands for one gender (`F`, `W`, `H`) is that gender, and one that may stand for two
  /// (`M`: masculino, male, or mujer) is the one that no other letter of the column stands for
  /// — beside `H` (hombre) it is mujer, beside `F` (femenino) masculino. A letter that the
  /// column does not settle (`M` alone, or beside both `H` and `F`) is left out. The genders
  /// the column's written-out answers give (`besideGenders`) settle a letter as the others'
  /// do: in a civility column, `M.` beside `Mme` is Monsieur.
  public static func genderLetters(_ letters: Set<String>, besideGenders: Set<String> = []) -> [String: String] {
    var readings: [String: String] = [:]
    var taken = besideGenders
    for letter in letters {
      guard let meanings = genderLetterMeanings[letter.folded], meanings.count == 1 else { continue }
      readings[letter.folded] = meanings.first
      taken.formUnion(meanings)
    }
    for letter in letters where readings[letter.folded] == nil {
      guard let remaining = genderLetterMeanings[letter.folded]?.subtracting(taken), remaining.count == 1 else { continue }
      readings[letter.folded] = remaining.first
    }
    return readings
  }

  /// Every language's words for "under" and "and over", folded into word lists.
  static let underWords = LanguagePack.words(\.values.under).map(\.foldedWords)
  static let overWords = LanguagePack.words(\.values.over).map(\.foldedWords)
  /// Every language's words for "up to" (the age after them included), folded into word lists.
  static let upToWords = LanguagePack.words(\.values.upTo).map(\.foldedWords)
  /// Every language's words for "at least" (the age after them included), folded into word lists.
  static let atLeastWords = LanguagePack.words(\.values.atLeast).map(\.foldedWords)
  /// Every word of every language's words that may stand beside an age (`years`, `ans`), folded.
  static let ageUnitWords = Set(LanguagePack.words(\.values.ageWords).flatMap(\.foldedWords))

  /// The stored age group for an answer: an age in years (`47`, `٤٧`) gives the group holding
  /// it; a range in any language (`25-34`, `de 25 a 34 años`, `moins de 18 ans`, `أقل من 18`,
  /// `65 and over`) gives the group it lies in, and a range that straddles groups is kept as the
  /// range (`55+`, `56 et plus` → `56+`, `60+ ans`, `18-35`, `under-20`) rather than guessed;
  /// "up to" counts the age it names (`Hasta 24 años`, `Jusqu'à 24 ans` → `under-25`); "" for an
  /// empty answer, nil when not recognised.
  public static func ageGroup(_ text: String) -> String? {
    if mixesDigitScripts(text) { return nil }
    if let whole = wholeNumberSavedAsDecimal(text) { return ageGroup(whole) }
    let key = text.folded
    if key.isEmpty { return "" }
    if ageGroups.contains(key) { return key }
    guard writesNumbersAsAges(text), !hasLetterForDigit(key) else { return nil }
    // A number too long for any integer (`18-99999999999999999999`) is no age either: it is
    // never dropped, which would leave the range's other end alone.
    let written = key.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).map { Int($0) }
    guard !written.contains(nil) else { return nil }
    let numbers = written.compactMap { $0 }
    guard !numbers.isEmpty, numbers.count <= 2, numbers.allSatisfy({ $0 <= 120 }) else { return nil }
    if numbers.count == 2 {
      let (low, high) = (numbers[0], numbers[1])
      guard low <= high else { return nil }
      if let group = group(containing: low), group == self.group(containing: high) { return group }
      return "\(low)-\(high)"
    }
    // One number: an age, or a limit ("moins de 18" is below 18, "17 et moins" up to 17;
    // "55+" and "55 and over" from 55, "plus de 55" above 55).
    let age = numbers[0]
    let words = key.split(separator: " ").map(String.init)
    let numberAt = words.firstIndex { $0.contains { $0.isNumber } } ?? 0
    if let decade = decade(words) { return decade }
    if let limit = comparison(text, age: age) { return limit }
    if key.hasPrefix("<") || isUnderSign(text, age: age) { return below(age) }
    // An answer option that starts with a plus (`+60`, `+ 60`, `+ de 60 ans`) is the group
    // from that age, the way `60+` is.
    if key.hasPrefix("+") { return from(age) }
    if let at = firstPhrase(of: upToWords, in: words), at < numberAt { return below(age + 1) }
    // Before "under": `au moins 60` holds `moins`.
    if let at = firstPhrase(of: atLeastWords, in: words), at < numberAt { return from(age) }
    if let at = firstPhrase(of: underWords, in: words) { return below(at > numberAt ? age + 1 : age) }
    // `60+`, and `60+ ans`, `60+ años`, `٦٠+ سنة` with the word for years after the sign.
    if key.hasSuffix("+") || words[numberAt].hasSuffix("+") { return from(age) }
    if let at = firstPhrase(of: overWords, in: words) { return from(at < numberAt ? age + 1 : age) }
    // An age alone, or with words that only say it is one (`47 ans`, `Age: 47`): any other word
    // may make it a limit the table does not know (`Mínimo 18`, a typo `قل من 25`), not an age.
    let others = words.indices.filter { $0 != numberAt }.map { words[$0] }
    guard others.allSatisfy(ageUnitWords.contains) else { return nil }
    return group(containing: age)
  }

  /// The group a comparison sign before one age gives: `≥ 60`, `>=60` from 60, `> 60` from
  /// 61, `≤ 24`, `<=24` up to 24; nil without one (`<` alone is `isUnderSign`'s).
  static func comparison(_ text: String, age: Int) -> String? {
    let sign = text.trimmingCharacters(in: .whitespaces)
    if sign.hasPrefix("≥") || sign.hasPrefix(">=") || sign.hasPrefix("=>") { return from(age) }
    if sign.hasPrefix("≤") || sign.hasPrefix("<=") || sign.hasPrefix("=<") { return below(age + 1) }
    if sign.hasPrefix(">") { return from(age + 1) }
    return nil
  }

  /// True when a digit touches a stray letter (`3O`, `4l`, `2S`, `A5`, `3Ο` with a Greek O: a
  /// letter typed for a digit, or a slip), or digits of two scripts make one number (`3０`):
  /// read as the digits alone, `3O` would be 3, a child. A decade (`30s`) is no slip.
  static func hasLetterForDigit(_ folded: String) -> Bool {
    let scalars = Array(folded.unicodeScalars)
    func isDigit(_ index: Int) -> Bool { scalars[index].properties.numericType == .decimal }
    func isLetter(_ index: Int) -> Bool { scalars[index].properties.isAlphabetic && !isDigit(index) }
    for index in scalars.indices.dropFirst() {
      let (before, after) = (index - 1, index)
      if isDigit(before) && isDigit(after), scalars[before].isASCII != scalars[after].isASCII { return true }
      guard isDigit(before) && isLetter(after) || isLetter(before) && isDigit(after) else { continue }
      let letter = isLetter(after) ? after : before
      // The letter alone between non-letters: a word of letters (`ans`, `anos`) is the unit.
      let alone =
        (letter == 0 || !isLetter(letter - 1)) && (letter == scalars.count - 1 || !isLetter(letter + 1))
      let decade = scalars[letter] == "s" && letter == after && scalars[before] == "0"
      if alone && !decade { return true }
    }
    return false
  }

  /// True when digits of two scripts touch in the answer as written (`4٧`, Latin and
  /// Arabic-Indic; `٤۷`, Arabic-Indic and Persian), which folding would make one number:
  /// two digits are of one script when their zeros are the same character.
  static func mixesDigitScripts(_ text: String) -> Bool {
    var previousZero: UInt32?
    for scalar in text.unicodeScalars {
      guard scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue else {
        previousZero = nil
        continue
      }
      let zero = scalar.value - UInt32(value)
      if let previousZero, previousZero != zero { return true }
      previousZero = zero
    }
    return false
  }

  /// The ages of a decade written as one (`30s`, `30's`: 30 to 39), or nil.
  static func decade(_ words: [String]) -> String? {
    guard words.count == 1, let word = words.first, word.count == 3, word.hasSuffix("0s"),
      let tens = word.first?.wholeNumberValue, tens >= 1
    else { return nil }
    let low = tens * 10
    if let group = group(containing: low), group == self.group(containing: low + 9) { return group }
    return "\(low)-\(low + 9)"
  }

  /// True for an answer option that starts with a minus sign for "under" (`-25`, `- 25`,
  /// `- de 25 ans`): folding drops the sign, so it is looked for in the text as written. A
  /// minus sign touching a number below 18 (`-5`) is a negative number, an error in the export
  /// (`isImpossibleAge`), not the limit of an adults' group.
  static func isUnderSign(_ text: String, age: Int) -> Bool {
    let written = text.trimmed
    guard let first = written.unicodeScalars.first, minusSigns.contains(first) else { return false }
    let rest = written.unicodeScalars.dropFirst()
    let touching = rest.first.map { $0.properties.numericType != nil } ?? false
    return !touching || age >= 18
  }

  /// The signs written for minus: hyphen-minus, minus, hyphen, en dash.
  static let minusSigns: Set<Unicode.Scalar> = ["-", "\u{2212}", "\u{2010}", "\u{2013}"]

  /// The whole number of an answer a spreadsheet saved with a zero fraction (`47.0`, `47,00`),
  /// or nil.
  static func wholeNumberSavedAsDecimal(_ text: String) -> String? {
    let trimmed = text.trimmed.asciiDigits
    guard let point = trimmed.firstIndex(where: { $0 == "." || $0 == "," }) else { return nil }
    let whole = trimmed[..<point], fraction = trimmed[trimmed.index(after: point)...]
    guard !whole.isEmpty, whole.allSatisfy({ $0.isASCII && $0.isNumber }), !fraction.isEmpty,
      fraction.allSatisfy({ $0 == "0" })
    else { return nil }
    return String(whole)
  }

  /// False when the answer's numbers are not written as an age or a range of ages: a letter
  /// touching a digit between two numbers (`1E+20`, `1e3` as a spreadsheet writes a long
  /// number, `0x2F`), two numbers with only a space or a decimal point between them (`4 7`,
  /// `47.5`, `٤٧٫٥`). A range puts a dash or words between its numbers (`25-34`, `de 25 a 34`).
  static func writesNumbersAsAges(_ text: String) -> Bool {
    let scalars = Array(text.trimmed.asciiDigits.unicodeScalars)
    func isDigit(_ index: Int) -> Bool { scalars[index].isASCII && scalars[index].properties.numericType != nil }
    guard let firstEnd = scalars.indices.first(where: { isDigit($0) && ($0 + 1 == scalars.count || !isDigit($0 + 1)) }),
      let secondStart = scalars.indices.first(where: { $0 > firstEnd && isDigit($0) })
    else { return true }
    let between = scalars[(firstEnd + 1)..<secondStart]
    let touching = { (scalar: Unicode.Scalar) in scalar.properties.isAlphabetic }
    if touching(between.first!) || touching(between.last!) { return false }
    let marks = between.filter { !$0.properties.isWhitespace }
    return !(marks.isEmpty || marks.allSatisfy { [".", ",", "\u{066B}", "\u{066C}"].contains($0) })
  }

  /// True for an answer that is a number no one's age can be: below zero (`-5`, `−5`) or above
  /// 120 (`150`, `٢٠٠`). Such an answer is an error in the export, not an age group.
  public static func isImpossibleAge(_ text: String) -> Bool {
    let key = (wholeNumberSavedAsDecimal(text) ?? text.trimmed.asciiDigits).filter { $0 != " " }
    let negative = key.unicodeScalars.first.map(minusSigns.contains) ?? false
    let digits = negative ? key.dropFirst() : Substring(key)
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
    guard let number = Int(digits) else { return true }  // more digits than any age
    // `-25` is an "under 25" answer option (`isUnderSign`); `-5` no age.
    return negative ? number > 0 && number < 18 : number > 120
  }

  /// The year of an answer written as a year of birth rather than an age (`1980`, `١٩٨٠`,
  /// `1980.0`): four digits from 1900 to 2099; nil for anything else. An age column holding
  /// one is refused, not read: a year gives the age only to within one year, which may be
  /// either side of a group's limit.
  public static func birthYear(_ text: String) -> Int? {
    let key = wholeNumberSavedAsDecimal(text) ?? text.trimmed.asciiDigits
    guard key.utf8.count == 4, key.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let year = Int(key),
      (1900...2099).contains(year)
    else { return nil }
    return year
  }

  /// The group of people younger than `limit`.
  static func below(_ limit: Int) -> String { limit <= 18 ? "under-18" : "under-\(limit)" }

  /// The group of people `age` or older.
  static func from(_ age: Int) -> String { age >= 65 ? "65+" : "\(age)+" }

  /// Where the first of `phrases` starts in `words`, or nil.
  static func firstPhrase(of phrases: [[String]], in words: [String]) -> Int? {
    phrases.compactMap { ImportWords.firstIndex(of: $0, in: words) }.min()
  }

  /// True for a value of `age_group` convene stores: one of `ageGroups`, or a range a form
  /// used that straddles them (`18-35`, `56+`, `under-20`).
  public static func isAgeGroup(_ value: String) -> Bool {
    if ageGroups.contains(value) { return true }
    return ageRangeStart(value) != nil
  }

  /// The youngest age of a stored age group or range, for ordering; nil for anything else.
  public static func ageRangeStart(_ value: String) -> Int? {
    if value.hasPrefix("under-"), let limit = Int(value.dropFirst(6)), limit > 0, limit <= 120 { return 0 }
    if value.hasSuffix("+"), let low = Int(value.dropLast()), low <= 120 { return low }
    let parts = value.split(separator: "-", omittingEmptySubsequences: false)
    if parts.count == 2, let low = Int(parts[0]), let high = Int(parts[1]), low <= high, high <= 120 { return low }
    return nil
  }

  static func group(containing age: Int) -> String? {
    switch age {
    case 0..<18: "under-18"
    case 18...24: "18-24"
    case 25...34: "25-34"
    case 35...44: "35-44"
    case 45...54: "45-54"
    case 55...64: "55-64"
    case 65...120: "65+"
    default: nil
    }
  }

  static let yesWords = Set(LanguagePack.words(\.values.yes).map(\.folded))
  static let noWords = Set(LanguagePack.words(\.values.no).map(\.folded))
  /// The words that start a longer yes or no ("Yes, I agree to ...", "Não autorizo").
  static let leadingYes: Set<String> = ["yes", "oui", "si", "sim", "نعم"]
  static let leadingNo: Set<String> = ["no", "non", "nao", "لا"]

  /// Yes or no as people answer it in forms, in any language ("Yes", "oui", "Sí", "Sim",
  /// "نعم", "I agree", "1", "x"); nil for anything else and for "".
  public static func yesNo(_ text: String) -> Bool? {
    let key = text.folded
    if yesWords.contains(key) { return true }
    if noWords.contains(key) { return false }
    guard let first = key.split(separator: " ").first.map(String.init) else { return nil }
    if leadingYes.contains(first) { return true }
    if leadingNo.contains(first) { return false }
    return nil
  }

  /// A consent as `yesNo` reads it, but nil for a yes with anything more than agreement after
  /// it ("Yes, first name only", "Oui, sauf ma photo", "Yes, without my surname"): what is
  /// consented to may not be the whole, so it is not a yes. The words that may follow a yes
  /// are those of the table's yes answers (`Yes, I agree`, `Oui, j'accepte`) and its
  /// courtesies (`please`, `bien sûr`).
  public static func consent(_ text: String) -> Bool? {
    guard let answer = yesNo(text) else { return nil }
    let key = text.folded
    guard answer, !yesWords.contains(key) else { return answer }
    let more = key.split(separator: " ").dropFirst()
    return more.allSatisfy { agreementWords.contains(String($0)) } ? true : nil
  }

  /// A yes or a no chosen as a question's answer: a yes or no of the table alone, or followed
  /// only by agreement and courtesies (`Yes, definitely`, `No, thanks`); nil for a yes or no
  /// with more to it (`No answer`, `No sé todavía`, `Não sei`, `Oui mais`, `Non, pas encore`),
  /// whose first word is not the answer, and for a question (`Yes?`).
  public static func chosenYesNo(_ text: String) -> Bool? {
    guard !text.contains(where: { "?¿؟".contains($0) }), let answer = yesNo(text) else { return nil }
    let key = text.folded
    if yesWords.contains(key) || noWords.contains(key) { return answer }
    let more = key.split(separator: " ").dropFirst()
    return more.allSatisfy { agreementWords.contains(String($0)) } ? answer : nil
  }

  /// The words of every language's yes answers and courtesies, folded, and each two of them
  /// written together (`j accepte` is also `jaccepte`: folding drops the apostrophe of
  /// `j'accepte`).
  static let agreementWords: Set<String> = {
    let phrases = (LanguagePack.words(\.values.yes) + LanguagePack.words(\.values.courtesies)).map(\.foldedWords)
    return Set(phrases.flatMap { words in words + zip(words, words.dropFirst()).map { $0 + $1 } })
  }()

}

extension String {
  /// The folded text as a list of words.
  var foldedWords: [String] { folded.split(separator: " ").map(String.init) }
}
