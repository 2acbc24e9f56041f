import ConveneCore
import Testing

@testable import ConveneRegistration

@Suite struct ParticipantQueryTests {
  let awa: Participant = {
    var person = Build.person("p001", "awa@example.org", category: "youth", status: .confirmed, name: "Awa Ndiaye", city: "Thiès")
    person.country = "SN"
    person.cohorts = ["youth-lab"]
    person.organisation = "Conseil des jeunes"
    return person
  }()

  @Test func everyFilterMustMatch() {
    #expect(ParticipantQuery().matches(awa))
    #expect(ParticipantQuery(statuses: [.confirmed], categories: ["youth"], countries: ["sn"], cities: ["thies"], cohorts: ["youth-lab"]).matches(awa))
    #expect(!ParticipantQuery(statuses: [.waitlisted]).matches(awa))
    #expect(!ParticipantQuery(countries: ["KE"]).matches(awa))
  }

  @Test func searchLooksAtNameEmailOrganisationTitleAndCity() {
    #expect(ParticipantQuery(search: "ndiaye JEUNES").matches(awa))
    #expect(!ParticipantQuery(search: "mayor").matches(awa))
  }
}
