import ConveneCore
import ConveneTestSupport
import Testing

@testable import ConveneEvaluation

/// Signed combinations of published editions and a new one that single out fewer than
/// `threshold` people, found exactly and checked against a brute-force attacker.
@Suite struct EditionCombinationTests {
  /// One population, `responded`: each person (`e/p1`…) with their line (`a` unless given).
  static func edition(_ people: [Int], lines: [Int: String] = [:]) -> [String: [String: String]] {
    ["responded": Dictionary(uniqueKeysWithValues: people.map { ("e/p\($0)", lines[$0] ?? "a") })]
  }

  /// The editions, each added as published.
  static func published(_ editions: [[String: [String: String]]]) -> PublishedEditions {
    editions.reduce(PublishedEditions()) { $0.adding($1, names: [:]) }
  }

  @Test func fourEditionsEachFivePeopleFromEveryOtherAreRefusedForTheOnePersonTheyCombineInto() throws {
    // The attacker's cycle: B (40 forms), B + X (5 late forms), B + X + Y (6 more), then the
    // five X cleaned out as test forms while p (first of Y) withdraws.
    let (base, x, y) = (Array(1...40), Array(41...45), Array(46...51))
    let history = Self.published([Self.edition(base), Self.edition(base + x), Self.edition(base + x + y)])
    let fourth = Self.edition(base + y.dropFirst())
    // Every pair of editions is 5 or more people apart.
    #expect(history.changes(from: fourth).map { $0.populations["responded"] } == [5, 10, 6])
    let found = history.combinations(with: fourth, threshold: 5)
    #expect(found == [EditionCombination(population: "responded", weights: [4: 1, 3: -1, 2: 1, 1: -1], people: 1)])
    #expect(found.first?.text(newEdition: 4) == "the new edition − edition 3 + edition 2 − edition 1")
    // p's form back: nothing singled out.
    #expect(history.combinations(with: Self.edition(base + y), threshold: 5).isEmpty)
  }

  @Test func threeEditionsAreRefusedWhenTheNewOneIsTwoPublishedOnesAndOnePersonMore() {
    // Two batches of forms published one at a time (the file replaced), then both with one late
    // form: 11 people from each, but the new edition less the other two is that form.
    let history = Self.published([Self.edition(Array(1...10)), Self.edition(Array(11...20))])
    let found = history.combinations(with: Self.edition(Array(1...21)), threshold: 5)
    #expect(found.map { $0.text(newEdition: 3) } == ["the new edition − edition 2 − edition 1"])
    #expect(found.map(\.people) == [1])
    #expect(history.combinations(with: Self.edition(Array(1...25)), threshold: 5).isEmpty)
  }

  @Test func fiveEditionsCanNeedAWeightOfTwo() {
    // Four groups of five (a…d) and one person p in editions 4 and 5. No pair of editions is
    // fewer than 5 apart, nothing before the fifth singles anyone out, and the only sum that
    // gives p weighs the new edition twice.
    let (a, b, c, d) = (Array(1...5), Array(6...10), Array(11...15), Array(16...20))
    let editions = [a + b, a + c, a + b + c + d, a + d + [21]].map { Self.edition($0) }
    var history = PublishedEditions()
    for edition in editions {
      #expect(history.combinations(with: edition, threshold: 5).isEmpty)
      history = history.adding(edition, names: [:])
    }
    let fifth = Self.edition(d + [21])
    #expect(history.changes(from: fifth).allSatisfy { $0.populations["responded"]! >= 5 })
    let found = history.combinations(with: fifth, threshold: 5)
    #expect(found == [EditionCombination(population: "responded", weights: [5: 2, 4: -1, 3: -1, 2: 1, 1: 1], people: 1)])
    #expect(found.first?.text(newEdition: 5) == "2 × the new edition − edition 4 − edition 3 + edition 2 + edition 1")
  }

