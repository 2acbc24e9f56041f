import ConveneCore
import ConveneDisclosureAudit
import ConveneEvaluation
import ConveneNetwork
import Testing

/// The attacker on a network report: the cities' cells add up to the network's, and each
/// city's groups to its total. First shown to catch cities published alone (each hiding its
/// own small groups, the network its own), then run on what `NetworkDisclosure` publishes.
@Suite struct NetworkAuditTests {
  /// People per city (rows) and category (columns) in one year.
  typealias Table = [String: [String: Int]]

  /// One small group of mayors in Dakar, nothing small in the network.
  static let dakar: Table = [
    "dakar-sn": ["mayor": 3, "youth": 6, "official": 7],
    "tunis-tn": ["mayor": 6, "youth": 9, "official": 8],
    "amman-jo": ["mayor": 9, "youth": 9, "official": 12],
  ]

  /// The city records' participants by category, each city's and the network's row, and the
  /// framework's participants (the same people as the network's row) by gender.
  static func cells(_ table: Table, women: Int) -> [NetworkValue] {
    func cell(_ indicator: String, _ scope: String, _ field: String, _ group: String, _ n: Int) -> NetworkValue {
      NetworkValue(
        year: 2027, indicator: indicator, scope: scope, disaggregation: field, group: group, value: Double(n), n: n,
        kind: .count, isAboutPeople: true, identity: "participants")
    }
    var cells: [NetworkValue] = []
    var columns: [String: Int] = [:]
    for (city, groups) in table.sorted(by: { $0.key < $1.key }) {
      cells.append(cell("city:participants", city, "total", "all", groups.values.reduce(0, +)))
      for (group, n) in groups.sorted(by: { $0.key < $1.key }) where n > 0 {
        cells.append(cell("city:participants", city, "category", group, n))
        columns[group, default: 0] += n
      }
    }
    let total = columns.values.reduce(0, +)
    for indicator in ["city:participants", "participants"] {
      cells.append(cell(indicator, NetworkValue.network, "total", "all", total))
      for (group, n) in columns.sorted(by: { $0.key < $1.key }) {
        cells.append(cell(indicator, NetworkValue.network, "category", group, n))
      }
    }
    cells.append(cell("participants", NetworkValue.network, "gender", "woman", women))
    cells.append(cell("participants", NetworkValue.network, "gender", "man", total - women))
    return cells
  }

  /// Each city and the network published on their own, as events are.
  static func naive(_ cells: [NetworkValue]) -> [PublishedNetworkValue] {
    let definitions = [
      IndicatorDefinition(id: "city:participants", label: [:], measure: .attended, disaggregations: ["category"]),
      IndicatorDefinition(id: "participants", label: [:], measure: .attended, disaggregations: ["category", "gender"]),
    ]
    var result: [PublishedNetworkValue] = []
    for scope in Set(cells.map(\.scope)).sorted() {
      let mine = cells.filter { $0.scope == scope }
      let values = mine.map {
        IndicatorValue(
          event: scope, indicator: $0.indicator, disaggregation: $0.disaggregation, group: $0.group, value: $0.value,
          n: $0.n, kind: .count, population: "took-part")
      }
      let published = DisclosureControl.publish(
        values, DisclosureControl.Context(policy: DisclosurePolicy(), indicators: definitions))
      for cell in mine {
        let match = published.values.first {
          $0.value.indicator == cell.indicator && $0.value.disaggregation == cell.disaggregation
            && $0.value.group == cell.group
        }
        result.append(PublishedNetworkValue(value: cell, suppression: match?.suppression))
      }
    }
    return result
  }

