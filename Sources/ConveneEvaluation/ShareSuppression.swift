/// Chooses what to hide of several shares of one question published together (satisfied,
/// answers 4 or 5, beside very satisfied, answer 5; intending to act beside not intending), so
/// that no sum of their shown numerators and n gives away how many of a group gave answers
/// that 1 to `threshold - 1` of them gave (11 satisfied less 8 very satisfied: 3 answered 4).
///
/// The answer sets of the shares cut the question's answers into classes (the answers each
/// set holds or not alike); each shown numerator counts a union of classes, and n all of them.
/// Every figure a reader can work out, or bound, of one group's answers is then a count of a
/// union of classes, so the rule is that each class holds no one or at least `threshold`
/// people wherever the shares' values are shown:
/// - at the total (unless the whole event's answers to the question are published, which give
///   every class anyway), a share that would cut a class of 1 to `threshold - 1` people is
///   hidden whole (its value in every row; n stays), later shares first;
/// - in each breakdown, the shares' values are hidden in one set of groups for all the shares
///   of the question, chosen like hidden groups (`GroupSuppression`, one family per class, a
///   cell holding at most its shown n): no class of a shown group holds 1 to `threshold - 1`
///   people, and the hidden groups together hold no one or at least `threshold` of each class,
///   never one group alone.
/// One share beside the whole event's answers to its question (satisfied beside the
/// satisfaction answers) cuts them into two classes, and is protected the same way: its total
/// stays shown (the answers give it anyway), so a group whose value is shown at 0.0 % or
/// 100.0 % leaves the whole of a small class to the hidden groups, which must then hide every
/// group's value.
/// Shares published by earlier reports of the same records (`earlier`) are in the cut too, as
/// if shown in every group, and a share of the report published earlier is never the one
/// hidden whole: their values cannot be taken back.
/// A Net Promoter Score of the question in the report cuts its answers too: beside a share of
/// promoters, the score gives the detractors (7 promoters among 16 and a score of 37.5: one
/// detractor). Its bands, promoters (9-10) and detractors (0-6), are in the cut as if shown
/// in every group, but unlike earlier shares they do not keep a share equal to one of them
/// from being hidden.
struct ShareSuppression {
  /// Each question's shares in the report, in reading order, by numerator population.
  let current: [String: [String]]
  /// Each question's shares published by earlier reports of the same records.
  let earlier: [String: [String]]
  /// The bands of each question scored in the report (promoters, detractors), as shares.
  let scoreBands: [String: [String]]
  /// The answers given in each cell of the shares: by question, field and group (the total
  /// under `total`, `all`).
  let answers: [String: [String: [String: [String: Int]]]]
  let threshold: Int

  /// The shares of `cells` and of `earlier` (numerator populations `answer:question=...`).
  init(_ cells: [IndicatorValue], earlier: Set<String>, threshold: Int) {
    var current: [String: [String]] = [:]
    var answers: [String: [String: [String: [String: Int]]]] = [:]
    var bands: [String: [String]] = [:]
    for cell in cells where cell.kind == .score {
      guard let questions = Population.answeredQuestions(cell.population), questions.count == 1 else { continue }
      bands[questions[0]] = Self.scoreBands(questions[0])
    }
    for cell in cells {
      guard let population = cell.numeratorPopulation, let counts = cell.answerCounts,
        let question = Population.answerQuestion(population),
        cell.isTotal || cell.isFieldGroup
      else { continue }
      if current[question]?.contains(population) != true {
        current[question, default: []].append(population)
      }
      answers[question, default: [:]][cell.disaggregation, default: [:]][cell.group] = counts
    }
    var before: [String: [String]] = [:]
    for population in earlier.sorted() {
      guard let question = Population.answerQuestion(population) else { continue }
      before[question, default: []].append(population)
    }
    self.current = current
    self.earlier = before
    self.scoreBands = bands
    self.answers = answers
    self.threshold = threshold
  }

  /// The questions whose answers the shares cut into classes to protect: those with two
  /// shares or more (in the report, or published earlier), and those with one share whose
  /// whole event's answers are published (`answersShown`): the share's total then stays shown,
  /// and beside it the hidden groups together hold the rest of each class.
  func questions(answersShown: (String) -> Bool) -> [String] {
    current.keys.sorted().filter { cut($0, current[$0]!).count > 1 || answersShown($0) }
  }

  /// The shares of `question` published earlier, the bands of its score, then those of
  /// `shown` that were not published earlier.
  func cut(_ question: String, _ shown: [String]) -> [String] {
    let before = earlier[question] ?? []
    return before + (scoreBands[question] ?? []) + shown.filter { !before.contains($0) }
  }

  /// A score's promoters (9 and 10) and detractors (0 to 6), as the shares they would be.
  static func scoreBands(_ question: String) -> [String] {
    [Population.answer(question, ["9", "10"]), Population.answer(question, (0...6).map(String.init))]
  }

  /// The answers a share's numerator population counts.
  static func answerSet(_ population: String) -> Set<String> {
    Set(
      population.split(separator: "=", maxSplits: 1).dropFirst().first?.split(separator: "|").map(
        String.init) ?? [])
  }

  /// The number of people in each class that `shares` cut `counts` (answer → people) into.
  static func classes(_ shares: [String], _ counts: [String: Int]) -> [[Bool]: Int] {
    let sets = shares.map(answerSet)
    var result: [[Bool]: Int] = [:]
    for (answer, count) in counts {
      result[sets.map { $0.contains(answer) }, default: 0] += count
    }
    return result
  }

  /// True when some class of `shares` in `counts` holds 1 to `threshold - 1` people.
  func cutsSmall(_ shares: [String], _ counts: [String: Int]) -> Bool {
    Self.classes(shares, counts).values.contains { $0 > 0 && $0 < threshold }
  }

  /// The shares of `question` hidden whole at the total: each one, in reading order, that
  /// would cut a small class beside those kept before it (and those published earlier).
  func hiddenWhole(_ question: String, already: Set<String>) -> Set<String> {
    guard let total = answers[question]?["total"]?["all"] else { return [] }
    let before = earlier[question] ?? []
    var kept = before + (scoreBands[question] ?? [])
    var hidden = Set<String>()
    for share in current[question] ?? [] where !already.contains(share) && !before.contains(share) {
      if cutsSmall(kept + [share], total) { hidden.insert(share) } else { kept.append(share) }
    }
    return hidden
  }

  /// The groups of `field` whose values of the shares `shown` (with those published earlier)
  /// of `question` are hidden, given `base` groups hidden already and the groups' n
  /// (`capacity`, for groups whose n is shown).
  func hiddenGroups(
    _ question: String, shown: [String], field: String, groups: [String], base: Set<String>,
    capacity: [String: Int], residual: Set<String>, nesting: GroupSuppression.Nesting?
  ) -> Set<String> {
    let cut = cut(question, shown)
    let byGroup = (answers[question]?[field] ?? [:]).mapValues { Self.classes(cut, $0) }
    let kinds = Set(byGroup.values.flatMap(\.keys)).sorted { $0.description < $1.description }
    let families = kinds.map { kind in
      GroupSuppression.Family(counts: byGroup.mapValues { $0[kind] ?? 0 }, capacity: capacity)
    }
    let small = byGroup.filter { $0.value.values.contains { $0 > 0 && $0 < threshold } }.keys
    let suppression = GroupSuppression(
      groups: groups, families: families, threshold: threshold, residual: residual, nesting: nesting
    )
    let hidden = suppression.solve(base: base.union(small))
    return suppression.holds(hidden) ? hidden : Set(groups)
  }
}
