import ConveneCore

extension DisclosureControl {
  /// The cells of `all` in a roll-up, published after each event's (`events`): a cell is hidden
  /// where one of the events' cells it adds up is hidden, so that `all` minus the other events
  /// never gives a hidden cell away; rows are added for every group an event lists hidden.
  public static func publishRollUp(
    _ values: [IndicatorValue], events: [EventPublication], indicators: [IndicatorDefinition],
    threshold: Int = DisclosurePolicy().threshold
  ) -> [PublishedValue] {
    // A field is merged in `all` where an event merged it, with every group any event merged.
    let merging = events.reduce(into: [String: Set<String>]()) { merging, event in
      for (field, groups) in event.merging where !groups.isEmpty { merging[field, default: []].formUnion(groups) }
    }
    var cells = ResidualMerge.apply(values, merging: merging)
    // The events' cells that each cell of `all` adds up.
    var parts: [PartKey: [PublishedValue]] = [:]
    for event in events {
      for cell in event.values {
        parts[PartKey(cell.value, merging: merging), default: []].append(cell)
      }
    }
    // Rows of `all` for groups some event lists but no one is in overall.
    let present = Set(cells.map { PartKey($0, merging: merging) })
    for (key, cellsOfKey) in parts.sorted(by: { $0.key.order < $1.key.order })
    where !present.contains(key) && key.disaggregation != "session" {
      guard var row = cells.first(where: { $0.indicator == key.indicator && $0.isTotal }) else {
        continue
      }
      row.disaggregation = key.disaggregation
      row.group = key.group
      (row.n, row.value, row.exact, row.target) = (0, nil, nil, nil)
      row.numerator = row.numerator == nil ? nil : 0
      row.population = cellsOfKey[0].value.population
      cells.append(row)
    }
    // A breakdown an event left out (no hidden groups could protect it) is left out of `all`
    // too: `all` less the other events would give it.
    let leftOut = omittedBreakdowns(events, indicators: indicators)
    cells.removeAll { $0.isFieldGroup && leftOut.contains([$0.indicator, $0.disaggregation]) }
    let published = cells.map { cell -> PublishedValue in
      let sources = parts[PartKey(cell, merging: merging)] ?? []
      let suppression: PublishedValue.Suppression? =
        sources.contains(where: \.isCountHidden)
        ? .cell : sources.contains(where: \.isValueHidden) ? .value : nil
      return PublishedValue(value: cell, suppression: suppression)
    }
    // `all`'s count of countries beside `all`'s breakdowns, as an event's beside its own.
    let residual = merging.values.reduce(Set(DisclosurePolicy.standardResidualGroups)) { $0.union($1) }
    return hideTellingCounts(
      ordered(hidingSharesBesideSmallClasses(published, threshold: threshold), indicators: indicators),
      indicators: indicators, residual: residual)
  }

  /// `cells` of `all` with every group's value of a question's shares hidden where `all`'s
  /// total shows a class of its answers of 1 to `threshold` − 1 people (its answers, or a
  /// share's value, shown at the total): groups shown at 100.0 % would leave the whole class
  /// to the hidden groups together, as in an event's own report (`ShareSuppression`). Each
  /// event's groups may be shown while `all`'s are not: two events each at 100.0 % in the
  /// groups of the other's few who were not satisfied.
  static func hidingSharesBesideSmallClasses(_ cells: [PublishedValue], threshold: Int) -> [PublishedValue] {
    var shares: [String: Set<String>] = [:]
    var totals: [String: [String: Int]] = [:]
    var shownAtTotal: Set<String> = []
    for cell in cells {
      let value = cell.value
      if value.disaggregation == "answer", let question = Population.answerQuestion(value.population),
        cell.suppression == nil
      {
        shownAtTotal.insert(question)
      }
      guard let population = value.numeratorPopulation, let question = Population.answerQuestion(population),
        let counts = value.answerCounts
      else { continue }
      shares[question, default: []].insert(population)
      if value.isTotal {
        totals[question] = counts
        if cell.suppression == nil { shownAtTotal.insert(question) }
      }
    }
    let exposed = Set(
      shares.compactMap { question, populations -> String? in
        guard shownAtTotal.contains(question), let total = totals[question] else { return nil }
        let classes = ShareSuppression.classes(populations.sorted(), total)
        return classes.values.contains { $0 > 0 && $0 < threshold } ? question : nil
      })
    guard !exposed.isEmpty else { return cells }
    return cells.map { cell in
      guard cell.value.isFieldGroup, cell.suppression == nil, let population = cell.value.numeratorPopulation,
        let question = Population.answerQuestion(population), exposed.contains(question)
      else { return cell }
      return PublishedValue(value: cell.value, suppression: .value)
    }
  }

  /// The breakdowns (indicator, field) some event with people in the indicator's total does
  /// not publish.
  static func omittedBreakdowns(_ events: [EventPublication], indicators: [IndicatorDefinition])
    -> Set<[String]>
  {
    var result = Set<[String]>()
    for event in events {
      for definition in indicators {
        let rows = event.values.filter { $0.value.indicator == definition.id }
        guard rows.contains(where: { $0.value.isTotal && $0.value.n > 0 }) else { continue }
        for field in definition.disaggregations
        where !rows.contains(where: { $0.value.disaggregation == field }) {
          result.insert([definition.id, field])
        }
      }
    }
    return result
  }

  /// What ties a cell of `all` to the events' cells it adds up: the indicator, and the group
  /// (residual groups merged as in `all`), or for a session the people counted.
  struct PartKey: Hashable {
    var indicator: String
    var disaggregation: String
    var group: String

    init(_ cell: IndicatorValue, merging: [String: Set<String>]) {
      indicator = cell.indicator
      disaggregation = cell.disaggregation
      if cell.disaggregation == "session" {
        group = cell.population
      } else if cell.isFieldGroup {
        group = ResidualMerge.group(cell.group, field: cell.disaggregation, merging: merging)
      } else {
        group = cell.group
      }
    }

    var order: String { [indicator, disaggregation, group].joined(separator: "\u{1F}") }
  }
}
