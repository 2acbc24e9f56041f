import Testing

@testable import ConveneCore

@Suite struct CountryTests {
  @Test(arguments: [
    ("Côte d'Ivoire", "CI"), ("cote divoire", "CI"), ("Ivory Coast", "CI"), ("CIV", "CI"), ("ci", "CI"),
    ("Maroc", "MA"), ("Liban", "LB"), ("Royaume-Uni", "GB"), ("UK", "GB"), ("États-Unis", "US"),
    ("North Macedonia", "MK"), ("Kosovo", "XK"), ("RDC", "CD"), ("Tchad", "TD"), ("  kenya ", "KE"),
  ])
  func matchesNamesAndCodesInEnglishAndFrench(text: String, code: String) {
    #expect(Country.matching(text)?.code == code)
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
}
