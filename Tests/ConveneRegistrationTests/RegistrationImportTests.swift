import ConveneCSV
import ConveneCore
import Testing

@testable import ConveneRegistration

@Suite struct RegistrationImportTests {
  @Test func newPeopleGetTheNextIdsAndNormalisedValues() throws {
    let existing = [Build.person("p007", "old@example.org")]
    let table = Build.table(
      "Nom complet;Courriel;Pays;Catégorie;Sexe;Âge;Langues;Publier mon nom",
      "  Aïcha Koné ; Aicha.Kone@Example.ORG ;Côte d'Ivoire;Maire;Femme;47;Français, Anglais;Oui",
      "jean-marc DE LA TOUR;jm@example.fr;France;Jeunesse;;;;")
    let outcome = try RegistrationImport(event: Build.event()).run(table, into: existing)
    #expect(outcome.report.added.map(\.id) == ["p008", "p009"])
    let aicha = outcome.participants[1]
    #expect(aicha.name == "Aïcha Koné")
    #expect(aicha.email == "aicha.kone@example.org")
    #expect(aicha.country == "CI")
    #expect(aicha.region == "West and Central Africa")
    #expect(aicha.category == "mayor")
    #expect(aicha.gender == "woman")
    #expect(aicha.ageGroup == "45-54")
    #expect(aicha.languages == ["fr", "en"])
    #expect(aicha.publishName)
    #expect(aicha.status == .registered)
    // Names are kept as people wrote them; the name is only published with consent.
    #expect(outcome.participants[2].name == "jean-marc DE LA TOUR")
    #expect(!outcome.participants[2].publishName)
  }

  @Test func aReImportFillsEmptyFieldsByEmailAndKeepsIdsAndStatus() throws {
    let existing = [
      Build.person("p001", "a@example.org", status: .confirmed, name: "Awa"),
      Build.person("p002", "b@example.org", name: "Binta"),
    ]
    let table = Build.table("Name,Email,City", "Awa Ndiaye,A@example.org,Dakar", "Binta,b@example.org,")
    let outcome = try RegistrationImport(event: Build.event()).run(table, into: existing)
    #expect(outcome.report.added.isEmpty)
    #expect(outcome.report.updated == [.init(line: 2, id: "p001", fields: ["city"])])
    #expect(
      outcome.report.notApplied == [.init(line: 2, id: "p001", differences: [.init(field: "name", kept: "Awa", export: "Awa Ndiaye")])])
    #expect(outcome.report.unchanged.map(\.id) == ["p002"])
    #expect(outcome.participants.map(\.id) == ["p001", "p002"])
    #expect(outcome.participants[0].status == .confirmed)
    #expect(outcome.participants[0].name == "Awa")
    #expect(outcome.participants[0].city == "Dakar")

