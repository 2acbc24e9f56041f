import ConveneCSV
import ConveneCore
import Testing

@testable import ConveneRegistration

/// Eventbrite's attendee report, Teams' Arabic roles and a placeholder under `--update`, as the
/// Great Lakes/Horn, Maghreb/Gulf and Southern Cone hubs export them.
@Suite struct HubExportFindingsTests {
  func importing(_ lines: [String], into existing: [Participant] = [], updating: Bool = false)
    throws
    -> RegistrationImport.Outcome
  {
    var run = RegistrationImport(event: Build.event())
    run.updatesExisting = updating
    return try run.run(CSVTable(text: lines.joined(separator: "\r\n") + "\r\n"), into: existing)
  }

  /// The buyer's billing country is not the attendee's: `Home Country` and `Home City` are read,
  /// `Billing Country` left out, whichever comes first.
  @Test func theHomeCountryWinsOverTheBuyersBillingCountry() throws {
    let outcome = try importing([
      "Order #,Buyer First Name,Buyer Last Name,Buyer Email,First Name,Last Name,Email,Billing Country,Billing City,Home Country,Home City,Work Country,Work City,Attendee Status,Category",
      "1001,Secretaría,Municipal,secretaria@munilapaz.bo,Rosa,Mamani,rosa.mamani@ex.bo,Bolivia,La Paz,Paraguay,Asunción,Bolivia,La Paz,Attending,mayor",
    ])
    #expect(outcome.participants.map(\.country) == ["PY"])
    #expect(outcome.participants.map(\.city) == ["Asunción"])
    #expect(outcome.report.columns.first { $0.field == .country }?.header == "Home Country")
    #expect(outcome.report.columns.first { $0.field == .city }?.header == "Home City")
  }

  /// A billing column alone, in the languages Eventbrite exports, gives no country or city.
  @Test(arguments: [
    ("Billing Country", "Billing City"), ("Pays de facturation", "Ville de facturation"),
    ("País de facturación", "Ciudad de facturación"), ("País de cobrança", "Cidade de cobrança"),
  ])
  func aBillingColumnIsNeverThePersonsCountry(country: String, city: String) throws {
    let outcome = try importing([
      "Email,Full name,\(country),\(city),Category", "a@example.org,Ana Lima,Bolivia,La Paz,mayor",
    ])
    #expect(outcome.participants.map(\.country) == [""], "\(country)")
    #expect(outcome.participants.map(\.city) == [""], "\(city)")
  }

  /// `Work Country` before `Home Country` gives way to it; alone it is read.
  @Test func theWorkCountryGivesWayToTheHomeCountry() throws {
    let both = try importing([
      "Full name,Email Address,Category,Work Country,Work City,Home Country,Home City",
      "Amina Farah,hd@ex.org,mayor,Somalia,Mogadishu,Ethiopia,Addis Ababa",
    ])
    #expect(both.participants.map(\.country) == ["ET"])
    #expect(both.participants.map(\.city) == ["Addis Ababa"])
    let alone = try importing([
      "Full name,Email Address,Category,Work Country", "Amina Farah,hd@ex.org,mayor,Somalia",
    ])
    #expect(alone.participants.map(\.country) == ["SO"])
  }

  /// Eventbrite's translated attendee reports: the work country and city before the home ones
  /// give way to them, the billing ones are never read; alone, the work ones are read.
  @Test(arguments: [
    ("Pays de facturation", "Pays (travail)", "Ville (travail)", "Pays du domicile", "Ville du domicile"),
    ("Pays de facturation", "Pays du travail", "Ville du travail", "Pays (domicile)", "Ville (domicile)"),
    ("País de facturación", "País (trabajo)", "Ciudad (trabajo)", "País de residencia", "Ciudad de residencia"),
    ("País de facturación", "País del trabajo", "Ciudad del trabajo", "País (casa)", "Ciudad (casa)"),
    ("País de cobrança", "País (trabalho)", "Cidade (trabalho)", "País de residência", "Cidade de residência"),
    ("País de cobrança", "País do trabalho", "Cidade do trabalho", "País (casa)", "Cidade (casa)"),
  ])
  func aTranslatedWorkAddressGivesWayToTheHomeOne(
    billing: String, workCountry: String, workCity: String, homeCountry: String, homeCity: String
  ) throws {
    let both = try importing([
      "Nom complet,Email,Category,\(billing),\(workCountry),\(workCity),\(homeCountry),\(homeCity)",
      "Amina Farah,hd@ex.org,mayor,Kenya,Somalia,Mogadishu,Ethiopia,Addis Ababa",
    ])
    #expect(both.participants.map(\.country) == ["ET"], "\(workCountry)")
    #expect(both.participants.map(\.city) == ["Addis Ababa"], "\(workCity)")
    let homeFirst = try importing([
      "Nom complet,Email,Category,\(homeCountry),\(homeCity),\(workCountry),\(workCity),\(billing)",
      "Amina Farah,hd@ex.org,mayor,Ethiopia,Addis Ababa,Somalia,Mogadishu,Kenya",
    ])
    #expect(homeFirst.participants.map(\.country) == ["ET"], "\(workCountry)")
    #expect(homeFirst.participants.map(\.city) == ["Addis Ababa"], "\(workCity)")
    let alone = try importing([
      "Nom complet,Email,Category,\(billing),\(workCountry),\(workCity)", "Amina Farah,hd@ex.org,mayor,Kenya,Somalia,Mogadishu",
    ])
    #expect(alone.participants.map(\.country) == ["SO"], "\(workCountry)")
    #expect(alone.participants.map(\.city) == ["Mogadishu"], "\(workCity)")
  }

