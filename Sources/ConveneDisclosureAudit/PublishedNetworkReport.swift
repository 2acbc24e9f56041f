import ConveneCSV
import ConveneJSON

/// The files of one network report (`convene network report`), as text.
public struct PublishedNetworkFiles: Sendable {
  /// What the files are called in findings.
  public var name: String
  /// `network-report.json`: every cell, with the people it counts.
  public var json: String
  /// `indicators.csv`: the framework's cells.
  public var indicatorsCSV: String?
  /// `cities.csv`: the city records' cells.
  public var citiesCSV: String?

  /// The JSON's name.
  public static let jsonName = "network-report.json"
  /// The framework's CSV.
  public static let indicatorsName = "indicators.csv"
  /// The city records' CSV.
  public static let citiesName = "cities.csv"
  /// The page (line charts as inline SVG).
  public static let htmlName = "network-report.html"
  /// The Markdown.
  public static let markdownName = "network-report.md"

  /// Bundles the files of one network report.
  public init(name: String, json: String, indicatorsCSV: String? = nil, citiesCSV: String? = nil) {
    self.name = name
    self.json = json
    self.indicatorsCSV = indicatorsCSV
    self.citiesCSV = citiesCSV
  }
}

extension PublishedReport {
  init(name: String, definitions: Definitions, cells: [Cell], findings: [String]) {
    self.name = name
    self.definitions = definitions
    self.cells = cells
    self.findings = findings
    order = cells.map(\.key)
  }

  /// A network report read back as one roll-up per year: the member cities (and the other
  /// cities) as its events, `year/city`, and the network as `all`, which they add up to. The
  /// framework's cells are the network's too: a cell counting the same people as a city
  /// record's network row is the same unknown. The CSV files must show what the JSON shows.
  static func network(_ files: PublishedNetworkFiles) -> [PublishedReport] {
    guard let root = try? JSONParser.parse(files.json) else {
      return [PublishedReport(name: files.name, definitions: Definitions(), cells: [], findings: ["\(files.name)/\(PublishedNetworkFiles.jsonName): not valid JSON"])]
    }
    let policy = Self.policy(of: root)
    var byYear: [String: [Cell]] = [:]
    var shown: [String: (Shown, Shown)] = [:]
    func add(_ node: JSONNode, city: Bool) {
      guard let population = node["population"]?.string, let year = node["year"]?.integer.map(String.init)
      else { return }
      let scope = city ? node["city"]?.string ?? "" : "network"
      let cell = Cell(
        event: scope == "network" ? "all" : "\(year)/\(scope)",
        indicator: city ? "city:" + (node["figure"]?.string ?? "") : node["indicator"]?.string ?? "",
        disaggregation: node["disaggregation"]?.string ?? "", group: node["group"]?.string ?? "",
        value: Self.text(node["value"]), n: Self.text(node["n"]), population: population,
        numeratorPopulation: node["numerator_population"]?.string)
      byYear[year, default: []].append(cell)
      shown[[year, scope, cell.indicator, cell.disaggregation, cell.group].joined(separator: " ")] = (cell.value, cell.n)
    }
    for node in root["values"]?.array ?? [] { add(node, city: false) }
    for node in root["city_values"]?.array ?? [] { add(node, city: true) }
    var findings: [String] = []
    let csvFiles = [
      (PublishedNetworkFiles.indicatorsName, files.indicatorsCSV, false),
      (PublishedNetworkFiles.citiesName, files.citiesCSV, true),
    ]
    for (fileName, text, city) in csvFiles {
      guard let text else { continue }
      findings += compare(text, city: city, with: shown).map { "\(files.name)/\(fileName): \($0)" }
    }
    let events = Self.events(of: root)
    let facts = NetworkCityFacts(root)
    return byYear.keys.sorted().map { year in
      var definitions = Definitions()
      definitions.networkEvents = events[year] ?? []
      let cells = byYear[year]!
      definitions.events = Array(Set(cells.map(\.event)).subtracting(["all"])).sorted()
      definitions.cityGroups = facts.groups(of: definitions.events)
      definitions.members = facts.members(of: definitions.events, in: Int(year) ?? 0)
      definitions.engaged = facts.engaged(of: definitions.events, in: year)
      definitions.cityEvents = facts.events(of: definitions.events, in: year)
      definitions.cityOfficials = facts.officials(of: definitions.events, in: year)
      definitions.cityCounts = facts.counts[year] ?? []
      definitions.rollsUp = true
      for event in definitions.events + ["all"] { definitions.policies[event] = policy }
      return PublishedReport(
        name: "\(files.name) \(year)", definitions: definitions, cells: cells,
        findings: year == byYear.keys.sorted().first ? findings : [])
    }
  }

  /// The disclosure policy the network report was published under.
  static func policy(of root: JSONNode) -> Definitions.Policy {
    var policy = Definitions.Policy()
    if let disclosure = root["disclosure"] {
      policy.threshold = disclosure["threshold"]?.integer ?? policy.threshold
      if let groups = disclosure["residual_groups"]?.array { policy.residualGroups = Set(groups.compactMap(\.string)) }
      policy.mergedGroup = disclosure["merged_group"]?.string ?? policy.mergedGroup
    }
    policy.distributionMinimum = policy.threshold
    return policy
  }

  /// The events the network report counted, by year, with the editions of their records.
  static func events(of root: JSONNode) -> [String: [Definitions.NetworkEvent]] {
    var events: [String: [Definitions.NetworkEvent]] = [:]
    for event in root["events"]?.array ?? [] {
      guard let id = event["id"]?.string, let year = event["year"]?.integer else { continue }
      var editions: [String: String] = [:]
      for (source, edition) in event["editions"]?.members ?? [] { editions[source] = edition.string }
      events[String(year), default: []].append(
        Definitions.NetworkEvent(
          id: id, editions: editions, recordedAttendance: event["attendance_recorded"]?.bool == true))
    }
    return events
  }

  /// A number or text of the JSON as a report shows it.
  static func text(_ node: JSONNode?) -> Shown {
    guard let node else { return .empty }
    if let string = node.string { return Shown(string) }
    if let number = node.number { return Shown(JSONWriter.format(number)) }
    return .empty
  }

  /// The rows of a CSV that show another number than the JSON, or hide what it shows, or
  /// show what it hides.
  static func compare(_ text: String, city: Bool, with shown: [String: (Shown, Shown)]) -> [String] {
    guard let table = try? CSVTable(text: text) else { return ["not valid CSV"] }
    var findings: [String] = []
    for row in table.rows.map(\.fields) where row.count >= 6 {
      let fields = city ? row : ["", row[0]] + row[1...]
      let scope = city ? fields[0] : "network"
      let indicator = city ? "city:" + fields[2] : fields[2]
      let key = [fields[1], scope, indicator, fields[3], fields[4]].joined(separator: " ")
      guard let (value, n) = shown[key] else { continue }
      let (csvValue, csvN) = (Shown(fields[5]), Shown(fields[6]))
      if !value.agrees(with: csvValue) || !n.agrees(with: csvN) || (value == .hidden) != (csvValue == .hidden)
        || (n == .hidden) != (csvN == .hidden)
      {
        findings.append("differs from the JSON on \(key)")
      }
    }
    return findings
  }
}
