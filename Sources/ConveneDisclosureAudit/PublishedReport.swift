import ConveneCSV
import ConveneJSON

/// The files of one published report, as text.
public struct PublishedFiles: Sendable {
  /// What the files are called in findings (`dakar/reports`).
  public var name: String
  /// `indicators.csv`.
  public var csv: String?
  /// `indicators.json`.
  public var json: String?
  /// `report.md`.
  public var markdown: String?
  /// `report.html`.
  public var html: String?

  /// The names `convene report` writes the four files under.
  public static let csvName = "indicators.csv"
  /// The JSON's name.
  public static let jsonName = "indicators.json"
  /// The Markdown's name.
  public static let markdownName = "report.md"
  /// The HTML's name.
  public static let htmlName = "report.html"

  /// The report files `read` gives by name (nil for a file that is not there), or nil when
  /// neither the CSV nor the JSON is there.
  public init?(name: String, read: (String) -> String?) {
    self.init(
      name: name, csv: read(Self.csvName), json: read(Self.jsonName),
      markdown: read(Self.markdownName), html: read(Self.htmlName))
    if csv == nil && json == nil { return nil }
  }

  /// Bundles the files of one report.
  public init(
    name: String, csv: String? = nil, json: String? = nil, markdown: String? = nil,
    html: String? = nil
  ) {
    self.name = name
    self.csv = csv
    self.json = json
    self.markdown = markdown
    self.html = html
  }
}

/// A number as a report shows it: digits, something else (hidden), or nothing.
enum Shown: Equatable {
  case number(String)
  case hidden
  case empty

  init(_ text: String) {
    // A right-to-left report isolates its values left to right (U+2066 ... U+2069).
    let text = text.filter { !("\u{2066}"..."\u{2069}").contains($0) }
    let trimmed = String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    if trimmed.isEmpty || trimmed == "–" {
      self = .empty
    } else if DecimalText(trimmed) != nil {
      self = .number(trimmed)
    } else {
      self = .hidden
    }
  }

  /// The whole number shown, if any.
  var integer: Int? {
    if case .number(let text) = self, let decimal = DecimalText(text) { return decimal.integer }
    return nil
  }

  /// True when both show the same number (`4` and `4.00`), or neither shows one.
  func agrees(with other: Shown) -> Bool {
    guard case .number(let a) = self, case .number(let b) = other else { return true }
    return DecimalText(a)?.normalised == DecimalText(b)?.normalised
  }

  /// The more precise of two texts of the same number.
  func morePrecise(than other: Shown) -> Bool {
    guard case .number(let a) = self, case .number(let b) = other else { return false }
    return (DecimalText(a)?.places ?? 0) > (DecimalText(b)?.places ?? 0)
  }
}

/// A decimal number read exactly: `digits / 10^places`.
struct DecimalText: Equatable {
  var digits: Int
  var places: Int

  init?(_ text: String) {
    var text = Substring(text)
    let negative = text.hasPrefix("-")
    if negative { text = text.dropFirst() }
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), !parts[0].isEmpty, parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
      parts.allSatisfy({ $0.allSatisfy(\.isNumber) }), parts.count == 1 || !parts[1].isEmpty,
      text.count <= 15, let value = Int(parts.joined())
    else { return nil }
    digits = negative ? -value : value
    places = parts.count == 2 ? parts[1].count : 0
  }

  /// Without trailing zeros after the point.
  var normalised: DecimalText {
    var result = self
    while result.places > 0 && result.digits % 10 == 0 {
      result.digits /= 10
      result.places -= 1
    }
    return result
  }

  /// The whole number, when there is no fraction.
  var integer: Int? {
    let plain = normalised
    return plain.places == 0 ? plain.digits : nil
  }
}

/// One cell of a published report.
struct Cell {
  var event: String
  var indicator: String
  var disaggregation: String
  var group: String
  var value: Shown
  var n: Shown
  /// The people n counts, as the JSON names them (or as the measure implies).
  var population: String
  /// A percentage's numerator's people.
  var numeratorPopulation: String?

