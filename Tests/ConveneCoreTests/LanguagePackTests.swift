import Testing

@testable import ConveneCore

/// The language table is complete: what one language declares, every language declares.
@Suite struct LanguagePackTests {
  @Test func theTableSpeaksTheNetworksLanguagesEnglishFirst() {
    #expect(LanguagePack.codes == ["en", "fr", "ar", "es", "pt"])
    #expect(LanguagePack.named("AR")?.direction == .rightToLeft)
    #expect(LanguagePack.all.filter { $0.direction == .rightToLeft }.map(\.code) == ["ar"])
    #expect(LanguagePack.named("de") == nil)
  }

  @Test(arguments: LanguagePack.codes)
  func everyLabelKeyHasAnEnglishWordAndEveryLanguageTranslatesIt(code: String) {
    let pack = LanguagePack.named(code)!
    func keys(_ pack: LanguagePack) -> Set<String> {
      Set(pack.labels.keys.filter { LabelSet.baseKey(ofForm: $0) == nil })
    }
    #expect(keys(pack) == keys(.english))
    #expect(pack.labels.values.allSatisfy { !$0.trimmed.isEmpty })
  }

  /// A form for a count (`plan.daysLate.one`) stands beside its key, in a category the
  /// language's rule gives, and says the count unless the word itself does (`يومين`).
  @Test(arguments: LanguagePack.codes)
  func everyFormForACountBelongsToAKeyOfItsLanguage(code: String) {
    let pack = LanguagePack.named(code)!
    for key in pack.labels.keys {
      guard let base = LabelSet.baseKey(ofForm: key) else { continue }
      let ending = String(key.dropFirst(base.count + 1))
      #expect(pack.labels[base] != nil, "\(key)")
      if LabelSet.personForms.contains(ending) { continue }
      #expect(pack.plurals.categories.contains(ending), "\(key)")
      #expect(pack.labels[base]!.contains("{n}"), "\(key)")
    }
  }

