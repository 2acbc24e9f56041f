import ConveneCSV
import ConveneCore
import Testing

@testable import ConveneRegistration

/// The wording of Lusophone, Central African and Gulf/Maghreb forms: visa forms that ask where
/// a person was born beside where they live, a nationality beside the country of residence,
/// age options written with a sign, order dates, Portuguese and Congolese name parts, and an
/// Arabic export damaged headers and all.
@Suite struct HubFormWordingTests {
  /// The lines imported into an event of `capacity` places, as `FormToolHeaderTests` imports them.
  func importing(capacity: Int? = nil, _ lines: String...) throws -> RegistrationImport.Outcome {
    try RegistrationImport(event: Build.event(capacity: capacity))
      .run(CSVTable(text: lines.joined(separator: "\n") + "\n"), into: [])
  }

  func mapping(_ outcome: RegistrationImport.Outcome) -> [String: String] { FormToolHeaderTests().mapping(outcome) }

  @Test func aFrenchVisaFormsBirthplaceIsNeverWhereThePersonLives() throws {
    let outcome = try importing(
      "Horodateur,Adresse e-mail,Nom complet,Date de naissance,Lieu de naissance,Pays de naissance,Ville de naissance,Ville de résidence,Pays de résidence,Fonction,Catégorie",
      "2027/01/10 10:00:00,n1@example.org,Félix Tshisekedi,13/06/1963,Kinshasa,RDC,Kinshasa,Lubumbashi,Gabon,Maire,Maire")
    #expect(outcome.report.rejected.isEmpty)
    let person = try #require(outcome.participants.first)
    #expect((person.city, person.country, person.region) == ("Lubumbashi", "GA", "West and Central Africa"))
    let fields = mapping(outcome)
    for birth in ["Date de naissance", "Lieu de naissance", "Pays de naissance", "Ville de naissance"] {
      #expect(fields[birth] == "ignore", "\(birth)")
    }
    #expect(fields["Ville de résidence"] == "city" && fields["Pays de résidence"] == "country")
  }

  @Test(arguments: [
    ("Email,Full name,Country of birth,City of birth,City of residence,Country of residence,Category", "Portugal,Porto,Recife,Brazil"),
    ("E-mail,Nome completo,País de nascimento,Cidade de nascimento,Cidade de residência,País de residência,Categoria", "Portugal,Porto,Recife,Brasil"),
    ("Email,Full name,City of residence,Country of residence,Place of birth,Country/City of birth,Category", "Recife,Brazil,Porto,Portugal"),
  ])
  func birthColumnsGiveWayToResidenceInEnglishAndPortuguese(header: String, places: String) throws {
    let outcome = try importing(header, "b1@example.org,Ana Lima,\(places),mayor")
    #expect(outcome.report.rejected.isEmpty)
    let person = try #require(outcome.participants.first)
    #expect((person.city, person.country) == ("Recife", "BR"))
  }

  @Test(arguments: [
    "Email,Full name,Country of residence,Nationality,Category|Brazil,Portugal",
    "Email,Full name,Nationality,Country of residence,Category|Portugal,Brazil",
    "Email,Full name,Nationalité,Pays de résidence,Category|Portugal,Brésil",
    "Email,Full name,Pays de residence,Nationalité,Category|Brésil,Congolaise",
    "Email,Full name,País de residência,Nacionalidade,Category|Brasil,Portugal",
    "Email,Full name,Nacionalidad,País de residencia,Category|Portugal,Brasil",
  ])
  func theCountryOfResidenceWinsOverANationalityInEitherOrder(_ form: String) throws {
    let parts = form.split(separator: "|").map(String.init)
    let outcome = try importing(parts[0], "a@example.org,Ana Lima,\(parts[1]),mayor")
    #expect(outcome.report.rejected.isEmpty, "\(outcome.report.rejected)")
    #expect(outcome.participants.first?.country == "BR")
  }

