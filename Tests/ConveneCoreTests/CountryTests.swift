import Testing

@testable import ConveneCore

@Suite struct CountryTests {
  @Test(arguments: [
    ("Côte d'Ivoire", "CI"), ("cote divoire", "CI"), ("Ivory Coast", "CI"), ("CIV", "CI"), ("ci", "CI"),
    ("Maroc", "MA"), ("Liban", "LB"), ("Royaume-Uni", "GB"), ("UK", "GB"), ("États-Unis", "US"),
    ("North Macedonia", "MK"), ("Kosovo", "XK"), ("RDC", "CD"), ("Tchad", "TD"), ("  kenya ", "KE"),
    ("Việt Nam", "VN"), ("Viet Nam", "VN"),
  ])
  func matchesNamesAndCodesInEnglishAndFrench(text: String, code: String) {
    #expect(Country.matching(text)?.code == code)
  }

  @Test(arguments: [
    ("الأردن", "JO"), ("الاردن", "JO"), ("المملكة الأردنية الهاشمية", "JO"), ("المغرب", "MA"), ("مصر", "EG"),
    ("تونس", "TN"), ("لبنان", "LB"), ("العراق", "IQ"), ("فلسطين", "PS"), ("سوريا", "SY"), ("الجزائر", "DZ"),
    ("ليبيا", "LY"), ("السودان", "SD"), ("اليمن", "YE"), ("عمان", "OM"), ("عُمان", "OM"), ("قطر", "QA"),
    ("الكويت", "KW"), ("البحرين", "BH"), ("السعودية", "SA"), ("الإمارات", "AE"), ("موريتانيا", "MR"),
    ("تركيا", "TR"), ("إيران", "IR"), ("السنغال", "SN"), ("كينيا", "KE"), ("ساحل العاج", "CI"),
    ("الكونغو - كينشاسا", "CD"), ("فرنسا", "FR"), ("الولايات المتحدة", "US"), ("البرازيل", "BR"),
  ])
  func matchesArabicNames(text: String, code: String) {
    #expect(Country.matching(text)?.code == code)
  }

  @Test(arguments: [
    ("Marruecos", "MA"), ("Túnez", "TN"), ("Costa de Marfil", "CI"), ("Estados Unidos", "US"), ("EE. UU.", "US"),
    ("España", "ES"), ("Líbano", "LB"), ("República Democrática del Congo", "CD"), ("Arabia Saudí", "SA"),
    ("Marrocos", "MA"), ("Costa do Marfim", "CI"), ("Moçambique", "MZ"), ("Guiné-Bissau", "GW"), ("Brasil", "BR"),
    ("Jordânia", "JO"), ("Cabo Verde", "CV"), ("Angola", "AO"), ("JOR", "JO"), ("mar", "MA"), ("BRA", "BR"),
  ])
  func matchesSpanishAndPortugueseNamesAndAlpha3Codes(text: String, code: String) {
    #expect(Country.matching(text)?.code == code)
  }

  @Test func namesAreShownInEveryLanguage() {
    let jordan = Country.withCode("JO")!
    #expect(jordan.alpha3 == "JOR")
    #expect(
      ["en", "fr", "ar", "es", "pt"].map(jordan.name(in:)) == ["Jordan", "Jordanie", "الأردن", "Jordania", "Jordânia"])
    #expect(jordan.name(in: "de") == "Jordan")
  }

  @Test func unknownNamesDoNotMatch() {
    #expect(Country.matching("Atlantis") == nil)
    #expect(Country.matching("") == nil)
  }

  @Test func countriesBelongToNetworkRegions() {
    #expect(Country.withCode("KE")?.region == "East and Southern Africa")
    #expect(Country.withCode("LB")?.region == "Middle East and North Africa")
    #expect(Country.withCode("MV")?.region == "South Asia")
  }

  @Test(arguments: ["Congo", "congo", " CONGO ", "الكونغو", "Côngo"])
  func congoAloneIsNeitherCongo(text: String) {
    #expect(Country.matching(text) == nil)
    #expect(Country.readings(of: text).map(\.code) == ["CG", "CD"])
  }

  /// "Korea" alone is South Korea, as forms and the UN's lists write it; the UN's own name of
  /// each Korea is read in every language.
  @Test(arguments: [
    ("Korea", "KR"), ("Republic of Korea", "KR"), ("République de Corée", "KR"), ("República de Corea", "KR"),
    ("República da Coreia", "KR"), ("جمهورية كوريا", "KR"), ("Democratic People's Republic of Korea", "KP"),
  ])
  func eachKoreaIsReadByItsName(text: String, code: String) {
    #expect(Country.matching(text)?.code == code)
  }

  @Test(arguments: [
    ("Congo, Democratic Republic of the", "CD"), ("Congo, The Democratic Republic of the", "CD"),
    ("الكونغو الديمقراطية", "CD"), ("République démocratique du Congo", "CD"), ("DRC", "CD"),
    ("Republic of the Congo", "CG"), ("Congo-Brazzaville", "CG"), ("République du Congo", "CG"), ("COG", "CG"),
    ("الكونغو - برازافيل", "CG"),
  ])
  func eachCongoIsReadWhenItsNameSaysWhich(text: String, code: String) {
    #expect(Country.matching(text)?.code == code)
    #expect(Country.readings(of: text).isEmpty)
  }
}
