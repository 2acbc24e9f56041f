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
///
/// For every published edition, the record also keeps what each population's figures used of
/// each person in it (`IndicatorCalculator.populationLines`: their groups, and the answers,
/// attendance or place the figures are computed from), as keyed hashes (HMAC-SHA-256 under a
/// random key drawn once and kept here, never published; the first 128 bits): a new edition in
/// which 1 to `threshold - 1` people entered, left or changed in a population since *any*
/// published edition would give those people's records away as the difference of the two
/// editions' figures of that population (a change of 5 and its undoing leave the first and
/// third editions one late form apart), and `changes` counts them, edition by edition and
/// population by population (`PublishedEditions`).
public struct DisclosureRecord: Sendable, Equatable {
  /// The file, in the workspace.
  public static let path = ".convene/disclosure.json"

  /// The digest of the records of each source when the groups were hidden.
  public var digests: [Population.Source: String]
  /// The edition of the records of each source (absent when none was named).
  public var editions: [Population.Source: String]
  /// The groups hidden.
  public var pattern: DisclosureControl.Pattern
  /// How the reports of the event published each field's residual groups, whatever the state
  /// of the records: field → the groups merged into one "other or not stated" group (empty
  /// where they were published apart). Later reports publish them the same way, whatever
  /// `disclosure.residual_groups` says then: the merged group of one report beside a part of it
  /// shown by another (or the other way) gives the rest away by subtraction.
  public var merging: [String: Set<String>] = [:]
  /// The shares of questions' answers the reports of the feedback records as they are showed
  /// (numerator populations, `answer:satisfaction=4|5`): a later report on the same records
  /// cuts each question's answers with them too, so that a share redefined between two
  /// reports does not give a small class away (`DisclosureControl.EventPublication.shares`).
  public var shares: Set<String> = []
  /// The Net Promoter Scores and the questions' answers the reports of the records as they are
  /// showed (`DisclosureControl.shownScoresAndAnswers`): a later report on the same records
  /// counts them as published, so that its scores and answers beside them give no band away.
  public var shown = DisclosureControl.Pattern()
  /// What every published edition's figures used of each person, by population (see
  /// `PublishedEditions`).
  public var published = PublishedEditions()
  /// What the last edition published before populations were kept said of each person, by
  /// source of records (`registration`, `feedback`, `sessions`): the keyed hash of who they are
  /// → the keyed hash of their records. Still compared, source by source, as edition 0.
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

  /// Each source of records and its name in files, in the order they are written.
  public static let sourceNames: [(Population.Source, String)] = [
    (.registration, "registration"), (.feedback, "feedback"), (.sessions, "sessions"),
  ]

  /// The people whose records changed since each published edition, edition by edition and
  /// population by population (`IndicatorCalculator.populationLines` now): those who entered
  /// the population, left it, or whose line changed; editions `current` equals are left out. The
  /// last edition of a record kept by source (written before populations were kept) is compared
  /// source by source with `sources` (`IndicatorCalculator.sourceLines(places: false)` now), as
  /// edition 0. Empty when no edition was remembered.
  public func changes(
    populations current: [String: [String: String]], sources: @autoclosure () -> [Population.Source: [String: String]]
  ) -> [PublishedEditions.Changes] {
    guard !key.isEmpty else { return [] }
    var changes: [PublishedEditions.Changes] = []
    if !people.isEmpty {
      let named = { (lines: [Population.Source: [String: String]]) in
        Dictionary(uniqueKeysWithValues: lines.map { ("\(Self.name(of: $0.key)) records", $0.value) })
      }
      let bySource = PublishedEditions.single(named(people), names: [:]).changes(from: named(hashed(sources())))
      changes += bySource.map { PublishedEditions.Changes(edition: 0, names: [:], populations: $0.populations) }
    }
    return changes + published.changes(from: hashed(current))
  }

  /// The signed combinations of the published editions and a new one whose populations are
  /// `current` that add up to the figures of 1 to `threshold - 1` people and that the published
  /// editions alone did not give, one per population (`PublishedEditions.combinations`): an
  /// edition each 5 or more people from every other can still be one person from the sum of
  /// the others taken with signs. Empty when no edition was remembered by population.
  func combinations(populations current: [String: [String: String]], threshold: Int) -> [EditionCombination] {
    guard !key.isEmpty, published.count > 0 else { return [] }
    return published.combinations(with: hashed(current), threshold: threshold)
  }

  /// The number of the last published edition (0 for one kept by source only, nil for none).
  public var lastEdition: Int? {
    published.count > 0 ? published.count : people.isEmpty ? nil : 0
  }

