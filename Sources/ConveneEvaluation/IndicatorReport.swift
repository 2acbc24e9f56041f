import ConveneCore

/// The indicators of one event, or of several rolled up, as they may leave the workspace:
/// small groups hidden, free text only where enough people wrote some.
public struct IndicatorReport: Sendable {
  /// One event in the report.
  public struct EventSummary: Sendable, Equatable {
    /// The id.
    public var id: String
    /// The title.
    public var title: String
    /// The kind (`regional-workshop`).
    public var kind: String
    /// The first and last dates (`2027-03-09 – 2027-03-11`).
    public var dates: String
  }

  /// The events, in the order given.
  public var events: [EventSummary]
  /// True for a network report over several events.
  public var isRollUp: Bool { events.count > 1 }
  /// The indicators, in the order of the (first) event's evaluation.
  public var definitions: [IndicatorDefinition]
  /// Every cell: each event's, then for a roll-up those of `all`.
  public var values: [PublishedValue]
  /// The follow-up commitments participants wrote, without names, sorted; empty when fewer
  /// than 5 people wrote one. Those that name a participant or give contact details are left
  /// out (`CommitmentScreen`) and counted in `withheldCommitments`.
  public var commitments: [String]
  public var withheldCommitments = 0
  /// Session titles by the groups of per-session indicators (`s03`, or `event/s03`).
  public var sessionTitles: [String: String]
  /// Category labels by id.
  public var categoryLabels: [String: String]
  /// The questions of the (first) event.
  public var questions: [Question]

  /// How each event's figures were protected, by event id: `event.json`'s policy, with the
  /// groups its earlier reports merged (`keptMerging`) among the residual groups.
  public var policies: [String: DisclosurePolicy]
  /// The fields whose residual groups are merged as earlier reports of the event merged them
  /// (`DisclosureRecord.merging`) where the event's policy now would merge them otherwise, by
  /// event id, then field → the groups merged (empty: published apart).
  public var keptMerging: [String: [String: Set<String>]]
  /// Each event's record of hidden groups once this report is published (see
  /// `DisclosureRecord`), by event id.
  public var records: [String: DisclosureRecord]
  /// The events some of whose populations changed for 1 to `threshold - 1` people since one of
  /// their published editions, with those editions, those populations and how many people
  /// changed in each: a new edition beside that one would give those people's records away as
  /// the difference of the two, so it must not be published.
  public var fewChanged: [String: [PublishedEditions.Changes]]
  /// The events not in `fewChanged` where a signed combination of published editions and the
  /// new one adds up to the figures of 1 to `threshold - 1` people of a population (a new
  /// edition there would give them away the same way), one combination per population, with
  /// the editions it weighs numbered as in the event's record before this report.
  public var fewCombined: [String: [EditionCombination]]