  /// Teams' Arabic roles with the article, under an Arabic or an English header: read as nothing.
  @Test(arguments: ["الدور", "Role"])
  func arabicMeetingRolesWithTheArticleAreNoTitle(header: String) throws {
    let outcome = try importing([
      "الاسم,البريد الإلكتروني,\(header),الفئة", "سالم الكعبي,s.kaabi@ex.ae,الحاضر,mayor",
      "مريم المهيري,m.m@ex.ae,المنظم,mayor", "خالد العلي,k.ali@ex.ae,مقدم العرض,mayor",
    ])
    #expect(outcome.participants.map(\.title) == ["", "", ""])
    #expect(outcome.report.columns.first { $0.header == header }?.field == .ignore)
  }

  /// A title that only starts like a role, or a job with the article, stays a title.
  @Test func anArabicJobTitleStaysATitle() throws {
    let outcome = try importing([
      "الاسم,البريد الإلكتروني,الدور,الفئة", "سالم الكعبي,s.kaabi@ex.ae,الحاضر,mayor",
      "مريم المهيري,m.m@ex.ae,المدير العام,mayor",
    ])
    #expect(outcome.participants.map(\.title) == ["الحاضر", "المدير العام"])
  }

  /// A placeholder organisation, title or city erases nothing under `--update`, as an empty cell.
  @Test(arguments: ["-", "N/A", "—"])
  func aPlaceholderErasesNothingOnUpdate(placeholder: String) throws {
    var stored = Build.person("p001", "hw@ex.so", name: "Hodan Warsame", city: "Mogadishu")
    stored.organisation = "Mairie de Mogadiscio"
    stored.title = "Maire"
    let outcome = try importing(
      [
        "Nom complet,Adresse e-mail,Ville,Catégorie,Organisation,Fonction",
        "Hodan Warsame,HW@ex.so,\(placeholder),mayor,\(placeholder),\(placeholder)",
      ], into: [stored], updating: true)
    #expect(outcome.participants.map(\.organisation) == ["Mairie de Mogadiscio"], "\(placeholder)")
    #expect(outcome.participants.map(\.title) == ["Maire"])
    #expect(outcome.participants.map(\.city) == ["Mogadishu"])
    #expect(outcome.report.updated.isEmpty, "\(outcome.report.updated)")
  }

  /// `Inscrit(e)` and `Confirmé(e)` read as `Inscrit·e`: registrations, without a warning.
  @Test(arguments: ["Inscrit(e)", "Confirmé(e)", "Inscrit·e", "Confirmé·e"])
  func anInclusiveEndingInBracketsIsRead(status: String) throws {
    let outcome = try importing([
      "Email,Full name,Statut,Category", "a@example.org,Ana Lima,\(status),mayor",
    ])
    #expect(outcome.participants.map(\.email) == ["a@example.org"], "\(status)")
    #expect(outcome.report.warnings.isEmpty, "\(status): \(outcome.report.warnings)")
  }

  /// A new person's placeholder organisation, title or city is stored empty, not as `-`.
  @Test(arguments: ["-", "N/A", "—"])
  func aPlaceholderIsStoredEmpty(placeholder: String) throws {
    let outcome = try importing([
      "Email,Full name,Category,Organisation,Title,City",
      "a@example.org,Ana Lima,mayor,\(placeholder),\(placeholder),\(placeholder)",
    ])
    #expect(outcome.participants.map(\.organisation) == [""], "\(placeholder)")
    #expect(outcome.participants.map(\.title) == [""])
    #expect(outcome.participants.map(\.city) == [""])
  }
}

/// A column read as nothing whose answers are bare marks (`Végétarien ?`: `✅`, `❌`) is no status:
/// a cross there answers its own question and raises no warning, as a bare `No` does.
@Suite struct UnreadMarkColumnTests {
  @Test func bareMarksInAnUnreadColumnRaiseNoWarning() throws {
    let outcome = try RegistrationImport(event: Build.event()).run(
      CSVTable(
        text:
          "Email,Full name,Category,Végétarien ?\r\na@example.org,Ana Lima,mayor,❌\r\nb@example.org,Bo Li,mayor,✅\r\n"
      ),
      into: [])
    #expect(outcome.participants.count == 2)
    #expect(outcome.report.ignoredColumns == ["Végétarien ?"])
    #expect(outcome.report.warnings.isEmpty, "\(outcome.report.warnings)")
  }

  /// Words beside the mark still say the person is not coming: a warning.
  @Test func aCrossBesideAStatusWordInAnUnreadColumnIsAWarning() throws {
    let outcome = try RegistrationImport(event: Build.event()).run(
      CSVTable(text: "Email,Full name,Category,Suivi\r\na@example.org,Ana Lima,mayor,Annulé ❌\r\n"),
      into: [])
    #expect(outcome.report.warnings.map(\.kind) == [.unreadStatuses], "\(outcome.report.warnings)")
  }
}
