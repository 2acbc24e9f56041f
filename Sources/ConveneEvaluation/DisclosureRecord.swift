import ConveneCore
import ConveneHMAC
import ConveneJSON

/// What the reports of one event have hidden so far (`.convene/disclosure.json`), so that a
/// new report of the same people hides at least the same groups: a group shown by one report
/// and hidden by the next would give away what the next one protects.
///
/// Groups are kept per population together with a digest of the records the population
/// comes from; once those records change (more feedback came in), the populations they
/// count are new figures and their pattern starts afresh.
///
/// Each state of the records also has an edition: a random name, published in the reports'
/// JSON, that says which reports show the same people (so that an audit attacks them
/// together) without being computed from anyone's data.
///
/// For the last published edition, the record also keeps what each population's figures used of
/// each person in it (`IndicatorCalculator.populationLines`: their groups, and the answers,
/// attendance or place the figures are computed from), as keyed hashes (HMAC-SHA-256 under a
/// random key drawn once and kept here, never published): a new edition in which 1 to
/// `threshold - 1` people entered, left or changed in a population would give those people's
/// records away as the difference of the two editions' figures of that population, and
/// `changes` counts them, population by population.
public struct DisclosureRecord: Sendable, Equatable {
  /// The file, in the workspace.
  public static let path = ".convene/disclosure.json"

  /// The digest of the records of each source when the groups were hidden.
  public var digests: [Population.Source: String]
  /// The edition of the records of each source (absent when none was named).
  public var editions: [Population.Source: String]
  /// The groups hidden.
  public var pattern: DisclosureControl.Pattern
  /// What the last published edition's figures used of each person, by population: the keyed
  /// hash of who they are → the keyed hash of what the population's figures use of them.
  public var populations: [String: [String: String]] = [:]
  /// The same by source of records (`registration`, `feedback`, `sessions`), as records written
  /// before populations were kept hold it (empty once an edition is remembered by population).
  public var people: [Population.Source: [String: String]] = [:]
  /// The key of those hashes, drawn at random once (empty until an edition is remembered).
  public var key = ""

  /// Creates a record.
  public init(
    digests: [Population.Source: String] = [:], editions: [Population.Source: String] = [:],
    pattern: DisclosureControl.Pattern = DisclosureControl.Pattern()
  ) {
    self.digests = digests
    self.editions = editions
    self.pattern = pattern
  }

  /// The name of the records' sources in files (`registration`, `feedback`, `sessions`).
  public static func name(of source: Population.Source) -> String {
    sourceNames.first { $0.0 == source }!.1
  }

  static let sourceNames: [(Population.Source, String)] = [
    (.registration, "registration"), (.feedback, "feedback"), (.sessions, "sessions"),
  ]

  /// The people whose records changed since the last published edition, by population
  /// (`IndicatorCalculator.populationLines` now): those who entered the population, left it,
  /// or whose line changed; populations where no one changed are left out. A record kept by
  /// source (written before populations were kept) is compared source by source with
  /// `sources` (`IndicatorCalculator.sourceLines(places: false)` now). Empty when no edition was
  /// remembered.
  public func changes(
    populations current: [String: [String: String]], sources: @autoclosure () -> [Population.Source: [String: String]]
  ) -> [String: Int] {
    guard !key.isEmpty else { return [:] }
    guard people.isEmpty else {
      let named = { (lines: [Population.Source: [String: String]]) in
        Dictionary(uniqueKeysWithValues: lines.map { ("\(Self.name(of: $0.key)) records", $0.value) })
      }
      return Self.changes(from: named(people), to: named(hashed(sources())))
    }
    return Self.changes(from: populations, to: hashed(current))
  }

  /// How many people differ between two hashed editions, by population.
  static func changes(from before: [String: [String: String]], to now: [String: [String: String]]) -> [String: Int] {
    var changed: [String: Int] = [:]
    for population in Set(before.keys).union(now.keys) {
      let (old, new) = (before[population] ?? [:], now[population] ?? [:])
      let count =
        new.reduce(0) { $0 + (old[$1.key] == $1.value ? 0 : 1) } + old.keys.reduce(0) { $0 + (new[$1] == nil ? 1 : 0) }
      if count > 0 { changed[population] = count }
    }
    return changed
  }

  /// The record once an edition whose populations are `current` is published: what its figures
  /// used of each person, hashed under the record's key (or a new one from `newKey`).
  public func remembering(_ current: [String: [String: String]], newKey: () -> String) -> DisclosureRecord {
    var record = self
    if record.key.isEmpty { record.key = newKey() }
    record.populations = record.hashed(current)
    record.people = [:]
    return record
  }

  /// Each population's (or source's) lines, who and what, as keyed hashes; who each person is
  /// is hashed once.
  func hashed<Name: Hashable>(_ current: [Name: [String: String]]) -> [Name: [String: String]] {
    let secret = Array(key.utf8)
    func hash(_ text: String) -> String {
      HMAC.sha256(key: secret, message: Array(text.utf8)).map { byte in
        (byte < 16 ? "0" : "") + String(byte, radix: 16)
      }.joined()
    }
    var who: [String: String] = [:]
    return current.mapValues { lines in
      var hashes: [String: String] = [:]
      for (person, line) in lines {
        let name = who[person] ?? hash("who\u{1F}" + person)
        who[person] = name
        hashes[name] = hash(line)
      }
      return hashes
    }
  }

