import ConveneCore

/// Hides, in everything that leaves the workspace, the groups of fewer than `threshold`
/// people, so that no arithmetic across the published tables can bring one back.
///
/// Within one event, every population (the people registered, confirmed, who attended; who
/// responded, who answered each question) is broken down by the same participant fields, and
/// the populations that come from the same records are nested (those who answered a question
/// are among those who responded). So the hidden groups are chosen once per field for all
/// the populations of the same records (`GroupSuppression`): a group is hidden in every
/// population of those records or in none, and the hidden groups of each population hold no
/// one or at least `threshold` people. Any hidden cell can then be emptied into another hidden
/// group, or take all the hidden people, without changing a shown number: nothing narrows it.
/// A percentage whose numerator counts a small group hides its value and keeps its n. The
/// answers of the whole event to a question are counted once `respondentsForAnswers` people
/// answered it. In a roll-up, a cell of `all` is hidden where one of the events' cells it
/// adds up is hidden.
public enum DisclosureControl {
  /// The group residual groups are merged into.
  public static let mergedGroup = "other-or-not-stated"

  /// The groups hidden, by population and field (`attended` → `gender` → `man`, `other...`).
  public struct Pattern: Sendable, Equatable {
    /// Hidden groups by population, then field.
    public var hidden: [String: [String: Set<String>]]

    /// Creates a pattern.
    public init(hidden: [String: [String: Set<String>]] = [:]) { self.hidden = hidden }

    /// The groups of `field` hidden for `population`.
    public func groups(_ population: String, _ field: String) -> Set<String> {
      hidden[population]?[field] ?? []
    }

    /// The field under which a population hidden whole (its total and every cell) is listed,
    /// with the group `all`.
    public static let wholeField = "total"

    /// True when `population` is hidden whole.
    public func hidesWhole(_ population: String) -> Bool {
      hidden[population]?[Self.wholeField]?.contains("all") == true
    }

    /// Lists `population` as hidden whole.
    public mutating func hideWhole(_ population: String) {
      hidden[population, default: [:]][Self.wholeField] = ["all"]
    }

    /// The groups this pattern or `other` hides (a field of `other` listing no group is left
    /// out).
    public func union(_ other: Pattern) -> Pattern {
      var result = self
      for (population, fields) in other.hidden {
        for (field, groups) in fields where !groups.isEmpty {
          result.hidden[population, default: [:]][field, default: []].formUnion(groups)
        }
      }
      return result
    }
  }

  /// One event's cells as they may be published, and what was hidden.
  public struct EventPublication: Sendable {
    /// Every cell, with what is hidden of it.
    public var values: [PublishedValue]
    /// What was hidden, to be remembered for later reports: the groups hidden of each
    /// population, and the populations hidden whole (a small total, a question's answers
    /// before enough people answered, a small session).
    public var pattern: Pattern
    /// How each field's residual groups were published: field → the groups merged into
    /// `mergedGroup` (empty where residual groups count someone and were published apart),
    /// for later reports to publish them the same way (`DisclosureRecord.merging`).
    public var merging: [String: Set<String>]
    /// The shares of a question's answers whose value is shown somewhere (numerator
    /// populations, `answer:satisfaction=4|5`), for later reports of the same records to cut
    /// the question's answers with them too (`DisclosureRecord.shares`).
    public var shares: Set<String> = []
    /// The scores and the questions' answers shown (`shownScoresAndAnswers`), for later
    /// reports of the same records to count as published (`DisclosureRecord.shown`).
    public var shown = Pattern()

    /// The fields whose residual groups were merged.
    public var mergedFields: Set<String> { Set(merging.filter { !$0.value.isEmpty }.keys) }
  }