  @Test(arguments: [
    ("+60", "60+"), ("+60 ans", "60+"), ("+٦٠", "60+"), ("+ 60", "60+"), ("+ de 60 ans", "60+"), ("+18", "18+"),
    ("+18 ans", "18+"), ("- de 25 ans", "under-25"), ("moins 25", "under-25"), ("-25", "under-25"), ("− 25 ans", "under-25"),
    ("30s", "30-39"), ("40s", "40-49"), ("60 ans et +", "60+"), ("moins de 18 ans", "under-18"), ("25 ans et moins", "under-26"),
    ("47", "45-54"),
  ])
  func ageOptionsWithASignReadAsTheyMean(answer: String, group: String) {
    #expect(DemographicValues.ageGroup(answer) == group)
    #expect(!DemographicValues.isImpossibleAge(answer))
  }

  @Test func aNegativeNumberBelowAnAdultsLimitIsStillNoAge() {
    #expect(DemographicValues.isImpossibleAge("-5"))
    #expect(DemographicValues.isImpossibleAge("-17"))
  }

  @Test func ageOptionsAreStoredInTheirGroupOnImport() throws {
    let outcome = try importing(
      "Adresse e-mail,Nom complet,Pays,Catégorie,Âge", "g0@example.org,Personne Testa,Gabon,Maire,+60",
      "g1@example.org,Personne Testb,Gabon,Maire,- de 25 ans", "g2@example.org,Personne Testc,Gabon,Maire,-25")
    #expect(outcome.report.rejected.isEmpty && outcome.report.notes.isEmpty)
    #expect(outcome.participants.map(\.ageGroup) == ["60+", "under-25", "under-25"])
  }

  @Test(arguments: [
    "Date de la commande", "Order Date", "Hora da inscrição", "Hora de inscripción", "تاريخ التسجيل", "Date d'inscription",
    "Data de inscrição",
  ])
  func registrationTimeHeadersOrderTheWaitlist(header: String) throws {
    let outcome = try importing(
      capacity: 2, "\(header),Prénom,Nom,E-mail,Pays",
      "2027-01-20 09:15:00,Zacharie,Abena,z.abena@example.org,Cameroun",
      "2026-12-02 08:00:00,Béatrice,Ondo,b.ondo@example.org,Gabon",
      "2026-12-05 11:30:00,Youssouf,Abakar,y.abakar@example.org,Tchad")
    #expect(mapping(outcome)[header] == "timestamp")
    let byName = Dictionary(uniqueKeysWithValues: outcome.participants.map { ($0.name, $0) })
    #expect(byName["Béatrice Ondo"]?.id == "p001" && byName["Youssouf Abakar"]?.id == "p002")
    #expect(byName["Zacharie Abena"]?.status == .waitlisted)
    #expect(byName["Youssouf Abakar"]?.status == .registered)
  }

  @Test(arguments: [
    ("Email,Nome próprio,Apelido,País,Categoria", "Graça,Simbine Machel", "Graça Simbine Machel"),
    ("Email,Nome,Apelido,País,Categoria", "Graça,Simbine Machel", "Graça Simbine Machel"),
    ("Email,Primeiro nome,Sobrenome,Outros nomes,País,Categoria", "Graça,Machel,Simbine", "Graça Simbine Machel"),
    ("Email,Nom,Postnom,Prénom,País,Categoria", "Tshisekedi,Tshilombo,Félix", "Félix Tshisekedi Tshilombo"),
  ])
  func portugueseAndCongoleseNamePartsAreKept(header: String, cells: String, name: String) throws {
    let outcome = try importing(header, "m1@example.org,\(cells),Moçambique,mayor")
    #expect(outcome.report.rejected.isEmpty && outcome.report.ignoredColumns.isEmpty, "\(outcome.report.ignoredColumns)")
    #expect(outcome.participants.map(\.name) == [name])
  }

