import ConveneCore
import ConveneEvaluation

/// The suppression of one year's cells about people: each city published by
/// `DisclosureControl` like an event, the network like their roll-up, and further groups
/// hidden (as if an earlier report had hidden them) until no relation between the cities and
/// the network gives a small hidden cell away.
struct NetworkYearDisclosure {
  typealias Pattern = DisclosureControl.Pattern

  let policy: DisclosurePolicy
  /// The fields whose residual groups are merged in every scope of the year: where one is
  /// small in some scope, and wherever an event of the year published them merged.
  let merged: Set<String>
  /// Each scope's cells, residual groups merged.
  let cells: [String: [IndicatorValue]]
  /// The city scopes (member cities and the other cities), in order.
  let cities: [String]
  /// Each indicator's fields, in order.
  let definitions: [IndicatorDefinition]
  /// Each table's total (scope and indicator), for what a row of it is.
  let totals: [String: NetworkValue]
  /// What the network hides because the year's events hid it in their own reports.
  let eventsPattern: Pattern
  /// Each member city's groups (`region`, `country`, `city_size`), by scope.
  let cityGroups: [String: [String: String]]
  /// The least each group of the network's people who took part holds, by field and group.
  let floors: [String: [String: Int]]
  /// What each city hides from the start for its groups at the year's events.
  let cityEvents: [String: Pattern]
  /// The sums of the year's events over their cities' groups (`CityEventGroups.Block`).
  let blocks: [CityEventGroups.Block]
  /// Who of each city took part at each event, and the officials named there.
  let attendance: CityEventGroups.Attendance
  /// The figures of some of the people of the events' sums (`SubsetBounds`).
  let subsets: SubsetBounds.Index

  init(
    _ values: [NetworkValue], policy: DisclosurePolicy, events: [NetworkDisclosure.EventPattern] = [],
    cityGroups: [String: [String: String]] = [:], cityEvents: [String: Pattern] = [:],
    blocks: [CityEventGroups.Block] = [], attendance: CityEventGroups.Attendance = .init(),
    subsets: SubsetBounds.Index = [:]
  ) {
    self.subsets = subsets
    self.policy = policy
    self.cityGroups = cityGroups
    self.cityEvents = cityEvents
    self.blocks = blocks
    self.attendance = attendance
    var byScope: [String: [IndicatorValue]] = [:]
    var scopes: [String] = []
    var fields: [String: [String]] = [:]
    var indicators: [String] = []
    var totals: [String: NetworkValue] = [:]
    for value in values {
      if byScope[value.scope] == nil { scopes.append(value.scope) }
      byScope[value.scope, default: []].append(NetworkDisclosure.indicatorValue(value))
      if fields[value.indicator] == nil { indicators.append(value.indicator) }
      if value.isTotal {
        totals[Self.key(value.scope, value.indicator)] = value
        fields[value.indicator, default: []] += []
      } else if !(fields[value.indicator] ?? []).contains(value.disaggregation) {
        fields[value.indicator, default: []].append(value.disaggregation)
      }
    }
    let merged = DisclosureControl.residualFields(byScope.values.flatMap { $0 }, policy: policy)
      .union(events.flatMap(\.mergedFields))
    self.merged = merged
    cells = byScope.mapValues { DisclosureControl.mergeResidualGroups($0, fields: merged, policy: policy) }
    cities = scopes.filter { $0 != NetworkValue.network }
    definitions = indicators.map { id in
      IndicatorDefinition(id: id, label: [:], measure: .registered, disaggregations: fields[id] ?? [])
    }
    self.totals = totals
    let answers = Set(values.compactMap(\.numeratorPopulation).filter { $0.hasPrefix("answer:") })
    eventsPattern = Self.pattern(of: events, merged: merged, policy: policy, answers: answers)
    floors = Self.floors(cities, cells: cells, groups: cityGroups)
  }

