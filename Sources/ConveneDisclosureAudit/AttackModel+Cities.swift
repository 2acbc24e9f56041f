extension AttackModel {
  /// The follow-up answers that count as acting on a commitment.
  static let actedStatuses = ["done", "in-progress"]

  /// In a network report's year, people broken down by the size of their city add up the
  /// totals of the cities of that size (whose sizes the city records show); a city with no
  /// record that year counts no one. Residual groups, which the network may merge, are left
  /// out.
  mutating func addCitySizes(_ report: PublishedReport, snapshot: Snapshot) {
    let groups = report.definitions.cityGroups
    guard !groups.isEmpty else { return }
    let policy = policy(report, "all")
    func total(_ event: String, _ population: String) -> Key {
      Key(snapshot: snapshot(event, population), event: event, population: population, field: "total", group: "all")
    }
    let sizesListed = listed.filter { key, _ in
      key.event == "all" && key.field == "city_size" && key.snapshot == snapshot("all", key.population)
    }
    for (key, sizes) in sizesListed.sorted(by: { $0.key < $1.key }) {
      let cities = report.definitions.events.filter { variables[total($0, key.population)] != nil }
      guard !cities.isEmpty else { continue }
      for size in sizes.sorted() where !policy.residualGroups.contains(size) && size != policy.mergedGroup {
        var member = key
        member.group = size
        let parts = cities.filter { groups[$0]?["city_size"] == size }.map { (variables[total($0, key.population)]!, 1) }
        relate(parts + [(variable(member), -1)], .equal, 0)
      }
    }
  }

  /// A count of cities shown in a network report's year is the number of member cities of its
  /// group with anyone who took part (or acted on a commitment): one unknown per city, 1 when
  /// its people in that population are 1 or more, else 0, and the unknowns add up to the count.
  mutating func addCityCounts(_ report: PublishedReport, snapshot: Snapshot) {
    let definitions = report.definitions
    var flags: [String: Int?] = [:]
    for count in definitions.cityCounts {
      var terms: [(Int, Int)] = []
      for city in definitions.events where definitions.members.contains(city) {
        guard count.field == "total" || definitions.cityGroups[city]?[count.field] == count.group else { continue }
        let name = "\(count.basis)\u{1F}\(city)"
        if flags[name] == nil { flags[name] = .some(flag(city, basis: count.basis, snapshot: snapshot)) }
        if let flag = flags[name]! { terms.append((flag, 1)) }
      }
      relate(terms, .equal, count.count)
    }
  }

  /// An unknown that is 1 when `city` had anyone in `basis`, else 0; nil when its report shows
  /// no such figure (it counts no one).
  mutating func flag(_ city: String, basis: Definitions.CityCount.Basis, snapshot: Snapshot) -> Int? {
    let population = basis == .engaged ? "took-part" : "followed-up"
    let total = Key(snapshot: snapshot(city, population), event: city, population: population, field: "total", group: "all")
    guard let totalVariable = variables[total] else { return nil }
    var people = [totalVariable]
    if basis == .acting {
      var breakdown = total
      (breakdown.field, breakdown.group) = ("status", "")
      let listedGroups = listed[breakdown] ?? []
      people = Self.actedStatuses.filter(listedGroups.contains).map { status in
        var key = breakdown
        key.group = status
        return variable(key)
      }
    }
    let flag = system.add()
    system.upper[flag] = 1
    // Someone acted only if someone was followed up.
    relate([(flag, 1), (totalVariable, -1)], .lessOrEqual, 0)
    guard !people.isEmpty else { return flag }
    relate([(flag, 1)] + people.map { ($0, -1) }, .lessOrEqual, 0)
    relate(people.map { ($0, 1) } + [(flag, -IntegerSystem.ceiling)], .lessOrEqual, 0)
    return flag
  }
}