  /// What the cells are published under.
  public struct Context: Sendable {
    /// The threshold and the residual groups.
    public var policy: DisclosurePolicy
    /// The indicators (for the fields each is broken down by).
    public var indicators: [IndicatorDefinition]
    /// The regions of each country among the event's people: a region's countries add up to it.
    public var regionsOfCountry: [String: Set<String>]
    /// Groups hidden by earlier reports of the same people (they stay hidden).
    public var earlier: Pattern
    /// How earlier reports of the event published each field's residual groups (see
    /// `EventPublication.merging`): those fields are merged the same way again, whatever the
    /// policy says now.
    public var merging: [String: Set<String>]
    /// The least some groups are known to hold, by population, field and group, from what a
    /// reader learns elsewhere (a network's count of a region's cities that took part: each
    /// of them sent someone).
    public var floors: [String: [String: [String: Int]]]
    /// The shares of questions' answers earlier reports of the same records showed
    /// (`EventPublication.shares`): a share now that cuts the answers otherwise is checked
    /// beside them.
    public var shares: Set<String>
    /// The scores and questions' answers earlier reports of the same records showed
    /// (`EventPublication.shown`): a reader knows them beside this report's.
    public var shown: Pattern

    /// Creates a context.
    public init(
      policy: DisclosurePolicy, indicators: [IndicatorDefinition],
      regionsOfCountry: [String: Set<String>] = [:], earlier: Pattern = Pattern(),
      merging: [String: Set<String>] = [:], floors: [String: [String: [String: Int]]] = [:],
      shares: Set<String> = [], shown: Pattern = Pattern()
    ) {
      self.policy = policy
      self.indicators = indicators
      self.regionsOfCountry = regionsOfCountry
      self.earlier = earlier
      self.merging = merging
      self.floors = floors
      self.shares = shares
      self.shown = shown
    }
  }

  /// The published form of one event's `values`. A row of no one is shown only where its
  /// group holds no registered person or `threshold` or more, so a row of no one shown beside
  /// its group's registered row hidden would say that the hidden row holds `threshold` or more;
  /// such rows are hidden too, and the pattern chosen again, until none is left.
  public static func publish(_ values: [IndicatorValue], _ context: Context) -> EventPublication {
    var unseen: [String: [String: Set<String>]] = [:]
    var publication = publish(values, context, alsoUnseen: unseen)
    // Each round adds at least one row to hide, of finitely many, so the rounds end.
    while true {
      var added = false
      for (population, fields) in zeroRowsBesideHiddenRegistered(publication.values) {
        for (field, groups) in fields where !groups.isSubset(of: unseen[population]?[field] ?? []) {
          unseen[population, default: [:]][field, default: []].formUnion(groups)
          added = true
        }
      }
      guard added else { return publication }
      publication = publish(values, context, alsoUnseen: unseen)
    }
  }

  /// The rows of no one shown in a field's group whose registered row is hidden, by
  /// population and field.
  static func zeroRowsBesideHiddenRegistered(_ published: [PublishedValue]) -> [String: [String: Set<String>]] {
    let hidden = Set(
      published.filter { $0.value.population == Population.registered && $0.value.isFieldGroup && $0.isCountHidden }
        .map { [$0.value.disaggregation, $0.value.group] })
    guard !hidden.isEmpty else { return [:] }
    // In a population of no one every row is of no one, whatever its group holds.
    let empty = Set(published.filter { $0.value.isTotal && $0.value.n == 0 }.map(\.value.population))
    var result: [String: [String: Set<String>]] = [:]
    for cell in published
    where cell.value.isFieldGroup && !cell.isCountHidden && cell.value.n == 0
      && cell.value.population != Population.registered && !empty.contains(cell.value.population)
      && hidden.contains([cell.value.disaggregation, cell.value.group])
    {
      result[cell.value.population, default: [:]][cell.value.disaggregation, default: []].insert(cell.value.group)
    }
    return result
  }

