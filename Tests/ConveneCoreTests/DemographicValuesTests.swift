import Testing

@testable import ConveneCore

@Suite struct DemographicValuesTests {
  @Test(arguments: [("Femme", "woman"), ("F", "woman"), ("female", "woman"), ("Homme", "man"), ("Non binaire", "non-binary"), ("Je préfère ne pas répondre", "prefer-not-to-say"), ("", "")])
  func gender(text: String, value: String) {
    #expect(DemographicValues.gender(text) == value)
  }

  @Test func aLetterOnItsOwnIsReadOnlyWhenItMeansOneGenderInEveryLanguage() {
    #expect(DemographicValues.gender("H") == "man")
    #expect(DemographicValues.gender("w") == "woman")
    // M is masculino or male, and mujer or mulher.
    #expect(DemographicValues.gender("M") == nil)
  }

  static let columns: [(letters: Set<String>, readings: [String: String])] = [
    (["h", "m"], ["h": "man", "m": "woman"]), (["f", "m"], ["f": "woman", "m": "man"]),
    (["m", "w"], ["m": "man", "w": "woman"]), (["h", "f"], ["h": "man", "f": "woman"]),
    (["m"], [:]), (["h", "m", "f"], ["h": "man", "f": "woman"]), (["f"], ["f": "woman"]),
  ]

  @Test func theLettersOfAColumnSettleEachOther() {
    for column in Self.columns {
      #expect(DemographicValues.genderLetters(column.letters) == column.readings, "\(column.letters)")
    }
  }

  @Test(arguments: [("23", "18-24"), ("25-34", "25-34"), ("25 - 34 ans", "25-34"), ("65 and over", "65+"), ("70", "65+"), ("moins de 18 ans", "under-18"), ("", "")])
  func ageGroup(text: String, value: String) {
    #expect(DemographicValues.ageGroup(text) == value)
  }

  @Test(arguments: [
    // English
    ("Under 18", "under-18"), ("55+", "55+"), ("65 and over", "65+"), ("Over 55", "56+"), ("17 and under", "under-18"),
    // French
    ("56 et plus", "56+"), ("18 ans et moins", "under-19"), ("De 25 à 34 ans", "25-34"), ("18-35 ans", "18-35"),
    // Arabic, with Arabic-Indic digits
    ("٥٦+", "56+"), ("أقل من 18", "under-18"), ("أقل من ١٨ سنة", "under-18"), ("٢٥-٣٤", "25-34"), ("56 فأكثر", "56+"),
    ("من ٣٥ إلى ٤٤ سنة", "35-44"), ("۴۷", "45-54"),
    // Spanish
    ("de 25 a 34 años", "25-34"), ("Menos de 18 años", "under-18"), ("65 años o más", "65+"), ("Más de 60", "61+"),
    // Portuguese
    ("25-34 anos", "25-34"), ("Menos de 18 anos", "under-18"), ("55 anos ou mais", "55+"), ("De 45 a 54 anos", "45-54"),
  ])
  func ageRangesInEveryLanguage(text: String, value: String) {
    #expect(DemographicValues.ageGroup(text) == value)
    #expect(DemographicValues.isAgeGroup(value))
  }

  @Test(arguments: [
    ("Mujer", "woman"), ("Masculino", "man"), ("Prefiero no decirlo", "prefer-not-to-say"), ("No binario", "non-binary"),
    ("Feminino", "woman"), ("Homem", "man"), ("Prefiro não dizer", "prefer-not-to-say"), ("Outro", "other"),
    ("أنثى", "woman"), ("انثى", "woman"), ("ذكر", "man"), ("أفضل عدم الإجابة", "prefer-not-to-say"),
  ])
  func gendersInEveryLanguage(text: String, value: String) {
    #expect(DemographicValues.gender(text) == value)
  }

  @Test(arguments: [
    ("Sí", true), ("Sí, autorizo", true), ("No acepto", false), ("Sim", true), ("Não", false), ("Não autorizo", false),
    ("نعم", true), ("لا", false), ("أوافق", true), ("نعم، أوافق", true), ("Oui, j'accepte", true), ("Yes, I agree", true),
    ("None", nil), ("nope", nil), ("", nil),
  ])
  func yesAndNoInEveryLanguage(text: String, value: Bool?) {
    #expect(DemographicValues.yesNo(text) == value)
  }

  /// A yes to part of what is asked is not a yes to publishing the name; a plain yes still is.
  @Test(arguments: [
    ("Yes, first name only", nil), ("Yes, but not my photo", nil), ("Oui, seulement mon prénom", nil),
    ("Oui, sauf ma photo", nil), ("Sí, solo el nombre", nil), ("Sim, apenas o primeiro nome", nil),
    ("نعم، الاسم الأول فقط", nil), ("Yes", true), ("Yes, I agree", true), ("Oui, j'accepte", true), ("No", false),
    ("No, but thanks", false), ("Yes (not on social media)", nil), ("Oui/Non", nil), ("Yes, No", nil),
    ("Yes if required", nil), ("Yes please", true), ("Yes, first name", nil), ("Yes, without my surname", nil),
    ("Oui, prénom", nil), ("Sí, con mi nombre de pila", nil), ("Oui, bien sûr", true), ("Sí, claro", true),
  ])
  func aYesWithAConditionIsNoConsent(text: String, value: Bool?) {
    #expect(DemographicValues.consent(text) == value)
  }

