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
  /// than 5 people wrote one.
  public var commitments: [String]
  /// Session titles by the groups of per-session indicators (`s03`, or `event/s03`).
  public var sessionTitles: [String: String]
  /// Category labels by id.
  public var categoryLabels: [String: String]
  /// The questions of the (first) event.
  public var questions: [Question]

  /// Computes the report over `events` (one, or several to roll up).
  public init(events: [EventRecords]) {
    self.events = events.map { records in
      let dates = records.plan.event.dates
      let span =
        dates.count > 1 ? "\(dates.first!) – \(dates.last!)" : dates.first.map(\.description) ?? ""
      return EventSummary(
        id: records.plan.event.id, title: records.plan.event.title,
        kind: records.plan.event.kind.rawValue, dates: span)
    }
    definitions = events.first?.evaluation.indicators ?? []
    questions = events.first?.evaluation.questions ?? []
    var exact = events.flatMap { IndicatorCalculator([$0]).values() }
    if events.count > 1 { exact += IndicatorCalculator(events).values() }
    values = DisclosureControl.apply(exact)
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
    let commitmentQuestions = Set(
      (events.first?.evaluation.indicators ?? []).filter { $0.measure == .answered }.compactMap(
        \.question))
    let texts = events.flatMap(\.responses).flatMap { response in
      commitmentQuestions.sorted().compactMap { response.answers[$0]?.trimmed }.filter {
        !$0.isEmpty
      }
    }
    commitments = texts.count >= DisclosureControl.threshold ? texts.sorted() : []
  }

  /// The cells of one indicator for one event (`all` for the roll-up), in order.
  public func values(event: String, indicator: String) -> [PublishedValue] {
    values.filter { $0.value.event == event && $0.value.indicator == indicator }
  }

  /// The total cell of one indicator for one event.
  public func total(event: String, indicator: String) -> PublishedValue? {
    values.first { $0.value.event == event && $0.value.indicator == indicator && $0.value.isTotal }
  }

  /// The event whose figures lead the report: the only event, or `all`.
  public var headline: String { isRollUp ? "all" : events.first?.id ?? "" }

  /// The first indicator with the given measure (and question, when given).
  public func definition(
    measure: IndicatorDefinition.Measure, question: String? = nil
  ) -> IndicatorDefinition? {
    definitions.first { $0.measure == measure && (question == nil || $0.question == question) }
  }

  /// A group as people read it: a category's label, a session's title, or `notGiven` (in the
  /// report's language) for the people who did not say.
  public func groupLabel(_ value: IndicatorValue, notGiven: String) -> String {
    if value.group == IndicatorCalculator.notGiven { return notGiven }
    switch value.disaggregation {
    case "category": return categoryLabels[value.group] ?? value.group
    case "session": return sessionTitles[value.group] ?? value.group
    default: return value.group
    }
  }
}