  @Test(arguments: [
    (PluralRule.oneForOne, [0: "other", 1: "one", 2: "other", 21: "other", -1: "one"]),
    (.oneForZeroAndOne, [0: "one", 1: "one", 2: "other", 100: "other"]),
    (.arabic, [0: "zero", 1: "one", 2: "two", 3: "few", 10: "few", 11: "many", 99: "many", 100: "other", 102: "other", 103: "few", 111: "many"]),
  ])
  func countsFallInTheirLanguagesCategories(rule: PluralRule, expected: [Int: String]) {
    for (count, category) in expected { #expect(rule.category(of: count) == category, "\(count)") }
  }

  @Test func aPhraseForACountTakesTheFormItsLanguageGives() {
    let english = LabelSet(language: "en", sections: ["plan"])
    #expect(english.phrase("evidence.releases", count: 1) == "1 release published")
    #expect(english.phrase("evidence.releases", count: 0) == "0 releases published")
    let french = LabelSet(language: "fr", sections: ["plan"])
    #expect(french.phrase("evidence.registered", count: 0) == "0 inscrit")
    #expect(french.phrase("evidence.registered", count: 1) == "1 inscrit")
    #expect(french.phrase("evidence.registered", count: 2) == "2 inscrits")
    let arabic = LabelSet(language: "ar", sections: ["plan"])
    #expect(arabic.phrase("daysLate", count: 2) == "متأخرة يومين")
    #expect(arabic.phrase("daysLate", count: 3) == "متأخرة 3 أيام")
    #expect(arabic.phrase("daysLate", count: 15) == "متأخرة 15 يوماً")
    #expect(arabic.phrase("daysLate", count: 100) == "متأخرة 100 يوم")
  }

  /// A certificate and a letter speak of a woman, a man, or anyone else in the words that
  /// fit (an Arabic certificate said `حضر`, "he attended", of every woman).
  @Test func wordsSpeakOfThePersonAsTheirGenderIs() {
    let arabic = LabelSet(language: "ar", sections: ["certificate", "letter"])
    #expect(arabic.speaking(ofA: "woman")["attended"] == "حضرت الجلسات التالية من")
    #expect(arabic.speaking(ofA: "man")["attended"] == "حضر الجلسات التالية من")
    #expect(arabic.speaking(ofA: "prefer-not-to-say")["attended"] == "حضر/حضرت الجلسات التالية من")
    #expect(arabic.speaking(ofA: "")["attended"] == arabic["attended"])
    #expect(arabic.speaking(ofA: "woman")["request"].contains("بمنحها"))
    #expect(!arabic["request"].contains("بمنحه"))
    let french = LabelSet(language: "fr", sections: ["certificate"])
    #expect(french.speaking(ofA: "woman")["attended"] == french["attended"])
  }

  /// A language without a form of its own never borrows English's: `{n} more is not
  /// printed` beside a translated plural would be English in a French report.
  @Test func aFormIsNeverBorrowedFromEnglishBesideATranslatedKey() {
    let arabic = LabelSet(language: "ar", sections: ["report"])
    #expect(arabic.phrase("commitmentsWithheld", count: 1) == arabic.phrase("commitmentsWithheld", ["n": 1]))
    #expect(!arabic.phrase("commitmentsWithheld", count: 1).contains("printed"))
    let german = LabelSet(language: "de", sections: ["report"])
    #expect(german.phrase("commitmentsWithheld", count: 1) == "1 more is not printed: it names a person or gives contact details.")
  }

  @Test(arguments: LanguagePack.codes)
  func everyLanguageListsTheSameHeaderFieldsAndValues(code: String) {
    let pack = LanguagePack.named(code)!
    let english = LanguagePack.english
    #expect(Set(pack.headers.keys) == Set(english.headers.keys))
    #expect(pack.headers.values.allSatisfy { !$0.isEmpty })
    #expect(!pack.bareNames.isEmpty)
    #expect(Set(pack.values.genders.keys) == Set(DemographicValues.genders))
    #expect(Set(pack.values.categories.keys) == Set(Category.defaults.map(\.id)))
    #expect(pack.values.categories.values.allSatisfy { !$0.isEmpty })
    for list in [pack.values.under, pack.values.over, pack.values.yes, pack.values.no, pack.values.listWords,
      pack.values.present, pack.values.absent]
    {
      #expect(!list.isEmpty)
    }
  }

  @Test func noWordMeansTwoThingsAcrossLanguages() {
    func clashes(_ table: (LanguagePack) -> [String: [String]]) -> [String] {
      var owner: [String: String] = [:]
      var found: [String] = []
      for pack in LanguagePack.all {
        for (key, words) in table(pack) {
          for word in words where owner.updateValue(key, forKey: word.folded).map({ $0 != key }) ?? false {
            found.append(word)
          }
        }
      }
      return found
    }
    #expect(clashes(\.values.genders) == [])
    #expect(clashes(\.values.categories) == [])
    let yes = Set(LanguagePack.all.flatMap(\.values.yes).map(\.folded))
    let no = Set(LanguagePack.all.flatMap(\.values.no).map(\.folded))
    #expect(yes.isDisjoint(with: no))
    let present = Set(LanguagePack.all.flatMap(\.values.present).map(\.folded))
    let absent = Set(LanguagePack.all.flatMap(\.values.absent).map(\.folded))
    #expect(present.isDisjoint(with: absent))
  }

  @Test(arguments: LanguagePack.codes)
  func everyCountryAndTheNetworksLanguagesHaveANameInEveryLanguage(code: String) {
    let pack = LanguagePack.named(code)!
    #expect(Country.nameLanguages.contains(pack.code))
    #expect(Language.nameLanguages.contains(pack.code))
    #expect(Country.all.count >= 249)
    let unnamedCountries = Country.all.values.filter { ($0.names[pack.code] ?? "").isEmpty }
    #expect(unnamedCountries.isEmpty)
    let unnamedLanguages = LanguagePack.codes.filter { (Language.withCode($0)?.names[pack.code] ?? "").isEmpty }
    #expect(unnamedLanguages.isEmpty)
    // Each language's own name for itself, and CLDR's, are read.
    #expect(Language.matching(pack.name)?.code == pack.code)
    #expect(Language.matching(Language.withCode(pack.code)!.name(in: pack.code))?.code == pack.code)
  }

  @Test func labelsFallBackToEnglish() {
    let german = LabelSet(language: "de", sections: ["report"])
    #expect(german.language == "en" && german.direction == .leftToRight)
    #expect(german["keyFigures"] == "Key figures")
    let arabic = LabelSet(language: "ar", sections: ["report"])
    #expect(arabic.direction == .rightToLeft && arabic["keyFigures"] == "الأرقام الرئيسية")
    #expect(arabic["no such key"] == "no such key")
    // Sections do not leak into each other.
    #expect(LabelSet(language: "fr", sections: ["agenda"])["keyFigures"] == "keyFigures")
  }
}
