/// The fixed words of the reports, in English or French.
public struct ReportLabels: Sendable {
  /// The words, with English for what the language lacks.
  let table: WordTable

  /// The labels for `language`; English for languages without a translation.
  public init(language: String) { table = WordTable(language: language, tables: Self.tables) }

  /// The language code used.
  public var language: String { table.language }

  /// The word for `key`.
  public subscript(_ key: String) -> String { table[key] }

  static let tables: [String: [String: String]] = [
    "en": [
      "report": "Monitoring and evaluation report", "network": "Network report",
      "events": "Events", "event": "Event", "kind": "Kind", "dates": "Dates",
      "keyFigures": "Key figures", "indicator": "Indicator", "value": "Value", "n": "n",
      "target": "Target", "met": "met", "notMet": "not met", "allEvents": "All events",
      "charts": "Charts", "breakdowns": "Breakdowns", "group": "Group",
      "participationByCategory": "Participation by category",
      "funnel": "Registration, confirmation and attendance",
      "satisfaction": "Satisfaction: answers",
      "knowledge": "Knowledge before and after (mean, 1-5)",
      "before": "Before", "after": "After", "all": "All", "commitments": "Follow-up commitments",
      "privacy":
        "No group of fewer than {threshold} people is shown: such cells, and as many others as it takes so that none can be worked out from the figures shown here or in an earlier report, read suppressed. A percentage about a small group shows its n only. The answers of the whole event to a question are counted once {answers} people or more answered it.",
      "suppressed": "suppressed", "otherOrNotStated": "other or not stated",
      "noAttendance": "No attendance has been recorded yet.",
      "total": "Total", "category": "Category", "gender": "Gender", "age_group": "Age group",
      "region": "Region", "country": "Country", "session": "Session", "answer": "Answer",
      "registered": "Registered", "confirmed": "Confirmed", "attended": "Attended",
      "notGiven": "not given",
    ],
    "fr": [
      "report": "Rapport de suivi et d'évaluation", "network": "Rapport du réseau",
      "events": "Événements", "event": "Événement", "kind": "Type", "dates": "Dates",
      "keyFigures": "Chiffres clés", "indicator": "Indicateur", "value": "Valeur", "n": "n",
      "target": "Cible", "met": "atteinte", "notMet": "non atteinte",
      "allEvents": "Tous les événements",
      "charts": "Graphiques", "breakdowns": "Ventilations", "group": "Groupe",
      "participationByCategory": "Participation par catégorie",
      "funnel": "Inscription, confirmation et présence",
      "satisfaction": "Satisfaction : réponses",
      "knowledge": "Connaissances avant et après (moyenne, 1-5)",
      "before": "Avant", "after": "Après", "all": "Tous", "commitments": "Engagements de suivi",
      "privacy":
        "Aucun groupe de moins de {threshold} personnes n'est montré : ces cases, et autant d'autres qu'il faut pour qu'aucune ne puisse être déduite des chiffres montrés ici ou dans un rapport précédent, indiquent « masqué ». Un pourcentage portant sur un petit groupe ne montre que son n. Les réponses de l'ensemble de l'événement à une question sont comptées dès que {answers} personnes ou plus y ont répondu.",
      "suppressed": "masqué", "otherOrNotStated": "autre ou non précisé",
      "noAttendance": "Aucune présence n'a encore été enregistrée.",
      "total": "Total", "category": "Catégorie", "gender": "Genre", "age_group": "Tranche d'âge",
      "region": "Région", "country": "Pays", "session": "Session", "answer": "Réponse",
      "registered": "Inscrits", "confirmed": "Confirmés", "attended": "Présents",
      "notGiven": "non renseigné",
    ],
  ]
}
