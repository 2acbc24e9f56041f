import Testing

@testable import ConveneCore

@Suite struct DemographicValuesTests {
  @Test(arguments: [("Femme", "woman"), ("F", "woman"), ("female", "woman"), ("Homme", "man"), ("Non binaire", "non-binary"), ("Je préfère ne pas répondre", "prefer-not-to-say"), ("", "")])
  func gender(text: String, value: String) {
    #expect(DemographicValues.gender(text) == value)
  }

  @Test(arguments: [("23", "18-24"), ("25-34", "25-34"), ("25 - 34 ans", "25-34"), ("65 and over", "65+"), ("70", "65+"), ("moins de 18 ans", "under-18"), ("", "")])
  func ageGroup(text: String, value: String) {
    #expect(DemographicValues.ageGroup(text) == value)
  }

  @Test func unclearAnswersAreNotGuessed() {
    #expect(DemographicValues.gender("yes") == nil)
    #expect(DemographicValues.ageGroup("20-40") == nil)
    #expect(DemographicValues.ageGroup("old") == nil)
  }

  @Test func yesNo() {
    #expect(DemographicValues.yesNo("Oui") == true)
    #expect(DemographicValues.yesNo("I agree") == true)
    #expect(DemographicValues.yesNo("Non") == false)
    #expect(DemographicValues.yesNo("maybe") == nil)
  }
}
