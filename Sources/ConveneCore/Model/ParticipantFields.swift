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
    var cells: [String] = []
    cells.reserveCapacity(names.count)
    forEachCell(of: person) { cells.append($0) }
    return cells
  }

  /// Calls `body` with each value of `person` as text, in the order of `names`, without
  /// making a list of them (a file of 100,000 people is written this way). Inlinable, so that
  /// a caller reading people from a list reads each field in place instead of copying the
  /// person first.
  @inlinable
  public static func forEachCell(of person: Participant, _ body: (String) -> Void) {
    body(person.id)
    body(person.name)
    body(person.email)
    body(person.category)
    body(person.title)
    body(person.organisation)
    body(person.city)
    body(person.country)
    body(person.region)
    body(person.gender)
    body(person.ageGroup)
    body(person.languages.joined(separator: ";"))
    body(person.needs.joined(separator: ";"))
    body(person.timezone)
    body(person.arrival?.description ?? "")
    body(person.departure?.description ?? "")
    body(person.unavailable.map(\.description).joined(separator: ";"))
    body(person.cohorts.joined(separator: ";"))
    body(person.publishName ? "yes" : "no")
    body(person.status.rawValue)
  }
}
