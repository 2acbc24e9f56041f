import ConveneCore
import ConveneEvaluation

/// The people of one city (a member city, or the people from no member city) at one event: the
/// city×event group, the unit behind every city row. A city's cell of a year adds up its
/// groups at the year's events, and an event's own cell of a country, a region or a category
/// adds up the groups of its cities there. So a group of 1 to threshold − 1 people is a small
/// cell that no report shows but that two published numbers could give: a city row minus an
/// event's own cell, or the city rows of two network folders over different sets of the same
/// events. Hence, in every network folder alike:
/// - a city's cell is hidden when any of its groups at the year's events holds 1 to
///   threshold − 1 people (the city's whole figure when the group's total is small);
/// - a city's figure is hidden whole when one of its events hid, in its own report, the
///   country or region of some of its people there (a city alone in its country at an event
///   *is* that event's country cell);
/// - at an event, a sum its report shows (the people of a country, of a category) never has
///   exactly one of its cities hidden, nor hidden ones that the others' least would narrow to
///   1 to threshold − 1 (`blocks`, repaired by `NetworkPins`): the others' groups, which
///   other folders may show, would leave it. The people of a country or region from no member
///   city are a group of their own there, which no report shows.
struct CityEventGroups: Sendable {
  /// The groups of one event in one published sum: a city figure's group (`field`, `group`),
  /// or its total (`total`, `all`) over the cities of one country or region: its member cities
  /// and its people from no member city (`rest`, counted in figures the event's own report
  /// shows by country and region: who took part, who made a commitment, who answered a
  /// question).
  struct Block: Sendable {
    /// The event's position in `NetworkRecords.events`.
    var event: Int
    var identity: String
    var field: String
    var group: String
    /// The country or region it sums over (`country=CI`), empty for a figure's group.
    var place: String = ""
    /// The scopes with anyone in it, and how many.
    var parts: [(scope: String, n: Int)]
  }

  /// Who of each city took part at each event of a year, and the officials its record names.
  struct Attendance: Sendable {
    /// People who took part, by scope and event.
    var tookPart: [String: [Int: Int]] = [:]
    /// Officials named, by scope and event.
    var officials: [String: [Int: Int]] = [:]
    /// Officials named in the year (each once), by scope.
    var named: [String: Int] = [:]
  }

  /// What each city's cells hide from the start, by year and scope.
  var patterns: [Int: [String: DisclosureControl.Pattern]] = [:]
  /// The blocks of each year's events.
  var blocks: [Int: [Block]] = [:]
  /// Who took part, by year.
  var attendance: [Int: Attendance] = [:]
  /// The figures of some of the people of the year's events' sums, by year (`SubsetBounds`).
  var subsets: [Int: SubsetBounds.Index] = [:]

  /// The fields whose groups an event's own report shows and a member city belongs to whole.
  static let places = ["country", "region"]

  /// The part of a block that holds the people of a country or region (`place`, such as
  /// `country=CI`) from no member city.
  static func rest(_ place: String) -> String { NetworkValue.otherCities + "\u{1F}" + place }

  /// True for a part of the people from no member city of one country.
  static func isRest(_ scope: String) -> Bool { scope.hasPrefix(NetworkValue.otherCities + "\u{1F}") }

  init() {}

  /// The groups of `people` (matched to `cityGroups`' cities), their cells as `calculator`
  /// computes a city's, hidden where they hold fewer than `threshold` or where `events` (in
  /// the order of the people's `event`) hid their people.
  init(
    people: [NetworkPerson], calculator: CityRecordCalculator, events: [NetworkDisclosure.EventPattern],
    cityGroups: [String: [String: String]], threshold: Int
  ) {
    let byGroup = Dictionary(grouping: people) { GroupKey(event: $0.event, scope: $0.city ?? NetworkValue.otherCities) }
    var sums: [String: Block] = [:]
    var named: [Int: [String: Set<String>]] = [:]
    let small = Self.shownSmall(people, events: events, threshold: threshold)
    for key in byGroup.keys.sorted() {
      let members = byGroup[key]!
      let year = members[0].year
      named[year, default: [:]][key.scope, default: []].formUnion(recordAttendance(key, members))
      if key.scope == NetworkValue.otherCities {
        Self.addPlaces(of: members, key, calculator: calculator, to: &sums)
      }
      hideSmallCells(key, members, calculator: calculator, cityGroups: cityGroups, threshold: threshold, sums: &sums)
      if key.event < events.count {
        hideWhatTheEventPublished(events[key.event], key, members, small: small[key.event], calculator: calculator)
      }
    }
    for (year, scopes) in named {
      attendance[year, default: Attendance()].named = scopes.mapValues(\.count)
    }
    keep(sums)
  }

