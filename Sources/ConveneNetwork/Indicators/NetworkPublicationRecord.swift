import ConveneCore
import ConveneEvaluation
import ConveneJSON

/// What every network report published from the folder showed
/// (`.convene/network-published.json` in the network folder): the n, the numerator behind each
/// shown percentage and the sum behind each shown mean, of every cell about people it showed,
/// edition by edition. Anyone holding an earlier report and a new one can subtract them, so a
/// new report may not show a cell whose n or numerator moved by 1 to threshold - 1 since *any*
/// earlier edition, nor a mean whose sum changed while its n moved by fewer than the
/// threshold: the difference would be a statement about those few people (one late follow-up,
/// one corrected category, one changed answer). Comparing with the last edition only would let
/// a change of 5 and its undoing leave editions 1 and 3 one late follow-up apart.
///
/// A cell's counts are kept once with the numbers of the editions that showed them (`1-3,5`),
/// so an edition adds only the cells that moved.
///
/// Two at a time is not enough: every figure adds up over its people, so four editions each 5
/// or more people from every other can still single one person out as edition 3 − edition 2 −
/// edition 4 + edition 1. The record also keeps, edition by edition, what the network's own
/// figures used of each person (`NetworkPeople.populationLines`: who made a commitment and was
/// followed up, with their city, groups and status) as keyed hashes under a
/// random key kept here (`PublishedEditions`, as an event's record keeps its populations), and
/// `combinations` finds a signed combination of editions that counts 1 to `threshold - 1` of
/// them, exactly (`EditionAtoms`).
///
/// Every group an edition hid is kept too, with a keyed hash of what its population counted
/// in that year and scope (`NetworkHiddenGroups`): a new report whose population counts exactly
/// the same hides the group again (`keptHidden`), whatever the threshold, the residual groups
/// or `cities.csv` say then. So an edition shown after the threshold was lowered (or raised)
/// shows nothing the earlier one hid of the same people, and a city hidden to protect a few
/// people from no member city stays hidden while its own people are the same.
///
/// The events' own records are held to their published reports before (see
/// `NetworkEvent.editionState`); this record guards what only the network counts.
public struct NetworkPublicationRecord: Sendable, Equatable {
  /// The file, in the network folder.
  public static let path = ".convene/network-published.json"

  /// What one shown cell counted.
  public struct Counts: Sendable, Equatable {
    public var n: Int
    public var numerator: Int?
    /// A shown mean's value times n (to the millionth).
    public var sum: Double? = nil
  }

  /// Counts a cell showed, and the editions (numbered from 1, ascending) that showed them.
  public struct Shown: Sendable, Equatable {
    public var counts: Counts
    public var editions: [Int]
  }

  /// The cells moved by a few people since one published edition.
  public struct Changes: Sendable, Equatable {
    /// The edition (1 for the first network report recorded).
    public var edition: Int
    /// Each cell, as `2028 participants network category mayor: 12 → 13`.
    public var cells: [String]
  }

  /// A population as editions that hid some of its groups counted it, those editions and the
  /// groups they hid.
  public struct Hidden: Sendable, Equatable {
    /// The keyed hash (under `key`) of what the population counted (`NetworkHiddenGroups.signatures`).
    public var counts: String
    /// The editions that hid groups of it over those counts.
    public var editions: [Int]
    /// The groups they hid, as field and group (`total`, `all`: the whole population).
    public var groups: Set<[String]>
  }

  /// How many editions are kept, numbered 1 to `editions`.
  public private(set) var editions: Int
  /// The shown cells' counts, by year, figure, scope, disaggregation and group.
  public var cells: [String: [Shown]]
  /// What each edition's figures used of each person, by year and population, hashed under
  /// `key`; editions recorded before people were kept hold no one.
  public internal(set) var people = PublishedEditions()
  /// The key of those hashes, drawn at random once (empty until an edition keeps people).
  public internal(set) var key = ""
  /// The groups hidden, by year, scope and population (`NetworkHiddenGroups.populationKey`).
  public internal(set) var hidden: [String: [Hidden]] = [:]

