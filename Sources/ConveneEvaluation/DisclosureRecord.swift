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
/// For the last published edition, the record also keeps what the report used of each person
/// (their groups, status, attendance and answers), as keyed hashes (HMAC-SHA-256 under a
/// random key drawn once and kept here, never published): a new edition after 1 to
/// `threshold - 1` people's records changed would give those records away as the difference
/// of the two editions, and `changedPeople` counts them.
public struct DisclosureRecord: Sendable, Equatable {
  /// The file, in the workspace.
  public static let path = ".convene/disclosure.json"

  /// The digest of the records of each source when the groups were hidden.
  public var digests: [Population.Source: String]
  /// The edition of the records of each source (absent when none was named).
  public var editions: [Population.Source: String]
  /// The groups hidden.
  public var pattern: DisclosureControl.Pattern
  /// What the last published edition used of each person, by source: the keyed hash of who
  /// they are → the keyed hash of what the source's records say of them.
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

  /// How many people's records (in any source) differ from what the last published edition
  /// used, given each source's records now (`IndicatorCalculator.sourceLines`): people added,
  /// removed or changed. 0 when no edition was remembered.
  public func changedPeople(_ current: [Population.Source: [String: String]]) -> Int {
    guard !people.isEmpty else { return 0 }
    var changed = Set<String>()
    for (source, lines) in hashed(current) {
      let before = people[source] ?? [:]
      for (person, line) in lines where before[person] != line { changed.insert(person) }
      for person in before.keys where lines[person] == nil { changed.insert(person) }
    }
    for (source, before) in people where current[source] == nil { changed.formUnion(before.keys) }
    return changed.count
  }

  /// The record once an edition whose records are `current` is published: what it used of
  /// each person, hashed under the record's key (or a new one from `newKey`).
  public func remembering(_ current: [Population.Source: [String: String]], newKey: () -> String)
    -> DisclosureRecord
  {
    var record = self
    if record.key.isEmpty { record.key = newKey() }
    record.people = record.hashed(current)
    return record
  }

  /// Each source's lines, who and what, as keyed hashes.
  func hashed(_ current: [Population.Source: [String: String]]) -> [Population.Source: [String: String]] {
    let secret = Array(key.utf8)
    func hash(_ text: String) -> String {
      HMAC.sha256(key: secret, message: Array(text.utf8)).map { byte in
        (byte < 16 ? "0" : "") + String(byte, radix: 16)
      }.joined()
    }
    return current.mapValues { lines in
      Dictionary(
        lines.map { (hash("who\u{1F}" + $0.key), hash($0.value)) }, uniquingKeysWith: { first, _ in first })
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
    (record.people, record.key) = (people, key)
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
    let peopleNodes = Self.sourceNames.compactMap { source, name -> (String, JSONNode?)? in
      guard let lines = people[source] else { return nil }
      return (name, .object(lines.keys.sorted().map { ($0, JSONNode.string(lines[$0]!)) }))
    }
    return JSONWriter.string(
      .object([
        ("sources", .object(digestNodes)), ("hidden", .object(hidden)),
        ("key", key.isEmpty ? nil : .string(key)),
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
    for (name, lines) in node["people"]?.members ?? [] {
      guard let source = sourceNames.first(where: { $0.1 == name })?.0, let members = lines.members else {
        throw RecordError(line: lines.line, reason: "people: unknown source \"\(name)\"")
      }
      var hashes: [String: String] = [:]
      for (person, line) in members {
        guard let text = line.string else {
          throw RecordError(line: line.line, reason: "people.\(name) must map hashes to hashes")
        }
        hashes[person] = text
      }
      record.people[source] = hashes
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