  /// Records who of `key`'s city took part at its event, and the officials named there;
  /// returns who those officials are.
  mutating func recordAttendance(_ key: GroupKey, _ members: [NetworkPerson]) -> [String] {
    let year = members[0].year
    let took = members.filter(\.tookPart)
    let officials = took.compactMap(CityRecordCalculator.namedOfficial)
    attendance[year, default: Attendance()].tookPart[key.scope, default: [:]][key.event] = took.count
    attendance[year, default: Attendance()].officials[key.scope, default: [:]][key.event] = officials.count
    return officials
  }

  /// Adds the people from no member city of each country and region at `key`'s event to the
  /// event's sums of that place, as a part of their own (`rest`).
  static func addPlaces(
    of members: [NetworkPerson], _ key: GroupKey, calculator: CityRecordCalculator, to sums: inout [String: Block]
  ) {
    let year = members[0].year
    for field in places {
      for (name, compatriots) in Dictionary(grouping: members, by: { $0.profile[field] ?? "" })
      where !name.isEmpty && name != IndicatorCalculator.notGiven {
        for cell in calculator.peopleCells(compatriots, year: year, scope: key.scope)
        where cell.isTotal && cell.n > 0 && cell.identity != NetworkMeasure.followedUp.rawValue {
          add(cell, event: key.event, part: rest(field + "=" + name), place: field + "=" + name, to: &sums)
        }
      }
    }
  }

  /// Hides the cells of `key`'s city that count 1 to `threshold` − 1 people (or whose
  /// numerator does), and adds its cells to the event's sums: a group to its figure's, a total
  /// to its country's and region's.
  mutating func hideSmallCells(
    _ key: GroupKey, _ members: [NetworkPerson], calculator: CityRecordCalculator,
    cityGroups: [String: [String: String]], threshold: Int, sums: inout [String: Block]
  ) {
    let year = members[0].year
    for cell in calculator.peopleCells(members, year: year, scope: key.scope) where cell.n > 0 {
      let population = NetworkDisclosure.populations(cell.identity).n
      if cell.n < threshold || cell.numerator.map({ $0 > 0 && $0 < threshold }) == true {
        Self.hide(&patterns[year, default: [:]][key.scope, default: .init()], population, cell)
      }
      guard cell.isTotal else {
        Self.add(cell, event: key.event, part: key.scope, place: "", to: &sums)
        continue
      }
      guard key.scope != NetworkValue.otherCities else { continue }
      for field in Self.places {
        Self.add(cell, event: key.event, part: key.scope, place: field + "=" + (cityGroups[key.scope]?[field] ?? ""), to: &sums)
      }
    }
  }

  /// Adds `cell` as the part `part` of its event's sum over `place` (none for a figure's group).
  static func add(_ cell: NetworkValue, event: Int, part: String, place: String, to sums: inout [String: Block]) {
    let name = [String(cell.year), String(event), cell.identity, cell.disaggregation, cell.group, place]
      .joined(separator: "\u{1F}")
    sums[
      name, default: Block(
        event: event, identity: cell.identity, field: cell.disaggregation, group: cell.group, place: place, parts: [])
    ].parts.append((part, cell.n))
  }

