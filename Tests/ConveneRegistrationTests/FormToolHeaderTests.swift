import ConveneCSV
import ConveneCore
import Testing

@testable import ConveneRegistration

/// Header rows as Google Forms, Microsoft Forms and Zoom write them in each language of the
/// table, each imported and one person checked field by field.
@Suite struct FormToolHeaderTests {
  func importing(_ lines: String...) throws -> RegistrationImport.Outcome {
    let table = try CSVTable(text: lines.joined(separator: "\n") + "\n")
    return try RegistrationImport(event: Build.event()).run(table, into: [])
  }

  func mapping(_ outcome: RegistrationImport.Outcome) -> [String: String] {
    Dictionary(uniqueKeysWithValues: outcome.report.columns.map { ($0.header, $0.field.rawValue) })
  }

  @Test func spanishGoogleForms() throws {
    let outcome = try importing(
      "Marca temporal,Dirección de correo electrónico,Nombre completo,Organización,Cargo,Ciudad,País,Categoría,Género,Edad,Idiomas,¿Autoriza la publicación de su nombre?",
      "15/03/2027 10:32:11,Lucia.Fernandez@Example.org,Lucía Fernández,Alcaldía de Medellín,Alcaldesa,Medellín,Colombia,Alcaldesa,Mujer,de 25 a 34 años,español e inglés,\"Sí, autorizo\"")
    #expect(outcome.report.rejected.isEmpty && outcome.report.notes.isEmpty && outcome.report.ignoredColumns.isEmpty)
    #expect(mapping(outcome)["Marca temporal"] == "timestamp")
    #expect(
      outcome.participants == [
        Participant(
          id: "p001", name: "Lucía Fernández", email: "lucia.fernandez@example.org", category: "mayor",
          title: "Alcaldesa", organisation: "Alcaldía de Medellín", city: "Medellín", country: "CO",
          region: "Latin America and the Caribbean", gender: "woman", ageGroup: "25-34", languages: ["es", "en"],
          publishName: true, status: .registered, line: 0)
      ])
  }

  @Test func portugueseGoogleForms() throws {
    let outcome = try importing(
      "Carimbo de data/hora,Endereço de e-mail,Nome completo,Organização,Cargo,Cidade,País,Categoria,Gênero,Idade,Idiomas,Autorizo a publicação do meu nome",
      "15/03/2027 10:32:11,joao.silva@example.org,João da Silva,Prefeitura do Recife,Vereador,Recife,Brasil,Vereador,Masculino,25-34 anos,\"português, inglês\",Sim")
    #expect(outcome.report.rejected.isEmpty && outcome.report.notes.isEmpty && outcome.report.ignoredColumns.isEmpty)
    #expect(mapping(outcome)["Carimbo de data/hora"] == "timestamp")
    #expect(
      outcome.participants == [
        Participant(
          id: "p001", name: "João da Silva", email: "joao.silva@example.org", category: "local-official",
          title: "Vereador", organisation: "Prefeitura do Recife", city: "Recife", country: "BR",
          region: "Latin America and the Caribbean", gender: "man", ageGroup: "25-34", languages: ["pt", "en"],
          publishName: true)
      ])
  }

  @Test func arabicGoogleFormsWithArabicIndicDigits() throws {
    let outcome = try importing(
      "الطابع الزمني,عنوان البريد الإلكتروني,الاسم الكامل,المنظمة,المسمى الوظيفي,المدينة,البلد,الفئة,الجنس,الفئة العمرية,اللغات,هل توافق على نشر اسمك؟",
      "١٥/٠٣/٢٠٢٧ ١٠:٣٢:١١,Ahmad@Example.org,أحمد الشوابكة,أمانة عمان الكبرى,رئيس بلدية,عمّان,الأردن,رئيس بلدية,ذكر,٥٦+,\"العربية، الإنجليزية\",نعم",
      "١٤/٠٣/٢٠٢٧ ٠٩:٠٠:٠٠,layla@example.org,ليلى حداد,بلدية بيروت,مستشارة,بيروت,لبنان,المجتمع المدني,أنثى,٢٣,العربية والفرنسية,لا")
    #expect(outcome.report.rejected.isEmpty && outcome.report.notes.isEmpty && outcome.report.ignoredColumns.isEmpty)
    #expect(
      mapping(outcome) == [
        "الطابع الزمني": "timestamp", "عنوان البريد الإلكتروني": "email", "الاسم الكامل": "name",
        "المنظمة": "organisation", "المسمى الوظيفي": "title", "المدينة": "city", "البلد": "country",
        "الفئة": "category", "الجنس": "gender", "الفئة العمرية": "age_group", "اللغات": "languages",
        "هل توافق على نشر اسمك؟": "publish_name",
      ])
    // Ids follow the submission times, read from Arabic-Indic digits: Layla registered first.
    #expect(outcome.report.added.map(\.id) == ["p002", "p001"])
    #expect(
      outcome.participants[1]
        == Participant(
          id: "p002", name: "أحمد الشوابكة", email: "ahmad@example.org", category: "mayor", title: "رئيس بلدية",
          organisation: "أمانة عمان الكبرى", city: "عمّان", country: "JO", region: "Middle East and North Africa",
          gender: "man", ageGroup: "56+", languages: ["ar", "en"], publishName: true))
    let layla = outcome.participants[0]
    #expect(layla.country == "LB" && layla.category == "civil-society" && layla.gender == "woman")
    #expect(layla.ageGroup == "18-24" && layla.languages == ["ar", "fr"] && !layla.publishName)
  }

  @Test func microsoftFormsInEnglish() throws {
    let outcome = try importing(
      "ID,Start time,Completion time,Email,Name,Last modified time,Organization,Country,Gender,Age range,Languages spoken",
      "1,3/15/27 10:30:02,3/15/27 10:32:11,grace.wanjiru@example.org,Grace Wanjiru,,Nairobi City County,Kenya,Female,35-44,English; Kiswahili")
    #expect(
      mapping(outcome) == [
        "Completion time": "timestamp", "Email": "email", "Name": "name", "Organization": "organisation",
        "Country": "country", "Gender": "gender", "Age range": "age_group", "Languages spoken": "languages",
        "ID": "ignore", "Start time": "ignore", "Last modified time": "ignore",
      ])
    #expect(outcome.report.ignoredColumns.isEmpty)
    #expect(
      outcome.participants == [
        Participant(
          id: "p001", name: "Grace Wanjiru", email: "grace.wanjiru@example.org", organisation: "Nairobi City County",
          country: "KE", region: "East and Southern Africa", gender: "woman", ageGroup: "35-44", languages: ["en", "sw"])
      ])
  }

  @Test func microsoftFormsInFrench() throws {
    let outcome = try importing(
      "ID;Heure de début;Heure de fin;Adresse de messagerie;Nom;Heure de la dernière modification;Organisation;Pays;Sexe;Tranche d'âge;Langues",
      "1;15/03/2027 10:30:02;15/03/2027 10:32:11;fatou.sow@example.org;Fatou Sow;;Ville de Thiès;Sénégal;Femme;45 à 54 ans;Français et wolof")
    #expect(mapping(outcome)["Heure de fin"] == "timestamp")
    #expect(mapping(outcome)["Adresse de messagerie"] == "email")
    #expect(outcome.report.ignoredColumns.isEmpty)
    #expect(mapping(outcome)["Heure de début"] == "ignore")
    #expect(
      outcome.participants == [
        Participant(
          id: "p001", name: "Fatou Sow", email: "fatou.sow@example.org", organisation: "Ville de Thiès", country: "SN",
          region: "West and Central Africa", gender: "woman", ageGroup: "45-54", languages: ["fr", "wo"])
      ])
  }

  @Test func zoomRegistrationReport() throws {
    let outcome = try importing(
      "First Name,Last Name,Email,City,Country/Region,Zip/Postal Code,State/Province,Phone,Industry,Organization,Job Title,Purchasing Time Frame,Role in Purchase Process,No of Employees,Questions & Comments,Registration Time,Approval Status",
      "Nadia,Haddad,nadia.haddad@example.org,Beirut,Lebanon,,,,Government,Municipality of Beirut,Deputy Mayor,,,,,2027-03-15 10:32:11,approved")
    #expect(
      mapping(outcome) == [
        "First Name": "first_name", "Last Name": "last_name", "Email": "email", "City": "city",
        "Country/Region": "country", "Organization": "organisation", "Job Title": "title",
        "Registration Time": "timestamp", "Approval Status": "ignore",
      ])
    #expect(
      outcome.participants == [
        Participant(
          id: "p001", name: "Nadia Haddad", email: "nadia.haddad@example.org", title: "Deputy Mayor",
          organisation: "Municipality of Beirut", city: "Beirut", country: "LB", region: "Middle East and North Africa")
      ])
  }

  @Test(arguments: [
    ("Nombre,Apellidos,Correo electrónico", "Lucía,Fernández Gil,l@example.org", "Lucía Fernández Gil"),
    ("Nome,Sobrenome,E-mail", "João,da Silva,j@example.org", "João da Silva"),
    ("Prénom,Nom,Courriel", "Aïcha,Koné,a@example.org", "Aïcha Koné"),
    ("الاسم,اسم العائلة,البريد الإلكتروني", "أحمد,الشوابكة,a@example.org", "أحمد الشوابكة"),
  ])
  func aBareNameBesideTheOtherHalfIsThatHalf(header: String, row: String, name: String) throws {
    let table = try CSVTable(text: header + "\n" + row + "\n")
    let outcome = try RegistrationImport(event: Build.event()).run(table, into: [])
    #expect(outcome.participants.map(\.name) == [name])
  }

  /// Beside a form account's `Name` (Microsoft Forms writes it in the form's language, often
  /// "anonymous"), the bare name of the pair is the one next to the other half.
  @Test(arguments: [
    (
      "Id,Hora de inicio,Hora de finalización,Correo electrónico,Nombre,Hora de la última modificación,Nombre,Apellidos,Correo",
      "1,13/05/2027 09:00:40,13/05/2027 09:02:11,anonymous,anonymous,,Ana,Gómez,ana@example.org", "Ana Gómez"
    ),
    (
      "ID,Start time,Completion time,Email,Name,Nome,Sobrenome,E-mail",
      "1,5/13/27 9:00:40,5/13/27 9:02:11,anonymous,anonymous,João,Silva,joao@example.org", "João Silva"
    ),
    (
      "ID,Heure de début,Heure de fin,Adresse de messagerie,Nom,Nom,Prénom,Courriel",
      "1,13/05/2027 09:00:40,13/05/2027 09:02:11,anonymous,anonymous,Ndiaye,Awa,awa@example.org", "Awa Ndiaye"
    ),
    ("Email,Name,Prénom,Nom,Adresse e-mail", "anonymous,anonymous,Awa,Ndiaye,awa@example.org", "Awa Ndiaye"),
    ("Name,الاسم,اللقب,البريد الإلكتروني", "anonymous,أحمد,الخطيب,a@example.org", "أحمد الخطيب"),
    (
      "المعرف,وقت البدء,وقت الإكمال,البريد الإلكتروني,الاسم,اللقب,الاسم,عنوان البريد الإلكتروني",
      "1,13/5/2027 09:00,13/5/2027 09:02,anonymous,anonymous,بن علي,أحمد,ahmed@example.org", "أحمد بن علي"
    ),
    ("Name,Nombre,Apellidos,Correo", "Ana Gómez,Ana,Gómez,ana@example.org", "Ana Gómez"),
    (
      "ID,Heure de début,Heure de fin,Adresse de messagerie,Nom,Prénom(s),Nom(s),Adresse e-mail",
      "1,2027-01-20 09:00,2027-01-20 09:02,anonymous,anonymous,Hélène,Ben Ammar,hba@example.org", "Hélène Ben Ammar"
    ),
    (
      "ID,Start time,Completion time,Email,Name,First name,Name(s),E-mail",
      "1,2027-01-20 09:00,2027-01-20 09:02,anonymous,anonymous,Karim,Ziani,kz@example.org", "Karim Ziani"
    ),
    ("Prénom(s),Nom(s),Courriel", "Aïcha,Koné,a@example.org", "Aïcha Koné"),
  ])
  func theBareNameOfAPairIsTheOneBesideItsOtherHalf(header: String, row: String, name: String) throws {
    let table = try CSVTable(text: header + "\n" + row + "\n")
    let outcome = try RegistrationImport(event: Build.event()).run(table, into: [])
    #expect(outcome.participants.map(\.name) == [name], "\(outcome.report.columns)")
  }

  /// A form account's `Name` of "anonymous" is no half of a name: beside `Prénom` alone, a
  /// column read as nothing that holds family names is still the other half, and said so.
  @Test func aFormAccountsNameDoesNotHideTheUnreadFamilyNames() throws {
    let table = try CSVTable(text: """
      ID,Start time,Completion time,Email,Name,Prénom,Question 2,Adresse e-mail
      1,2027-01-20 09:00,2027-01-20 09:02,anonymous,anonymous,Hélène,Ben Ammar,hba@example.org
      2,2027-01-21 09:00,2027-01-21 09:02,anonymous,anonymous,Karim,Ziani,kz@example.org

      """)
    let outcome = try RegistrationImport(event: Build.event()).run(table, into: [])
    let warning = try #require(outcome.report.warnings.first { $0.kind == .unreadNames })
    #expect(warning.column == "Question 2")
    #expect(warning.lines == [2, 3])
    #expect(warning.hint.contains("--map \"Question 2=last_name\""))
  }

  @Test func anOrganisationsNameIsTheOrganisation() throws {
    let outcome = try importing(
      "Full name,Email,Your organisation's name", "Grace Njeri,g@example.org,Nairobi County")
    #expect(mapping(outcome)["Your organisation's name"] == "organisation")
    #expect(outcome.participants.map(\.name) == ["Grace Njeri"])
    #expect(outcome.participants.map(\.organisation) == ["Nairobi County"])
  }

  @Test func arabicHamzaSpellingsAreProbableDuplicates() throws {
    let existing = [Build.person("p001", "a1@example.org", name: "أحمد الشوابكة", city: "عمّان")]
    let table = Build.table("Name,Email,City", "احمد الشوابكه,a2@example.org,عمان")
    let outcome = try RegistrationImport(event: Build.event()).run(table, into: existing)
    #expect(outcome.report.duplicateClusters.map(\.ids) == [["p001", "p002"]])
  }
}
