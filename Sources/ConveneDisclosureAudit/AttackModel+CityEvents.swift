extension AttackModel {
  /// The people of a city at one event (a city×event group), which no report shows, as an
  /// unknown: a network year's city cell adds up the city's groups at the events its record
  /// lists that year, each of which counts someone who took part; an event's own cell of
  /// everyone, and (while the numbers agree that a person's country and region are her
  /// city's) of a country or a region, adds up the groups of its cities there, the people
  /// from no member city (whose country a reader does not know) in any of them. Groups of the
  /// same edition of an event's records are the same unknowns in every network report read,
  /// so that two network folders over different sets of the same events meet. A group must
  /// not be narrowed to 1 to threshold − 1 people, like a hidden cell.
  mutating func addCityEventGroups(_ reports: [PublishedReport], snapshots: [Int: [String: String]]) {
    for (index, report) in reports.enumerated() where !report.definitions.networkEvents.isEmpty {
      let definitions = report.definitions
      let threshold = policy(report, "all").threshold
      let snapshot = { (event: String, population: String) in
        snapshots[index]?["\(event)\u{1F}\(DisclosureAudit.source(population))"] ?? "\(index)/\(event)"
      }
      func total(_ city: String, _ population: String) -> Key {
        Key(snapshot: snapshot(city, population), event: city, population: population, field: "total", group: "all")
      }
      let populations = Set(
        variables.keys.filter { key in
          key.field == "total" && definitions.cityEvents[key.event] != nil && key.snapshot == snapshot(key.event, key.population)
            && (["took-part", "committed"].contains(key.population)
              || key.population.hasPrefix("answered:") && !key.population.contains("+"))
        }.map(\.population)
      ).sorted { ($0 == "took-part" ? 0 : 1, $0) < ($1 == "took-part" ? 0 : 1, $1) }
      for population in populations {
        var groups: [String: [(city: String, variable: Int)]] = [:]
        for city in definitions.events {
          guard let sum = variables[total(city, population)] else { continue }
          // The record of the people from no member city lists no events: any of the year's.
          let unlisted = NetworkCityFacts.city(city) == "other-cities" && definitions.cityEvents[city] == nil
          let listed = unlisted ? Set(definitions.networkEvents.map(\.id)) : definitions.cityEvents[city] ?? []
          var parts: [(Int, Int)] = []
          for event in definitions.networkEvents where listed.contains(event.id) {
            let group = cityGroup(city, event, population, report: index, threshold: threshold)
            parts.append((group, 1))
            groups[event.id, default: []].append((city, group))
            if population == "took-part" {
              // Its record lists the event, and names the officials who took part there.
              let named = definitions.cityOfficials[city]?[event.id] ?? 0
              relate([(group, 1)], .greaterOrEqual, unlisted ? named : max(1, named))
            } else if assumesRecordsAgree {
              // Who answered took part.
              let tookPart = cityGroup(city, event, "took-part", report: index, threshold: threshold)
              relate([(group, 1), (tookPart, -1)], .lessOrEqual, 0)
            }
          }
          relate(parts + [(sum, -1)], .equal, 0)
        }
        for event in definitions.networkEvents {
          addEventSums(
            event, groups[event.id] ?? [], population, report: index, reports: reports, snapshots: snapshots)
        }
      }
    }
  }

  /// The unknown of `city`'s people of `population` at `event`: shared by every report that
  /// names the same edition of the event's records.
  mutating func cityGroup(
    _ city: String, _ event: Definitions.NetworkEvent, _ population: String, report: Int, threshold: Int
  ) -> Int {
    eventGroup("\(NetworkCityFacts.city(city)) at \(event.id)", event, population, report: report, threshold: threshold)
      .variable
  }

  /// The unknown of some people (`name`) of `population` at `event`, marked like a hidden
  /// cell; `isNew` when it was not known before.
  mutating func eventGroup(
    _ name: String, _ event: Definitions.NetworkEvent, _ population: String, report: Int, threshold: Int
  ) -> (variable: Int, isNew: Bool) {
    let snapshot = event.editions[DisclosureAudit.source(population)].map { "\(event.id)#\($0)" } ?? "\(report)"
    let key = Key(snapshot: snapshot, event: name, population: population, field: "total", group: "all")
    if let known = variables[key] { return (known, false) }
    let group = variable(key)
    markHidden(group, "\(name) \(population)", threshold)
    return (group, true)
  }

  /// An event's own cells of everyone, and of each country and region, that it shows add up
  /// the groups of its cities there. The people of a country (or region) from no member city
  /// are a group of their own (`restGroup`): the country's cell less its member cities'.
  mutating func addEventSums(
    _ event: Definitions.NetworkEvent, _ groups: [(city: String, variable: Int)], _ population: String,
    report index: Int, reports: [PublishedReport], snapshots: [Int: [String: String]]
  ) {
    guard !groups.isEmpty else { return }
    let report = reports[index]
    var key = Key(snapshot: "", event: "all", population: population, field: "total", group: "all")
    if case .some(.some(let total)) = eventPart(key, event, reports: reports, snapshots: snapshots), hidden[total] == nil {
      relate(groups.map { ($0.variable, 1) } + [(total, -1)], .equal, 0)
    }
    guard assumesRecordsAgree else { return }
    let policy = policy(report, "all")
    let threshold = policy.threshold
    let other = groups.first { NetworkCityFacts.city($0.city) == "other-cities" }?.variable
    for field in ["country", "region"] {
      var members: [String: [Int]] = [:]
      for group in groups {
        guard let name = report.definitions.cityGroups[group.city]?[field] else { continue }
        members[name, default: []].append(group.variable)
      }
      var rests: [(Int, Int)] = []
      for (name, parts) in members.sorted(by: { $0.key < $1.key })
      where !policy.residualGroups.contains(name) && name != policy.mergedGroup {
        (key.field, key.group) = (field, name)
        guard let cell = eventPart(key, event, reports: reports, snapshots: snapshots) else { continue }
        let terms = parts.map { ($0, 1) }
        guard let cell else {
          relate(terms, .equal, 0)
          continue
        }
        // A cell the event hides adds up the same groups (`addHiddenRemainders`), but for who
        // took part: a city's record lists the events it took part in, so its people there are
        // 1 or more, and with the event's own bounds the listed row can narrow the hidden
        // country (README, known limits).
        guard hidden[cell] == nil || population != "took-part" else { continue }
        guard other != nil else {
          relate(terms + [(cell, -1)], .equal, 0)
          continue
        }
        let rest = restGroup(event, field, name, population, report: index, threshold: threshold)
        rests.append((rest, 1))
        relate(terms + [(rest, 1), (cell, -1)], .equal, 0)
      }
      if let other, !rests.isEmpty { relate(rests + [(other, -1)], .lessOrEqual, 0) }
      if population != "took-part" {
        (key.field, key.group) = (field, "")
        addHiddenRemainders(
          hiddenEventCells(key, event, reports: reports, snapshots: snapshots), "\(event.id) \(population) \(field)",
          threshold: threshold)
      }
    }
  }

  /// The event's report hid its groups (`cells`) so that together they hold no one or at least
  /// the threshold; the network's cities, which add up to them, may pin one of them, and the
  /// others together must still hold no one or at least the threshold (Egypt and Lebanon
  /// hidden beside Morocco, whose one member city is shown: Egypt + Lebanon = 2). Each group
  /// hidden beside the others is an unknown of its own, like a hidden cell, where the event
  /// hid at most `remaindersChecked` groups of the breakdown (more cost the solver minutes
  /// on the example network; README, known limits).
  mutating func addHiddenRemainders(_ cells: [Int], _ name: String, threshold: Int) {
    guard cells.count > 2, cells.count <= Self.remaindersChecked else { return }
    for (position, left) in cells.enumerated() {
      let others = cells.enumerated().filter { $0.offset != position }.map { ($0.element, 1) }
      let remainder = system.add()
      relate(others + [(remainder, -1)], .equal, 0)
      markHidden(remainder, "\(name): the hidden groups beside \(hidden[left]?.cells.first ?? "one")", threshold)
    }
  }

  /// The most groups of an event's breakdown whose remainders `addHiddenRemainders` checks.
  static let remaindersChecked = 6

  /// The unknown of the people of `population` at `event` from a country or region (`field`,
  /// `name`) who came from no member city: none or more (a reader does not know whether any
  /// came), among those of it who took part, and like a hidden cell never to be narrowed to 1
  /// to threshold − 1 people.
  mutating func restGroup(
    _ event: Definitions.NetworkEvent, _ field: String, _ name: String, _ population: String, report: Int,
    threshold: Int
  ) -> Int {
    let (rest, isNew) = eventGroup(
      "other cities of \(field) \(name) at \(event.id)", event, population, report: report, threshold: threshold)
    if isNew && population != "took-part" {
      let tookPart = restGroup(event, field, name, "took-part", report: report, threshold: threshold)
      relate([(rest, 1), (tookPart, -1)], .lessOrEqual, 0)
    }
    return rest
  }
}
