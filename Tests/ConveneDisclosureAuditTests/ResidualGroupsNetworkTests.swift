import ConveneCore
import ConveneDisclosureAudit
import ConveneEvaluation
import ConveneNetwork
import ConveneTestSupport
import Testing

/// Residual groups merged one way by an event and another by its network, rebuilt from an
/// attacker's finding: an event that keeps "prefer not to say" apart (its `residual_groups`
/// name other, not-given and unknown) shows 34 men and 26 women and hides the other 9; the
/// network, whose residual groups are the standard ones, published "other or not stated" 7 and
/// the 26 women of the same people and hid the men, so 69 − 34 − 26 − 7 = 2 non-binary. The
/// network hides a merged group wherever an event hid one of its parts, and merges a field
/// wherever an event of the year published it merged.
@Suite struct ResidualGroupsNetworkTests {
  /// People by gender (`""` for not given) at one event, all confirmed, from one city.
  struct Event {
    var id: String
    var city: (name: String, country: String) = ("Dakar", "SN")
    var genders: [(gender: String, count: Int)]
    var policy = DisclosurePolicy()
    /// The answer to satisfaction of the person at a position (from 1), nil for no form.
    var satisfaction: (Int) -> Int? = { $0 % 4 == 0 ? nil : $0 % 5 + 1 }

    /// The same event as the city tests build theirs.
    var shape: CityEventGroupTests.Event {
      let genders = self.genders.flatMap { Array(repeating: $0.gender, count: $0.count) }
      return CityEventGroupTests.Event(
        id: id, month: 3, groups: [(city.name, city.country, genders.count)], satisfaction: satisfaction,
        gender: { genders[$0 - 1] }, policy: policy)
    }
  }

  /// The event after `report`: its files and the record of what they hid and merged.
  static func publish(_ event: Event) -> CityEventGroupTests.Published { CityEventGroupTests.publish(event.shape) }

  /// A network over `events` whose framework counts the people who took part, and the mean
  /// satisfaction, by gender.
  static func network(_ events: [CityEventGroupTests.Published], policy: DisclosurePolicy = DisclosurePolicy())
    -> NetworkReport
  {
    let indicators = [
      FrameworkIndicator(id: "participants", label: ["en": "People"], measure: .participants, disaggregations: ["gender"]),
      FrameworkIndicator(
        id: "satisfaction", label: ["en": "Satisfaction"], measure: .mean, question: "satisfaction",
        disaggregations: ["gender"]),
    ]
    return NetworkReport(
      records: NetworkRecords(
        settings: NetworkSettings(title: "Network", disclosure: policy), cities: CityEventGroupTests.cities,
        framework: ResultsFramework(
          outcomes: [ResultsFramework.Result(id: "o1", title: ["en": "Outcome"], indicators: indicators)]),
        requests: [], events: events.map(\.network)))
  }

  /// The network's participants by gender, as published: group → the count, nil when hidden.
  static func genders(_ report: NetworkReport) -> [String: Int?] {
    Dictionary(
      uniqueKeysWithValues: report.cells(year: 2027, indicator: "participants").filter { $0.value.disaggregation == "gender" }
        .map { ($0.value.group, $0.shownValue.map { Int($0) }) })
  }

  /// The event's people who took part (confirmed) by gender, as published.
  static func genders(_ event: CityEventGroupTests.Published) -> [String: Int?] {
    Dictionary(
      uniqueKeysWithValues: event.report.values.filter { $0.value.indicator == "confirmed" && $0.value.disaggregation == "gender" }
        .map { ($0.value.group, $0.shownValue.map { Int($0) }) })
  }

  /// The attacker's subtraction: the network's total less every gender either file shows
  /// (the network's where it shows one, else the event's); what is left, and the groups it is
  /// left to.
  static func rest(_ report: NetworkReport, _ event: CityEventGroupTests.Published) -> (people: Int, groups: Set<String>) {
    let total = Int(report.cell(year: 2027, indicator: "participants")?.shownValue ?? 0)
    var people = total
    var groups = Set<String>()
    let own = genders(event)
    for (group, shown) in genders(report) {
      if let shown {
        people -= shown
      } else if let eventShown = own[group] ?? nil {
        people -= eventShown
      } else {
        groups.insert(group)
      }
    }
    return (people, groups)
  }

