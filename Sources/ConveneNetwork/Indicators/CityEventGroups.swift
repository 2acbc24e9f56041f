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
///   exactly one of its cities hidden (`blocks`, repaired by `NetworkPins`): the others'
///   groups, which other folders may show, would leave it.
struct CityEventGroups: Sendable {
  /// The groups of one event in one published sum: a city figure's group (`field`, `group`),
  /// or its total (`total`, `all`) over the member cities of one country (the people from no
  /// member city are left out there: hiding them leaves the country's other cities an upper
  /// bound, the country less those shown).
  struct Block: Sendable {
    var identity: String
    var field: String
    var group: String
    /// The scopes with anyone in it, and how many.
    var parts: [(scope: String, n: Int)]
  }

  /// What each city's cells hide from the start, by year and scope.
  var patterns: [Int: [String: DisclosureControl.Pattern]] = [:]
  /// The blocks of each year's events.
  var blocks: [Int: [Block]] = [:]

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
    for key in byGroup.keys.sorted() {
      let members = byGroup[key]!
      let year = members[0].year
      for cell in calculator.peopleCells(members, year: year, scope: key.scope) where cell.n > 0 {
        let population = NetworkDisclosure.populations(cell.identity).n
        if cell.n < threshold || cell.numerator.map({ $0 > 0 && $0 < threshold }) == true {
          Self.hide(&patterns[year, default: [:]][key.scope, default: .init()], population, cell)
        }
        var country = ""
        if cell.isTotal {
          guard key.scope != NetworkValue.otherCities else { continue }
          country = cityGroups[key.scope]?["country"] ?? ""
        }
        let name = [String(year), String(key.event), cell.identity, cell.disaggregation, cell.group, country]
          .joined(separator: "\u{1F}")
        sums[name, default: Block(identity: cell.identity, field: cell.disaggregation, group: cell.group, parts: [])]
          .parts.append((key.scope, cell.n))
      }
      if key.event < events.count {
        Self.hideWhatTheEventHid(events[key.event], members, &patterns[year, default: [:]][key.scope, default: .init()])
      }
    }
    // A sum of one city's group alone has no other city to hide with it.
    for name in sums.keys.sorted() where sums[name]!.parts.count > 1 {
      blocks[Int(name.prefix { $0 != "\u{1F}" })!, default: []].append(sums[name]!)
    }
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
  /// figure where the event hid their country or region (or the figure whole). A category the
  /// event hid is left to the sums of `blocks` (hiding it in a city whose people are all of
  /// it would leave the city's breakdown out). Who took part is who attended (or confirmed,
  /// without attendance records), and means count who answered.
  static func hideWhatTheEventHid(
    _ event: NetworkDisclosure.EventPattern, _ members: [NetworkPerson], _ pattern: inout DisclosureControl.Pattern
  ) {
    let hidden = event.pattern
    guard !hidden.hidden.isEmpty else { return }
    let tookPart = event.recordedAttendance ? Population.attended : Population.confirmed
    for person in members {
      var populations: [(String, String)] = []
      if person.tookPart { populations.append((tookPart, NetworkDisclosure.tookPart)) }
      if person.committed { populations.append((Population.committed, Population.committed)) }
      for question in person.answers.keys.sorted() where Double(person.answers[question]!) != nil {
        populations.append((Population.answered(question), Population.answered(question)))
      }
      for (own, target) in populations where hidden.hidden[own] != nil {
        if hidden.hidesWhole(own)
          || ["country", "region"].contains(where: { hidden.groups(own, $0).contains(person.profile[$0] ?? "") })
        {
          pattern.hideWhole(target)
        }
      }
    }
  }
}