  /// `network-report.json` as `network report` writes it: the framework's cells, and the city
  /// records' (the network's row among them), each naming the people it counts.
  static func json(_ published: [PublishedNetworkValue]) -> String {
    func node(_ cell: PublishedNetworkValue) -> String {
      let isCity = cell.value.indicator.hasPrefix("city:")
      let place =
        isCity
        ? "\"city\": \"\(cell.value.scope)\", \"figure\": \"\(cell.value.indicator.dropFirst(5))\""
        : "\"indicator\": \"\(cell.value.indicator)\""
      let value = cell.suppression == nil ? "\(cell.value.n)" : "\"suppressed\""
      return """
        {\(place), "year": 2027, "disaggregation": "\(cell.value.disaggregation)", "group": "\(cell.value.group)", \
        "value": \(value), "n": \(value), "population": "took-part"}
        """
    }
    let framework = published.filter { !$0.value.indicator.hasPrefix("city:") }.map(node)
    let cities = published.filter { $0.value.indicator.hasPrefix("city:") }.map(node)
    return """
      {"disclosure": {"threshold": 5}, "values": [\(framework.joined(separator: ",\n"))],
       "city_values": [\(cities.joined(separator: ",\n"))]}
      """
  }

  static func audit(_ published: [PublishedNetworkValue]) -> DisclosureAudit.Result {
    DisclosureAudit.run(network: PublishedNetworkFiles(name: "network", json: json(published)), with: [])
  }

