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
  ])
  func headersOfRealExports(header: String, field: ImportField) {
    #expect(ImportField.matching(header: header) == field)
  }

  @Test func unrelatedHeadersMatchNothing() {
    #expect(ImportField.matching(header: "Téléphone") == nil)
    #expect(ImportField.matching(header: "start") == nil)
    #expect(ImportField.matching(header: "Homepage") == nil)
  }
}
