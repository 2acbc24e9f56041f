import ConveneCore
import ConveneTestSupport
import Testing

@testable import ConveneEvaluation

/// The attacker of a published Net Promoter Score: from each shown score (as rounded text) and
/// n, the groups adding up to the total, and the question's answers where they are published,
/// every way of spreading promoters, passives and detractors over the groups, by brute force.
@Suite struct ScoreSuppressionTests {
  static let population = "answered:recommend"

  /// A score cell of `group` (`all`: the total) with its promoters, passives and detractors.
  func score(_ group: String, _ bands: [Int], field: String = "gender") -> IndicatorValue {
    let n = bands.reduce(0, +)
    let k = bands[0] - bands[2]
    return IndicatorValue(
      event: "e", indicator: "nps", disaggregation: group == "all" ? "total" : field, group: group,
      value: n == 0 ? nil : Double(k * 100) / Double(n), n: n, kind: .score,
      population: Self.population, exact: n == 0 ? nil : Fraction(k * 100, n), bands: bands)
  }

  /// The whole event's answers to the recommendation question (0-10), as a distribution.
  func answers(_ counts: [Int: Int]) -> [IndicatorValue] {
    let total = counts.values.reduce(0, +)
    let head = IndicatorValue(
      event: "e", indicator: "recommend-distribution", disaggregation: "total", group: "all",
      value: Double(total), n: total, kind: .count, population: Self.population,
      exact: Fraction(total, 1))
    return [head]
      + (0...10).map { answer in
        let count = counts[answer] ?? 0
        return IndicatorValue(
          event: "e", indicator: "recommend-distribution", disaggregation: "answer",
          group: String(answer), value: Double(count), n: count, kind: .count,
          population: Population.answer("recommend", [String(answer)]), exact: Fraction(count, 1))
      }
  }

  func publish(
    _ values: [IndicatorValue], fields: [String] = ["gender"], regions: [String: Set<String>] = [:]
  ) -> [PublishedValue] {
    let indicators = [
      IndicatorDefinition(
        id: "nps", label: [:], measure: .nps, question: "recommend", disaggregations: fields),
      IndicatorDefinition(
        id: "recommend-distribution", label: [:], measure: .distribution, question: "recommend",
        disaggregations: []),
    ]
    return DisclosureControl.publish(
      values,
      DisclosureControl.Context(
        policy: DisclosurePolicy(), indicators: indicators, regionsOfCountry: regions)
    ).values
  }

  func text(_ published: [PublishedValue], _ group: String, field: String = "gender") -> (
    value: String, n: String
  ) {
    let cell = published.first {
      $0.value.indicator == "nps" && $0.value.group == group
        && (group == "all" || $0.value.disaggregation == field)
    }!
    return (cell.valueText, cell.nText)
  }

  // MARK: The attacker

  /// A band pair (promoters, detractors).
  struct Pair: Hashable {
    var p: Int
    var d: Int
    static func + (a: Pair, b: Pair) -> Pair { Pair(p: a.p + b.p, d: a.d + b.d) }
    static func - (a: Pair, b: Pair) -> Pair { Pair(p: a.p - b.p, d: a.d - b.d) }
  }

  /// The pairs a cell with n `n` and shown value text `value` can hold (any, if hidden).
  static func options(n: Int, value: String) -> Set<Pair> {
    var result = Set<Pair>()
    for p in 0...n {
      for d in 0...(n - p) {
        if let shown = Double(value) {
          let text = PublishedValue.format(Double((p - d) * 100) / Double(n), kind: .score)
          guard Double(text) == shown else { continue }
        }
        result.insert(Pair(p: p, d: d))
      }
    }
    return result
  }

  static func sums(_ parts: [Set<Pair>]) -> Set<Pair> {
    parts.reduce(Set([Pair(p: 0, d: 0)])) { reach, options in
      var next = Set<Pair>()
      for a in reach { for b in options { next.insert(a + b) } }
      return next
    }
  }