  @Test func citiesPublishedAloneGiveAHiddenCellAwayThroughTheNetwork() {
    let cells = Self.cells(Self.dakar, women: 40)
    let naive = Self.audit(Self.naive(cells))
    // The network shows every category; Dakar's 3 mayors are the network's less the others'.
    #expect(!naive.passed)
    #expect(
      naive.recovered.contains { $0.cells.contains("2027/dakar-sn city:participants category mayor") && $0.values == [3] },
      "\(naive.recovered)")
    let published = NetworkDisclosure.publish(cells)
    let result = Self.audit(published)
    #expect(result.passed, "\(result.recovered) \(result.findings)")
    #expect(result.hiddenCounts > 0)
  }

  /// Registered people by gender: the network's year (of one event) and the event's own
  /// report (of the records' edition `edition`; the network counted `ed1`), each hiding the
  /// groups given.
  static func registered(_ counts: [String: Int], networkHides: Set<String>, eventHides: Set<String>, edition: String)
    -> (network: PublishedNetworkFiles, event: PublishedFiles)
  {
    let total = counts.values.reduce(0, +)
    func rows(_ hides: Set<String>, event: String?) -> [String] {
      [row(event, "total", "all", total, hidden: false)]
        + counts.sorted { $0.key < $1.key }.map { row(event, "gender", $0.key, $0.value, hidden: hides.contains($0.key)) }
    }
    func row(_ event: String?, _ field: String, _ group: String, _ n: Int, hidden: Bool) -> String {
      let place = event.map { "\"event\": \"\($0)\"" } ?? "\"year\": 2027"
      let value = hidden ? "\"suppressed\"" : "\(n)"
      return """
        {\(place), "indicator": "registered", "disaggregation": "\(field)", "group": "\(group)", \
        "value": \(value), "n": \(value), "population": "registered"}
        """
    }
    let network = """
      {"disclosure": {"threshold": 5},
       "events": [{"id": "e1", "year": 2027, "editions": {"registration": "ed1"}, "attendance_recorded": true}],
       "values": [\(rows(networkHides, event: nil).joined(separator: ",\n"))], "city_values": []}
      """
    let event = """
      {"events": [{"id": "e1", "editions": {"registration": "\(edition)"}, "disclosure": {"threshold": 5}}],
       "indicators": [{"id": "registered", "measure": "registered"}],
       "values": [\(rows(eventHides, event: "e1").joined(separator: ",\n"))]}
      """
    return (PublishedNetworkFiles(name: "network", json: network), PublishedFiles(name: "e1/reports", json: event))
  }

  @Test func theNetworkBesideAnEventsOwnReportOfTheSameRecordsGivesAGroupAway() {
    let counts = ["woman": 20, "man": 8, "non-binary": 2]
    // The network hides the women with the 2; the event's own report hid the men instead.
    let leak = Self.registered(counts, networkHides: ["woman", "non-binary"], eventHides: ["man", "non-binary"], edition: "ed1")
    let result = DisclosureAudit.run(network: leak.network, with: [leak.event])
    #expect(result.recovered.contains { $0.cells.contains("all registered gender non-binary") && $0.values == [2] }, "\(result.recovered)")
    // A report of other records (another edition) is not the same people.
    let other = Self.registered(counts, networkHides: ["woman", "non-binary"], eventHides: ["man", "non-binary"], edition: "ed0")
    #expect(DisclosureAudit.run(network: other.network, with: [other.event]).passed)
    // Hiding what the event hid as well holds.
    let safe = Self.registered(
      counts, networkHides: ["man", "woman", "non-binary"], eventHides: ["woman", "non-binary"], edition: "ed1")
    #expect(DisclosureAudit.run(network: safe.network, with: [safe.event]).passed)
  }

  @Test func theNetworkHidesWhatItsEventsOwnReportsHid() {
    var cells: [NetworkValue] = []
    for (group, n) in [("all", 30), ("woman", 20), ("man", 8), ("non-binary", 2)] {
      cells.append(
        NetworkValue(
          year: 2027, indicator: "registered", disaggregation: group == "all" ? "total" : "gender", group: group,
          value: Double(n), n: n, kind: .count, isAboutPeople: true, identity: "registered"))
    }
    let hidden = { (published: [PublishedNetworkValue]) in
      Set(published.filter { $0.suppression != nil }.map(\.value.group))
    }
    // On its own the network hides the 2 with the largest group.
    #expect(hidden(NetworkDisclosure.publish(cells)) == ["woman", "non-binary"])
    // The event's own report hid them with the men: the network hides those too.
    var pattern = DisclosureControl.Pattern()
    pattern.hidden["registered"] = ["gender": ["man", "non-binary"]]
    let event = NetworkDisclosure.EventPattern(year: 2027, pattern: pattern, recordedAttendance: true)
    #expect(hidden(NetworkDisclosure.publish(cells, events: [event])) == ["man", "non-binary"])
    // An event of another year is other people.
    let earlier = NetworkDisclosure.EventPattern(year: 2026, pattern: pattern, recordedAttendance: true)
    #expect(hidden(NetworkDisclosure.publish(cells, events: [earlier])) == ["woman", "non-binary"])
  }

  /// Three cities' follow-ups in 2027: y's 5 shown, x's and w's hidden (3 together, so either
  /// may be 0), and a count of cities acting on their commitments by region.
  static func acting(europe: Int?) -> PublishedNetworkFiles {
    func cell(_ city: String, _ field: String, _ group: String, _ value: String) -> String {
      """
      {"city": "\(city)", "figure": "followed-up", "year": 2027, "disaggregation": "\(field)", "group": "\(group)", \
      "value": \(value), "n": \(value), "population": "followed-up"}
      """
    }
    let hidden = "\"suppressed\""
    var cities: [String] = []
    for (city, n) in [("x", hidden), ("w", hidden), ("y", "5"), ("network", "8")] {
      cities += [cell(city, "total", "all", n), cell(city, "status", "done", n)]
    }
    let values = europe.map {
      "{\"indicator\": \"acting\", \"year\": 2027, \"disaggregation\": \"region\", \"group\": \"Europe\", \"value\": \($0)}"
    }
    return PublishedNetworkFiles(
      name: "network",
      json: """
        {"disclosure": {"threshold": 5},
         "framework": {"outcomes": [{"id": "o", "indicators": [{"id": "acting", "measure": "cities-acting"}]}]},
         "values": [\(values ?? "")],
         "cities": [
           {"id": "x", "country": "FR", "region": "Europe", "size": "under-100k", "status": "active", "joined": null},
           {"id": "w", "country": "SN", "region": "West and Central Africa", "size": "under-100k", "status": "active"},
           {"id": "y", "country": "SN", "region": "West and Central Africa", "size": "1m-5m", "status": "active"}],
         "city_values": [\(cities.joined(separator: ",\n"))]}
        """)
  }

  @Test func aCountOfCitiesActingSaysThatSomeoneActed() {
    // Without the count, x's follow-ups could be none: nothing is narrowed.
    #expect(DisclosureAudit.run(network: Self.acting(europe: nil), with: []).passed)
    // x is Europe's only city: "1 city acting" says that 1 to 3 of its people acted.
    let result = DisclosureAudit.run(network: Self.acting(europe: 1), with: [])
    #expect(
      result.recovered.contains { $0.cells.contains("2027/x city:followed-up total all") && $0.values == [1, 2, 3] },
      "\(result.recovered) \(result.findings)")
  }

  /// The network's 15 follow-ups of 2027 by status, 6 done and the other statuses hidden,
  /// beside the framework's count of commitments acted upon.
  static func statuses(actedUpon: Int) -> PublishedNetworkFiles {
    let rows = [("total", "all", "15"), ("status", "done", "6")]
      + ["in-progress", "not-started", "dropped"].map { ("status", $0, "\"suppressed\"") }
    let cells = rows.map { field, group, value in
      """
      {"city": "network", "figure": "followed-up", "year": 2027, "disaggregation": "\(field)", "group": "\(group)", \
      "value": \(value), "n": \(value), "population": "followed-up"}
      """
    }
    return PublishedNetworkFiles(
      name: "network",
      json: """
        {"disclosure": {"threshold": 5},
         "framework": {"outcomes": [{"id": "o", "indicators": [{"id": "acted", "measure": "acted-upon"}]}]},
         "values": [{"indicator": "acted", "year": 2027, "disaggregation": "total", "group": "all", \
        "value": \(actedUpon), "n": \(actedUpon), "population": "acted-upon"}],
         "city_values": [\(cells.joined(separator: ",\n"))]}
        """)
  }

  @Test func commitmentsActedUponAreTheFollowupsDoneOrInProgress() {
    // 8 acted upon, 6 of them done: the 2 in progress.
    let result = DisclosureAudit.run(network: Self.statuses(actedUpon: 8), with: [])
    #expect(
      result.recovered.contains { $0.cells.contains("all city:followed-up status in-progress") && $0.values == [2] },
      "\(result.recovered) \(result.findings)")
    // 12 acted upon: 6 in progress, and the 3 not started or dropped may be all of either.
    let wide = DisclosureAudit.run(network: Self.statuses(actedUpon: 12), with: [])
    #expect(wide.passed, "\(wide.recovered) \(wide.findings)")
  }

  @Test(arguments: 1...25)
  func variedNetworksPassTheAudit(seed: Int) {
    // Counts from 0 to 11 spread by a multiplicative hash of the seed, city and category.
    func count(_ parts: Int...) -> Int { parts.reduce(seed) { (($0 &* 2_654_435_761 &+ $1) & 0x7FFF_FFFF) % 1_000_003 } % 12 }
    var table: Table = [:]
    for city in 0..<(2 + count(1) % 5) {
      var groups: [String: Int] = [:]
      for (index, group) in ["mayor", "youth", "official", "civil-society"].enumerated() where count(city, index, 7) % 4 != 0 {
        groups[group] = count(city, index)
      }
      table["city-\(city)"] = groups
    }
    let total = table.values.flatMap(\.values).reduce(0, +)
    let women = total * count(99) / 11
    let result = Self.audit(NetworkDisclosure.publish(Self.cells(table, women: women)))
    #expect(result.passed, "\(table): \(result.recovered) \(result.undecided) \(result.findings)")
  }
}