  var key: String { [event, indicator, disaggregation, group].joined(separator: " ") }
  var isFieldGroup: Bool { !["total", "session", "answer"].contains(disaggregation) }
}

/// What a report says about its events and indicators.
struct Definitions {
  struct Indicator {
    var measure: String
    var question: String?
    var answers: [String]
    var before: String?
    var after: String?
  }

  struct Policy {
    var threshold = 5
    var residualGroups: Set<String> = ["other", "prefer-not-to-say", "not-given", "unknown"]
    var mergedGroup = "other-or-not-stated"
    var distributionMinimum = 5
  }

  var indicators: [String: Indicator] = [:]
  var order: [String] = []
  var events: [String] = []
  var policies: [String: Policy] = [:]
  /// True when `all` is the sum of the events even with one event (a network's cities).
  var rollsUp = false
  /// For one year of a network report: the events whose people it adds up.
  var networkEvents: [NetworkEvent] = []

  /// An event a network report's year adds up: the editions of its records the network
  /// counted (an event report naming the same one shows the same people), and whether
  /// attendance was recorded (who took part is then who attended, else who confirmed).
  struct NetworkEvent {
    var id: String
    var editions: [String: String]
    var recordedAttendance: Bool
  }
  /// The edition of each event's records, by source (`registration` ...), where named.
  var editions: [String: [String: String]] = [:]

  /// For one year of a network report: each city's groups (`region`, `country`,
  /// `city_size`) by its event (`year/city`), the cities that were members that year, the
  /// cities whose records list events they took part in, and the counts of cities shown.
  var cityGroups: [String: [String: String]] = [:]
  var members: Set<String> = []
  var engaged: Set<String> = []
  var cityCounts: [CityCount] = []
  /// The events each city's record lists that year, by its event (`year/city`).
  var cityEvents: [String: Set<String>] = [:]
  /// The officials each city's record names at each event that year, by its event
  /// (`year/city`) and the event's id.
  var cityOfficials: [String: [String: Int]] = [:]

  /// A count of a group's member cities in which someone took part (`engaged`) or acted on a
  /// commitment (`acting`).
  struct CityCount {
    enum Basis { case engaged, acting }
    var basis: Basis
    var field: String
    var group: String
    var count: Int
  }
}

/// One report read back: its definitions and cells, and what the files disagree on.
struct PublishedReport {
  var name: String
  var definitions = Definitions()
  var cells: [Cell] = []
  /// Problems found while reading (a file that shows what another hides ...).
  var findings: [String] = []
  /// The cells' keys in the order the files list them.
  var order: [String] = []

  init(_ files: PublishedFiles) {
    name = files.name
    var byKey: [String: Cell] = [:]
    if let json = files.json { readJSON(json, into: &byKey) }
    if let csv = files.csv { readCSV(csv, into: &byKey) }
    if definitions.events.isEmpty {
      definitions.events = Array(Set(byKey.values.map(\.event)).subtracting(["all"])).sorted()
    }
    cells = order.compactMap { byKey[$0] }
    let named = byKey.values.contains { !$0.population.isEmpty }
    inferPopulations(legacy: files.json != nil && !named)
    findings += distinctCountFindings()
    let consistency = ReportConsistency(report: self)
    if let markdown = files.markdown { merge(consistency.markdown(markdown), from: "report.md") }
    if let html = files.html { merge(consistency.html(html), from: "report.html") }
  }