  /// Every band of every cell whose n is shown that the attacker narrows to 1-4: "cell band".
  func narrowed(_ published: [PublishedValue]) -> [String] {
    let cells = published.filter { $0.value.indicator == "nps" }
    let total = cells.first { $0.value.isTotal }!
    guard !total.isCountHidden else { return [] }
    let nT = total.value.n
    var totals = Self.options(n: nT, value: total.valueText)
    let answers = published.filter { $0.value.disaggregation == "answer" }
    if !answers.isEmpty, !answers.contains(where: \.isValueHidden) {
      let count = { (range: ClosedRange<Int>) in
        answers.filter { range.contains(Int($0.value.group)!) }.reduce(0) { $0 + $1.value.n }
      }
      totals = totals.filter { $0 == Pair(p: count(9...10), d: count(0...6)) }
    }
    let fields = Dictionary(
      grouping: cells.filter(\.value.isFieldGroup), by: \.value.disaggregation)
    // Each field's shown rows' options, with the rows hidden whole as one group of the rest.
    var parts: [String: [(name: String, options: Set<Pair>, n: Int?)]] = [:]
    for (field, rows) in fields {
      let shown = rows.filter { !$0.isCountHidden }
      let rest = nT - shown.reduce(0) { $0 + $1.value.n }
      parts[field] =
        shown.map {
          (
            "\(field)=\($0.value.group)", Self.options(n: $0.value.n, value: $0.valueText),
            $0.value.n
          )
        }
        + [("\(field) hidden", Self.options(n: rest, value: ""), nil)]
    }
    let reach = parts.mapValues { Self.sums($0.map(\.options)) }
    let possibleTotals = totals.filter { t in reach.values.allSatisfy { $0.contains(t) } }
    var found: [String] = []
    func check(_ name: String, n: Int, _ values: Set<Pair>) {
      let bands: [(String, (Pair) -> Int)] = [
        ("promoters", \.p), ("passives", { n - $0.p - $0.d }), ("detractors", \.d),
      ]
      for (band, of) in bands {
        let held = Set(values.map(of))
        if !held.isEmpty, !held.contains(0), held.allSatisfy({ $0 < 5 }) {
          found.append("\(name) \(band) \(held.sorted())")
        }
      }
    }
    let answersShown = !answers.isEmpty && !answers.contains(where: \.isValueHidden)
    if !answersShown { check("total", n: nT, possibleTotals) }
    for (field, rows) in parts {
      // A group of everyone says what the published answers say.
      for (index, row) in rows.enumerated() where row.n != nil && !(answersShown && row.n == nT) {
        let others = Self.sums(
          rows.enumerated().filter { $0.offset != index }.map(\.element.options))
        let held = row.options.filter { own in
          possibleTotals.contains { others.contains($0 - own) }
        }
        check(row.name, n: row.n!, held)
      }
      _ = field
    }
    return found.sorted()
  }

  // MARK: The attacker's cases

  @Test func eightyThreePointThreeAmongSixMenNoLongerSaysFivePromotersAndAPassive() {
    let values = [
      score("all", [12, 6, 4]), score("man", [5, 1, 0]), score("woman", [2, 5, 1]),
      score("other", [5, 0, 3]),
    ]
    // What the rule used to publish: every score shown.
    let before = values.map { PublishedValue(value: $0, suppression: nil) }
    #expect(narrowed(before).contains("gender=man passives [1]"))
    #expect(narrowed(before).contains("gender=woman promoters [1, 2, 3, 4]"))
    let published = publish(values)
    #expect(narrowed(published) == [])
    #expect(text(published, "man") == ("suppressed", "6"))
    #expect(text(published, "woman") == ("suppressed", "8"))
  }