  /// `publish` with the rows of `alsoUnseen` hidden as rows of no one in a small group.
  static func publish(
    _ values: [IndicatorValue], _ context: Context, alsoUnseen: [String: [String: Set<String>]]
  ) -> EventPublication {
    let threshold = context.policy.threshold
    let residual = Set(context.policy.residualGroups)
    let merging = ResidualMerge.decide(values, residual: residual, threshold: threshold, kept: context.merging)
    let cells = ResidualMerge.apply(values, merging: merging)
    var tables = Tables(cells)
    tables.alsoUnseen = alsoUnseen
    let earlier = earlierPattern(context.earlier, merging: merging, residual: residual)
    var whole = tables.wholeHidden(threshold, answers: context.policy.respondentsForAnswers)
      .union(tables.totals.keys.filter(earlier.hidesWhole))
    var chooser = PatternChooser(
      tables: tables, whole: whole, threshold: threshold, residual: residual,
      regions: regionParents(context.regionsOfCountry, merging: merging),
      earlier: earlier, known: context.floors)
    chooser.choose()
    protectShares(
      cells, tables: tables, whole: &whole, chooser: &chooser, earlier: context.shares
    ) { answersPublished($0, cells: cells, tables: tables, policy: context.policy, earlier: earlier) }
    let published = hideScoresAndPools(
      assemble(cells, tables: tables, whole: whole, chooser: chooser, context: context, earlier: earlier),
      threshold: threshold, residual: residual, regions: chooser.regions, earlier: earlier,
      shown: context.shown)
    let told = hideTellingCounts(published, indicators: context.indicators, residual: residual)
    return EventPublication(
      values: told, pattern: remembered(told, chooser.pattern, whole: whole),
      merging: merging, shares: shownShares(told), shown: shownScoresAndAnswers(told))
  }

  /// What a later report must hide again: the groups of every population not hidden whole,
  /// and the populations hidden whole (their cells, answer counts and sessions included).
  static func remembered(_ published: [PublishedValue], _ pattern: Pattern, whole: Set<String>)
    -> Pattern
  {
    var result = Pattern()
    for (population, fields) in pattern.hidden where !whole.contains(population) {
      result.hidden[population] = fields
    }
    for population in whole { result.hideWhole(population) }
    result.hidden.merge(hiddenScoresAndPools(published).hidden) { own, _ in own }
    // A session no one has attended yet (its attendance not imported) is hidden like a small
    // one but not remembered: it says nothing a later count could undo.
    for cell in published
    where cell.isCountHidden && ["answer", "session"].contains(cell.value.disaggregation)
      && !(cell.value.disaggregation == "session" && cell.value.n == 0)
    {
      result.hideWhole(cell.value.population)
    }
    return result
  }

  /// Counts published on their own — no total beside them, no relation between them (the
  /// needs a caterer prepares for: one person may have several) — each hidden when it counts
  /// 1 to `threshold - 1` people.
  public static func publishAlone(_ values: [IndicatorValue], policy: DisclosurePolicy) -> [PublishedValue] {
    values.map { value in
      let small = value.headcounts.contains { $0 > 0 && $0 < policy.threshold }
      return PublishedValue(value: value, suppression: small ? .cell : nil)
    }
  }

  /// Countries' regions with residual groups merged as the fields are.
  static func regionParents(
    _ regions: [String: Set<String>], merging: [String: Set<String>]
  ) -> [String: Set<String>] {
    var parents: [String: Set<String>] = [:]
    for (country, set) in regions {
      let key = ResidualMerge.group(country, field: "country", merging: merging)
      parents[key, default: []].formUnion(set.map { ResidualMerge.group($0, field: "region", merging: merging) })
    }
    return parents
  }

  /// An earlier pattern in the groups published now: a merged group stands for its residual
  /// groups, and a residual group for the merged one.
  static func earlierPattern(_ pattern: Pattern, merging: [String: Set<String>], residual: Set<String>)
    -> Pattern
  {
    var result = Pattern()
    for (population, fields) in pattern.hidden {
      for (field, groups) in fields {
        var mapped = Set<String>()
        for group in groups {
          if group == mergedGroup && merging[field]?.isEmpty != false {
            mapped.formUnion(residual)
          } else {
            mapped.insert(ResidualMerge.group(group, field: field, merging: merging))
          }
        }
        result.hidden[population, default: [:]][field] = mapped
      }
    }
    return result
  }