  /// The record once an edition whose populations are `current` is published under the
  /// record's edition names: what its figures used of each person, hashed under the record's
  /// key (or a new one from `newKey`), beside every edition published before.
  public func remembering(_ current: [String: [String: String]], newKey: () -> String) -> DisclosureRecord {
    var record = self
    if record.key.isEmpty { record.key = newKey() }
    record.published = published.adding(record.hashed(current), names: editions)
    return record
  }

  /// The length of a hash kept, in hexadecimal digits (`PublishedEditions.hashDigits`).
  static let hashDigits = PublishedEditions.hashDigits

  /// Each population's (or source's) lines, who and what, as keyed hashes under the record's
  /// key (`PublishedEditions.hashed`).
  func hashed<Name: Hashable>(_ current: [Name: [String: String]]) -> [Name: [String: String]] {
    PublishedEditions.hashed(current, key: key)
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

  /// The shares shown by earlier reports of feedback records whose digest is now `current`'s.
  public func earlierShares(for current: [Population.Source: String]) -> Set<String> {
    guard let digest = digests[.feedback], digest == current[.feedback] else { return [] }
    return shares
  }

  /// The scores and answers shown by earlier reports of records whose digests are all now
  /// `current`'s (a score's groups come from the registration records, its bands from the
  /// feedback).
  public func earlierShown(for current: [Population.Source: String]) -> DisclosureControl.Pattern {
    digests == current ? shown : DisclosureControl.Pattern()
  }

  /// The record after a report on records with digests `current` hid `published` (and showed
  /// the shares `shares` and the scores and answers `shown`); records
  /// whose digest is new get an edition from `newEdition` (none when it gives "").
  public func adding(
    _ published: DisclosureControl.Pattern, merging: [String: Set<String>] = [:],
    shares: Set<String> = [], shown: DisclosureControl.Pattern = DisclosureControl.Pattern(),
    digests current: [Population.Source: String], newEdition: () -> String = { "" }
  ) -> DisclosureRecord {
    var record = DisclosureRecord(digests: current, pattern: earlier(for: current))
    record.shares = earlierShares(for: current).union(shares)
    record.shown = earlierShown(for: current).union(shown)
    (record.published, record.people, record.key) = (self.published, people, key)
    record.merging = self.merging.merging(merging) { kept, _ in kept }
    for (source, digest) in current {
      let edition = digests[source] == digest ? editions[source] ?? "" : newEdition()
      if !edition.isEmpty { record.editions[source] = edition }
    }
    record.pattern = record.pattern.union(published)
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
    let hidden = Self.node(pattern)
    let shown = Self.node(self.shown)
    let lines = { (lines: [String: String]) in
      JSONNode.object(lines.keys.sorted().map { person -> (String, JSONNode?) in (person, .string(lines[person]!)) })
    }
    let peopleNodes = Self.sourceNames.compactMap { source, name -> (String, JSONNode?)? in
      people[source].map { (name, lines($0)) }
    }
    return JSONWriter.string(
      .object([
        ("sources", .object(digestNodes)), ("hidden", .object(hidden)),
        (
          "merging",
          merging.isEmpty ? nil : .object(merging.keys.sorted().map { ($0, JSONNode.strings(merging[$0]!.sorted())) })
        ),
        ("shares", shares.isEmpty ? nil : JSONNode.strings(shares.sorted())),
        ("shown", shown.isEmpty ? nil : .object(shown)),
        ("key", key.isEmpty ? nil : .string(key)),
        ("published", published.count == 0 ? nil : published.json),
        ("people", peopleNodes.isEmpty ? nil : .object(peopleNodes)),
      ]))
  }

  /// A pattern's groups by population, then field, sorted, leaving out empty fields.
  static func node(_ pattern: DisclosureControl.Pattern) -> [(String, JSONNode?)] {
    pattern.hidden.keys.sorted().compactMap { population -> (String, JSONNode?)? in
      let fields = pattern.hidden[population]!.filter { !$0.value.isEmpty }
      guard !fields.isEmpty else { return nil }
      return (
        population,
        JSONNode.object(fields.keys.sorted().map { ($0, JSONNode.strings(fields[$0]!.sorted())) })
      )
    }
  }

  /// The record stored as `bytes` (nil when the file is absent: no report was published yet,
  /// an empty record); fails with what is wrong. An emptied file (0 bytes, as a crash or a full
  /// disk can leave one) is damage like a cut one, never "no report yet".
  public static func read(stored bytes: [UInt8]?, editions: Bool = true) throws(RecordError) -> DisclosureRecord {
    guard let bytes else { return DisclosureRecord() }
    guard !bytes.isEmpty else { throw RecordError(line: 1, reason: "not valid JSON: the file is empty (0 bytes)") }
    return try read(utf8: bytes, editions: editions)
  }

  /// Reads a record; fails with what is wrong. Without `editions`, what each published edition
  /// counted (`published`, `people`) is left out, unread: enough to know the records' digests,
  /// editions and hidden groups.
  public static func read(_ text: String, editions: Bool = true) throws(RecordError) -> DisclosureRecord {
    try read(utf8: Array(text.utf8), editions: editions)
  }

  private static func read(utf8 bytes: [UInt8], editions: Bool) throws(RecordError) -> DisclosureRecord {
    let node: JSONNode
    do {
      node = try JSONParser.parse(utf8: bytes, skipping: editions ? [] : ["published", "populations", "people"])
    } catch {
      throw RecordError(line: error.line, reason: "not valid JSON: \(error.reason)")
    }
    guard let sources = node["sources"]?.members, let hidden = node["hidden"]?.members else {
      throw RecordError(line: node.line, reason: "must have \"sources\" and \"hidden\"")
    }
    var record = DisclosureRecord()
    try record.readSources(sources)
    record.key = node["key"]?.string ?? ""
    try record.readEditions(node)
    try record.readMerging(node["merging"]?.members ?? [])
    if let shares = node["shares"] {
      guard let list = shares.array?.compactMap(\.string), list.count == shares.array?.count,
        list.allSatisfy({ Population.answerQuestion($0) != nil })
      else { throw RecordError(line: shares.line, reason: "shares must list shares' answers (answer:question=answers)") }
      record.shares = Set(list)
    }
    record.pattern = try readPattern(hidden, name: "hidden")
    record.shown = try readPattern(node["shown"]?.members ?? [], name: "shown")
    return record
  }

  /// Each source's digest and edition.
  mutating func readSources(_ sources: [(key: String, value: JSONNode)]) throws(RecordError) {
    for (name, value) in sources {
      guard let source = Self.sourceNames.first(where: { $0.1 == name })?.0 else {
        throw RecordError(line: value.line, reason: "unknown source \"\(name)\"")
      }
      guard let digest = value["digest"]?.string else {
        throw RecordError(line: value.line, reason: "\(name) must have a \"digest\"")
      }
      digests[source] = digest
      editions[source] = value["edition"]?.string
    }
  }

  /// The people of each source and what each published edition counted; a record written when
  /// only the last edition was kept, by population, gives it as edition 1.
  mutating func readEditions(_ node: JSONNode) throws(RecordError) {
    for (name, lines) in node["people"]?.members ?? [] {
      guard let source = Self.sourceNames.first(where: { $0.1 == name })?.0 else {
        throw RecordError(line: lines.line, reason: "people: unknown source \"\(name)\"")
      }
      people[source] = try Self.hashes(lines, "people.\(name)")
    }
    if let published = node["published"] {
      self.published = try PublishedEditions.read(published)
    } else if let populations = node["populations"]?.members, people.isEmpty, !key.isEmpty {
      var last: [String: [String: String]] = [:]
      for (name, lines) in populations { last[name] = try Self.hashes(lines, "populations.\(name)") }
      self.published = .single(last, names: editions)
    }
  }

  /// Hashes mapped to hashes (`name` in the file). Hashes written before they were cut to 128
  /// bits are read as their first 128.
  static func hashes(_ lines: JSONNode, _ name: String) throws(RecordError) -> [String: String] {
    guard let members = lines.members else { throw RecordError(line: lines.line, reason: "\(name) must map hashes to hashes") }
    var hashes: [String: String] = [:]
    for (person, line) in members {
      guard let text = line.string else { throw RecordError(line: line.line, reason: "\(name) must map hashes to hashes") }
      hashes[String(person.prefix(hashDigits))] = String(text.prefix(hashDigits))
    }
    return hashes
  }

  /// The groups merged in each field.
  mutating func readMerging(_ fields: [(key: String, value: JSONNode)]) throws(RecordError) {
    for (field, groups) in fields {
      guard let list = groups.array?.compactMap(\.string), list.count == groups.array?.count
      else { throw RecordError(line: groups.line, reason: "merging.\(field) must list groups") }
      merging[field] = Set(list)
    }
  }

  /// The groups listed in each field of each population (`name` in the file: `hidden`,
  /// `shown`).
  static func readPattern(_ members: [(key: String, value: JSONNode)], name: String) throws(RecordError)
    -> DisclosureControl.Pattern
  {
    var pattern = DisclosureControl.Pattern()
    for (population, fields) in members {
      for (field, groups) in fields.members ?? [] {
        guard let list = groups.array?.compactMap(\.string), list.count == groups.array?.count
        else { throw RecordError(line: groups.line, reason: "\(name).\(population).\(field) must list groups") }
        pattern.hidden[population, default: [:]][field] = Set(list)
      }
    }
    return pattern
  }

  /// What is wrong with a record file.
  public struct RecordError: Error, Sendable, Equatable {
    /// The line.
    public var line: Int
    /// What is wrong.
    public var reason: String
  }
}
