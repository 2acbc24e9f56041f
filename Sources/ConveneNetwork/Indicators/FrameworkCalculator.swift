import ConveneCore
import ConveneEvaluation

/// Computes the indicators of the results framework, year by year, exactly.
struct FrameworkCalculator {
  let records: NetworkRecords
  let people: [NetworkPerson]
  let peopleByYear: [Int: [NetworkPerson]]
  let cities: [String: MemberCity]
  /// The questions whose means count those who answered both of a change's questions.
  let pairs: [String: (before: String, after: String)]

  init(records: NetworkRecords, people: NetworkPeople) {
    self.records = records
    self.people = people.people
    peopleByYear = Dictionary(grouping: people.people, by: \.year)
    cities = Dictionary(records.cities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    pairs = records.changePairs
  }

  /// What an indicator's number is, whoever computes it.
  static func identity(_ indicator: FrameworkIndicator, pairs: [String: (before: String, after: String)]) -> String {
    switch indicator.measure {
    case .mean: NetworkDisclosure.meanIdentity(indicator.question ?? "", pairs: pairs)
    case .share: "share:\(indicator.question ?? "")=\(indicator.answers.sorted().joined(separator: "|"))"
    case .resolvedWithin: "resolved-within:\(indicator.days ?? 0)"
    default: indicator.measure.rawValue
    }
  }

  /// Every cell of `indicator` for `year`: the total (with the year's target), then each group.
  func values(_ indicator: FrameworkIndicator, year: Int) -> [NetworkValue] {
    let measure = indicator.measure
    func cell(_ disaggregation: String, _ group: String, _ figure: Breakdown<Any>.Figure) -> NetworkValue {
      NetworkValue(
        year: year, indicator: indicator.id, disaggregation: disaggregation, group: group,
        value: figure.value, n: figure.n, numerator: figure.numerator,
        target: disaggregation == "total" ? indicator.targets[year] : nil, kind: measure.kind,
        isAboutPeople: measure.unit == .people, identity: Self.identity(indicator, pairs: pairs))
    }
    switch measure.unit {
    case .people:
      let (population, compute) = peopleFigure(indicator, year: year)
      let sizes = participantGroups(year, fields: indicator.disaggregations)
      let listing = registeredGroups(year, fields: indicator.disaggregations)
      return Breakdown(fields: indicator.disaggregations, group: Self.personGroup, compute: compute)
        .rows(population, listing: listing) { field, group, figure in
          var row = cell(field, group, figure)
          if field != "total" { row.participantsInGroup = sizes[field]?[group] ?? 0 }
          return row
        }
    case .cities:
      let (population, compute) = cityFigure(measure, year: year)
      let rows = Breakdown(fields: indicator.disaggregations, group: Self.cityGroup, compute: compute)
        .rows(population) { cell($0, $1, $2) }
      return measure == .citiesActing ? withPeopleBehind(rows, cities: population, year: year) : rows
    case .requests:
      let (population, compute) = requestFigure(indicator, year: year)
      return Breakdown(fields: indicator.disaggregations, group: requestGroup, compute: compute)
        .rows(population) { cell($0, $1, $2) }
    case .events:
      let events = records.events.filter { $0.year == year }
      return Breakdown(
        fields: indicator.disaggregations, group: { event, _ in event.records.plan.event.kind.rawValue },
        compute: Breakdown.count
      ).rows(events) { cell($0, $1, $2) }
    }
  }

  /// How many of the people who took part in `year` each group of each of `fields` holds: a
  /// row of no one is shown where its group holds the threshold or more.
  func participantGroups(_ year: Int, fields: [String]) -> [String: [String: Int]] {
    var sizes: [String: [String: Int]] = [:]
    for person in peopleByYear[year] ?? [] where person.tookPart {
      for field in fields { sizes[field, default: [:]][Self.personGroup(person, field), default: 0] += 1 }
    }
    return sizes
  }

  /// The groups of each of `fields` that hold someone registered (or who took part) in
  /// `year`: the groups every breakdown of people lists, as an event's breakdowns list the
  /// registered's, so that a row missing says no more than the events' own reports do (a
  /// `not-given` city size missing from who took part, beside an event that hid the country
  /// of its one registered person from no member city, would say that she did not come).
  func registeredGroups(_ year: Int, fields: [String]) -> [String: [String]] {
    var groups: [String: Set<String>] = [:]
    for person in peopleByYear[year] ?? [] where person.registered || person.tookPart {
      for field in fields { groups[field, default: []].insert(Self.personGroup(person, field)) }
    }
    return groups.mapValues { $0.sorted() }
  }

  static func personGroup(_ person: NetworkPerson, _ field: String) -> String {
    person.profile[field] ?? IndicatorCalculator.notGiven
  }

  /// The people a measure is taken over in `year`, and what a group of them gives.
  func peopleFigure(_ indicator: FrameworkIndicator, year: Int) -> (
    [NetworkPerson], ([NetworkPerson]) -> Breakdown<NetworkPerson>.Figure
  ) {
    let all = peopleByYear[year] ?? []
    let question = indicator.question ?? ""
    switch indicator.measure {
    case .registered: return (all.filter(\.registered), Breakdown.count)
    case .confirmed: return (all.filter(\.confirmed), Breakdown.count)
    case .attended: return (all.filter(\.attended), Breakdown.count)
    case .participants: return (all.filter(\.tookPart), Breakdown.count)
    case .responses: return (all.filter(\.responded), Breakdown.count)
    case .commitments: return (all.filter(\.committed), Breakdown.count)
    case .followedUp: return (all.filter { $0.followup != nil }, Breakdown.count)
    case .actedUpon: return (all.filter(\.actedUpon), Breakdown.count)
    case .followupRate: return (all.filter(\.committed), { Breakdown.share($0) { $0.followup != nil } })
    case .actedUponShare: return (all.filter { $0.followup != nil }, { Breakdown.share($0, \.actedUpon) })
    case .mean:
      let answered = all.filter { NetworkDisclosure.answersMean($0, question, pairs: pairs) }
      return (answered, { Breakdown.mean($0) { Double($0.answers[question] ?? "") } })
    case .share:
      let counted = Set(indicator.answers)
      let answered = all.filter { !($0.answers[question] ?? "").isEmpty }
      return (answered, { Breakdown.share($0) { counted.contains($0.answers[question] ?? "") } })
    default: return ([], Breakdown.count)
    }
  }

  /// The member cities of `year` and what a group of them gives.
  func cityFigure(_ measure: NetworkMeasure, year: Int) -> (
    [MemberCity], ([MemberCity]) -> Breakdown<MemberCity>.Figure
  ) {
    let members = records.cities.filter { $0.isMember(in: year) }
    let people = peopleByYear[year] ?? []
    let engaged = Set(people.filter(\.tookPart).compactMap(\.city))
    let acting = Set(people.filter(\.actedUpon).compactMap(\.city))
    switch measure {
    case .memberCities: return (members, Breakdown.count)
    case .citiesEngaged: return (members.filter { engaged.contains($0.id) }, Breakdown.count)
    case .citiesEngagedShare: return (members, { Breakdown.share($0) { engaged.contains($0.id) } })
    default: return (members.filter { acting.contains($0.id) }, Breakdown.count)
    }
  }

  /// The cells of a count of cities acting, each with the fewest people acting in any city
  /// it counts.
  func withPeopleBehind(_ rows: [NetworkValue], cities: [MemberCity], year: Int) -> [NetworkValue] {
    var acting: [String: Int] = [:]
    for person in peopleByYear[year] ?? [] where person.actedUpon {
      if let city = person.city { acting[city, default: 0] += 1 }
    }
    return rows.map { row in
      var row = row
      row.fewestBehind =
        cities.filter { row.isTotal || Self.cityGroup($0, row.disaggregation) == row.group }
        .map { acting[$0.id] ?? 0 }.min()
      return row
    }
  }

  static func cityGroup(_ city: MemberCity, _ field: String) -> String {
    switch field {
    case "region": city.region.isEmpty ? IndicatorCalculator.notGiven : city.region
    case "country": city.country
    default: city.size
    }
  }

  /// The requests received in `year` and what a group of them gives.
  func requestFigure(_ indicator: FrameworkIndicator, year: Int) -> (
    [HelpRequest], ([HelpRequest]) -> Breakdown<HelpRequest>.Figure
  ) {
    let received = records.requests.filter { $0.date.year == year }
    switch indicator.measure {
    case .requests: return (received, Breakdown.count)
    case .requestsResolved: return (received.filter { $0.status == .resolved }, Breakdown.count)
    case .daysToResolve:
      return (received.filter { $0.daysToResolve != nil }, { Breakdown.mean($0) { $0.daysToResolve.map(Double.init) } })
    default:
      let days = indicator.days ?? 0
      return (received, { Breakdown.share($0) { ($0.daysToResolve ?? Int.max) <= days } })
    }
  }

  func requestGroup(_ request: HelpRequest, _ field: String) -> String {
    if field == "topic" { return request.topic.trimmed.lowercased() }
    guard let city = cities[request.city] else { return IndicatorCalculator.notGiven }
    return Self.cityGroup(city, field)
  }
}
