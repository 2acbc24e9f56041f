import ConveneCore

extension DisclosureControl {
  /// `cells` with the Net Promoter Scores hidden that could give a group's bands away
  /// (`ScoreSuppression`), and the pooled rating of every session hidden where it could give
  /// away the ratings of the sessions hidden (`hidePooledRatings`).
  /// What earlier reports of the same records hid of them (`hiddenScoresAndPools`) is hidden
  /// again; what they showed (`shownScoresAndAnswers`) counts as published: a question's
  /// answers that would narrow a band beside the scores shown before are hidden.
  static func hideScoresAndPools(
    _ cells: [PublishedValue], threshold: Int, residual: Set<String>,
    regions: [String: Set<String>],
    earlier: Pattern = Pattern(), shown: Pattern = Pattern()
  ) -> [PublishedValue] {
    var result = cells.map { cell -> PublishedValue in
      guard cell.suppression == nil, hiddenBefore(cell.value, earlier) else { return cell }
      return PublishedValue(value: cell.value, suppression: .value)
    }
    var seen = Set<String>()
    for cell in cells where cell.value.bands != nil && !seen.contains(cell.value.indicator) {
      seen.insert(cell.value.indicator)
      let question = Population.answeredQuestions(cell.value.population)?.first ?? ""
      let scores = { (cells: [PublishedValue]) in
        ScoreSuppression(
          cells, indicator: cell.value.indicator, threshold: threshold, residual: residual,
          regions: regions, shownBefore: { scoreListed($0, in: shown) },
          answersShownBefore: answersListed(question, in: shown))
      }
      guard var suppression = scores(result) else { continue }
      if !answersListed(question, in: shown), suppression.earlierScoresNarrowWithAnswers() {
        result = hidingAnswers(of: question, in: result)
        suppression = scores(result)!
      }
      result = suppression.solve()
    }
    return hidePooledRatings(result, threshold: threshold)
  }

  /// `cells` with every count of the whole event's answers to `question` hidden.
  static func hidingAnswers(of question: String, in cells: [PublishedValue]) -> [PublishedValue] {
    cells.map { cell in
      guard cell.value.disaggregation == "answer", Population.answerQuestion(cell.value.population) == question
      else { return cell }
      return PublishedValue(value: cell.value, suppression: .cell)
    }
  }

  /// True when `pattern` lists the score of `cell` (a total or a group of a field), by the
  /// people it is about.
  static func scoreListed(_ cell: IndicatorValue, in pattern: Pattern) -> Bool {
    guard cell.bands != nil else { return false }
    let scores = Population.scores(cell.population)
    return cell.isTotal ? pattern.hidesWhole(scores) : pattern.groups(scores, cell.disaggregation).contains(cell.group)
  }

  /// True when `pattern` lists every answer to `question` as published.
  static func answersListed(_ question: String, in pattern: Pattern) -> Bool {
    pattern.groups(Population.answered(question), "answer").contains("all")
  }

  /// The scores shown in `published` (under `Population.scores`: the total as the population
  /// listed whole, groups by field) and the questions whose every answer count is shown
  /// (`Population.answered` under the field `answer`), for later reports of the same records
  /// to count as published.
  static func shownScoresAndAnswers(_ published: [PublishedValue]) -> Pattern {
    var pattern = Pattern()
    for cell in published where cell.suppression == nil && cell.value.bands != nil {
      let scores = Population.scores(cell.value.population)
      if cell.value.isTotal {
        pattern.hideWhole(scores)
      } else if cell.value.isFieldGroup {
        pattern.hidden[scores, default: [:]][cell.value.disaggregation, default: []].insert(cell.value.group)
      }
    }
    let answers = Dictionary(
      grouping: published.filter { $0.value.disaggregation == "answer" },
      by: { Population.answerQuestion($0.value.population) ?? "" })
    for (question, cells) in answers where !question.isEmpty && !cells.contains(where: \.isValueHidden) {
      pattern.hidden[Population.answered(question), default: [:]]["answer"] = ["all"]
    }
    return pattern
  }

  /// True when an earlier report hid the value of `cell`, a score or a pooled total.
  /// What was hidden is kept by what the figure is (the measure and the people it is about),
  /// so a new indicator id does not show it; records written when it was kept by indicator id
  /// are read under that id too.
  static func hiddenBefore(_ cell: IndicatorValue, _ earlier: Pattern) -> Bool {
    if cell.bands != nil {
      return [Population.scores(cell.population), "scores:\(cell.indicator)"].contains { scores in
        cell.isTotal
          ? earlier.hidesWhole(scores)
          : earlier.groups(scores, cell.disaggregation).contains(cell.group)
      }
    }
    return cell.isTotal
      && [Population.pooled(cell.population), "pooled:\(cell.indicator)"].contains(where: earlier.hidesWhole)
  }

  /// The scores and pooled totals hidden (value only) in `published`, for later reports of
  /// the same records to hide again: under `Population.scores` by field (the total as the
  /// population hidden whole), and `Population.pooled` hidden whole.
  static func hiddenScoresAndPools(_ published: [PublishedValue]) -> Pattern {
    let pooled = Set(
      published.filter { $0.value.disaggregation == "session" && $0.value.raters != nil }.map(
        \.value.indicator))
    var pattern = Pattern()
    for cell in published where cell.suppression == .value {
      if cell.value.bands != nil {
        let scores = Population.scores(cell.value.population)
        if cell.value.isTotal {
          pattern.hideWhole(scores)
        } else if cell.value.isFieldGroup {
          pattern.hidden[scores, default: [:]][cell.value.disaggregation, default: []].insert(
            cell.value.group)
        }
      } else if cell.value.isTotal && pooled.contains(cell.value.indicator) {
        pattern.hideWhole(Population.pooled(cell.value.population))
      }
    }
    return pattern
  }

  /// The total of a mean per session pools every rating: beside the sessions shown, it gives
  /// the sum of the ratings of the sessions hidden. It is shown only where those ratings come
  /// from no one or at least `threshold` people; else its value is hidden (its n, the people
  /// who rated any session, stays).
  static func hidePooledRatings(_ cells: [PublishedValue], threshold: Int) -> [PublishedValue] {
    var hiddenRaters: [String: Set<Int>] = [:]
    for cell in cells where cell.value.disaggregation == "session" && cell.isCountHidden {
      guard let raters = cell.value.raters else { continue }
      hiddenRaters[cell.value.indicator, default: []].formUnion(raters)
    }
    return cells.map { cell in
      let people = hiddenRaters[cell.value.indicator]?.count ?? 0
      guard cell.value.isTotal, cell.suppression == nil, people > 0, people < threshold else {
        return cell
      }
      return PublishedValue(value: cell.value, suppression: .value)
    }
  }
}