  static var attackersEvent: Event {
    Event(
      id: "tunis", genders: [("man", 34), ("woman", 26), ("other", 6), ("non-binary", 2), ("prefer-not-to-say", 1)],
      policy: DisclosurePolicy(residualGroups: ["other", "not-given", "unknown"]))
  }

  @Test func aMergedGroupIsHiddenWhereTheEventHidItsParts() throws {
    let event = Self.publish(Self.attackersEvent)
    #expect(Self.genders(event)["man"] == 34 && Self.genders(event)["woman"] == 26)
    #expect(event.network.disclosure.merging["gender"] == [])
    let report = Self.network([event])
    let genders = Self.genders(report)
    #expect(genders[DisclosureControl.mergedGroup] == .some(nil), "\(genders)")
    #expect(genders["man"] == 34, "\(genders)")
    let rest = Self.rest(report, event)
    #expect(rest.people >= 5 && rest.groups.count >= 2, "\(rest)")
    let result = DisclosureAudit.run(network: CityEventGroupTests.files(report), with: [event.files])
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
    // As it was published: "other or not stated" 7 shown, the men hidden.
    var leaking = report
    leaking.values = report.values.map { cell in
      guard cell.value.indicator == "participants" && cell.value.disaggregation == "gender" else { return cell }
      let shown = cell.value.group == DisclosureControl.mergedGroup || cell.value.group == "woman"
      return PublishedNetworkValue(value: cell.value, suppression: shown ? nil : .cell)
    }
    #expect(Self.rest(leaking, event) == (2, ["non-binary"]))
    let leak = DisclosureAudit.run(network: CityEventGroupTests.files(leaking), with: [event.files])
    #expect(leak.recovered.contains { $0.values == [2] }, "\(leak.recovered)")
  }

  @Test func aMainGroupAmongTheNetworksResidualGroupsGivesNothingAway() throws {
    // network.json refuses it; its policy, made otherwise, still follows the event.
    let event = Self.publish(Event(id: "tunis", genders: Self.attackersEvent.genders))
    #expect(event.network.disclosure.merging["gender"]?.contains("prefer-not-to-say") == true)
    let report = Self.network([event], policy: DisclosurePolicy(residualGroups: ["woman"]))
    let rest = Self.rest(report, event)
    #expect(rest.people == 0 || rest.people >= 5, "\(rest)")
    let result = DisclosureAudit.run(network: CityEventGroupTests.files(report), with: [event.files])
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
  }

  /// Dakar merged 3 other and 4 prefer-not-to-say into 7; Abidjan, the same year, shows its 6
  /// and 5. The network's 9 and 9 are small nowhere, but beside Abidjan's they would split
  /// Dakar's 7: the network merges gender as Dakar did.
  @Test func aFieldAnEventMergedIsMergedInTheNetworksYear() throws {
    let dakar = Self.publish(
      Event(id: "dakar", genders: [("man", 10), ("woman", 10), ("other", 3), ("prefer-not-to-say", 4)]))
    let abidjan = Self.publish(
      Event(
        id: "abidjan", city: ("Abidjan", "CI"), genders: [("man", 10), ("woman", 10), ("other", 6), ("prefer-not-to-say", 5)],
        satisfaction: { $0 % 5 + 1 }))
    #expect(Self.genders(dakar)[DisclosureControl.mergedGroup] == 7)
    #expect(Self.genders(abidjan)["other"] == 6 && Self.genders(abidjan)["prefer-not-to-say"] == 5)
    let report = Self.network([dakar, abidjan])
    let genders = Self.genders(report)
    #expect(genders["other"] == nil && genders["prefer-not-to-say"] == nil, "\(genders)")
    #expect(genders[DisclosureControl.mergedGroup] == 18)
    let result = DisclosureAudit.run(network: CityEventGroupTests.files(report), with: [dakar.files, abidjan.files])
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
  }