    // With --update, every answer replaces what was there.
    var updating = RegistrationImport(event: Build.event())
    updating.updatesExisting = true
    let updated = try updating.run(table, into: existing)
    #expect(updated.report.updated == [.init(line: 2, id: "p001", fields: ["name", "city"])])
    #expect(updated.report.notApplied.isEmpty)
    #expect(updated.participants[0].name == "Awa Ndiaye")
  }

  @Test func aReSubmissionInTheSameFileFillsWhatTheFirstRowFilled() throws {
    // The city was empty in participants.csv: the file's later row replaces its earlier one
    // there, as it does for a new person; a name kept stays kept.
    let existing = [Build.person("p001", "a@example.org", name: "Awa Ndiaye")]
    let table = Build.table("Name,Email,City", "Awa Ndiaye,a@example.org,Dakar", "Awa Ndiaye,a@example.org,Thiès")
    let outcome = try RegistrationImport(event: Build.event()).run(table, into: existing)
    #expect(outcome.participants[0].city == "Thiès")
    #expect(outcome.report.notApplied.isEmpty)
  }

  @Test func badRowsAreRejectedWithLineFieldAndReason() throws {
    let table = Build.table(
      "Name,Email,Country,Category,Time zone",
      "Ok,ok@example.org,Kenya,Mayor,",
      ",nobody@example.org,,,",
      "Bad Mail,not-an-email,,,",
      "Nowhere,n@example.org,Atlantis,,",
      "Odd,o@example.org,,Astronaut,",
      "Zone,z@example.org,,,EAT")
    let report = try RegistrationImport(event: Build.event()).run(table, into: []).report
    #expect(report.added.map(\.line) == [2])
    #expect(report.rejected == [
      .init(line: 3, field: "name", reason: "the name is empty"),
      .init(line: 4, field: "email", reason: "\"not-an-email\" is not an e-mail address"),
      .init(line: 5, field: "country", reason: "\"Atlantis\" is not a country name or ISO code"),
      .init(line: 6, field: "category", reason: "\"Astronaut\" is not a category of this event (write one of event.json's categories, by its id or label)"),
      .init(line: 7, field: "timezone", reason: "\"EAT\" is not an IANA time zone (such as Asia/Karachi)"),
    ])
  }

  @Test func aRepeatedEmailInOneFileKeepsTheLaterAnswers() throws {
    let table = Build.table("Name,Email,City", "Awa,a@example.org,Thiès", "Awa N.,a@example.org,Dakar")
    let outcome = try RegistrationImport(event: Build.event()).run(table, into: [])
    #expect(outcome.participants.count == 1)
    #expect(outcome.participants[0].city == "Dakar")
    #expect(outcome.report.notes.first?.message == "repeats the e-mail of line 2; its answers replace the earlier ones")
  }

  /// A person moved from the form's waiting list to confirmed (or back) sends the form again:
  /// the later submission decides the status as it decides the city, by time, else by the
  /// row further down.
  @Test(arguments: [
    (["14/01/2027 10:00:00,Liste d'attente", "14/01/2027 11:00:00,Confirmé"], ParticipantStatus.registered),
    (["14/01/2027 10:00:00,Confirmé", "14/01/2027 11:00:00,Liste d'attente"], .waitlisted),
    (["14/01/2027 11:00:00,Confirmé", "14/01/2027 10:00:00,Liste d'attente"], .registered),
    (["14/01/2027 11:00:00,Liste d'attente", "14/01/2027 10:00:00,Confirmé"], .waitlisted),
    ([",Liste d'attente", ",Confirmé"], .registered),
    ([",Confirmé", ",Liste d'attente"], .waitlisted),
    (["14/01/2027 10:00:00,Liste d'attente", "14/01/2027 11:00:00,Inscrite", "14/01/2027 12:00:00,Confirmée"], .registered),
  ])
  func theLaterSubmissionDecidesTheStatus(rows: [String], expected: ParticipantStatus) throws {
    let cities = ["Accra", "Kumasi", "Tamale"]
    let header = rows[0].hasPrefix(",") ? "Statut,Nom,Courriel,Ville" : "Horodateur,Statut,Nom,Courriel,Ville"
    let lines = [header] + rows.enumerated().map { "\($1.drop { $0 == "," }),Kofi Mensah,kofi@example.org,\(cities[$0])" }
    let importing = RegistrationImport(event: Build.event(), dateOrder: .dayMonthYear)
    let outcome = try importing.run(CSVTable(text: lines.joined(separator: "\r\n") + "\r\n"), into: [])
    // Same-day times: the latest reads last as text; without times, the last row is the later.
    let later = rows[0].hasPrefix(",") ? rows.count - 1 : rows.indices.max { rows[$0] < rows[$1] }!
    #expect(outcome.participants.first?.city == cities[later])
    #expect(outcome.participants.count == 1)
    #expect(outcome.participants[0].status == expected, "\(rows)")
    #expect(outcome.report.added.map(\.waitlisted) == [expected == .waitlisted])
    #expect(!outcome.report.warnings.contains { $0.kind == .unknownStatuses }, "\(outcome.report.warnings)")
  }

  @Test func probableDuplicatesAreGroupedNotMerged() throws {
    let existing = [
      Build.person("p001", "awa@city.example.org", name: "Awa Ndiaye", city: "Dakar"),
      Build.person("p002", "old@example.org", name: "Binta Sow", city: "Thiès"),
      Build.person("p003", "old2@example.org", name: "Binta Sow", city: "Thiès"),
    ]
    let table = Build.table(
      "Name,Email,City", "NDIAYE Awa,awa.ndiaye@gmail.example.com,dakar", "Awa  Ndiayé,awa2@example.org,DAKAR",
      "Awa Ndiaye,awa3@example.org,Thiès")
    let outcome = try RegistrationImport(event: Build.event()).run(table, into: existing)
    #expect(outcome.participants.count == 6)
    // One group of three in Dakar; Binta Sow's pair was not touched by this import; the Awa in
    // Thiès is someone else.
    #expect(outcome.report.duplicateClusters == [.init(name: "Awa Ndiaye", city: "Dakar", ids: ["p001", "p004", "p005"])])
  }

  @Test func repeatedNamesMakeOneGroupPerNameAndCityNeverPairs() throws {
    var lines = ["Name,Email,City"]
    for n in 0..<2000 { lines.append("Mohamed Ahmed,m\(n)@example.org,\(n % 2 == 0 ? "Cairo" : "Giza")") }
    let outcome = try RegistrationImport(event: Build.event()).run(try CSVTable(text: lines.joined(separator: "\n")), into: [])
    #expect(outcome.report.duplicateClusters.map(\.ids.count) == [1000, 1000])
    #expect(outcome.report.duplicateClusters.map(\.city) == ["Cairo", "Giza"])
    #expect(outcome.report.duplicateClusters[0].ids.prefix(3) == ["p001", "p003", "p005"])
  }

  @Test func overCapacityAndQuotaPeopleAreWaitlistedInSubmissionOrder() throws {
    let existing = [Build.person("p001", "x@example.org", status: .confirmed)]
    let table = Build.table(
      "Timestamp,Name,Email,Category",
      "2027/01/15 9:00:00 AM,Late Mayor,late@example.org,Mayor",
      "2027/01/14 3:00:00 PM,Early Youth,early@example.org,Youth",
      "2027/01/14 8:00:00 AM,Earliest Mayor,first@example.org,Mayor",
      "2027/01/16 8:00:00 AM,Last Youth,last@example.org,Youth")
    let event = Build.event(capacity: 3, quotas: ["mayor": 2])
    let outcome = try RegistrationImport(event: event).run(table, into: existing)
    let status = Dictionary(uniqueKeysWithValues: outcome.participants.map { ($0.email, $0.status) })
    #expect(status["first@example.org"] == .registered)
    #expect(status["early@example.org"] == .registered)
    #expect(status["late@example.org"] == .waitlisted)  // the mayor quota (2) is full
    #expect(status["last@example.org"] == .waitlisted)  // the event (3) is full
    // Ids follow the order of registration.
    #expect(outcome.participants.map(\.email) == ["x@example.org", "first@example.org", "early@example.org", "late@example.org", "last@example.org"])
    #expect(outcome.participants.map(\.id) == ["p001", "p002", "p003", "p004", "p005"])
    #expect(outcome.report.waitlistedCount == 2)
  }

  @Test func nomBesidePrenomIsTheFamilyName() throws {
    let table = Build.table("Nom;Prénom;Courriel", "Côté;Noémie;nc@example.org")
    let outcome = try RegistrationImport(event: Build.event()).run(table, into: [])
    #expect(outcome.participants[0].name == "Noémie Côté")
    #expect(outcome.report.columns.map(\.field) == [.lastName, .firstName, .email])
  }

  @Test func columnMapOverridesAndIgnores() throws {
    let table = Build.table("Participant,Contact,Notes", "Awa,a@example.org,Vegetarian")
    let outcome = try RegistrationImport(event: Build.event(), columnMap: ["participant": .name, "CONTACT": .email, "Notes": .needs]).run(table, into: [])
    #expect(outcome.participants[0].name == "Awa")
    #expect(outcome.participants[0].needs == ["Vegetarian"])
  }

  @Test func fileProblemsStopTheImport() {
    #expect(throws: RegistrationImport.FileProblem.self) {
      try RegistrationImport(event: Build.event()).run(Build.table("Name,Phone", "Awa,1"), into: [])
    }
    #expect(throws: RegistrationImport.FileProblem.self) {
      try RegistrationImport(event: Build.event(), columnMap: ["missing": .name]).run(Build.table("Name,Email", "Awa,a@example.org"), into: [])
    }
  }

  @Test func unrecognisedAnswersAreLeftEmptyWithANote() throws {
    let table = Build.table("Name,Email,Gender,Age", "Awa,a@example.org,Yes,old")
    let outcome = try RegistrationImport(event: Build.event()).run(table, into: [])
    #expect(outcome.participants[0].gender == "")
    #expect(outcome.report.notes.map(\.field) == ["gender", "age_group"])
  }

  /// Answers and texts are remembered by the bytes of their cells: a quoted cell with doubled
  /// quotes (`"Chef ""adjoint"""`) and an unquoted one written with the same bytes between its
  /// delimiters are two different texts.
  @Test func aQuotedCellAndAnUnquotedOneWithTheSameBytesAreTwoTexts() throws {
    let quoted = ("\"Chef \"\"adjoint\"\"\"", "Chef \"adjoint\"")
    let unquoted = ("Chef \"\"adjoint\"\"", "Chef \"\"adjoint\"\"")
    // Whichever comes first is remembered first.
    for rows in [[quoted, unquoted, quoted], [unquoted, quoted, unquoted]] {
      let lines = rows.enumerated().map { "Person \($0.offset),p\($0.offset)@example.org,\($0.element.0)" }
      let document = try CSVDocument(text: (["Name,Email,Title"] + lines).joined(separator: "\n") + "\n")
      let outcome = try RegistrationImport(event: Build.event()).run(document, into: [])
      #expect(outcome.participants.map(\.title) == rows.map(\.1))
    }
  }

}
