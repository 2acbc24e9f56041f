import ConveneCore
import ConveneHMAC
import ConveneJSON

/// Every published edition of an event's figures, population by population: what each
/// population's figures used of each person in it (`IndicatorCalculator.populationLines`),
/// as keyed hashes (see `DisclosureRecord`), with the editions each line was published in.
///
/// A person's line in a population rarely changes from one edition to the next, so each is kept
/// once with the numbers of the editions it was in (`1-3,5`): an event published ten times
/// keeps about what it kept for one edition, plus the lines that changed.
public struct PublishedEditions: Sendable, Equatable {
  /// One line of one person in one population, and the editions it was published in.
  struct Variant: Sendable, Equatable {
    /// The keyed hash of the line.
    var line: String
    /// The editions (numbered from 1), ascending.
    var editions: [Int]
  }

  /// How the people of a population changed since one published edition.
  public struct Changes: Sendable, Equatable {
    /// The edition compared with: 1 for the first published, `count` for the last; 0 for the
    /// last edition of a record written before editions were kept by population (compared
    /// source by source).
    public var edition: Int
    /// The edition names its reports were published under (`indicators.json`), by source.
    public var names: [Population.Source: String]
    /// How many people entered, left or changed, by population (populations where no one did
    /// are left out).
    public var populations: [String: Int]
  }

  /// The edition names of each edition, by source, in order (empty where none was named).
  public private(set) var names: [[Population.Source: String]] = []
  /// Who → lines, by population (who and lines as keyed hashes).
  var lines: [String: [String: [Variant]]] = [:]

  /// No edition yet.
  public init() {}

  /// How many editions are kept, numbered 1 to `count`.
  public var count: Int { names.count }

  /// The people who differ between `now` (hashed lines by population) and each edition,
  /// edition by edition; editions `now` equals are left out. A question's mean
  /// (`IndicatorCalculator.meanKey`) is not compared with editions published before means were
  /// kept by question (their lines hold it under its n's population only, compared there).
  public func changes(from now: [String: [String: String]]) -> [Changes] {
    guard count > 0 else { return [] }
    var changed: [String: [Int]] = [:]
    let keptMeans = editionsKeepingMeans
    for population in Set(lines.keys).union(now.keys) {
      // counts[e] for edition e: a person of `now` is changed in every edition but the ones
      // their line was in; a person gone is changed in every edition they were in.
      var counts = [Int](repeating: 0, count: count + 1)
      let kept = lines[population] ?? [:]
      let current = now[population] ?? [:]
      for (person, line) in current {
        for edition in 1...count { counts[edition] += 1 }
        for variant in kept[person] ?? [] where variant.line == line {
          for edition in variant.editions { counts[edition] -= 1 }
        }
      }
      for (person, variants) in kept where current[person] == nil {
        for variant in variants {
          for edition in variant.editions { counts[edition] += 1 }
        }
      }
      if population.hasPrefix(IndicatorCalculator.meanPrefix) {
        for edition in 1...count where !keptMeans.contains(edition) { counts[edition] = 0 }
      }
      if counts.contains(where: { $0 > 0 }) { changed[population] = counts }
    }
    return (1...count).compactMap { edition in
      let populations = changed.compactMapValues { $0[edition] > 0 ? $0[edition] : nil }
      return populations.isEmpty ? nil : Changes(edition: edition, names: names[edition - 1], populations: populations)
    }
  }

  /// The editions whose lines keep some question's mean by question (all but those published
  /// before means were kept so).
  var editionsKeepingMeans: Set<Int> {
    var editions = Set<Int>()
    for (population, people) in lines where population.hasPrefix(IndicatorCalculator.meanPrefix) {
      for variants in people.values {
        for variant in variants { editions.formUnion(variant.editions) }
      }
    }
    return editions
  }

  /// The editions once one whose hashed lines are `now` is published under `names`: a new
  /// edition unless `now` is one already kept (an edition that did not keep means by question is
  /// not, when `now` does: kept again, its means are compared from then on).
  public func adding(_ now: [String: [String: String]], names editionNames: [Population.Source: String])
    -> PublishedEditions
  {
    var different = Set(changes(from: now).map(\.edition))
    if count > 0, now.keys.contains(where: { $0.hasPrefix(IndicatorCalculator.meanPrefix) }) {
      different.formUnion(Set(1...count).subtracting(editionsKeepingMeans))
    }
    guard different.count == count else { return self }
    return appending(now, names: editionNames)
  }

  /// The editions once one whose hashed lines are `now` is published under `names`, as a new
  /// edition even where it equals one already kept.
  public func appending(_ now: [String: [String: String]], names editionNames: [Population.Source: String])
    -> PublishedEditions
  {
    var editions = self
    editions.names.append(editionNames)
    let edition = editions.count
    for (population, people) in now {
      for (person, line) in people {
        var variants = editions.lines[population, default: [:]][person, default: []]
        if let index = variants.firstIndex(where: { $0.line == line }) {
          variants[index].editions.append(edition)
        } else {
          variants.append(Variant(line: line, editions: [edition]))
        }
        editions.lines[population, default: [:]][person] = variants
      }
    }
    return editions
  }

  /// The editions of a record kept for the last edition only (as written before every
  /// edition was kept): edition 1.
  static func single(_ populations: [String: [String: String]], names: [Population.Source: String])
    -> PublishedEditions
  {
    PublishedEditions().adding(populations, names: names)
  }