  /// No edition yet.
  public init() {
    editions = 0
    cells = [:]
  }

  /// The record of what `report` shows, as its only edition, its people hashed under a key
  /// from `newKey`.
  public init(_ report: NetworkReport, newKey: () -> String) {
    self = NetworkPublicationRecord().adding(report, newKey: newKey)
  }

  /// The counts of each cell `report` shows.
  static func shown(in report: NetworkReport) -> [String: Counts] {
    var cells: [String: Counts] = [:]
    for cell in report.values where cell.value.isAboutPeople && !cell.isCountHidden {
      let shown = cell.suppression == nil
      cells[Self.key(cell.value)] = Counts(
        n: cell.value.n, numerator: shown ? cell.value.numerator : nil, sum: shown ? Self.sum(cell.value) : nil)
    }
    return cells
  }

  /// What a report's figures used of each person (`NetworkPeople.populationLines`), hashed
  /// under a record's key: what a new edition is compared and recorded with.
  public struct HashedLines: Sendable, Equatable {
    /// The key they are hashed under.
    public let key: String
    let lines: [String: [String: String]]
  }

  /// What `report`'s figures used of each person, hashed under the record's key, or one from
  /// `newKey` when it has none.
  public func hashedLines(of report: NetworkReport, newKey: () -> String) -> HashedLines {
    let key = key.isEmpty ? newKey() : key
    return HashedLines(key: key, lines: PublishedEditions.hashed(report.populationLines, key: key))
  }

  /// The record once `report` is published: a new edition, unless it shows exactly what an
  /// edition kept showed, of the same people. The people are hashed under the record's key, or
  /// one from `newKey` when it has none.
  public func adding(_ report: NetworkReport, newKey: () -> String) -> NetworkPublicationRecord {
    adding(report, lines: hashedLines(of: report, newKey: newKey))
  }

  /// The groups an edition hid whose population counts in `exact` what it counted then, by
  /// year and scope: a report of the same counts hides them again.
  func keptHidden(_ exact: [NetworkValue]) -> [Int: [String: DisclosureControl.Pattern]] {
    guard !key.isEmpty, !hidden.isEmpty else { return [:] }
    let counts = Self.hashed(NetworkHiddenGroups.signatures(of: exact, for: Set(hidden.keys)), key: key)
    var kept: [NetworkHiddenGroups.Group] = []
    for (population, variants) in hidden {
      let parts = Self.parts(of: population)
      guard parts.count == 3, let year = Int(parts[0]) else { continue }
      for variant in variants where variant.counts == counts[population] {
        kept += variant.groups.map {
          NetworkHiddenGroups.Group(year: year, scope: parts[1], population: parts[2], field: $0[0], group: $0[1])
        }
      }
    }
    return NetworkHiddenGroups.patterns(kept)
  }

  /// Each population's counts (`NetworkHiddenGroups.signatures`) as a keyed hash under `key`.
  static func hashed(_ signatures: [String: String], key: String) -> [String: String] {
    let populations = Array(signatures.keys)
    return Dictionary(
      uniqueKeysWithValues: zip(populations, PublishedEditions.hashes(of: populations.map { signatures[$0]! }, key: key)))
  }

