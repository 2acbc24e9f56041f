import ConveneCore

/// A field a registration export's column can feed.
public enum ImportField: String, Sendable, CaseIterable, Equatable {
  case name, email, category, title, organisation, city, country, region, gender, languages,
    needs, timezone, arrival, departure, unavailable, cohorts
  case firstName = "first_name"
  case lastName = "last_name"
  case ageGroup = "age_group"
  case publishName = "publish_name"
  /// When the form was submitted; orders new registrations for the waitlist.
  case timestamp
  /// A column to leave out.
  case ignore

  /// Header words that name the field, in English and French, as Google Forms, KoboToolbox
  /// and spreadsheets write them; compared after folding case and accents. Earlier fields
  /// win, so "Organisation name" is an organisation and "May we publish your name?" a consent.
  static let phrases: [(ImportField, [String])] = [
    (.email, ["email", "e mail", "courriel", "mail", "adresse electronique", "email address"]),
    (.publishName, ["publish", "published", "publier", "publie", "publication", "consent", "consentement", "list my name"]),
    (.timestamp, ["timestamp", "horodateur", "submission time", "submitted at", "date de soumission"]),
    (.firstName, ["first name", "given name", "prenom", "prenoms", "forename"]),
    (.lastName, ["last name", "surname", "family name", "nom de famille"]),
    (.organisation, ["organisation", "organization", "institution", "organisme", "structure", "agency", "employer"]),
    (.title, ["job title", "title", "titre", "position", "poste", "fonction", "role", "designation"]),
    (.name, ["full name", "nom complet", "name", "nom", "nom et prenom", "participant name"]),
    (.city, ["city", "ville", "municipality", "municipalite", "commune", "town", "local government area"]),
    (.country, ["country", "pays", "nationality", "nationalite"]),
    (.region, ["region"]),
    (.category, ["category", "categorie", "stakeholder", "stakeholder group", "type de participant", "participant type", "constituency", "groupe"]),
    (.gender, ["gender", "sex", "genre", "sexe"]),
    (.ageGroup, ["age group", "age", "tranche dage", "groupe dage", "age range"]),
    (.languages, ["languages", "language", "langues", "langue", "working language"]),
    (.needs, ["needs", "besoins", "accessibility", "accessibilite", "dietary", "requirements", "special needs"]),
    (.timezone, ["time zone", "timezone", "fuseau horaire"]),
    (.arrival, ["arrival", "arrivee", "arriving"]),
    (.departure, ["departure", "depart", "leaving"]),
    (.unavailable, ["unavailable", "indisponible", "not available"]),
    (.cohorts, ["cohort", "cohorts", "cohorte", "delegation"]),
  ]

  /// The headers of form tools' and meeting reports' own columns (`FormToolWords.headers`):
  /// Microsoft Forms' `Completion time`, Zoom's `Registration Time` and `Country/Region`, and
  /// the columns known to hold nothing a participant needs (`Start time`, `Join Time`, ...).
  static let formToolPhrases: [(ImportField, [String])] = FormToolWords.headers.compactMap { entry in
    ImportField(rawValue: entry.field).map { ($0, entry.phrases) }
  }

  /// The field a column header names, or nil. A header that is exactly a form tool's own
  /// (`Country/Region`) is read whole; otherwise KoboToolbox group prefixes
  /// (`group_contact/email`) are dropped and its metadata columns (`_uuid`, `_id`, ...) ignored.
  /// Form tools' own columns come after every other phrase, so "Email ID" stays an e-mail.
  public static func matching(header: String) -> ImportField? {
    var cell = header.trimmed
    let whole = cell.folded
    for (field, list) in formToolPhrases where list.contains(whole) { return field }
    if let slash = cell.lastIndex(of: "/") { cell = String(cell[cell.index(after: slash)...]) }
    if cell == "_submission_time" { return .timestamp }
    if cell.hasPrefix("_") { return .ignore }
    let words = cell.folded.split(separator: " ").map(String.init)
    if let exact = ImportField(rawValue: words.joined(separator: "_")), exact != .ignore { return exact }
    for (field, list) in phrases + formToolPhrases {
      for phrase in list {
        let target = phrase.split(separator: " ").map(String.init)
        if contains(words, target) { return field }
      }
    }
    return nil
  }

  static func contains(_ words: [String], _ phrase: [String]) -> Bool {
    guard !phrase.isEmpty, words.count >= phrase.count else { return false }
    for start in 0...(words.count - phrase.count) where Array(words[start..<start + phrase.count]) == phrase {
      return true
    }
    return false
  }
}