  /// The cells with what is hidden of each, rows added for hidden groups that count no one in
  /// some population (so that a hidden row never says that someone is in it).
  static func assemble(
    _ cells: [IndicatorValue], tables: Tables, whole: Set<String>, chooser: PatternChooser,
    context: Context, earlier: Pattern
  ) -> [PublishedValue] {
    var rows = cells
    for definition in context.indicators {
      guard let total = cells.first(where: { $0.indicator == definition.id && $0.isTotal }) else {
        continue
      }
      for field in definition.disaggregations {
        let present = Set(
          cells.filter { $0.indicator == definition.id && $0.disaggregation == field }.map(\.group))
        for group in chooser.pattern.groups(total.population, field).subtracting(present) {
          var row = total
          row.disaggregation = field
          row.group = group
          (row.n, row.value, row.exact, row.target) = (0, nil, nil, nil)
          row.numerator = total.numerator == nil ? nil : 0
          rows.append(row)
        }
      }
    }
    // Breakdowns no hidden groups can protect are left out.
    rows.removeAll { row in
      [row.population, row.numeratorPopulation].contains {
        $0.flatMap { chooser.omitted[$0]?.contains(row.disaggregation) } == true
      }
    }
    let published = rows.map { cell -> PublishedValue in
      PublishedValue(
        value: cell,
        suppression: suppression(
          cell, tables: tables, whole: whole, chooser: chooser, context: context, earlier: earlier))
    }
    return ordered(published, indicators: context.indicators)
  }

  /// What is hidden of one cell.
  static func suppression(
    _ cell: IndicatorValue, tables: Tables, whole: Set<String>, chooser: PatternChooser,
    context: Context, earlier: Pattern
  ) -> PublishedValue.Suppression? {
    let threshold = context.policy.threshold
    switch cell.disaggregation {
    case "session":
      // No one at a session is hidden as a few are: shown, a 0 beside the hidden rows would
      // tell that each of them counts 1 to threshold - 1 (parallel sessions then bound them).
      let small = cell.n < threshold
      return small || earlier.hidesWhole(cell.population) ? .cell : nil
    case "answer":
      // The whole event's answers: counted once enough people answered (and as an earlier
      // report of the same people counted them).
      let question = Population.answerQuestion(cell.population) ?? ""
      let answered = tables.totals[Population.answered(question)] ?? 0
      let few = answered < context.policy.respondentsForAnswers
      return few || earlier.hidesWhole(cell.population) ? .cell : nil
    default:
      func hidden(_ population: String) -> Bool {
        whole.contains(population)
          || cell.isFieldGroup
            && chooser.pattern.groups(population, cell.disaggregation).contains(cell.group)
      }
      if hidden(cell.population) { return .cell }
      if let numerator = cell.numeratorPopulation, hidden(numerator) {
        // A group that holds every person of the total says what the total says.
        let everyone =
          !cell.isTotal && !whole.contains(numerator) && cell.n == tables.totals[cell.population]
          && cell.numerator == tables.totals[numerator]
        return everyone ? nil : .value
      }
      return nil
    }
  }

  /// Each indicator's rows: the total, then each field's groups in reading order, then the
  /// other rows as computed.
  static func ordered(_ cells: [PublishedValue], indicators: [IndicatorDefinition])
    -> [PublishedValue]
  {
    var order: [String] = []
    var byIndicator: [String: [PublishedValue]] = [:]
    for cell in cells {
      if byIndicator[cell.value.indicator] == nil { order.append(cell.value.indicator) }
      byIndicator[cell.value.indicator, default: []].append(cell)
    }
    return order.flatMap { id -> [PublishedValue] in
      let rows = byIndicator[id]!
      let fields = indicators.first { $0.id == id }?.disaggregations ?? []
      let fieldRows = rows.filter(\.value.isFieldGroup).sorted { a, b in
        let (fa, fb) = (a.value.disaggregation, b.value.disaggregation)
        if fa != fb {
          return (fields.firstIndex(of: fa) ?? fields.count, fa) < (fields.firstIndex(of: fb) ?? fields.count, fb)
        }
        return IndicatorCalculator.groupOrder(fa, a.value.group, b.value.group)
      }
      return rows.filter(\.value.isTotal) + fieldRows
        + rows.filter { !$0.value.isTotal && !$0.value.isFieldGroup }
    }
  }
}