  @Test func aChangedLineIsOnePersonAndCountsWithThePeopleItsEditionsSingleOut() {
    // Ten people; five change their answer (edition 2); the five changed back while p6 changes
    // theirs: one person from edition 1, so the pairwise check refuses it, and so does this.
    let history = Self.published([
      Self.edition(Array(1...10)), Self.edition(Array(1...10), lines: [1: "b", 2: "b", 3: "b", 4: "b", 5: "b"]),
    ])
    let found = history.combinations(with: Self.edition(Array(1...10), lines: [6: "b"]), threshold: 5)
    #expect(found.map(\.people) == [1])
    #expect(found.map { $0.text(newEdition: 3) } == ["the new edition − edition 1"])
  }

  @Test func editionsThatSingleOutNoOneAreAllowed() {
    let first = Self.edition(Array(1...10))
    let history = Self.published([first])
    // The same records again.
    #expect(history.combinations(with: first, threshold: 5).isEmpty)
    // Five changed answers, then five more forms, and so on: editions growing by 5.
    #expect(history.combinations(with: Self.edition(Array(1...10), lines: [1: "b", 2: "b", 3: "b", 4: "b", 5: "b"]), threshold: 5).isEmpty)
    var growing = history
    for size in stride(from: 15, through: 60, by: 5) {
      let next = Self.edition(Array(1...size))
      #expect(growing.combinations(with: next, threshold: 5).isEmpty, "\(size)")
      growing = growing.adding(next, names: [:])
    }
    #expect(growing.count == 11)
    // A population that falls to 3 people is hidden whole: its edition publishes nothing of it.
    #expect(history.combinations(with: Self.edition([1, 2, 3]), threshold: 5).isEmpty)
    // Nor does a first edition of 3 people take part in what a later one gives.
    let fewFirst = Self.published([Self.edition([1, 2, 3])])
    #expect(fewFirst.combinations(with: Self.edition(Array(1...8)), threshold: 5).isEmpty)
    #expect(PublishedEditions().combinations(with: first, threshold: 5).isEmpty)
  }

  @Test func whatThePublishedEditionsAlreadyGaveIsNotRefusedAgain() {
    // Editions published before the check: their combination already gives p. A new edition
    // that adds nothing about anyone few is written; one that adds another sum is refused.
    let (base, x, y) = (Array(1...40), Array(41...45), Array(46...51))
    let history = Self.published([
      Self.edition(base), Self.edition(base + x), Self.edition(base + x + y), Self.edition(base + y.dropFirst()),
    ])
    #expect(history.combinations(with: Self.edition(base + y.dropFirst() + Array(52...56)), threshold: 5).isEmpty)
    #expect(history.combinations(with: Self.edition(base + y.dropFirst() + Array(52...53)), threshold: 5).map(\.people) == [2])
  }

  @Test func eachCombinationIsWrittenWithItsWeights() {
    let combination = EditionCombination(population: "responded", weights: [1: -3, 2: 2, 4: 1], people: 2)
    #expect(combination.text(newEdition: 4) == "the new edition + 2 × edition 2 − 3 × edition 1")
  }

  @Test func theRankAndTheVanishingCombinationsAreExact() throws {
    #expect(try RationalElimination.rank([[1, 1, 0], [0, 1, 1], [1, 0, -1]]) == 2)
    #expect(try RationalElimination.rank([[1, 1, 0], [0, 1, 1], [1, 0, 1]]) == 3)
    #expect(try RationalElimination.rank([]) == 0)
    let vanishing = try RationalElimination.combinationsVanishing([[1, 1, 0], [0, 1, 1], [1, 0, -1]])
    #expect(vanishing == [[-1, 1, 1]] || vanishing == [[1, -1, -1]])
    #expect(throws: RationalElimination.Overflow.self) { try RationalElimination.rank([[Int.max, 3], [3, Int.max]]) }
  }