  /// The record once `report`, whose people are `hashed` (`hashedLines`), is published.
  public func adding(_ report: NetworkReport, lines hashed: HashedLines) -> NetworkPublicationRecord {
    let now = Self.shown(in: report)
    let (key, lines) = (hashed.key, hashed.lines)
    let differentPeople = Set(people.changes(from: lines).map(\.edition))
    var same = [Int](repeating: 0, count: editions + 1)
    var size = [Int](repeating: 0, count: editions + 1)
    for (key, variants) in cells {
      for variant in variants {
        for edition in variant.editions {
          size[edition] += 1
          if variant.counts == now[key] { same[edition] += 1 }
        }
      }
    }
    if editions > 0,
      let edition = (1...editions).last(where: {
        same[$0] == now.count && size[$0] == now.count && !differentPeople.contains($0)
      })
    {
      // The same edition again: what it hid is kept with it (a record written before hidden
      // groups were kept learns them now).
      var record = self
      if record.key.isEmpty { record.key = key }
      record.addHidden(report.hidden, edition: edition)
      return record
    }
    var record = self
    record.editions += 1
    record.key = key
    record.people = people.appending(lines, names: [:])
    for (key, counts) in now {
      var variants = record.cells[key] ?? []
      if let index = variants.firstIndex(where: { $0.counts == counts }) {
        variants[index].editions.append(record.editions)
      } else {
        variants.append(Shown(counts: counts, editions: [record.editions]))
      }
      record.cells[key] = variants
    }
    record.addHidden(report.hidden, edition: record.editions)
    return record
  }

  /// Keeps the groups `edition` hid, with their populations' counts hashed under `key`.
  mutating func addHidden(
    _ report: (groups: Set<NetworkHiddenGroups.Group>, signatures: [String: String]), edition: Int
  ) {
    guard !key.isEmpty else { return }
    let counts = Self.hashed(report.signatures, key: key)
    for group in report.groups {
      guard let hash = counts[group.populationKey] else { continue }
      var variants = hidden[group.populationKey] ?? []
      let index =
        variants.firstIndex { $0.counts == hash }
        ?? {
          variants.append(Hidden(counts: hash, editions: [], groups: []))
          return variants.count - 1
        }()
      if !variants[index].editions.contains(edition) {
        variants[index].editions = (variants[index].editions + [edition]).sorted()
      }
      variants[index].groups.insert([group.field, group.group])
      hidden[group.populationKey] = variants
    }
  }

  /// The sum behind a mean (its value times n, to the millionth), or nil for other cells.
  static func sum(_ value: NetworkValue) -> Double? {
    guard value.kind == .mean, let mean = value.value, mean.isFinite else { return nil }
    return (mean * Double(value.n) * 1_000_000).rounded() / 1_000_000
  }

  static func key(_ value: NetworkValue) -> String {
    [String(value.year), value.indicator, value.scope, value.disaggregation, value.group].joined(separator: "\u{1F}")
  }

  /// The parts of a key of `cells` (`key(_:)`) or of `hidden` (`NetworkHiddenGroups.populationKey`).
  static func parts(of key: String) -> [String] {
    key.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
  }

  /// The cells `report` would show that moved by 1 to threshold - 1 people since each edition
  /// of this record, edition by edition (editions with none left out).
  public func smallChanges(in report: NetworkReport) -> [Changes] {
    let small = 1..<report.policy.threshold
    var found: [Int: [String]] = [:]
    for cell in report.values where cell.value.isAboutPeople && !cell.isCountHidden {
      let value = cell.value
      for shown in cells[Self.key(value)] ?? [] {
        let before = shown.counts
        let name = "\(value.year) \(value.indicator) \(value.scope) \(value.disaggregation) \(value.group)"
        let change: String
        if small.contains(abs(value.n - before.n)) {
          change = "\(name): \(before.n) → \(value.n)"
        } else if cell.suppression == nil, let now = value.numerator, let then = before.numerator,
          small.contains(abs(now - then))
        {
          change = "\(name) (numerator): \(then) → \(now)"
        } else if cell.suppression == nil, abs(value.n - before.n) < report.policy.threshold, let now = Self.sum(value),
          let then = before.sum, now != then
        {
          change = "\(name) (sum behind the mean): \(JSONWriter.format(then)) → \(JSONWriter.format(now)), n \(before.n) → \(value.n)"
        } else {
          continue
        }
        for edition in shown.editions { found[edition, default: []].append(change) }
      }
    }
    return found.keys.sorted().map { Changes(edition: $0, cells: found[$0]!) }
  }

