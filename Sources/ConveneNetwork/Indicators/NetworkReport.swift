import ConveneCore
import ConveneEvaluation

/// A network report as it may leave the folder: the results framework's indicators year by
/// year against baseline and targets, and each member city's record, small groups hidden.
public struct NetworkReport: Sendable {
  /// One event of the network.
  public struct EventSummary: Sendable, Equatable {
    public var id: String
    public var title: String
    public var kind: String
    /// `2027-03-09 – 2027-03-10`.
    public var dates: String
    public var year: Int
    /// The editions of its records that its own reports named, by source, where the records
    /// are still as they were (so that an audit knows which of its reports show these people).
    public var editions: [String: String]
    /// True when it recorded attendance.
    public var recordedAttendance: Bool
  }

  /// The title (`network.json`).
  public var title: String
  /// The policy small groups were hidden under.
  public var policy: DisclosurePolicy
  /// The years covered, in order.
  public var years: [Int]
  /// The events, in the order of `network.json`.
  public var events: [EventSummary]
  /// The results framework.
  public var framework: ResultsFramework
  /// Every cell: the framework's indicators (scope `network`), then the city records'.
  public var values: [PublishedNetworkValue]
  /// The city records: member cities with any engagement, then the other cities.
  public var cities: [CityRecord]
  /// The scale questions the city records give means of, with their texts by language.
  public var questions: [Question]
  /// Member cities with no engagement and no request in the years covered.
  public var quietCities: [MemberCity]
  /// Category labels by id (the first event's that declares each).
  public var categoryLabels: [String: String]
  /// What the network's own figures use of each person, by year and population
  /// (`NetworkPeople.populationLines`), before hashing.
  let populationLines: [String: [String: String]]
  /// The groups hid (`NetworkHiddenGroups.groups`), and what each of their populations
  /// counts (`NetworkHiddenGroups.signatures`), before hashing.
  let hidden: (groups: Set<NetworkHiddenGroups.Group>, signatures: [String: String])
  let index: [CellKey: Int]
  /// The positions of the cells of each year, figure and scope, in order.
  let tables: [CellKey: [Int]]

  /// Computes the report, hiding at least the groups that reports already published from the
  /// folder (`published`) hid where their populations count the same
  /// (`NetworkPublicationRecord.keptHidden`).
  public init(records: NetworkRecords, published record: NetworkPublicationRecord = NetworkPublicationRecord()) {
    title = records.settings.title
    let years = records.years
    self.years = years
    framework = records.framework
    let published = ParallelMap.map(records.events) { $0.published }
    events = zip(records.events, published).map { event, published in
      EventSummary(
        id: event.id, title: event.records.plan.event.title, kind: event.records.plan.event.kind.rawValue,
        dates: event.records.plan.event.dateSpan, year: event.year, editions: published.editions,
        recordedAttendance: event.recordedAttendance)
    }
    let eventPatterns = Self.eventPatterns(records.events, published: published)
    let people = NetworkPeople(records)
    let cityRecords = CityRecordCalculator(records: records, people: people)
    let policy = records.disclosurePolicy
    self.policy = policy
    let cityGroups = Dictionary(
      records.cities.map { ($0.id, ["region": $0.region, "country": $0.country, "city_size": $0.size]) },
      uniquingKeysWith: { first, _ in first })
    populationLines = people.populationLines(eventIDs: records.events.map(\.id), cityGroups: cityGroups)
    // The exact figures and the city×event groups do not depend on each other.
    let ((exact, cities), cityEvents) = Self.both(
      {
        let calculator = FrameworkCalculator(records: records, people: people)
        let framework = records.framework.indicators.flatMap { indicator in
          years.flatMap { calculator.values(indicator, year: $0) }
        }
        let (cityValues, cities) = cityRecords.compute()
        return (framework + cityValues, cities)
      },
      {
        CityEventGroups(
          people: people.people, calculator: cityRecords, events: eventPatterns, cityGroups: cityGroups,
          threshold: policy.threshold)
      })
    let kept = NetworkHiddenGroups.hiding(record.keptHidden(exact), beside: cityEvents)
    let disclosed = NetworkDisclosure.publish(
      exact, policy: policy, events: eventPatterns, cityGroups: cityGroups, cityEvents: kept)
    values = disclosed.values
    let hiddenGroups = NetworkHiddenGroups.groups(in: values)
    hidden = (hiddenGroups, NetworkHiddenGroups.signatures(of: exact, for: Set(hiddenGroups.map(\.populationKey))))
    let withheld = Self.withholdingNonMembers(
      disclosed.withheld, people: people.people, threshold: policy.threshold)
    self.cities = cities.map { $0.withholdingOfficials(withheld, eventIDs: records.events.map(\.id)) }
    let questions = Self.firstOfEachID(records.events.flatMap(\.records.evaluation.questions), id: \.id)
    self.questions = cityRecords.scaleQuestions.compactMap { questions[$0] }
    let engaged = Set(cities.map(\.scope))
    // A city that left, or joined after the last year covered, is no member city to list.
    quietCities = records.cities.filter { !engaged.contains($0.id) && $0.isMember(in: years.last ?? Int.max) }
    categoryLabels = Self.firstOfEachID(records.events.flatMap(\.records.plan.event.categories), id: \.id)
      .mapValues(\.label)
    (index, tables) = Self.positions(of: values)
    // Named officials count in their category: none narrows a hidden one of the city's cells.
    self.cities = self.cities.map { record in
      record.withholdingOfficials(
        narrowing: { [self] in cells(year: $0, indicator: CityRecordCalculator.Figure.participants, scope: record.scope) },
        threshold: policy.threshold)
    }
  }