  /// Keeps the sums of more than one part as the years' blocks (a sum of one city's group
  /// alone has no other city to hide with it), and those of some of the people who took part
  /// as the years' subsets, in the order of their names.
  mutating func keep(_ sums: [String: Block]) {
    for name in sums.keys.sorted() {
      let (block, year) = (sums[name]!, Int(name.prefix { $0 != "\u{1F}" })!)
      if SubsetBounds.isSubset(block) {
        subsets[year, default: [:]][SubsetBounds.key(block), default: []].append(SubsetBounds.figure(block))
      }
      if block.parts.count > 1 { blocks[year, default: []].append(block) }
    }
  }

  /// Hides in the cells of `key`'s city what its event's report hid of its people there, and,
  /// for a member city, all of it where the event showed its place small (`small`).
  mutating func hideWhatTheEventPublished(
    _ event: NetworkDisclosure.EventPattern, _ key: GroupKey, _ members: [NetworkPerson], small: [String: Set<String>]?,
    calculator: CityRecordCalculator
  ) {
    let year = members[0].year
    Self.hideWhatTheEventHid(
      event, members, pairs: calculator.pairs, fromNoMemberCity: key.scope == NetworkValue.otherCities,
      &patterns[year, default: [:]][key.scope, default: .init()])
    guard key.scope != NetworkValue.otherCities, let small else { return }
    let populations = calculator.peopleCells(members, year: year, scope: key.scope).map {
      NetworkDisclosure.populations($0.identity).n
    }
    Self.hideWhatTheEventShowedSmall(
      members, shown: small, populations: Set(populations), &patterns[year, default: [:]][key.scope, default: .init()])
  }

  struct GroupKey: Hashable, Comparable {
    var event: Int
    var scope: String
    static func < (a: Self, b: Self) -> Bool { (a.event, a.scope) < (b.event, b.scope) }
  }

  static func hide(_ pattern: inout DisclosureControl.Pattern, _ population: String, _ cell: NetworkValue) {
    if cell.isTotal {
      pattern.hideWhole(population)
    } else {
      pattern.hidden[population, default: [:]][cell.disaggregation, default: []].insert(cell.group)
    }
  }

  /// Hides in a city's cells what its event's own reports hid of its people there: the whole
  /// figure where the event hid their country or region (or the figure whole), for every
  /// population the city's cells share with the event's (`EventPattern.networkPopulations`:
  /// who took part, responded, made a commitment, answered a question); for the figures of
  /// feedback (and, for the people from no member city, of who took part), whether or not
  /// they are in it (`listsRegistered`: the event hides a country's row of no one beside its 1
  /// to 4 registered, and a city's 0 would give it). A category the event
  /// hid is left to the sums of `blocks` (hiding it in a city whose people are all of it would
  /// leave the city's breakdown out). Means count who answered (both questions of a change,
  /// `pairs`, as the network's means of them count).
  static func hideWhatTheEventHid(
    _ event: NetworkDisclosure.EventPattern, _ members: [NetworkPerson],
    pairs: [String: (before: String, after: String)], fromNoMemberCity: Bool = false,
    _ pattern: inout DisclosureControl.Pattern
  ) {
    let hidden = event.pattern
    guard !hidden.hidden.isEmpty else { return }
    let populations = hidden.hidden.keys.sorted()
    for person in members {
      for own in populations
      where Self.counts(person, own) || person.registered && Self.listsRegistered(own, event, fromNoMemberCity) {
        guard
          hidden.hidesWhole(own)
            || Self.places.contains(where: { hidden.groups(own, $0).contains(person.profile[$0] ?? "") })
        else { continue }
        for target in Self.targets(event, own, pairs: pairs) { pattern.hideWhole(target) }
      }
    }
  }

  /// True where a city's figures of `population` are hidden for a registered person whose
  /// group the event hid, whether or not she is in it: the figures of feedback; and, for the
  /// people from no member city, who took part. Their 0 beside one registered person who did
  /// not come would give the event's hidden row of her country (Quito's one, absent, beside
  /// Colombia's member cities, which then hold all who came). A member city's record says
  /// already at which events its people took part.
  static func listsRegistered(
    _ population: String, _ event: NetworkDisclosure.EventPattern, _ fromNoMemberCity: Bool
  ) -> Bool {
    Population.source(population) == .feedback
      || fromNoMemberCity && population == (event.recordedAttendance ? Population.attended : Population.confirmed)
  }