  /// The member cities (and other cities) whose people who took part in `year` `report` counts
  /// otherwise than the last edition showed, as `sousse-tn: 6 → 0 people` (cities the last
  /// edition hid left out): what a change of `cities.csv` moved.
  public func movedCities(year: Int, in report: NetworkReport) -> [String] {
    let figure = CityRecordCalculator.Figure.participants
    var then: [String: Int] = [:]
    for (key, variants) in cells {
      let parts = Self.parts(of: key)
      guard parts.count == 5, parts[0] == String(year), parts[1] == figure, parts[2] != NetworkValue.network,
        parts[3] == "total", let last = variants.first(where: { $0.editions.contains(editions) })
      else { continue }
      then[parts[2]] = last.counts.n
    }
    return then.keys.sorted().compactMap { scope in
      let now = report.cell(year: year, indicator: figure, scope: scope)
      guard now?.isCountHidden != true, case let count = now?.value.n ?? 0, count != then[scope] else { return nil }
      return "\(scope): \(then[scope]!) → \(count) \(count == 1 ? "person" : "people")"
    }
  }

  /// The signed combinations of the published editions and `report` that count 1 to
  /// `threshold - 1` of the people of a population the network alone counts, and that the
  /// published editions alone did not give (`PublishedEditions.combinations`), one per
  /// population; editions recorded before people were kept take no part.
  public func combinations(in report: NetworkReport) -> [EditionCombination] {
    guard !key.isEmpty else { return [] }
    return combinations(with: hashedLines(of: report, newKey: { key }), threshold: report.policy.threshold)
  }

  /// The same for a report whose people are `hashed` (`hashedLines`).
  public func combinations(with hashed: HashedLines, threshold: Int) -> [EditionCombination] {
    guard !key.isEmpty, hashed.key == key, editions > 0 else { return [] }
    return people.combinations(with: hashed.lines, threshold: threshold)
  }

  /// The record as JSON: the number of editions, and one array per cell and counts it showed,
  /// `[year, figure, scope, disaggregation, group, n, numerator, sum, editions]` (editions as
  /// `1-3,5`; records written before editions were kept have no editions, and are edition 1;
  /// those written before sums were kept have no sum), then the key and the people of every
  /// edition (`PublishedEditions.json`; none in records written before people were kept), and
  /// the groups hidden, `[year, scope, population, counts, editions, field, group, field,
  /// group, ...]`, one line each (none in records written before they were kept).
  public var json: String {
    let rows = cells.sorted { $0.key < $1.key }.flatMap { key, variants -> [JSONNode] in
      let parts = Self.parts(of: key)
      let names: [JSONNode] = [.number(Int(parts[0]) ?? 0)] + parts.dropFirst().map(JSONNode.string)
      return variants.map { shown in
        let counts = shown.counts
        let numbers: [JSONNode] = [
          .number(counts.n), counts.numerator.map { .number($0) } ?? .null, counts.sum.map { .number($0) } ?? .null,
        ]
        return .array(names + numbers + [.string(EditionNumbers.text(shown.editions))])
      }
    }
    return JSONWriter.string(
      .object([
        ("format", .string("convene-network-published/5")), ("editions", .number(editions)), ("cells", .array(rows)),
        ("key", key.isEmpty ? nil : .string(key)), ("people", key.isEmpty ? nil : people.json),
        ("hidden", hidden.isEmpty ? nil : .array(hiddenRows)),
      ]))
  }

  /// The groups hidden, as rows of `json`.
  var hiddenRows: [JSONNode] {
    hidden.sorted { $0.key < $1.key }.flatMap { key, variants -> [JSONNode] in
      let parts = Self.parts(of: key)
      let names: [JSONNode] = [.number(Int(parts[0]) ?? 0)] + parts.dropFirst().map(JSONNode.string)
      return variants.map { variant in
        let groups = variant.groups.sorted { $0.lexicographicallyPrecedes($1) }.joined().map(JSONNode.string)
        return .array(names + [.string(variant.counts), .string(EditionNumbers.text(variant.editions))] + groups)
      }
    }
  }