  @Test func aScoreWhoseBandsHoldNoneOrFiveIsShown() {
    let published = publish([
      score("all", [20, 10, 10]), score("man", [10, 5, 5]), score("woman", [10, 5, 5]),
    ])
    #expect(text(published, "all") == ("25.0", "40"))
    #expect(text(published, "man") == ("25.0", "20"))
    #expect(text(published, "woman") == ("25.0", "20"))
    #expect(narrowed(published) == [])
  }

  @Test func aLoneHiddenScoreIsNotTheTotalLessTheOthers() {
    // 62.5 among 8 others: 3 or 1 passives. Hidden alone, it would be the total's score less
    // the men's and the women's; the largest group's is hidden beside it, the total stays.
    let values = [
      score("all", [25, 13, 2]), score("man", [10, 10, 0]), score("woman", [10, 0, 2]),
      score("other", [5, 3, 0]),
    ]
    let before = values.map { PublishedValue(value: $0, suppression: nil) }
    #expect(narrowed(before) == ["gender=other passives [1, 3]"])
    var alone = before
    alone[3].suppression = .value
    #expect(narrowed(alone) == ["gender=other passives [1, 3]"])
    let published = publish(values)
    #expect(text(published, "other") == ("suppressed", "8"))
    #expect(text(published, "man") == ("suppressed", "20"))
    #expect(text(published, "woman") == ("66.7", "12"))
    #expect(text(published, "all") == ("57.5", "40"))
    #expect(narrowed(published) == [])
  }

  @Test func aCountryIsNotItsRegionLessTheOtherCountries() {
    // 60.0 among 5 in B: 3 or 4 promoters. Hidden alone, region R less country A gives it.
    let regions: [String: Set<String>] = ["A": ["R"], "B": ["R"], "C": ["S"], "D": ["S"]]
    let values = [
      score("all", [18, 7, 5]), score("R", [8, 2, 0], field: "region"),
      score("S", [10, 5, 5], field: "region"), score("A", [5, 0, 0], field: "country"),
      score("B", [3, 2, 0], field: "country"), score("C", [5, 0, 5], field: "country"),
      score("D", [5, 5, 0], field: "country"),
    ]
    let published = publish(values, fields: ["region", "country"], regions: regions)
    #expect(text(published, "B", field: "country") == ("suppressed", "5"))
    #expect(text(published, "A", field: "country") == ("suppressed", "5"))
    #expect(text(published, "R", field: "region") == ("80.0", "10"))
    #expect(narrowed(published) == [])
  }

  @Test func theTotalAloneCanPinItsBands() {
    // 83.3 among 6: five promoters and a passive, whatever the groups say.
    let published = publish([score("all", [5, 1, 0]), score("man", [5, 1, 0])])
    #expect(text(published, "all") == ("suppressed", "6"))
    #expect(narrowed(published) == [])
  }

  @Test func withTheAnswersPublishedTheHiddenScoresStillHoldNoOneOrFive() {
    let values =
      [
        score("all", [24, 12, 4]), score("man", [12, 6, 2]), score("woman", [7, 5, 2]),
        score("other", [5, 1, 0]),
      ] + answers([10: 14, 9: 10, 8: 12, 3: 4])
    let before = values.map { PublishedValue(value: $0, suppression: nil) }
    #expect(!narrowed(before).isEmpty)
    #expect(narrowed(publish(values)) == [])
  }

