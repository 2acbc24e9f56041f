extension AttackModel {
  /// The populations of feedback: who responded, answered a question, made a commitment, had
  /// it followed up, acted on it.
  static func isFeedback(_ population: String) -> Bool {
    ["responded", "committed", "followed-up", "acted-upon"].contains(population) || population.hasPrefix("answered:")
  }

  /// In a network report's year, what a reader takes for granted about who took part: a city
  /// whose record lists events it took part in that year counts at least one person, and a
  /// size of city at least one per such city of that size; and, unless the numbers say
  /// otherwise (`assumesRecordsAgree`), a region or country likewise, and the people of a city
  /// or group counted by a figure of feedback are among its people who took part.
  mutating func addParticipantFloors(_ report: PublishedReport, snapshot: Snapshot) {
    let definitions = report.definitions
    guard definitions.rollsUp else { return }
    func tookPart(_ event: String, _ field: String, _ group: String) -> Key {
      Key(snapshot: snapshot(event, "took-part"), event: event, population: "took-part", field: field, group: group)
    }
    var cities: [String: [String: Int]] = [:]
    for city in definitions.engaged.sorted() {
      for (field, group) in definitions.cityGroups[city] ?? [:] { cities[field, default: [:]][group, default: 0] += 1 }
      guard let participants = variables[tookPart(city, "total", "all")] else { continue }
      relate([(participants, 1)], .greaterOrEqual, 1)
    }
    for (field, groups) in cities.sorted(by: { $0.key < $1.key }) where field == "city_size" || assumesRecordsAgree {
      for (group, count) in groups.sorted(by: { $0.key < $1.key }) {
        guard let participants = variables[tookPart("all", field, group)] else { continue }
        relate([(participants, 1)], .greaterOrEqual, count)
      }
    }
    guard assumesRecordsAgree else { return }
    let scopes = Set(definitions.events + ["all"])
    for (key, index) in variables.sorted(by: { $0.value < $1.value })
    where scopes.contains(key.event) && Self.isFeedback(key.population)
      && key.snapshot == snapshot(key.event, key.population)
    {
      guard let participants = variables[tookPart(key.event, key.field, key.group)] else { continue }
      relate([(index, 1), (participants, -1)], .lessOrEqual, 0)
    }
  }
}