  /// What is wrong with a record file.
  public struct RecordError: Error, Sendable, Equatable {
    public var line: Int
    public var reason: String
  }

  /// Reads a record; fails with what is wrong.
  public static func read(_ text: String) throws(RecordError) -> NetworkPublicationRecord {
    try read(utf8: Array(text.utf8))
  }

  /// Reads a record stored as `bytes`, which must be UTF-8; fails with what is wrong.
  public static func read(utf8 bytes: [UInt8]) throws(RecordError) -> NetworkPublicationRecord {
    let node: JSONNode
    do {
      node = try JSONParser.parse(utf8: bytes)
    } catch {
      throw RecordError(line: error.line, reason: "not valid JSON: \(error.reason)")
    }
    guard let rows = node["cells"]?.array else { throw RecordError(line: node.line, reason: "must have \"cells\"") }
    // A record without editions kept the last report only: its cells are edition 1.
    let single = node["editions"] == nil
    var record = NetworkPublicationRecord()
    record.editions = single ? (rows.isEmpty ? 0 : 1) : node["editions"]?.integer ?? -1
    guard record.editions >= 0 else { throw RecordError(line: node.line, reason: "\"editions\" must be a count") }
    for row in rows {
      guard let items = row.array, single ? (items.count == 7 || items.count == 8) : items.count == 9,
        let year = items[0].integer, let n = items[5].integer, case let texts = items[1...4].compactMap(\.string),
        texts.count == 4,
        let editions = single ? [1] : items[8].string.flatMap({ EditionNumbers.parse($0[...], count: record.editions) })
      else {
        throw RecordError(
          line: row.line,
          reason: "a cell must be [year, figure, scope, disaggregation, group, n, numerator, sum, editions] (editions 1 to \(record.editions), as 1-3,5)")
      }
      let counts = Counts(n: n, numerator: items[6].integer, sum: items.count >= 8 ? items[7].number : nil)
      record.cells[([String(year)] + texts).joined(separator: "\u{1F}"), default: []].append(Shown(counts: counts, editions: editions))
    }
    try record.readPeople(node)
    try record.readHidden(node)
    return record
  }

  /// Reads the groups hidden; a record written before they were kept has none.
  mutating func readHidden(_ node: JSONNode) throws(RecordError) {
    for row in node["hidden"]?.array ?? [] {
      guard let items = row.array, items.count >= 7, items.count % 2 == 1, let year = items[0].integer,
        case let texts = items.dropFirst().compactMap(\.string), texts.count == items.count - 1,
        let editions = EditionNumbers.parse(texts[3][...], count: self.editions), !key.isEmpty
      else {
        throw RecordError(
          line: row.line,
          reason:
            "hidden groups must be [year, scope, population, counts, editions, field, group, ...] (editions 1 to \(self.editions), as 1-3,5), with the record's \"key\"")
      }
      let population = NetworkHiddenGroups.populationKey(year, texts[0], texts[1])
      let groups = stride(from: 4, to: texts.count, by: 2).map { [texts[$0], texts[$0 + 1]] }
      hidden[population, default: []].append(Hidden(counts: texts[2], editions: editions, groups: Set(groups)))
    }
  }

  /// Reads the key and the people of every edition; a record written before people were kept
  /// has none, and its editions keep no one.
  mutating func readPeople(_ node: JSONNode) throws(RecordError) {
    guard let people = node["people"], let key = node["key"]?.string, !key.isEmpty else {
      guard node["people"] == nil else { throw RecordError(line: node.line, reason: "\"people\" needs its \"key\"") }
      self.people = (0..<editions).reduce(PublishedEditions()) { kept, _ in kept.appending([:], names: [:]) }
      return
    }
    do {
      self.people = try PublishedEditions.read(people)
    } catch {
      throw RecordError(line: error.line, reason: error.reason)
    }
    guard self.people.count == editions else {
      throw RecordError(line: people.line, reason: "\"people\" must keep \(editions) editions, as \"editions\" says")
    }
    self.key = key
  }
}