  @Test func aScoreHiddenByAnEarlierReportOfTheSameRecordsStaysHidden() {
    // 25.0 among 12 men: 1 to 9 passives, odd. Narrowed under a threshold of 10, not of 5.
    let values = [
      score("all", [15, 10, 7]), score("man", [5, 5, 2]), score("woman", [10, 5, 5]),
    ]
    let indicators = [
      IndicatorDefinition(
        id: "nps", label: [:], measure: .nps, question: "recommend", disaggregations: ["gender"])
    ]
    let first = DisclosureControl.publish(
      values,
      DisclosureControl.Context(policy: DisclosurePolicy(threshold: 10), indicators: indicators))
    #expect(text(first.values, "man") == ("suppressed", "12"))
    #expect(first.pattern.groups(Population.scores(Self.population), "gender") == ["man", "woman"])
    let alone = publish(values)
    #expect(text(alone, "man") == ("25.0", "12"))
    // Through the record, as `report` reads it back.
    let record = DisclosureRecord().adding(first.pattern, digests: [.feedback: "d"])
    let second = DisclosureControl.publish(
      values,
      DisclosureControl.Context(
        policy: DisclosurePolicy(), indicators: indicators,
        earlier: record.earlier(for: [.feedback: "d"])))
    #expect(text(second.values, "man") == ("suppressed", "12"))
    #expect(text(second.values, "woman") == ("suppressed", "20"))
    #expect(text(second.values, "all") == ("25.0", "32"))
  }

  @Test func aScoreHiddenBeforeStaysHiddenUnderANewIndicatorIDAndALowerThreshold() {
    // 64.3 among 14: hidden under a threshold of 10, shown under 5 were it not for the record.
    let values = [score("all", [10, 3, 1]), score("man", [6, 1, 1]), score("woman", [4, 2, 0])]
    let definition = { (id: String) in
      [IndicatorDefinition(id: id, label: [:], measure: .nps, question: "recommend", disaggregations: ["gender"])]
    }
    let first = DisclosureControl.publish(
      values, DisclosureControl.Context(policy: DisclosurePolicy(threshold: 10), indicators: definition("nps")))
    #expect(text(first.values, "all") == ("suppressed", "14"))
    let record = DisclosureRecord().adding(first.pattern, digests: [.feedback: "d"])
    let renamed = values.map { var value = $0; value.indicator = "nps-v2"; return value }
    let total = { (earlier: DisclosureControl.Pattern) in
      let cells = DisclosureControl.publish(
        renamed,
        DisclosureControl.Context(policy: DisclosurePolicy(), indicators: definition("nps-v2"), earlier: earlier)
      ).values
      let cell = cells.first { $0.value.indicator == "nps-v2" && $0.value.isTotal }!
      return (cell.valueText, cell.nText)
    }
    #expect(total(DisclosureControl.Pattern()) == ("64.3", "14"))
    #expect(total(record.earlier(for: [.feedback: "d"])) == ("suppressed", "14"))
  }

  @Test func aScoreARecordKeptByIndicatorIDStaysHidden() {
    let values = [score("all", [10, 3, 1]), score("man", [6, 1, 1]), score("woman", [4, 2, 0])]
    var earlier = DisclosureControl.Pattern()
    earlier.hideWhole("scores:nps")
    let cells = DisclosureControl.hideScoresAndPools(
      values.map { PublishedValue(value: $0, suppression: nil) }, threshold: 5, residual: [],
      regions: [:], earlier: earlier)
    #expect(cells.first { $0.value.isTotal }?.valueText == PublishedValue.hiddenMark)
  }