  /// The editions as JSON: each edition's names, then each population's people, each person's
  /// lines as `LINE@EDITIONS` (`1-3,5`), separated by spaces.
  public var json: JSONNode {
    let editionNodes = names.map { names -> JSONNode in
      .object(DisclosureRecord.sourceNames.compactMap { source, name in names[source].map { (name, .string($0)) } })
    }
    let populationNodes = lines.keys.sorted().map { population -> (String, JSONNode?) in
      let people = lines[population]!
      return (
        population,
        .object(
          people.keys.sorted().map { person in
            (person, .string(people[person]!.map { "\($0.line)@\(EditionNumbers.text($0.editions))" }.joined(separator: " ")))
          })
      )
    }
    return .object([("editions", .array(editionNodes)), ("populations", .object(populationNodes))])
  }

  /// Reads the editions written by `json`.
  public static func read(_ node: JSONNode) throws(DisclosureRecord.RecordError) -> PublishedEditions {
    let wrong = { (node: JSONNode, what: String) in DisclosureRecord.RecordError(line: node.line, reason: what) }
    guard let editionNodes = node["editions"]?.array, let populations = node["populations"]?.members else {
      throw wrong(node, "published must have \"editions\" and \"populations\"")
    }
    var editions = PublishedEditions()
    for edition in editionNodes {
      guard let members = edition.members else { throw wrong(edition, "an edition must name its sources' editions") }
      var names: [Population.Source: String] = [:]
      for (name, value) in members {
        guard let source = DisclosureRecord.sourceNames.first(where: { $0.1 == name })?.0, let text = value.string else {
          throw wrong(value, "an edition must name its sources' editions")
        }
        names[source] = text
      }
      editions.names.append(names)
    }
    let form = "must map hashes to LINE@EDITIONS (editions 1 to \(editions.count), as 1-3,5)"
    for (population, people) in populations {
      guard let members = people.members else { throw wrong(people, "published.populations.\(population) \(form)") }
      var kept: [String: [Variant]] = [:]
      kept.reserveCapacity(members.count)
      for (person, value) in members {
        var variants: [Variant] = []
        for item in (value.string ?? "").split(separator: " ") {
          guard let at = item.firstIndex(of: "@"), let numbers = EditionNumbers.parse(item[item.index(after: at)...], count: editions.count)
          else { throw wrong(value, "published.populations.\(population) \(form)") }
          variants.append(Variant(line: String(item[..<at]), editions: numbers))
        }
        guard !variants.isEmpty else { throw wrong(value, "published.populations.\(population) \(form)") }
        kept[person] = variants
      }
      editions.lines[population] = kept
    }
    return editions
  }
}

extension PublishedEditions {
  /// For each population, a signed combination of the published editions and a new one whose
  /// hashed lines are `now` that adds up to the figures of 1 to `threshold - 1` people, where
  /// no combination of the published editions alone gave those figures (what is published
  /// cannot be taken back); populations without one are left out. A population whose numbers
  /// outgrow 64 bits (dozens of editions) cannot be decided exactly and is listed with no
  /// weights and no people.
  public func combinations(with now: [String: [String: String]], threshold: Int) -> [EditionCombination] {
    guard count > 0 else { return [] }
    // A question's mean is combined only once every edition kept it by question (see `changes`).
    let meansEverywhere = editionsKeepingMeans.count == count
    return Set(lines.keys).union(now.keys).sorted().compactMap { population in
      guard meansEverywhere || !population.hasPrefix(IndicatorCalculator.meanPrefix),
        let atoms = EditionAtoms(
          kept: lines[population] ?? [:], now: now[population] ?? [:], published: count, threshold: threshold)
      else { return nil }
      do {
        return try atoms.isolating(population: population)
      } catch {
        return EditionCombination(population: population, weights: [:], people: 0)
      }
    }
  }
}

extension PublishedEditions {
  /// The length of a hash kept, in hexadecimal digits: the first 128 bits of the HMAC (records
  /// written before kept all 256, and are read as their first 128).
  public static let hashDigits = 32

  /// Each population's lines, who and what, as keyed hashes (HMAC-SHA-256 under `key`, the
  /// first 128 bits): who each person is is hashed once. The hashes are computed on every core.
  public static func hashed<Name: Hashable>(_ current: [Name: [String: String]], key: String) -> [Name: [String: String]] {
    let secret = Array(key.utf8)
    let people = Array(Set(current.values.flatMap(\.keys)))
    let who = Dictionary(
      zip(people, hashes(of: people.map { "who\u{1F}" + $0 }, secret: secret)), uniquingKeysWith: { first, _ in first })
    return current.mapValues { lines in
      let entries = Array(lines)
      return Dictionary(
        zip(entries.map { who[$0.key]! }, hashes(of: entries.map(\.value), secret: secret)),
        uniquingKeysWith: { first, _ in first })
    }
  }

  /// The keyed hash of each of `texts` under `key`, in order, in hexadecimal (`hashDigits`
  /// digits), as `hashed` hashes a line.
  public static func hashes(of texts: [String], key: String) -> [String] {
    hashes(of: texts, secret: Array(key.utf8))
  }

  /// The keyed hash of each of `texts`, in order, in hexadecimal (`hashDigits` digits).
  static func hashes(of texts: [String], secret: [UInt8]) -> [String] {
    let parts = ParallelMap.ranges(texts.count, parts: ParallelMap.cores, minimum: 2_000)
    return ParallelMap.map(parts) { range in
      texts[range].map { text in
        HMAC.sha256(key: secret, message: Array(text.utf8)).prefix(hashDigits / 2).map { byte in
          (byte < 16 ? "0" : "") + String(byte, radix: 16)
        }.joined()
      }
    }.flatMap { $0 }
  }
}
