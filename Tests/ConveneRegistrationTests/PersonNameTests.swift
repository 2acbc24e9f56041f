import Testing

@testable import ConveneRegistration

/// Which names an update may write over a registered one (`PersonName.mayBeSamePerson`).
@Suite struct PersonNameTests {
  @Test(arguments: [
    ("Awa Ndiaye", "NDIAYE Awa"), ("Awa Ndiay", "Awa Ndiaye"), ("Kadiatou Kone", "Kadiatou Koné"),
    ("Awa Ndiaye", "Awa Ndiaye Diop"), ("Awa", "Awa Ndiaye"), ("A. Silva", "Ana Silva"),
    ("احمد عبد الله", "أحمد عبدالله"), ("Kadi Koné", "Kadiatou Kone"), ("José Garcia", "Jose García Pérez"),
    ("Ann Lee", ""),
  ])
  func spellingsOfOnePersonMatch(_ registered: String, _ incoming: String) {
    #expect(PersonName.mayBeSamePerson(registered, incoming))
    #expect(PersonName.mayBeSamePerson(incoming, registered))
  }

  @Test(arguments: [
    ("Ana Silva", "Bo Li"), ("Awa Ndiaye", "iPhone de Awa"), ("Kadiatou Koné", "Kadi (ONG Paix)"),
    ("أحمد عبدالله", "Galaxy A52"), ("Bo Li", "Bob Lin"), ("Ana Silva", "Anabela Costa"), ("Ann Lee", "Dan Lee"),
  ])
  func differentPeopleDoNot(_ registered: String, _ incoming: String) {
    #expect(!PersonName.mayBeSamePerson(registered, incoming))
    #expect(!PersonName.mayBeSamePerson(incoming, registered))
  }
}