  /// Random people (a band, a gender, an age group), their scores by both fields, and at
  /// times the whole event's answers: the attacker finds no band.
  @Test(arguments: 0..<300) func randomBreakdownsGiveNoBandAway(seed: Int) {
    var random = SeededRandom(seed: UInt64(seed) &* 2_654_435_761 &+ 17)
    let genders = ["a", "b", "c", "d"].prefix(random.int(2...4))
    let ages = ["y", "z"].prefix(random.int(1...2))
    var people: [(band: Int, gender: String, age: String)] = []
    for _ in 0..<random.int(5...30) {
      people.append(
        (
          random.int(0...2), genders[random.int(0...genders.count - 1)],
          ages[random.int(0...ages.count - 1)]
        ))
    }
    func bands(_ members: [(band: Int, gender: String, age: String)]) -> [Int] {
      (0..<3).map { band in members.filter { $0.band == band }.count }
    }
    let total = bands(people)
    var values = [score("all", total)]
    for gender in genders where people.contains(where: { $0.gender == gender }) {
      values.append(score(gender, bands(people.filter { $0.gender == gender })))
    }
    for age in ages where ages.count > 1 && people.contains(where: { $0.age == age }) {
      values.append(score(age, bands(people.filter { $0.age == age }), field: "age"))
    }
    if random.chance(0.4) {
      values += answers([10: total[0], 7: total[1], 2: total[2]])
    }
    let published = publish(values, fields: ["gender", "age"])
    #expect(
      narrowed(published) == [],
      "\(published.filter { $0.value.indicator == "nps" }.map { "\($0.value.group) \($0.value.bands ?? []) \($0.valueText) \($0.nText)" }) answers \(values.count > 8)"
    )
  }

  /// Within each region whose score and n are shown, its countries add up to it: the attacker
  /// of one region's countries (each shown score, each shown n, the hidden countries of the
  /// region as one group of the rest) finds no band.
  func narrowedInRegions(_ published: [PublishedValue], regions: [String: String]) -> [String] {
    let cells = published.filter { $0.value.indicator == "nps" }
    var found: [String] = []
    for region in cells where region.value.disaggregation == "region" && !region.isCountHidden {
      let countries = cells.filter {
        $0.value.disaggregation == "country" && regions[$0.value.group] == region.value.group
      }
      let shown = countries.filter { !$0.isCountHidden }
      let rest = region.value.n - shown.reduce(0) { $0 + $1.value.n }
      let parts =
        shown.map { Self.options(n: $0.value.n, value: $0.valueText) }
        + [Self.options(n: rest, value: "")]
      let sums = Self.options(n: region.value.n, value: region.valueText)
      for (index, country) in shown.enumerated() {
        let others = Self.sums(parts.enumerated().filter { $0.offset != index }.map(\.element))
        let held = parts[index].filter { own in sums.contains { others.contains($0 - own) } }
        let n = country.value.n
        for (band, of) in [
          ("promoters", { (pair: Pair) in pair.p }), ("passives", { n - $0.p - $0.d }),
          ("detractors", { $0.d }),
        ] {
          let values = Set(held.map(of))
          if !values.isEmpty, !values.contains(0), values.allSatisfy({ $0 < 5 }) {
            found.append("\(country.value.group) \(band) \(values.sorted())")
          }
        }
      }
    }
    return found
  }

  @Test(arguments: 0..<300) func randomCountriesGiveNoBandAwayWithinTheirRegion(seed: Int) {
    var random = SeededRandom(seed: UInt64(seed) &* 40_503 &+ 11)
    let regions = ["A": "R", "B": "R", "C": "R", "D": "S", "E": "S"]
    let countries = regions.keys.sorted()
    var people: [(band: Int, country: String)] = []
    for _ in 0..<random.int(10...40) {
      people.append((random.int(0...2), countries[random.int(0...countries.count - 1)]))
    }
    func bands(_ members: [(band: Int, country: String)]) -> [Int] {
      (0..<3).map { band in members.filter { $0.band == band }.count }
    }
    var values = [score("all", bands(people))]
    for region in ["R", "S"] {
      let members = people.filter { regions[$0.country] == region }
      if !members.isEmpty { values.append(score(region, bands(members), field: "region")) }
    }
    for country in countries where people.contains(where: { $0.country == country }) {
      values.append(
        score(country, bands(people.filter { $0.country == country }), field: "country"))
    }
    let published = publish(
      values, fields: ["region", "country"], regions: regions.mapValues { [$0] })
    #expect(narrowed(published) == [])
    #expect(
      narrowedInRegions(published, regions: regions) == [],
      "\(published.filter { $0.value.indicator == "nps" }.map { "\($0.value.group) \($0.value.bands ?? []) \($0.valueText) \($0.nText)" })"
    )
  }
}