  /// `withheld` with, for the people of no member city (`other-cities`), every event at which
  /// those of one country who took part number 1 to `threshold - 1`: a group hidden from the
  /// start, which a named official there would say holds someone (beside a member city listed
  /// at the event, and the event's total, both could then be narrowed to 1 to 4).
  static func withholdingNonMembers(
    _ withheld: [Int: [String: Set<Int>]], people: [NetworkPerson], threshold: Int
  ) -> [Int: [String: Set<Int>]] {
    var counts: [Int: [Int: [String: Int]]] = [:]
    for person in people where person.city == nil && person.tookPart {
      counts[person.year, default: [:]][person.event, default: [:]][person.profile["country"] ?? "", default: 0] += 1
    }
    var result = withheld
    for (year, events) in counts {
      for (event, countries) in events where countries.values.contains(where: { $0 > 0 && $0 < threshold }) {
        result[year, default: [:]][NetworkValue.otherCities, default: []].insert(event)
      }
    }
    return result
  }

  /// What each event's own reports hid and merged, with what the network needs of the event.
  static func eventPatterns(
    _ events: [NetworkEvent], published: [(pattern: DisclosureControl.Pattern, editions: [String: String])]
  ) -> [NetworkDisclosure.EventPattern] {
    zip(events, published).map { event, published in
      NetworkDisclosure.EventPattern(
        year: event.year, pattern: published.pattern, recordedAttendance: event.recordedAttendance,
        mergedFields: Set(event.disclosure.merging.filter { !$0.value.isEmpty }.keys),
        commitmentQuestions: Set(Commitment.questions(of: event.records.evaluation)),
        threshold: event.records.plan.event.disclosure.threshold)
    }
  }

  /// The first of the items of each id, as the events list them.
  static func firstOfEachID<Item>(_ items: [Item], id: (Item) -> String) -> [String: Item] {
    var first: [String: Item] = [:]
    for item in items where first[id(item)] == nil { first[id(item)] = item }
    return first
  }

  /// Where each cell is (by year, figure, scope, field and group), and the cells of each year,
  /// figure and scope in order.
  static func positions(of values: [PublishedNetworkValue]) -> (index: [CellKey: Int], tables: [CellKey: [Int]]) {
    var index: [CellKey: Int] = [:]
    var tables: [CellKey: [Int]] = [:]
    index.reserveCapacity(values.count)
    for (position, cell) in values.enumerated() {
      let value = cell.value
      index[CellKey(value.year, value.indicator, value.scope, value.disaggregation, value.group)] = position
      tables[CellKey(value.year, value.indicator, value.scope), default: []].append(position)
    }
    return (index, tables)
  }

  /// What `first` and `second` give, computed at the same time (on two cores where there are).
  static func both<First: Sendable, Second: Sendable>(
    _ first: @Sendable () -> First, _ second: @Sendable () -> Second
  ) -> (First, Second) {
    let sides = ParallelMap.map([true, false]) { isFirst -> Side<First, Second> in
      isFirst ? .first(first()) : .second(second())
    }
    guard case .first(let one) = sides[0], case .second(let two) = sides[1] else {
      preconditionFailure("each side keeps its place")
    }
    return (one, two)
  }

  /// One of the two results of `both`.
  enum Side<First: Sendable, Second: Sendable>: Sendable {
    case first(First)
    case second(Second)
  }

  /// Where a cell is found: its year, figure, scope and group (none for a whole table).
  struct CellKey: Hashable, Sendable {
    var year: Int
    var indicator: String
    var scope: String
    var disaggregation: String
    var group: String

    init(_ year: Int, _ indicator: String, _ scope: String, _ disaggregation: String = "", _ group: String = "") {
      self.year = year
      self.indicator = indicator
      self.scope = scope
      self.disaggregation = disaggregation
      self.group = group
    }
  }

  /// One cell, or nil when there is none.
  public func cell(
    year: Int, indicator: String, scope: String = NetworkValue.network, disaggregation: String = "total",
    group: String = "all"
  ) -> PublishedNetworkValue? {
    index[CellKey(year, indicator, scope, disaggregation, group)].map { values[$0] }
  }

  /// The rows of one indicator (or city figure) in one year and scope: total first.
  public func cells(year: Int, indicator: String, scope: String = NetworkValue.network) -> [PublishedNetworkValue] {
    (tables[CellKey(year, indicator, scope)] ?? []).map { values[$0] }
  }

  /// The framework's cells, the cells that leave in `indicators.csv`.
  public var frameworkValues: [PublishedNetworkValue] {
    let ids = Set(framework.indicators.map(\.id))
    return values.filter { $0.value.scope == NetworkValue.network && ids.contains($0.value.indicator) }
  }

  /// The city records' cells (the network's rows, which the cities add up to, included).
  public var cityValues: [PublishedNetworkValue] {
    let ids = Set(framework.indicators.map(\.id))
    return values.filter { $0.value.scope != NetworkValue.network || !ids.contains($0.value.indicator) }
  }

  /// True when the year's value meets its target (by the measure's direction), nil when
  /// there is no target or the value is hidden.
  public func meetsTarget(_ indicator: FrameworkIndicator, year: Int) -> Bool? {
    guard let target = indicator.targets[year], let value = cell(year: year, indicator: indicator.id)?.shownValue
    else { return nil }
    return indicator.measure.lowerIsBetter ? value <= target : value >= target
  }
}