  /// The groups the events' reports hid, as the network's populations and groups
  /// (`EventPattern.networkPopulations`, `answers` the network's shares' answer populations);
  /// residual groups as the network merges them.
  static func pattern(
    of events: [NetworkDisclosure.EventPattern], merged: Set<String>, policy: DisclosurePolicy,
    answers: Set<String> = []
  ) -> Pattern {
    let residual = Set(policy.residualGroups)
    var result = Pattern()
    for event in events {
      for (population, fields) in event.pattern.hidden {
        for target in event.networkPopulations(of: population, answers: answers) {
          guard !event.pattern.hidesWhole(population) else {
            result.hideWhole(target)
            continue
          }
          for (field, groups) in fields {
            var mapped = Set<String>()
            for group in groups {
              let isResidual = residual.contains(group) || group == DisclosureControl.mergedGroup
              if merged.contains(field) && isResidual {
                mapped.insert(DisclosureControl.mergedGroup)
              } else if group == DisclosureControl.mergedGroup {
                mapped.formUnion(residual)
              } else {
                mapped.insert(group)
              }
            }
            result.hidden[target, default: [:]][field, default: []].formUnion(mapped)
          }
        }
      }
    }
    return result
  }

  static func key(_ scope: String, _ indicator: String) -> String { scope + "\u{1F}" + indicator }

  /// Every cell of the year, published.
  func publish() -> [PublishedNetworkValue] { publishWithOfficials().rows }

  /// Every cell of the year, published, and the cities' events whose officials their records
  /// do not name (`NetworkPins.withheldKey`): where nothing left to hide would keep the
  /// officials named from narrowing another city of the country to a small group.
  func publishWithOfficials() -> (rows: [PublishedNetworkValue], withheld: Set<String>) {
    var withheld = Set<String>()
    var earlier = cityEvents
    // What earlier network reports hid of the network's own cells, beside what the events hid.
    earlier[NetworkValue.network] = eventsPattern.union(cityEvents[NetworkValue.network] ?? Pattern())
    var publications: [String: DisclosureControl.EventPublication] = [:]
    var changed = Set(cities + [NetworkValue.network])
    // Each round hides more groups, never fewer, so this ends.
    while true {
      for scope in cities where changed.contains(scope) {
        publications[scope] = publish(scope, earlier: earlier[scope] ?? Pattern())
      }
      var network = earlier[NetworkValue.network] ?? Pattern()
      for scope in cities {
        let pattern = publications[scope]!.pattern
        for (population, fields) in pattern.hidden where !pattern.hidesWhole(population) {
          for (field, groups) in fields {
            network.hidden[population, default: [:]][field, default: []].formUnion(groups)
          }
        }
      }
      if publications[NetworkValue.network] == nil || changed.contains(NetworkValue.network)
        || network != (earlier[NetworkValue.network] ?? Pattern())
      {
        earlier[NetworkValue.network] = network
        if cells[NetworkValue.network] != nil {
          publications[NetworkValue.network] = publish(NetworkValue.network, earlier: network)
        }
      }
      let rows = self.rows(publications)
      let finder = NetworkPins(
        rows: rows, threshold: policy.threshold, cities: Set(cities),
        citySizes: cityGroups.compactMapValues { $0["city_size"] }, blocks: blocks, attendance: attendance,
        withheld: withheld, subsets: subsets)
      let pins = finder.find()
      changed = []
      for pin in pins {
        var pattern = earlier[pin.scope] ?? Pattern()
        let population = NetworkDisclosure.populations(pin.identity).n
        if pin.field == Pattern.wholeField {
          guard !pattern.hidesWhole(population) else { continue }
          pattern.hideWhole(population)
        } else {
          guard pattern.hidden[population]?[pin.field]?.contains(pin.group) != true else { continue }
          pattern.hidden[population, default: [:]][pin.field, default: []].insert(pin.group)
        }
        earlier[pin.scope] = pattern
        changed.insert(pin.scope)
      }
      if changed.isEmpty {
        let more = finder.withholdings()
        if more.isEmpty { return (rows, withheld) }
        withheld.formUnion(more)
      }
    }
  }

