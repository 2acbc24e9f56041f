import ConveneCore
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
public struct DisclosureRecord: Sendable, Equatable {
  /// The file, in the workspace.
  public static let path = ".convene/disclosure.json"

  /// The digest of the records of each source when the groups were hidden.
  public var digests: [Population.Source: String]
  /// The edition of the records of each source (absent when none was named).
  public var editions: [Population.Source: String]
  /// The groups hidden.
  public var pattern: DisclosureControl.Pattern

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
    return JSONWriter.string(
      .object([("sources", .object(digestNodes)), ("hidden", .object(hidden))]))
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
