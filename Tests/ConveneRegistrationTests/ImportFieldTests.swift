import Testing

@testable import ConveneRegistration

@Suite struct ImportFieldTests {
  @Test(arguments: [
    ("Email Address", ImportField.email), ("Adresse e-mail", .email), ("Courriel", .email),
    ("Full name", .name), ("Nom complet", .name), ("Nom", .name), ("Prénom", .firstName),
    ("Nom de famille", .lastName), ("Pays", .country), ("Country of residence", .country),
    ("Organisation name", .organisation), ("Job title", .title), ("Fonction", .title),
    ("May we publish your name on the participant list?", .publishName),
    ("Acceptez-vous que votre nom soit publié ?", .publishName),
    ("Timestamp", .timestamp), ("Horodateur", .timestamp), ("Catégorie de participant", .category),
    ("Tranche d'âge", .ageGroup), ("Langues de travail", .languages), ("Sexe", .gender),
    ("group_contact/email", .email), ("group_work/city", .city), ("_submission_time", .timestamp),
    ("_uuid", .ignore), ("_id", .ignore), ("age_group", .ageGroup), ("publish_name", .publishName),
    // Consent to a recording or photographs is no consent to publish a name.
    ("Recording Consent", .ignore), ("Consent to be recorded", .ignore), ("Photo consent", .ignore),
    ("Consentement à l'enregistrement", .ignore), ("Consent to publish my name", .publishName),
    ("Consentimiento de grabación", .ignore), ("Consentimento de gravação", .ignore),
    ("الموافقة على التسجيل", .ignore), ("موافقة التسجيل", .ignore), ("الموافقة على التصوير", .ignore),
    ("موافقة على نشر الصور", .ignore), ("group_consent/consent_photo", .ignore), ("consent_recording", .ignore),
    ("Media consent", .ignore), ("Consentement médias", .ignore), ("I consent to this session being recorded", .ignore),
    ("I agree to appear in photos and videos published by the network", .ignore),
    ("Do you agree that your name appears in the published list?", .publishName), ("الموافقة على النشر", .publishName),
    // A role in an organisation is a job title; the Arabic "type" is a gender; "how old are you?".
    ("Role in your organisation", .title), ("Fonction au sein de votre organisation", .title),
    ("Cargo en su organización", .title), ("النوع", .gender), ("نوع المشارك", .category), ("كم عمرك؟", .ageGroup),
    ("Heure d'inscription", .timestamp), ("Consentement à la prise de vue", .ignore), ("أوافق على نشر صوري", .ignore),
    ("Consent to livestream", .ignore), ("Streaming consent", .ignore), ("Consentimiento audiovisual", .ignore),
    ("Consentement réseaux sociaux", .ignore), ("consent_av", .ignore), ("Date d'arrivée", .arrival),
    ("Date et heure d’arrivée", .arrival), ("Dernier départ", .ignore), ("Última saída", .ignore),
    ("الدور في المنظمة", .title), ("المنصب في المؤسسة", .title),
  ])

  func headersOfRealExports(header: String, field: ImportField) {
    #expect(ImportField.matching(header: header) == field)
  }

  /// Given names asked for in the plural, or with a plural mark in brackets, in every
  /// language; where the plural is a field's own word (`Nombre(s)` is `nombres`), it keeps its
  /// meaning.
  @Test(arguments: [
    ("Other names", ImportField.middleName), ("Given names", .firstName), ("Forename(s)", .firstName),
    ("First name(s)", .firstName), ("FIRST NAME(S)", .firstName), ("Forenames", .firstName), ("Surname(s)", .lastName),
    ("Last name(s)", .lastName), ("Nombre(s)", .firstName), ("Apellido(s)", .lastName), ("Prénom(s)", .firstName),
    ("Nom(s) et prénom(s)", .name), ("Sobrenome(s)", .lastName), ("Nacionalidad(es)", .country),
    ("Primeiro(s) nome(s)", .firstName), ("Full name(s)", .name),
  ])
  func pluralsAndPluralMarksOfNameHeadersAreRead(header: String, field: ImportField) {
    #expect(ImportField.matching(header: header) == field, "\(header)")
  }

  /// The halves of a name as French administrative forms, British forms and Maghreb forms
  /// ask for them.
  @Test(arguments: [
    ("Nom usuel", ImportField.lastName), ("Nom d'usage", .lastName), ("Nom d’usage", .lastName),
    ("NOM (en majuscules)", .lastName), ("Nom de naissance", .lastName), ("Christian name", .firstName),
    ("الاسم الشخصي", .firstName), ("الاسم العائلي", .lastName), ("الإسم العائلي", .lastName), ("النسب", .lastName),
    ("اسم الأسرة", .lastName),
  ])
  func halvesOfANameAsAdministrationsAskForThemAreRead(header: String, field: ImportField) {
    #expect(ImportField.matching(header: header) == field, "\(header)")
  }

  @Test func aHeaderThatIsTheFieldsWordNamesItWholly() {
    #expect(ImportField.namesWholly("Organisation", .organisation))
    #expect(ImportField.namesWholly(" Organización ", .organisation))
    #expect(!ImportField.namesWholly("Organisation size", .organisation))
    #expect(ImportField.namesWholly("Forename(s)", .firstName))
  }

  @Test func unrelatedHeadersMatchNothing() {
    #expect(ImportField.matching(header: "Téléphone") == nil)
    #expect(ImportField.matching(header: "start") == nil)
    #expect(ImportField.matching(header: "Homepage") == nil)
  }
}
