import ConveneCore
import ConveneTestSupport
import Testing

@testable import ConveneEvaluation

/// The attacker of several shares of one question published together: satisfied (4 or 5)
/// beside very satisfied (5) gave 11 − 8 = 3 men who answered 4; intending to act beside not
/// intending gave 23 − 10 − 10 = 3 men (and everyone) unsure; a share redefined between two
/// reports of the same records gave the same 3. The reader works from the published text
/// only: each shown value with its n, and a field's groups adding up to the total.
@Suite struct ShareSuppressionTests {
  static let satisfied = IndicatorDefinition(
    id: "satisfied", label: [:], measure: .share, question: "satisfaction", answers: ["4", "5"],
    disaggregations: ["gender"])
  static let verySatisfied = IndicatorDefinition(
    id: "very-satisfied", label: [:], measure: .share, question: "satisfaction", answers: ["5"],
    disaggregations: ["gender"])
  static let intend = IndicatorDefinition(
    id: "intend-to-act", label: [:], measure: .share, question: "intend_to_act", answers: ["yes"],
    disaggregations: ["gender"])
  static let notIntend = IndicatorDefinition(
    id: "not-intend", label: [:], measure: .share, question: "intend_to_act", answers: ["no"],
    disaggregations: ["gender"])
  static let genders = ["woman", "man", "non-binary", "prefer-not-to-say"]

  static func evaluation(_ indicators: [IndicatorDefinition]) -> Evaluation {
    Evaluation(
      questions: [
        Question(id: "satisfaction", kind: .scale, text: Build.text("Satisfied?"), required: true),
        Question(
          id: "intend_to_act", kind: .choice, text: Build.text("Act?"),
          options: ["yes", "unsure", "no"].map { QuestionOption(id: $0, label: Build.text($0)) },
          required: true),
      ],
      indicators: [
        IndicatorDefinition(
          id: "responses", label: [:], measure: .responses, disaggregations: ["gender"])
      ]
        + indicators)
  }

  /// One person per form: gender, satisfaction, intention.
  static func records(
    _ forms: [(gender: String, satisfaction: String, act: String)],
    _ indicators: [IndicatorDefinition]
  )
    -> EventRecords
  {
    let evaluation = evaluation(indicators)
    let people = forms.enumerated().map {
      Build.person(Build.id($0.offset + 1), gender: $0.element.gender)
    }
    let responses = forms.enumerated().map { offset, form in
      Build.response(
        Build.id(offset + 1), ["satisfaction": form.satisfaction, "intend_to_act": form.act])
    }
    return EventRecords(
      plan: Build.plan(people: people, evaluation: evaluation), evaluation: evaluation,
      responses: responses)
  }

  /// The tester's event: 23 men (8 answered 5, 3 answered 4, 12 answered 2; 10 yes, 3
  /// unsure, 10 no), 23 women who answered 5 and yes.
  static var tunis: [(gender: String, satisfaction: String, act: String)] {
    let men = (0..<23).map { index in
      (
        "man", index < 8 ? "5" : index < 11 ? "4" : "2",
        index < 10 ? "yes" : index < 13 ? "unsure" : "no"
      )
    }
    return men + Array(repeating: ("woman", "5", "yes"), count: 23)
  }

  func cell(_ report: IndicatorReport, _ indicator: String, _ group: String) -> PublishedValue {
    report.values.first { $0.value.indicator == indicator && $0.value.group == group }!
  }

