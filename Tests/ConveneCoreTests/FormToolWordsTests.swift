import Testing

@testable import ConveneCore

@Suite struct FormToolWordsTests {
  @Test(arguments: [
    "iPhone de Khadija", "Awa's iPad", "DESKTOP-4F2K9", "Galaxy A52", "Samsung SM-A525F", "laptop", "Pixel 7", "OPPO A5s",
    "Itel A56", "HP-EliteBook", "Celular de Ana", "Telefone do João", "Téléphone de Marie", "TÉLÉPHONE DE MARIE",
    "Teléfono de Juan", "Telemóvel de Ana", "Móvil de Rosa", "Portable de Marc", "Ana (Teléfono)",
  ])
  func devicesNamesAreFound(name: String) {
    #expect(FormToolWords.isDeviceName(name))
  }

  @Test(arguments: [
    "Awa Ndiaye", "Padma Iyer", "Samsungu Ali", "Galaxie Martin", "أحمد الخطيب", "", "Telefonía Rojas", "Téléphine Ngoy",
    "Portablé Sow", "Móvila Quispe", "Éloïse Tellé",
  ])
  func peoplesNamesAreNoDevices(name: String) {
    #expect(!FormToolWords.isDeviceName(name))
  }

  @Test(arguments: [
    ("Cancelled by participant", true), ("Withdrawn - travel", true), ("Not approved yet", true), ("Desistió", true),
    ("تم الرفض", true), ("Confirmed", false), ("pending", false), ("Approved", false), ("Registration cancelled", true),
    ("Inscripción cancelada", true), ("Dado de baja", true), ("Désistement", true), ("No longer attending", true),
    ("Cancelou", true), ("ألغيت", true), ("Unregistered", true),
  ])
  func declinedStatusesAloneOrBeginningTheStatus(status: String, declined: Bool) {
    #expect(RegistrationStatusWords.reading(status) == (declined ? .declined : .registered))
  }
}

@Suite struct GuestMarkTests {
  /// Teams' guest marks in the network's languages are left out, and a marked name written
  /// family name first is turned round.
  @Test(arguments: [
    ("Moussa Diop (Invité)", "Moussa Diop"), ("Awa Diop (Invitée)", "Awa Diop"),
    ("Ndiaye, Khady (Externe)", "Khady Ndiaye"), ("Ibou Fall (Non vérifié)", "Ibou Fall"),
    ("Layla Haddad (Guest)", "Layla Haddad"), ("Khoury, Rami (External)", "Rami Khoury"),
    ("Lucía Fernández (Invitado)", "Lucía Fernández"), ("Rita Alves (Convidada)", "Rita Alves"),
    ("Omar Saleh (ضيف)", "Omar Saleh"), ("Ana Silva (unverified)", "Ana Silva"),
  ])
  func aGuestMarkIsNoPartOfTheName(shown: String, name: String) {
    #expect(FormToolWords.personName(fromDisplayName: shown) == name)
  }

  /// Anything else is the name as written: other brackets, a comma without a mark, a mark
  /// that is not at the end, a mark alone.
  @Test(arguments: [
    "Awa Ndiaye (Dakar)", "Ndiaye, Awa", "Khady Ndiaye, PhD", "Guest (Invité) Diop", "(Guest)x", "Diop (Guest",
    "Fatou Sall (Guest speaker)",
  ])
  func otherNamesAreKept(shown: String) {
    #expect(FormToolWords.personName(fromDisplayName: shown) == shown)
  }

  /// In a meeting report, one family name, a comma and given names are turned round; a name
  /// with a credential after the comma, or several family names, is kept.
  @Test(arguments: [
    ("Diop, Moussa", "Moussa Diop"), ("Ndiaye, Khady Aminata", "Khady Aminata Ndiaye"), ("Khady Ndiaye, PhD", "Khady Ndiaye, PhD"),
    ("da Silva, João", "da Silva, João"), ("Diop, Moussa, Jr", "Diop, Moussa, Jr"), ("Awa Ndiaye", "Awa Ndiaye"),
  ])
  func aMeetingReportsNamesFamilyNameFirstAreTurnedRound(shown: String, name: String) {
    #expect(FormToolWords.personName(fromDisplayName: shown, inMeetingReport: true) == name)
    #expect(FormToolWords.personName(fromDisplayName: shown) == shown)
  }

  /// The marks Teams writes in Russian, Kazakh, Bosnian, Serbian, Macedonian, Swahili and
  /// Urdu, after a name written either way round.
  @Test(arguments: [
    ("Петров, Иван (Гость)", "Иван Петров"), ("Nurlanova, Aigerim (Гость)", "Aigerim Nurlanova"),
    ("Mwangi, Juma (Mgeni)", "Juma Mwangi"), ("Hodžić, Šejla (Gost)", "Šejla Hodžić"),
    ("Иван Петров (Гость)", "Иван Петров"), ("Juma Mwangi (Mgeni)", "Juma Mwangi"),
    ("عائشہ صدیقی (مہمان)", "عائشہ صدیقی"), ("Әйгерім Нұрланова (Қонақ)", "Әйгерім Нұрланова"),
    ("Јован Петровски (Гостин)", "Јован Петровски"), ("Marko Marić (Vanjski)", "Marko Marić"),
  ])
  func aGuestMarkInTheHubsLanguagesIsNoPartOfTheName(shown: String, name: String) {
    #expect(FormToolWords.personName(fromDisplayName: shown, inMeetingReport: true) == name)
  }

  /// A bracket that is no known mark is kept where it was written: a name with one is not
  /// turned round, which would put the bracket inside the name.
  @Test(arguments: ["Petrov, Ivan (Gostya)", "Ndiaye, Awa (Dakar)"])
  func aNameEndingInAnUnknownBracketIsNotTurnedRound(shown: String) {
    #expect(FormToolWords.personName(fromDisplayName: shown, inMeetingReport: true) == shown)
  }

  @Test func aMarkAloneLeavesAnEmptyName() {
    #expect(FormToolWords.personName(fromDisplayName: "(Guest)") == "")
    #expect(FormToolWords.personName(fromDisplayName: ", Khady (Externe)") == ", Khady")
  }
}
