import ConveneCore
import Testing

@testable import ConveneRegistration

@Suite struct PublicParticipantTests {
  @Test func withoutConsentOnlyTitleOrganisationAndCountryAreShown() {
    var person = Build.person("p001", "secret@example.org", status: .confirmed, name: "Hidden Name", city: "Arua")
    person.title = "Senior Local Government Representative"
    person.organisation = "District Council"
    person.country = "UG"
    #expect(PublicParticipant(person).cells == ["", "Senior Local Government Representative", "District Council", "", "UG"])
    person.publishName = true
    #expect(PublicParticipant(person).cells == ["Hidden Name", "Senior Local Government Representative", "District Council", "Arua", "UG"])
  }

  @Test func onlyPeopleHoldingAPlaceAreListed() {
    let people = [
      Build.person("p001", "a@x.org", status: .confirmed), Build.person("p002", "b@x.org", status: .waitlisted),
      Build.person("p003", "c@x.org", status: .declined), Build.person("p004", "d@x.org", status: .invited),
    ]
    #expect(PublicParticipant.list(people).count == 2)
  }
}