  /// The network's populations of a city's cells that count the people of the event's
  /// `population` (`EventPattern.networkPopulations`), and the mean of a question its events
  /// compare, which counts those who answered both.
  static func targets(
    _ event: NetworkDisclosure.EventPattern, _ population: String, pairs: [String: (before: String, after: String)]
  ) -> [String] {
    var targets = event.networkPopulations(of: population)
    if let questions = Population.answeredQuestions(population) {
      if questions.count > 1 {
        targets.append(population)
      } else if let pair = pairs[questions[0]] {
        targets.append(Population.answeredBoth(pair.before, pair.after))
      }
    }
    return targets
  }

  /// The groups of a country or region (`country=TT`) an event's report shows although they
  /// count 1 to `threshold` − 1, by event and place: its own threshold is lower than the
  /// network's. Who took part, responded and answered each question, as the event counts them.
  static func shownSmall(
    _ people: [NetworkPerson], events: [NetworkDisclosure.EventPattern], threshold: Int
  ) -> [Int: [String: Set<String>]] {
    var result: [Int: [String: Set<String>]] = [:]
    for (event, present) in Dictionary(grouping: people, by: \.event) where event < events.count {
      let pattern = events[event]
      guard pattern.threshold < threshold else { continue }
      let questions = Set(present.flatMap { $0.answers.filter { !$0.value.isEmpty }.keys })
      let populations =
        [pattern.recordedAttendance ? Population.attended : Population.confirmed, Population.responded]
        + questions.sorted().map(Population.answered)
      for field in Self.places {
        for (name, compatriots) in Dictionary(grouping: present, by: { $0.profile[field] ?? "" })
        where !name.isEmpty && name != IndicatorCalculator.notGiven {
          for population in populations where !pattern.pattern.hidesWhole(population) {
            let count = compatriots.filter { Self.counts($0, population) }.count
            guard count > 0, count < threshold, !pattern.pattern.groups(population, field).contains(name) else {
              continue
            }
            result[event, default: [:]][field + "=" + name, default: []].insert(population)
          }
        }
      }
    }
    return result
  }

  /// Hides a member city's figures whole (`populations`, those of its cells) where its event
  /// showed, under the network's threshold, a figure of the city's country or region that
  /// counts some of its people: such a cell is known, so any figure of the city shown to hold
  /// all of the place's people there would give its hidden figures by identity (Port of
  /// Spain's 5 at an event under threshold 3, all of Trinidad and Tobago's there, beside the
  /// event's 3 commitments from it).
  static func hideWhatTheEventShowedSmall(
    _ members: [NetworkPerson], shown: [String: Set<String>], populations: Set<String>,
    _ pattern: inout DisclosureControl.Pattern
  ) {
    let small = members.contains { person in
      Self.places.contains { field in
        (shown[field + "=" + (person.profile[field] ?? "")] ?? []).contains { Self.counts(person, $0) }
      }
    }
    guard small else { return }
    for population in populations.sorted() { pattern.hideWhole(population) }
  }

  /// True when an event's `population` counts `person`, as its report counts them: who
  /// answered a question gave any answer, who answered both questions of a change gave two
  /// whole numbers.
  static func counts(_ person: NetworkPerson, _ population: String) -> Bool {
    switch population {
    case Population.registered: return person.registered
    case Population.confirmed: return person.confirmed
    case Population.attended: return person.attended
    case Population.responded: return person.responded
    case Population.committed: return person.committed
    case Population.followedUp: return person.followup != nil
    case Population.actedUpon: return person.actedUpon
    default:
      guard let questions = Population.answeredQuestions(population) else { return false }
      if questions.count == 1 { return !(person.answers[questions[0]] ?? "").isEmpty }
      return questions.allSatisfy { Int(person.answers[$0] ?? "") != nil }
    }
  }
}