  /// One scope's cells published under what must be hidden besides its own small groups; the
  /// network's knowing the least each group of those who took part holds (`floors`). The
  /// cells come merged: the merging is passed on so that a merged group hidden earlier (by an
  /// event's report, a city, a pin) stays hidden rather than standing for residual groups
  /// that are no longer there.
  func publish(_ scope: String, earlier: Pattern) -> DisclosureControl.EventPublication {
    DisclosureControl.publish(
      cells[scope] ?? [],
      DisclosureControl.Context(
        policy: policy, indicators: definitions, earlier: earlier,
        merging: Dictionary(uniqueKeysWithValues: merged.map { ($0, Set(policy.residualGroups)) }),
        floors: scope == NetworkValue.network ? [NetworkDisclosure.tookPart: floors] : [:]))
  }

  /// The least each group of the network's people who took part can be taken to hold: one
  /// person per member city of it that took part (a reader sees which did: their records),
  /// and the people of it that a figure of feedback counts (everyone who responded took part),
  /// shown or not, since other cells may give them.
  static func floors(_ cities: [String], cells: [String: [IndicatorValue]], groups cityGroups: [String: [String: String]])
    -> [String: [String: Int]]
  {
    var result: [String: [String: Int]] = [:]
    for scope in cities {
      guard let groups = cityGroups[scope],
        let total = cells[scope]?.first(where: { $0.isTotal && $0.population == NetworkDisclosure.tookPart }),
        total.n > 0
      else { continue }
      for (field, group) in groups where !group.isEmpty { result[field, default: [:]][group, default: 0] += 1 }
    }
    for cell in cells[NetworkValue.network] ?? []
    where cell.isFieldGroup && Population.source(cell.population) == .feedback {
      result[cell.disaggregation, default: [:]][cell.group] = max(
        result[cell.disaggregation]?[cell.group] ?? 0, cell.n)
    }
    return result
  }

  /// The published cells as the network's, with hidden rows added for the groups of the
  /// network's table in a city whose whole figure is hidden (so that its people could be in
  /// any group).
  func rows(_ publications: [String: DisclosureControl.EventPublication]) -> [PublishedNetworkValue] {
    var rows: [PublishedNetworkValue] = []
    var networkGroups: [String: [(String, String)]] = [:]
    for cell in publications[NetworkValue.network]?.values ?? [] where cell.value.isFieldGroup {
      networkGroups[cell.value.indicator, default: []].append((cell.value.disaggregation, cell.value.group))
    }
    for scope in [NetworkValue.network] + cities {
      guard let publication = publications[scope] else { continue }
      var present = Set<String>()
      for cell in publication.values {
        rows.append(PublishedNetworkValue(value: networkValue(cell.value, scope: scope), suppression: cell.suppression))
        present.insert(Self.key(cell.value.indicator, cell.value.disaggregation + "\u{1F}" + cell.value.group))
      }
      guard scope != NetworkValue.network else { continue }
      for total in publication.values where total.value.isTotal && total.isCountHidden {
        for (field, group) in networkGroups[total.value.indicator] ?? []
        where !present.contains(Self.key(total.value.indicator, field + "\u{1F}" + group)) {
          var row = networkValue(total.value, scope: scope)
          (row.disaggregation, row.group, row.value, row.n, row.target) = (field, group, nil, 0, nil)
          row.numerator = row.numerator == nil ? nil : 0
          rows.append(PublishedNetworkValue(value: row, suppression: .cell))
        }
      }
    }
    return rows
  }

  /// A published cell back as the network's.
  func networkValue(_ cell: IndicatorValue, scope: String) -> NetworkValue {
    let total = totals[Self.key(scope, cell.indicator)]!
    return NetworkValue(
      year: total.year, indicator: cell.indicator, scope: scope, disaggregation: cell.disaggregation,
      group: cell.group, value: cell.value, n: cell.n, numerator: cell.numerator,
      target: cell.isTotal ? total.target : nil, kind: total.kind, isAboutPeople: true,
      identity: total.identity)
  }
}
