/// Maps what people write as their role or stakeholder group onto the event's categories:
/// ids, labels and common English and French names ("Maire", "Deputy Mayor" and "Adjoint au
/// maire" all give `mayor`).
public struct CategoryMatcher: Sendable {
  private var index: [String: String] = [:]

  /// Names by default category id, compared after folding case and accents.
  static let synonyms: [String: [String]] = [
    "mayor": [
      "mayor", "maire", "deputy mayor", "vice mayor", "lord mayor", "mairesse",
      "adjoint au maire", "adjointe au maire", "maire adjoint", "premier adjoint",
      "alcalde", "prefeito", "governor of city", "city mayor", "mayors",
      "mayor or deputy mayor", "maire ou adjoint", "عمدة", "رئيس بلدية", "رئيسة بلدية",
    ],
    "local-official": [
      "local official", "local government", "local government official", "city official",
      "municipal official", "councillor", "councilor", "city councillor", "council member",
      "conseiller municipal", "conseillere municipale", "elu local", "elue locale",
      "fonctionnaire municipal", "agent municipal", "collectivite locale", "municipal staff",
      "focal point", "point focal", "local authority", "autorite locale", "alderman",
    ],
    "youth": [
      "youth", "young person", "youth representative", "youth leader", "jeune", "jeunesse",
      "jeunes", "representant des jeunes", "student", "etudiant", "etudiante", "شباب",
    ],
    "civil-society": [
      "civil society", "cso", "ngo", "ong", "community organisation", "community organization",
      "societe civile", "association", "community leader", "religious leader", "faith leader",
      "women's group", "women group", "organisation de la societe civile", "osc",
    ],
    "national-government": [
      "national government", "government", "ministry", "ministere", "gouvernement",
      "gouvernement national", "national official", "national authority", "state official",
      "autorite nationale",
    ],
    "multilateral": [
      "multilateral", "un", "united nations", "nations unies", "onu", "international organisation",
      "international organization", "organisation internationale", "regional organisation",
      "multilateral organisation", "multilateral organization", "donor", "bailleur",
    ],
    "private-sector": [
      "private sector", "business", "company", "secteur prive", "entreprise", "industry",
      "tech company", "corporate",
    ],
    "practitioner": [
      "practitioner", "expert", "researcher", "academic", "academia", "praticien", "praticienne",
      "chercheur", "chercheuse", "universitaire", "professional", "specialist", "consultant",
    ],
    "media": ["media", "journalist", "journaliste", "press", "presse", "medias"],
    "network-staff": [
      "network staff", "staff", "management unit", "secretariat", "organiser", "organizer",
      "personnel du reseau", "equipe", "network management unit",
    ],
  ]

  /// A matcher for the given categories; the synonyms of a default id apply when the event
  /// keeps that id.
  public init(categories: [Category]) {
    for category in categories {
      index[category.id.folded] = category.id
      index[category.label.folded] = category.id
      for synonym in Self.synonyms[category.id] ?? [] { index[synonym.folded] = category.id }
    }
  }

  /// The category id meant by `text`, or nil.
  public func category(for text: String) -> String? {
    let key = text.folded
    if let id = index[key] { return id }
    // "Deputy Mayor of Mombasa" or "Mayors (and deputies)": try the leading words.
    let words = key.split(separator: " ")
    for length in stride(from: min(words.count, 4), through: 1, by: -1) {
      if let id = index[words.prefix(length).joined(separator: " ")] { return id }
    }
    return nil
  }
}