  mutating func readJSON(_ text: String, into cells: inout [String: Cell]) {
    guard let root = try? JSONParser.parse(text) else {
      findings.append("\(name)/indicators.json: not valid JSON")
      return
    }
    for event in root["events"]?.array ?? [] {
      guard let id = event["id"]?.string else { continue }
      definitions.events.append(id)
      var policy = Definitions.Policy()
      if let threshold = root["suppression_threshold"]?.integer { policy.threshold = threshold }
      if let disclosure = event["disclosure"] {
        policy.threshold = disclosure["threshold"]?.integer ?? policy.threshold
        if let groups = disclosure["residual_groups"]?.array {
          policy.residualGroups = Set(groups.compactMap(\.string))
        }
        policy.mergedGroup = disclosure["merged_group"]?.string ?? policy.mergedGroup
        policy.distributionMinimum =
          disclosure["distribution_minimum"]?.integer ?? policy.threshold
      } else {
        policy.distributionMinimum = policy.threshold
      }
      definitions.policies[id] = policy
      for (source, edition) in event["editions"]?.members ?? [] {
        if let name = edition.string { definitions.editions[id, default: [:]][source] = name }
      }
    }
    for indicator in root["indicators"]?.array ?? [] {
      guard let id = indicator["id"]?.string, let measure = indicator["measure"]?.string else {
        continue
      }
      definitions.order.append(id)
      definitions.indicators[id] = Definitions.Indicator(
        measure: measure, question: indicator["question"]?.string,
        answers: indicator["answers"]?.array?.compactMap(\.string) ?? [],
        before: indicator["before"]?.string, after: indicator["after"]?.string)
    }
    for value in root["values"]?.array ?? [] {
      func text(_ key: String) -> Shown {
        guard let node = value[key] else { return .empty }
        if let string = node.string { return Shown(string) }
        if let number = node.number { return Shown(JSONWriter.format(number)) }
        return .empty
      }
      let cell = Cell(
        event: value["event"]?.string ?? "", indicator: value["indicator"]?.string ?? "",
        disaggregation: value["disaggregation"]?.string ?? "", group: value["group"]?.string ?? "",
        value: text("value"), n: text("n"), population: value["population"]?.string ?? "",
        numeratorPopulation: value["numerator_population"]?.string)
      if cells[cell.key] == nil { order.append(cell.key) }
      cells[cell.key] = cell
    }
  }

  mutating func readCSV(_ text: String, into cells: inout [String: Cell]) {
    guard let table = try? CSVTable(text: text) else {
      findings.append("\(name)/indicators.csv: not valid CSV")
      return
    }
    for row in table.rows.map(\.fields) where row.count >= 6 {
      // A spreadsheet-safe apostrophe before =, +, - or @ is not part of the text.
      let fields = row.map { field -> String in
        guard field.hasPrefix("'"), let next = field.dropFirst().first, "=+-@".contains(next)
        else { return field }
        return String(field.dropFirst())
      }
      var cell = Cell(
        event: fields[0], indicator: fields[1], disaggregation: fields[2], group: fields[3],
        value: Shown(fields[4]), n: Shown(fields[5]), population: "")
      if let known = cells[cell.key] {
        // The most the two files show together.
        if !known.value.agrees(with: cell.value) || !known.n.agrees(with: cell.n)
          || (known.value == .hidden) != (cell.value == .hidden)
          || (known.n == .hidden) != (cell.n == .hidden)
        {
          findings.append("\(name): indicators.csv and indicators.json differ on \(cell.key)")
        }
        cell.population = known.population
        cell.numeratorPopulation = known.numeratorPopulation
        // Together the files show the most either shows.
        if case .number = known.value, !cell.value.morePrecise(than: known.value) {
          cell.value = known.value
        }
        if case .number = known.n { cell.n = known.n }
      } else {
        order.append(cell.key)
      }
      cells[cell.key] = cell
    }
  }

  /// Numbers another file shows where these cells hide them become known.
  mutating func merge(_ shown: ReportConsistency.Result, from file: String) {
    findings += shown.findings.map { "\(name)/\(file): \($0)" }
    for (key, value, n) in shown.revealed {
      guard let index = cells.firstIndex(where: { $0.key == key }) else { continue }
      if let value { cells[index].value = value }
      if let n { cells[index].n = n }
    }
  }
}