  @Test func aBrazilianNicknameBesideTheSurnameIsNoFamilyName() throws {
    let outcome = try importing("Email,Nome,Apelido,Sobrenome,País", "l@example.org,Luiz Inácio,Lula,da Silva,Brasil")
    #expect(outcome.participants.map(\.name) == ["Luiz Inácio da Silva"])
    #expect(outcome.report.ignoredColumns == ["Apelido"])
  }

  @Test func aTopLevelDomainWithADigitAndAnArabicIndicDigitAreRefused() throws {
    let outcome = try importing(
      "Email,Full name", "ana24@example.c0m,Ana Lima", "ana٥@example.org,Ana Cinco", "ana@example.xn--p1ai,Ana Rf",
      "ana@example.org,Ana Org")
    #expect(outcome.report.rejected.map(\.line) == [2, 3])
    #expect(outcome.report.rejected.first?.reason == "\"ana24@example.c0m\" is not an e-mail address: \"c0m\" is no top-level domain")
    #expect(outcome.report.rejected.last?.reason.contains("holds the digit ٥ of another script than Latin: type it as 5") == true)
    #expect(outcome.participants.map(\.email) == ["ana@example.xn--p1ai", "ana@example.org"])
  }

  /// Full-width letters (an East Asian input method left on), a ligature and a superscript
  /// look like the plain characters and make other addresses: refused naming the character;
  /// `ß`, which only case folding changes, and a domain wholly in another script are kept.
  @Test func aCompatibilityFormInAnAddressIsRefused() throws {
    let outcome = try importing(
      "Email,Full name", "ａｎａ@example.org,Ana Wide", "ana@exａmple.org,Ana Half", "oﬁce@example.org,Ana Liga",
      "ana²@example.org,Ana Square", "straße@example.de,Ana Strasse", "ana@почта.рф,Ana Rf")
    #expect(outcome.report.rejected.map(\.line) == [2, 3, 4, 5])
    #expect(
      outcome.report.rejected.first?.reason
        == "\"ａｎａ@example.org\" holds U+FF41 (ａ), a wide or compatibility form of a "
        + "character: it looks like the plain one and makes another address; type the address again")
    #expect(outcome.report.rejected.map { $0.reason.contains("a wide or compatibility form") } == [true, true, true, true])
    #expect(outcome.participants.map(\.email) == ["straße@example.de", "ana@почта.рф"])
  }

  @Test func aNeedsAnswerOnTwoLinesIsTwoNeeds() throws {
    let outcome = try importing(
      "Adresse e-mail,Nom complet,Besoins particuliers", "a@example.org,Awa Diop,\"fauteuil roulant\ninterprétation\"",
      "b@example.org,Binta Sow,\"halal\r\nsans gluten; végétarien\"")
    #expect(outcome.participants.map(\.needs) == [["fauteuil roulant", "interprétation"], ["halal", "sans gluten", "végétarien"]])
  }

  @Test func anArabicExportDoubleEncodedHeadersAndAllSaysSoNotMap() throws {
    // `الطابع الزمني,عنوان البريد الإلكتروني,الاسم الكامل,المدينة` as UTF-8 read as Windows-1256 and saved again.
    let header = "ط§ظ„ط·ط§ط¨ط¹ ط§ظ„ط²ظ…ظ†ظٹ,ط¹ظ†ظˆط§ظ† ط§ظ„ط¨ط±ظٹط¯ ط§ظ„ط¥ظ„ظƒطھط±ظˆظ†ظٹ,ط§ظ„ط§ط³ظ… ط§ظ„ظƒط§ظ…ظ„,ط§ظ„ظ…ط¯ظٹظ†ط©"
    #expect(throws: RegistrationImport.FileProblem.self) {
      try importing(header, "2027/01/15 10:05:31,m.saad@example.org,ظ…ط­ظ…ط¯ ط³ط¹ط¯,ط¹ظ…ظ‘ط§ظ†")
    }
    do {
      _ = try importing(header, "2027/01/15 10:05:31,m.saad@example.org,ظ…ط­ظ…ط¯ ط³ط¹ط¯,ط¹ظ…ظ‘ط§ظ†")
    } catch let problem as RegistrationImport.FileProblem {
      #expect(problem.message.hasPrefix("the header looks double-encoded: \"ط§ظ„ط·ط§ط¨ط¹ ط§ظ„ط²ظ…ظ†ظٹ\" is \"الطابع الزمني\""))
      #expect(problem.message.contains("Windows-1256") && problem.message.contains("iconv -f utf-8 -t windows-1256"))
      #expect(!problem.message.contains("--map"))
    }
  }

  @Test func shortCountryNamesMozambicanMayorsAndFrenchGenderWords() throws {
    let outcome = try importing(
      "Email,Full name,Pays,Categoria,Sexe", "a@example.org,Awa Test,Centrafrique,Presidente do Município,Fém.",
      "b@example.org,Bento Test,Sao Tome,Presidente do Conselho Municipal,Masc.",
      "c@example.org,Cara Test,Île Maurice,mayor,Madame", "d@example.org,Dan Test,São Tomé,mayor,Monsieur",
      "e@example.org,Eva Test,Angola,mayor,Sra.", "f@example.org,Fil Test,Angola,mayor,Sr.")
    #expect(outcome.report.rejected.isEmpty && outcome.report.notes.isEmpty)
    #expect(outcome.participants.map(\.country) == ["CF", "ST", "MU", "ST", "AO", "AO"])
    #expect(outcome.participants.map(\.category) == ["mayor", "mayor", "mayor", "mayor", "mayor", "mayor"])
    #expect(outcome.participants.map(\.gender) == ["woman", "man", "woman", "man", "woman", "man"])
  }

  @Test func aCivilityColumnGivesTheGenderUnlessAGenderColumnIsThere() throws {
    let civility = try importing(
      "Horodateur,Adresse e-mail,Civilité,Prénom,Nom,Pays", "2027/01/10 10:00:00,c1@example.org,M.,Paul,Mbarga,Cameroun",
      "2027/01/10 11:00:00,c2@example.org,Mme,Rose,Ndong,Gabon", "2027/01/10 12:00:00,c3@example.org,Mlle,Awa,Sy,Gabon")
    #expect(!civility.report.warnings.contains { $0.kind == .genderLetters } && civility.report.notes.isEmpty)
    #expect(civility.participants.map(\.gender) == ["man", "woman", "woman"])
    let both = try importing(
      "Adresse e-mail,Civilité,Nom complet,Sexe", "c1@example.org,Mme,Paule Mbarga,Homme", "c2@example.org,M.,Rose Ndong,Femme")
    #expect(both.participants.map(\.gender) == ["man", "woman"])
    #expect(both.report.ignoredColumns == ["Civilité"])
  }

  /// In a gender column, `M` beside `Male` (or `Homme`, `Masculino`) may be short for it as well
  /// as for mujer: a warning, never a woman (nor, beside `Mujer`, a man).
  @Test(arguments: [("Gender", "Male"), ("Sexe", "Homme"), ("Género", "Masculino"), ("Gênero", "Homem"), ("Sexo", "Mujer")])
  func anMBesideAGenderWrittenOutIsUnsettled(header: String, written: String) throws {
    let outcome = try importing(
      "Email,Full name,Category,\(header)", "j.smith@x.example.org,John Smith,Civil society,\(written)",
      "p.jones@x.example.org,Peter Jones,Civil society,M")
    #expect(outcome.report.warnings.filter { $0.kind == .genderLetters }.map(\.lines) == [[3]])
  }

  @Test func anMThatOnlyItsOwnKindSurroundsIsStillNoMan() throws {
    let outcome = try importing("Adresse e-mail,Nom complet,Civilité", "c1@example.org,Paul Mbarga,M.", "c2@example.org,Rose Ndong,M")
    #expect(outcome.report.warnings.filter { $0.kind == .genderLetters }.map(\.lines) == [[2, 3]])
    #expect(outcome.participants.map(\.gender) == ["", ""])
  }
}