  /// Computes the report over `events` (one, or several to roll up with the first event's
  /// indicators), hiding at least what `earlier` records say reports of the same people hid.
  /// Records in a state no earlier report saw are named by `newEdition` (a random name; none
  /// when it gives "").
  public init(
    events: [EventRecords], earlier: [String: DisclosureRecord] = [:],
    newEdition: () -> String = { "" }
  ) {
    self.events = events.map { records in
      let dates = records.plan.event.dates
      let span =
        dates.count > 1 ? "\(dates.first!) – \(dates.last!)" : dates.first.map(\.description) ?? ""
      return EventSummary(
        id: records.plan.event.id, title: records.plan.event.title,
        kind: records.plan.event.kind.rawValue, dates: span)
    }
    let evaluation = events.first?.evaluation ?? Evaluation()
    definitions = evaluation.indicators
    questions = evaluation.questions
    var publications: [DisclosureControl.EventPublication] = []
    var policies: [String: DisclosurePolicy] = [:]
    var records: [String: DisclosureRecord] = [:]
    var fewChanged: [String: [PublishedEditions.Changes]] = [:]
    var fewCombined: [String: [EditionCombination]] = [:]
    var keptMerging: [String: [String: Set<String>]] = [:]
    for event in events {
      let id = event.plan.event.id
      let calculator = IndicatorCalculator([event], evaluation: evaluation)
      let lines = calculator.populationLines()
      let digests = calculator.sourceDigests()
      let record = earlier[id] ?? DisclosureRecord()
      let cells = calculator.values()
      let publication = DisclosureControl.publish(
        cells,
        DisclosureControl.Context(
          policy: event.plan.event.disclosure, indicators: definitions,
          regionsOfCountry: calculator.regionsOfCountry(), earlier: record.earlier(for: digests),
          merging: record.merging, shares: record.earlierShares(for: digests),
          shown: record.earlierShown(for: digests)))
      publications.append(publication)
      let kept = Self.keptMerging(cells, policy: event.plan.event.disclosure, record: record)
      if !kept.isEmpty { keptMerging[id] = kept }
      policies[id] = event.plan.event.disclosure.addingResidualGroups(publication.merging.values.joined())
      let few = record.changes(populations: lines, sources: calculator.sourceLines(places: false)).compactMap { changes in
        var few = changes
        few.populations = changes.populations.filter { $0.value < event.plan.event.disclosure.threshold }
        return few.populations.isEmpty ? nil : few
      }
      if !few.isEmpty {
        fewChanged[id] = few
      } else {
        let combined = record.combinations(populations: lines, threshold: event.plan.event.disclosure.threshold)
        if !combined.isEmpty { fewCombined[id] = combined }
      }
      records[id] = record.adding(
        publication.pattern, merging: publication.merging, shares: publication.shares, shown: publication.shown,
        digests: digests,
        newEdition: newEdition)
        .remembering(lines) { newEdition() + newEdition() }
    }
    values = publications.flatMap(\.values)
    if events.count > 1 {
      values += DisclosureControl.publishRollUp(
        IndicatorCalculator(events, evaluation: evaluation).values(), events: publications,
        indicators: definitions,
        threshold: events.map(\.plan.event.disclosure.threshold).max() ?? DisclosurePolicy().threshold)
    }
    self.policies = policies
    self.records = records
    self.fewChanged = fewChanged
    self.fewCombined = fewCombined
    self.keptMerging = keptMerging
    var titles: [String: String] = [:]
    var labels: [String: String] = [:]
    for records in events {
      for session in records.plan.sessions {
        titles[session.id] = titles[session.id] ?? session.title
        titles["\(records.plan.event.id)/\(session.id)"] = session.title
      }
      for category in records.plan.event.categories where labels[category.id] == nil {
        labels[category.id] = category.label
      }
    }
    sessionTitles = titles
    categoryLabels = labels
    let strictest = DisclosurePolicy.strictest(Array(policies.values))
    let commitmentQuestions = Set(
      (events.first?.evaluation.indicators ?? []).filter { $0.measure == .answered }.compactMap(
        \.question))
    let texts = events.flatMap(\.responses).flatMap { response in
      commitmentQuestions.sorted().compactMap { response.answers[$0]?.trimmed }.filter {
        !$0.isEmpty
      }
    }
    let screen = CommitmentScreen(people: events.flatMap(\.plan.participants))
    let printable = texts.count >= strictest.threshold ? texts.filter(screen.isPrintable) : []
    commitments = printable.sorted()
    withheldCommitments = texts.count >= strictest.threshold ? texts.count - printable.count : 0
  }

  /// The fields of `values` whose residual groups `record` has merged otherwise than `policy`
  /// would merge them now, with the groups merged.
  static func keptMerging(_ values: [IndicatorValue], policy: DisclosurePolicy, record: DisclosureRecord)
    -> [String: Set<String>]
  {
    guard !record.merging.isEmpty else { return [:] }
    let now = ResidualMerge.decide(
      values, residual: Set(policy.residualGroups), threshold: policy.threshold, kept: [:])
    return record.merging.filter { field, groups in
      let present = Set(
        values.filter { $0.isFieldGroup && $0.disaggregation == field && $0.headcounts.contains { $0 > 0 } }.map(\.group))
      return (now[field] ?? []).intersection(present) != groups.intersection(present)
    }
  }

  /// The cells of one indicator for one event (`all` for the roll-up), in order.
  public func values(event: String, indicator: String) -> [PublishedValue] {
    values.filter { $0.value.event == event && $0.value.indicator == indicator }
  }

  /// The total cell of one indicator for one event.
  public func total(event: String, indicator: String) -> PublishedValue? {
    values.first { $0.value.event == event && $0.value.indicator == indicator && $0.value.isTotal }
  }

  /// The smallest threshold of the events: no group under it can be seen or worked out.
  public var threshold: Int {
    policies.values.map(\.threshold).min() ?? DisclosurePolicy().threshold
  }

  /// The largest threshold of the events (`threshold` when they all set the same): a roll-up's
  /// groups of each event follow that event's.
  public var largestThreshold: Int {
    policies.values.map(\.threshold).max() ?? threshold
  }

  /// The event whose figures lead the report: the only event, or `all`.
  public var headline: String { isRollUp ? "all" : events.first?.id ?? "" }

  /// The first indicator with the given measure (and question, when given).
  public func definition(
    measure: IndicatorDefinition.Measure, question: String? = nil
  ) -> IndicatorDefinition? {
    definitions.first { $0.measure == measure && (question == nil || $0.question == question) }
  }

  /// A group as people read it: a category's label, a session's title, or `notGiven` and
  /// `merged` (in the report's language) for the people who did not say and the merged
  /// residual groups.
  public func groupLabel(_ value: IndicatorValue, notGiven: String, merged: String) -> String {
    if value.group == IndicatorCalculator.notGiven { return notGiven }
    if value.group == DisclosureControl.mergedGroup { return merged }
    switch value.disaggregation {
    case "category": return categoryLabels[value.group] ?? value.group
    case "session": return sessionTitles[value.group] ?? value.group
    default: return value.group
    }
  }
}