  @Test func satisfiedBesideVerySatisfiedNoLongerGivesTheMenWhoAnsweredFour() {
    let report = IndicatorReport(events: [
      Self.records(Self.tunis, [Self.satisfied, Self.verySatisfied])
    ])
    // Before: 47.8 and 34.8 of 23 men, 11 − 8 = 3.
    let shown = ["satisfied", "very-satisfied"].map { cell(report, $0, "man") }
    #expect(shown.contains { $0.valueText == PublishedValue.hiddenMark })
    #expect(shown.allSatisfy { $0.nText == "23" })
    #expect(
      Self.recovered(report.values, question: "satisfaction", answers: ["1", "2", "3", "4", "5"])
        .isEmpty)
  }

  @Test func intendingBesideNotIntendingNoLongerGivesTheUnsure() {
    let report = IndicatorReport(events: [Self.records(Self.tunis, [Self.intend, Self.notIntend])])
    // Before: 71.7 and 21.7 of 46 at the total, 43.5 and 43.5 of 23 men: 3 unsure in both.
    #expect(cell(report, "not-intend", "all").valueText == PublishedValue.hiddenMark)
    #expect(cell(report, "not-intend", "all").nText == "46")
    #expect(cell(report, "intend-to-act", "all").valueText == "71.7")
    #expect(
      Self.recovered(report.values, question: "intend_to_act", answers: ["yes", "unsure", "no"])
        .isEmpty)
  }

  @Test func aShareRedefinedOnTheSameRecordsIsCheckedBesideTheOnePublished() throws {
    let first = IndicatorReport(events: [Self.records(Self.tunis, [Self.satisfied])])
    #expect(cell(first, "satisfied", "man").valueText == "47.8")
    // The record, as written and read back, remembers what the share counted.
    let record = try DisclosureRecord.read(first.records["t-2027"]!.json)
    #expect(record.shares == ["answer:satisfaction=4|5"])
    var redefined = Self.satisfied
    redefined.answers = ["5"]
    let second = IndicatorReport(
      events: [Self.records(Self.tunis, [redefined])], earlier: ["t-2027": record])
    // 47.8 then 34.8 of the same 23 men would be 11 − 8 = 3 who answered 4.
    #expect(cell(second, "satisfied", "man").valueText == PublishedValue.hiddenMark)
    #expect(cell(second, "satisfied", "man").nText == "23")
    #expect(
      Self.recovered(
        first.values + second.values, question: "satisfaction", answers: ["1", "2", "3", "4", "5"]
      ).isEmpty)
    // Other records: the earlier share no longer counts.
    var changed = Self.tunis
    changed[0].satisfaction = "4"
    let third = IndicatorReport(
      events: [Self.records(changed, [redefined])], earlier: ["t-2027": record])
    #expect(third.records["t-2027"]!.shares == ["answer:satisfaction=5"])
  }

  @Test func oneShareAQuestionIsPublishedAsBefore() {
    let report = IndicatorReport(events: [Self.records(Self.tunis, [Self.satisfied, Self.intend])])
    #expect(cell(report, "satisfied", "man").valueText == "47.8")
    #expect(cell(report, "intend-to-act", "man").valueText == "43.5")
  }

  @Test func randomEventsWithTwoOrThreeSharesOfOneQuestionGiveNoSmallClassAway() {
    var random = SeededRandom(seed: 20_261_130)
    let answers = ["1", "2", "3", "4", "5"]
    var checked = 0
    for _ in 0..<150 {
      var forms: [(gender: String, satisfaction: String, act: String)] = []
      // How likely each answer is (5 always somewhat, so that some answer is drawn).
      let weights = answers.map { answer in
        (answer, answer == "5" ? 1 + random.int(0...4) : random.int(0...4))
      }
      for gender in Self.genders {
        let size = [0, 2, 6, 9, 14].randomElement(using: &random)!
        for _ in 0..<size {
          let answer = random.pick(weights)
          forms.append((gender, answer, "yes"))
        }
      }
      guard forms.count >= 5 else { continue }
      let count = Int.random(in: 2...3, using: &random)
      let shares = (0..<count).map { index in
        IndicatorDefinition(
          id: "share-\(index)", label: [:], measure: .share, question: "satisfaction",
          answers: random.someOf(answers),
          disaggregations: ["gender"])
      }
      let report = IndicatorReport(events: [Self.records(forms, shares)])
      let found = Self.recovered(report.values, question: "satisfaction", answers: answers)
      #expect(
        found.isEmpty,
        "\(shares.map(\.answers)) \(forms.map { "\($0.gender):\($0.satisfaction)" }): \(found)")
      checked += 1
    }
    #expect(checked > 100)
  }

  // MARK: The reader

  /// The counts of a union of classes a reader narrows to 1 to 4 (described), from the shares
  /// of `question` in `published` (one report, or several of the same records): in the total
  /// and each shown group, and in the groups whose values are hidden taken together (the
  /// total less the groups shown).
  static func recovered(_ published: [PublishedValue], question: String, answers: [String])
    -> [String]
  {
    let cells = published.filter {
      $0.value.numeratorPopulation.flatMap(Population.answerQuestion) == question
        && ($0.value.isTotal || $0.value.isFieldGroup)
    }
    let sets = Array(Set(cells.map { $0.value.numeratorPopulation! })).sorted()
    var found: [String] = []
    // Each place: n, and for each set the numerators it may be (nil: unknown).
    var places: [(String, Int, [String: Set<Int>])] = []
    func known(_ cells: [PublishedValue]) -> [String: Set<Int>] {
      var result: [String: Set<Int>] = [:]
      for cell in cells where !cell.isValueHidden {
        let options = numerators(cell)
        let set = cell.value.numeratorPopulation!
        result[set] = result[set].map { $0.intersection(options) } ?? options
      }
      return result
    }
    let totals = cells.filter(\.value.isTotal)
    guard let n = totals.first?.value.n else { return [] }
    places.append(("total", n, known(totals)))
    let groups = Dictionary(grouping: cells.filter(\.value.isFieldGroup), by: \.value.group)
    var block = n
    var blockKnown = known(totals)
    for (group, rows) in groups.sorted(by: { $0.key < $1.key }) where !rows[0].isCountHidden {
      let shown = known(rows)
      places.append((group, rows[0].value.n, shown))
      // A group with a hidden value stays in the block, its n with it.
      guard shown.count == sets.count, !rows.contains(where: \.isValueHidden) else { continue }
      block -= rows[0].value.n
      for set in sets {
        blockKnown[set] = blockKnown[set].map { options in
          Set(options.flatMap { total in shown[set]!.map { total - $0 } })
        }
      }
    }
    places.append(("hidden groups together", block, blockKnown))
    for (name, n, numerators) in places where n > 0 {
      for line in narrowed(n: n, numerators: numerators, sets: sets, answers: answers) {
        found.append("\(name): \(line)")
      }
    }
    return found
  }

  /// The numerators a shown share of n can have, from its text.
  static func numerators(_ cell: PublishedValue) -> Set<Int> {
    Set(
      (0...cell.value.n).filter {
        Fraction($0 * 100, cell.value.n)?.rounded(places: 1).map(PublishedValue.tidy)
          == cell.valueText
      })
  }

  /// The unions of classes whose count, over every way of spreading `n` people over the
  /// classes that the known numerators allow, lies within 1 to 4.
  static func narrowed(n: Int, numerators: [String: Set<Int>], sets: [String], answers: [String])
    -> [String]
  {
    let members = sets.map { ShareSuppression.answerSet($0) }
    var classes: [[Bool]: [String]] = [:]
    for answer in answers {
      classes[members.map { $0.contains(answer) }, default: []].append(answer)
    }
    let kinds = classes.keys.sorted { $0.description < $1.description }
    var low = Array(repeating: Int.max, count: 1 << kinds.count)
    var high = Array(repeating: Int.min, count: 1 << kinds.count)
    var counts = Array(repeating: 0, count: kinds.count)
    func visit(_ index: Int, _ left: Int) {
      if index == kinds.count - 1 {
        counts[index] = left
        for (set, options) in numerators {
          let place = sets.firstIndex(of: set)!
          let sum = kinds.indices.reduce(0) { $0 + (kinds[$1][place] ? counts[$1] : 0) }
          guard options.contains(sum) else { return }
        }
        for mask in 1..<(1 << kinds.count) {
          let sum = kinds.indices.reduce(0) { $0 + (mask & (1 << $1) != 0 ? counts[$1] : 0) }
          low[mask] = min(low[mask], sum)
          high[mask] = max(high[mask], sum)
        }
        return
      }
      for count in 0...left {
        counts[index] = count
        visit(index + 1, left - count)
      }
    }
    visit(0, n)
    return (1..<(1 << kinds.count)).compactMap { mask in
      guard low[mask] >= 1, high[mask] <= 4 else { return nil }
      let union = kinds.indices.filter { mask & (1 << $0) != 0 }.flatMap { classes[kinds[$0]]! }
      return "answers \(union.joined(separator: ",")) hold \(low[mask])...\(high[mask])"
    }
  }
}