  /// The registered by gender as a network that split Dakar's merged group would publish
  /// them (other 9 and prefer-not-to-say 9 shown), beside the two events' own reports.
  static func splitting() -> (network: PublishedNetworkFiles, events: [PublishedFiles]) {
    func row(_ place: String, _ group: String, _ n: Int) -> String {
      """
      {\(place), "indicator": "registered", "disaggregation": "\(group == "all" ? "total" : "gender")", \
      "group": "\(group)", "value": \(n), "n": \(n), "population": "registered"}
      """
    }
    let network = [("all", 58), ("man", 20), ("woman", 20), ("other", 9), ("prefer-not-to-say", 9)]
    let events = [
      ("dakar", [("all", 27), ("man", 10), ("woman", 10), (DisclosureControl.mergedGroup, 7)]),
      ("abidjan", [("all", 31), ("man", 10), ("woman", 10), ("other", 6), ("prefer-not-to-say", 5)]),
    ]
    let eventsJSON = events.map {
      "{\"id\": \"\($0.0)\", \"year\": 2027, \"editions\": {\"registration\": \"\($0.0)-1\"}, \"attendance_recorded\": true}"
    }
    return (
      PublishedNetworkFiles(
        name: "network",
        json: """
          {"disclosure": {"threshold": 5}, "events": [\(eventsJSON.joined(separator: ", "))],
           "values": [\(network.map { row("\"year\": 2027", $0.0, $0.1) }.joined(separator: ",\n"))], "city_values": []}
          """),
      events.map { id, cells in
        PublishedFiles(
          name: "\(id)/reports",
          json: """
            {"events": [{"id": "\(id)", "editions": {"registration": "\(id)-1"}, "disclosure": {"threshold": 5}}],
             "indicators": [{"id": "registered", "measure": "registered"}],
             "values": [\(cells.map { row("\"event\": \"\(id)\"", $0.0, $0.1) }.joined(separator: ",\n"))]}
            """)
      }
    )
  }

  @Test func theAuditSplitsAnEventsMergedGroupAsTheNetworkDoes() {
    let (network, events) = Self.splitting()
    let result = DisclosureAudit.run(network: network, with: events)
    // Abidjan's 6 and 5 less the network's 9 and 9: Dakar's 7 were 3 other and 4 who preferred not to say.
    #expect(result.recovered.contains { $0.cells.contains { $0.hasPrefix("dakar registered gender other") } && $0.values == [3] }, "\(result.recovered)")
    #expect(result.recovered.contains { $0.values == [4] }, "\(result.recovered)")
  }

  /// Seeded networks over one or two events of a year, each event with its own residual
  /// groups and threshold and the network with its own: the plain report's files, read with
  /// the events' own reports, give no hidden group of 1 to `threshold - 1` away (the audit of
  /// `network report --audit` passes), so the plain report never writes what the audit refuses.
  @Test(arguments: 1...60)
  func seededEventsWithTheirOwnResidualGroupsGiveNothingAway(seed: Int) {
    var random = SeededRandom(seed: UInt64(seed))
    func residual() -> [String] { DisclosurePolicy.standardResidualGroups.filter { _ in random.chance(0.67) } }
    let places = [("Dakar", "SN"), ("Abidjan", "CI")]
    var events: [Event] = []
    for index in 0..<random.int(1...2) {
      let genders = [("woman", random.int(4...23)), ("man", random.int(4...23))]
        + ["non-binary", "other", "prefer-not-to-say", ""].map { ($0, random.chance(0.33) ? 0 : random.int(0...6)) }
      let silent = random.int(0...3)
      events.append(
        Event(
          id: "e\(seed)-\(index)", city: places[index], genders: genders.filter { $0.1 > 0 },
          policy: DisclosurePolicy(threshold: random.pick([(3, 1), (5, 2), (6, 1)]), residualGroups: residual()),
          satisfaction: { $0 % 4 == silent ? nil : $0 % 5 + 1 }))
    }
    let network = DisclosurePolicy(threshold: random.pick([(2, 1), (5, 1)]), residualGroups: residual())
    let published = events.map(Self.publish)
    let report = Self.network(published, policy: network)
    let result = DisclosureAudit.run(network: CityEventGroupTests.files(report), with: published.map(\.files))
    #expect(
      result.passed,
      "\(events.map { ($0.genders, $0.policy) }) network \(network): \(result.recovered) \(result.undecided) \(result.findings)")
  }
}
