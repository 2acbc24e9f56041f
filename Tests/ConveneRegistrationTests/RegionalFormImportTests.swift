import ConveneCSV
import ConveneCore
import Testing

@testable import ConveneRegistration

/// Exports as Arab-states, West African francophone and Latin American hubs send them:
/// KoboToolbox name questions inside a group, Microsoft Forms answered from a secretariat's
/// account with everyday name and e-mail wordings, "will not attend" statuses, language answers
/// with words about the language, a weekday that contradicts its date, and names no one types.
@Suite struct RegionalFormImportTests {
  func importing(_ lines: String...) throws -> RegistrationImport.Outcome {
    try RegistrationImport(event: Build.event()).run(
      CSVTable(text: lines.joined(separator: "\n") + "\n"), into: [])
  }

  @Test(
    arguments: [
      (
        "identite/Nom;identite/Prénom;contact/Courriel;Catégorie", "Diallo;Mamadou Saliou",
        "Mamadou Saliou Diallo"
      ),
      (
        "identite/nom;identite/prenom;contact/courriel;categorie", "Diallo;Mamadou Saliou",
        "Mamadou Saliou Diallo"
      ),
      (
        "identite/Prénom;identite/Nom;contact/Courriel;Catégorie", "Aïssata;Sawadogo",
        "Aïssata Sawadogo"
      ),
      (
        "datos/Nombre;datos/Apellidos;datos/Correo electrónico;Categoría", "María;Pérez Gómez",
        "María Pérez Gómez"
      ),
      (
        "dados_pessoais/Nome;dados_pessoais/Sobrenome;dados_pessoais/Email;Categoria",
        "João;da Silva Santos", "João da Silva Santos"
      ),
      (
        "معلومات/الاسم;معلومات/اللقب;معلومات/البريد الإلكتروني;الفئة", "محمد;بن صالح",
        "محمد بن صالح"
      ),
      (
        "group_identity/Last Name;group_identity/First Name;Email;Category",
        "Diallo;Mamadou Saliou", "Mamadou Saliou Diallo"
      ),
    ] as [(String, String, String)])
  func aKoboGroupsSplitNameIsJoinedWhole(header: String, names: String, whole: String) throws {
    let outcome = try importing(header, "\(names);k1@example.org;mayor")
    #expect(outcome.report.rejected.isEmpty, "\(outcome.report.rejected)")
    #expect(outcome.participants.map(\.name) == [whole])
  }

