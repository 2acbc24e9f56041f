/// The fields of a participant by the names `participants.csv` and `--json` outputs use.
public enum ParticipantFields {
  /// The field names, in column order.
  public static let names = [
    "id", "name", "email", "category", "title", "organisation", "city", "country", "region",
    "gender", "age_group", "languages", "needs", "timezone", "arrival", "departure",
    "unavailable", "cohorts", "publish_name", "status",
  ]

  /// The values of `person` as text, in the order of `names`; lists are joined with `;`.
  public static func cells(_ person: Participant) -> [String] {
    [
      person.id, person.name, person.email, person.category, person.title, person.organisation,
      person.city, person.country, person.region, person.gender, person.ageGroup,
      person.languages.joined(separator: ";"), person.needs.joined(separator: ";"),
      person.timezone, person.arrival?.description ?? "", person.departure?.description ?? "",
      person.unavailable.map(\.description).joined(separator: ";"),
      person.cohorts.joined(separator: ";"), person.publishName ? "yes" : "no",
      person.status.rawValue,
    ]
  }
}