  /// Random histories of editions, each kept only when the check lets it through, against an
  /// attacker who tries every whole-number weight from -3 to 3 on every edition.
  @Test(arguments: 1...100 as ClosedRange<UInt64>) func theCheckAgreesWithABruteForceAttacker(seed: UInt64) throws {
    var random = SeededRandom(seed: seed)
    let threshold = random.int(2...4)
    // People one at a time (odd seeds), or in groups that enter, leave or change together, as
    // batches of forms do (even seeds: more editions pass two at a time, more sums to find).
    var groups: [[Int]] = []
    var next = 1
    while next <= 10 {
      let size = seed % 2 == 1 ? 1 : random.int(1...(threshold + 1))
      groups.append(Array(next..<(next + size)))
      next += size
    }
    var kept: [[String: String]] = []
    var history = PublishedEditions()
    for _ in 0..<12 where kept.count < 4 {
      var lines: [String: String] = [:]
      for group in groups where random.chance(0.6) {
        let line = random.chance(0.8) ? "a" : "b"
        for person in group { lines["e/p\(person)"] = line }
      }
      let found = history.combinations(with: ["responded": lines], threshold: threshold)
      let attack = BruteForceAttack(editions: kept + [lines], threshold: threshold)
      #expect(found.isEmpty == (attack.singled(newEdition: true) == nil), "seed \(seed), editions \(kept + [lines])")
      for combination in found {
        #expect(attack.people(weighing: combination.weights).map { (1..<threshold).contains($0) } == true)
        #expect(attack.people(weighing: combination.weights) == combination.people)
      }
      if found.isEmpty, history.adding(["responded": lines], names: [:]).count > history.count {
        history = history.adding(["responded": lines], names: [:])
        kept.append(lines)
        // What is published never singles anyone out by itself.
        #expect(BruteForceAttack(editions: kept, threshold: threshold).singled(newEdition: false) == nil)
      }
    }
  }
}

/// The attacker: every combination of editions with whole weights from -3 to 3 (enough for
/// up to five editions of 0/1 rows, whose vanishing combinations are made of minors of at most
/// 4 × 4, never above 3), over each person's lines.
struct BruteForceAttack {
  /// Each person's lines, with the editions (from 0) that publish them: an edition where the
  /// population counts fewer than `threshold` people publishes nothing of it.
  let lines: [(person: String, editions: [Int])]
  let count: Int
  let threshold: Int

  /// `editions`: each edition's lines by person, the last the new one.
  init(editions: [[String: String]], threshold: Int) {
    var lines: [String: [Int]] = [:]
    for (index, edition) in editions.enumerated() where edition.count >= threshold {
      for (person, line) in edition { lines[person + "\u{1F}" + line, default: []].append(index) }
    }
    self.lines = lines.map { (String($0.key.prefix { $0 != "\u{1F}" }), $0.value) }
    count = editions.count
    self.threshold = threshold
  }

  /// How many people the combination with `weights` (edition numbers from 1) counts, or nil
  /// when its figures are all 0.
  func people(weighing weights: [Int: Int]) -> Int? {
    people(weighing: (0..<count).map { weights[$0 + 1] ?? 0 })
  }

  func people(weighing weights: [Int]) -> Int? {
    var people = Set<String>()
    for line in lines where line.editions.reduce(0, { $0 + weights[$1] }) != 0 { people.insert(line.person) }
    return people.isEmpty ? nil : people.count
  }

  /// Weights that single out 1 to `threshold - 1` people, the new edition's weight positive
  /// (`newEdition`) or the new edition left out; nil when none does.
  func singled(newEdition: Bool) -> [Int]? {
    var weights = [Int](repeating: -3, count: count)
    while true {
      let last = weights[count - 1]
      if newEdition ? last > 0 : last == 0, let people = people(weighing: weights), people < threshold { return weights }
      var index = 0
      while index < count && weights[index] == 3 {
        weights[index] = -3
        index += 1
      }
      if index == count { return nil }
      weights[index] += 1
    }
  }
}