  @Test func updateNeverShortensAStoredName() throws {
    let existing = [
      Build.person("p001", "msd@example.gn", name: "Mamadou Saliou Diallo"),
      Build.person("p002", "as@example.bf", name: "Aïssata"),
    ]
    // A Kobo export read with the family names left out, then a completed name.
    let table = Build.table(
      "Name,Email,City", "Mamadou Saliou,msd@example.gn,Labé", "Aïssata Sawadogo,as@example.bf,Bobo"
    )
    var updating = RegistrationImport(event: Build.event())
    updating.updatesExisting = true
    let outcome = try updating.run(table, into: existing)
    #expect(outcome.participants.map(\.name) == ["Mamadou Saliou Diallo", "Aïssata Sawadogo"])
    #expect(outcome.participants.map(\.city) == ["Labé", "Bobo"])
    #expect(
      outcome.report.notApplied == [
        .init(
          line: 2, id: "p001",
          differences: [
            .init(field: "name", kept: "Mamadou Saliou Diallo", export: "Mamadou Saliou")
          ])
      ])
    #expect(outcome.report.updated.map(\.fields) == [["city"], ["name", "city"]])
  }

  @Test(
    arguments: [
      (
        "ID,Hora de início,Hora de conclusão,Email,Nome,Nome e sobrenome,E-mail para contato,País,Categoria",
        "secretaria@prefeitura.example.br,Secretaria Prefeitura", "Brasil"
      ),
      (
        "Id,Hora de inicio,Hora de finalización,Correo electrónico,Nombre,Nombres y apellidos,Correo electrónico personal,País,Categoría",
        "secretaria@muni.example.cl,Secretaría Municipal", "Chile"
      ),
      (
        "ID,Heure de début,Heure de fin,Adresse de messagerie,Nom,Nom et prénoms,Adresse e-mail,Pays,Catégorie",
        "dg@mairie-cocody.example.ci,Direction Générale", "Côte d'Ivoire"
      ),
    ] as [(String, String, String)])
  func aSharedFormsAccountGivesWayToTheQuestions(header: String, account: String, country: String)
    throws
  {
    let outcome = try importing(
      header,
      "1,20/04/2027 15:01:02,20/04/2027 15:05:09,\(account),Ana Paula Souza,ana.souza@example.org,\"\(country)\",mayor",
      "2,21/04/2027 09:01:02,21/04/2027 09:05:09,\(account),José Carlos Lima,jose.lima@example.org,\"\(country)\",mayor"
    )
    #expect(outcome.report.rejected.isEmpty, "\(outcome.report.rejected)")
    #expect(outcome.participants.map(\.name) == ["Ana Paula Souza", "José Carlos Lima"])
    #expect(
      outcome.participants.map(\.email) == ["ana.souza@example.org", "jose.lima@example.org"])
  }

  @Test(arguments: [
    "Nom et prénoms", "Nom & Prénom", "Nom et prénom(s)", "Nombres y apellidos",
    "Apellidos y nombres", "Nome e sobrenome",
  ])
  func aWholeNameQuestionIsAWholeName(header: String) throws {
    let outcome = try importing(
      "Email,\(header),Nom,Category", "a@example.org,Awa Ndiaye,Secrétariat,mayor")
    #expect(FormToolHeaderTests().mapping(outcome)[header] == "name")
    #expect(outcome.participants.map(\.name) == ["Awa Ndiaye"])
  }

  @Test(arguments: [
    "No asiste", "No participará", "Não participa", "Não vai", "Não participará", "Não comparecerá",
    "Não vai participar",
    "Não irá", "Recusou", "لا يحضر", "لن يحضر", "لن يشارك", "Décliné", "Ne participera pas",
    "Ne viendra pas", "Not going",
    "Won't attend",
  ])
  func aWillNotAttendStatusTakesNoPlace(status: String) throws {
    let outcome = try importing(
      "Email,Full name,Attendee Status,Category", "a@example.org,Ana Lima,\(status),mayor",
      "b@example.org,Bo Li,Attending,mayor")
    #expect(outcome.participants.map(\.email) == ["b@example.org"], "\(status)")
    #expect(outcome.report.declined.map(\.line) == [2])
  }

  @Test(
    arguments: [
      ("\"Anglais lu, écrit, parlé\"", ["en"], ["lu", "écrit", "parlé"]),
      ("Portugais lu et parlé", ["pt"], ["lu", "parlé"]),
      ("\"Français, Anglais lu\"", ["fr", "en"], ["lu"]),
      ("Français courant; Anglais lu", ["fr", "en"], ["courant", "lu"]),
      ("Español no", ["es"], ["no"]), ("English Sign Language", ["en"], ["Sign", "Language"]),
      ("\"Français, lu\"", ["fr"], ["lu"]), ("\"Espagnol, no\"", ["es"], ["no"]),
      ("\"English, FR\"", ["en", "fr"], []),
      ("\"Ar, Fr\"", ["ar", "fr"], []), ("AR/FR/EN", ["ar", "fr", "en"], []),
      ("fr en", ["fr", "en"], []), ("francais anglais", ["fr", "en"], []),
    ] as [(String, [String], [String])])
  func aWordAfterALanguageIsNeverALanguageCode(answer: String, codes: [String], noted: [String])
    throws
  {
    let outcome = try importing(
      "Email,Full name,Langues parlées,Category", "a@example.org,Awa Ndiaye,\(answer),mayor")
    #expect(outcome.participants.first?.languages == codes, "\(answer)")
    let notes = outcome.report.notes.filter { $0.field == "languages" }.map(\.message)
    #expect(
      notes == noted.map { "\"\($0)\" is not a language convene knows; left out" }, "\(answer)")
  }

  @Test func aWeekdayThatContradictsItsDateIsRefusedNamingLineAndField() throws {
    let outcome = try importing(
      "Adresse e-mail,Nom complet,Catégorie,Date d'arrivée,Date de départ",
      "w1@example.org,Awa Weekday,mayor,mardi 8 mars 2027,mercredi 10 mars 2027",
      "w2@example.org,Modou Weekday,mayor,lundi 8 mars 2027 à 14h30,mercredi 10 mars 2027 à 12:00")
    #expect(outcome.participants.map(\.email) == ["w2@example.org"])
    let rejected = try #require(outcome.report.rejected.first)
    #expect(outcome.report.rejected.count == 1)
    #expect((rejected.line, rejected.field) == (2, "arrival"))
    #expect(
      rejected.reason.contains("names a Tuesday, but 2027-03-08 is a Monday"), "\(rejected.reason)")
  }

  @Test(arguments: ["\u{301}Oumar Ba", "Binta\u{E000} Kane", "1.234567890123457e+19", "12345"])
  func aNameNoOneTypesIsRefused(name: String) throws {
    let outcome = try importing("Email,Full name,Category", "a@example.org,\(name),mayor")
    #expect(outcome.participants.isEmpty, "\(name)")
    #expect(outcome.report.rejected.map(\.field) == ["name"], "\(name)")
  }

  /// A phone number, a date or an id in the name column, in any script's digits: refused on
  /// its line, saying what it is; a name with a digit beside letters is a name.
  @Test(arguments: ["(221) 77-123-45-67", "١٢/٠٥/٢٠٢٧", "#4521", "۱۲۳۴۵", "12:30"])
  func digitsWithoutALetterAreNoName(name: String) throws {
    let outcome = try importing("Email,Full name,Category", "a@example.org,\(name),mayor", "b@example.org,Awa Ndiaye 2,mayor")
    #expect(outcome.participants.map(\.name) == ["Awa Ndiaye 2"], "\(name)")
    let rejected = try #require(outcome.report.rejected.first)
    #expect((rejected.line, rejected.field) == (2, "name"))
    #expect(
      rejected.reason == "\"\(name)\" has digits and no letter (a phone number, a date or an id in the name column?); "
        + "write the name and import again", "\(rejected.reason)")
  }
}