  /// Numbers a spreadsheet writes for a long number (`1E+20`, `1e3`), hexadecimal, or two
  /// numbers with only a space or a decimal point between them are no age: left unread, not
  /// turned into `under-18` or a range `1-20`. Ranges and ages still read.
  @Test(arguments: [
    ("1E+20", nil), ("1e3", nil), ("1E2", nil), ("1E+02", nil), ("0x2F", nil), ("4 7", nil), ("47.5", nil),
    ("٤٧٫٥", nil), ("1e+20", nil), ("25-34", "25-34"), ("de 25 a 34 años", "25-34"), ("18 – 24", "18-24"),
    // Digits of two scripts in one number (Latin, Arabic-Indic, Persian) are no number.
    ("4٧", nil), ("4۷", nil), ("٤۷", nil), ("۴۷", "45-54"),
    ("47", "45-54"), ("٤٧", "45-54"), ("moins de 18 ans", "under-18"), ("56 et plus", "56+"),
    ("entre 25 et 34", "25-34"), ("47 ans", "45-54"), ("47.0", "45-54"), ("47,00", "45-54"), ("٤٧٫٠", "45-54"),
    ("47.05", nil),
  ] as [(String, String?)])
  func numbersNotWrittenAsAgesAreNoAge(text: String, group: String?) {
    #expect(DemographicValues.ageGroup(text) == group, "\(text)")
  }

  /// Limits as forms write them in every language, and comparison signs, are limits: the age
  /// alone (`Older than 60` as 55-64) was a group the person is not in.
  @Test(arguments: [
    ("Older than 60", "61+"), ("younger than 18", "under-18"), ("At least 60", "60+"), ("From 60", "60+"),
    ("أكبر من 60", "61+"), ("أصغر من 18", "under-18"), ("ما فوق 60", "61+"), ("على الأقل ٦٠", "60+"),
    ("Sous 25 ans", "under-25"), ("En dessous de 25 ans", "under-25"), ("Au-delà de 60 ans", "61+"),
    ("À partir de 60 ans", "60+"), ("Au moins 60 ans", "60+"),
    ("Superior a 60", "61+"), ("Debajo de 25", "under-25"), ("Inferior a 25", "under-25"), ("Arriba de 60", "61+"),
    ("Por encima de 60", "61+"), ("Mínimo 18", "18+"), ("A partir de 60 años", "60+"),
    ("Acima de 60 anos", "61+"), ("Pelo menos 60 anos", "60+"),
    ("≥ 60", "60+"), (">=60", "60+"), ("> 60", "61+"), ("≤24", "under-25"), ("<= 24", "under-25"),
    ("47 years old", "45-54"), ("Age: 47", "45-54"), ("47 años de edad", "45-54"), ("٤٧ سنة", "45-54"),
  ])
  func limitsInEveryLanguageAreLimits(text: String, value: String) {
    #expect(DemographicValues.ageGroup(text) == value, "\(text)")
  }

  /// One age beside a word that is no limit the table knows and says more than "years" is no
  /// answer: left for a note, never read as the age alone.
  @Test(arguments: ["قل من 25", "Approximately 47", "Born 1980", "60 something", "Environ 47 ans"])
  func anAgeBesideAnUnknownWordIsNoAnswer(text: String) {
    #expect(DemographicValues.ageGroup(text) == nil, "\(text)")
  }

  @Test func unclearAnswersAreNotGuessed() {
    #expect(DemographicValues.gender("yes") == nil)
    #expect(DemographicValues.ageGroup("old") == nil)
    #expect(DemographicValues.ageGroup("40-20") == nil)
    #expect(DemographicValues.ageGroup("1 2 3") == nil)
    #expect(DemographicValues.ageGroup("200") == nil)
    #expect(!DemographicValues.isAgeGroup("old"))
    #expect(!DemographicValues.isAgeGroup("40-20"))
  }

  /// A bound too long for any integer is no age: the range is not read as its other bound.
  @Test(arguments: [
    "18-99999999999999999999", "1-99999999999999999999 años", "99999999999999999999-18",
    "de 18 a 99999999999999999999 anos", "99999999999999999999+",
  ])
  func aRangeWithAHugeBoundIsNoAgeGroup(text: String) {
    #expect(DemographicValues.ageGroup(text) == nil, "\(text)")
  }

  @Test func aRangeThatStraddlesGroupsIsKeptAsTheRange() {
    #expect(DemographicValues.ageGroup("20-40") == "20-40")
  }

  @Test func yesNo() {
    #expect(DemographicValues.yesNo("Oui") == true)
    #expect(DemographicValues.yesNo("I agree") == true)
    #expect(DemographicValues.yesNo("Non") == false)
    #expect(DemographicValues.yesNo("maybe") == nil)
  }
}