  /// The groups that must stay hidden for records whose digests are now `current`.
  public func earlier(for current: [Population.Source: String]) -> DisclosureControl.Pattern {
    var result = DisclosureControl.Pattern()
    for (population, fields) in pattern.hidden {
      let source = Population.source(population)
      if let digest = digests[source], digest == current[source] {
        result.hidden[population] = fields
      }
    }
    return result
  }

  /// The record after a report on records with digests `current` hid `published`; records
  /// whose digest is new get an edition from `newEdition` (none when it gives "").
  public func adding(
    _ published: DisclosureControl.Pattern, digests current: [Population.Source: String],
    newEdition: () -> String = { "" }
  ) -> DisclosureRecord {
    var record = DisclosureRecord(digests: current, pattern: earlier(for: current))
    (record.populations, record.people, record.key) = (populations, people, key)
    for (source, digest) in current {
      let edition = digests[source] == digest ? editions[source] ?? "" : newEdition()
      if !edition.isEmpty { record.editions[source] = edition }
    }
    for (population, fields) in published.hidden {
      for (field, groups) in fields where !groups.isEmpty {
        record.pattern.hidden[population, default: [:]][field, default: []].formUnion(groups)
      }
    }
    return record
  }

  /// The record as JSON.
  public var json: String {
    let digestNodes = Self.sourceNames.compactMap { source, name -> (String, JSONNode?)? in
      guard let digest = digests[source] else { return nil }
      return (
        name,
        .object([("digest", .string(digest)), ("edition", editions[source].map(JSONNode.string))])
      )
    }
    let hidden = pattern.hidden.keys.sorted().compactMap { population -> (String, JSONNode?)? in
      let fields = pattern.hidden[population]!.filter { !$0.value.isEmpty }
      guard !fields.isEmpty else { return nil }
      return (
        population,
        JSONNode.object(fields.keys.sorted().map { ($0, JSONNode.strings(fields[$0]!.sorted())) })
      )
    }
    let lines = { (lines: [String: String]) in
      JSONNode.object(lines.keys.sorted().map { person -> (String, JSONNode?) in (person, .string(lines[person]!)) })
    }
    let peopleNodes = Self.sourceNames.compactMap { source, name -> (String, JSONNode?)? in
      people[source].map { (name, lines($0)) }
    }
    let populationNodes = populations.keys.sorted().map { ($0, Optional(lines(populations[$0]!))) }
    return JSONWriter.string(
      .object([
        ("sources", .object(digestNodes)), ("hidden", .object(hidden)),
        ("key", key.isEmpty ? nil : .string(key)),
        ("populations", key.isEmpty ? nil : .object(populationNodes)),
        ("people", peopleNodes.isEmpty ? nil : .object(peopleNodes)),
      ]))
  }

  /// Reads a record; fails with what is wrong.
  public static func read(_ text: String) throws(RecordError) -> DisclosureRecord {
    let node: JSONNode
    do {
      node = try JSONParser.parse(text)
    } catch {
      throw RecordError(line: error.line, reason: "not valid JSON: \(error.reason)")
    }
    var record = DisclosureRecord()
    guard let sources = node["sources"]?.members, let hidden = node["hidden"]?.members else {
      throw RecordError(line: node.line, reason: "must have \"sources\" and \"hidden\"")
    }
    for (name, value) in sources {
      guard let source = sourceNames.first(where: { $0.1 == name })?.0 else {
        throw RecordError(line: value.line, reason: "unknown source \"\(name)\"")
      }
      guard let digest = value["digest"]?.string else {
        throw RecordError(line: value.line, reason: "\(name) must have a \"digest\"")
      }
      record.digests[source] = digest
      record.editions[source] = value["edition"]?.string
    }
    record.key = node["key"]?.string ?? ""
    func hashes(_ lines: JSONNode, _ name: String) throws(RecordError) -> [String: String] {
      guard let members = lines.members else { throw RecordError(line: lines.line, reason: "\(name) must map hashes to hashes") }
      var hashes: [String: String] = [:]
      for (person, line) in members {
        guard let text = line.string else { throw RecordError(line: line.line, reason: "\(name) must map hashes to hashes") }
        hashes[person] = text
      }
      return hashes
    }
    for (name, lines) in node["populations"]?.members ?? [] {
      record.populations[name] = try hashes(lines, "populations.\(name)")
    }
    for (name, lines) in node["people"]?.members ?? [] {
      guard let source = sourceNames.first(where: { $0.1 == name })?.0 else {
        throw RecordError(line: lines.line, reason: "people: unknown source \"\(name)\"")
      }
      record.people[source] = try hashes(lines, "people.\(name)")
    }
    for (population, fields) in hidden {
      for (field, groups) in fields.members ?? [] {
        guard let list = groups.array?.compactMap(\.string), list.count == groups.array?.count
        else { throw RecordError(line: groups.line, reason: "\(population).\(field) must list groups") }
        record.pattern.hidden[population, default: [:]][field] = Set(list)
      }
    }
    return record
  }

  /// What is wrong with a record file.
  public struct RecordError: Error, Sendable, Equatable {
    /// The line.
    public var line: Int
    /// What is wrong.
    public var reason: String
  }
}
