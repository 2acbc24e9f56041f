import ConveneCore
import ConveneEvaluation

/// One member city's engagement over time (or that of the people from no member city).
public struct CityRecord: Sendable, Equatable {
  /// One year of it.
  public struct Year: Sendable, Equatable {
    /// The year.
    public var year: Int
    /// The events people from the city took part in.
    public var events: [String]
    /// Officials (mayors and local officials) who took part and agreed to be named, with their
    /// title and the events.
    public var officials: [Official]

    /// Creates a year.
    public init(year: Int, events: [String] = [], officials: [Official] = []) {
      self.year = year
      self.events = events
      self.officials = officials
    }
  }

  /// A named official.
  public struct Official: Sendable, Equatable {
    /// The name, as they spell it.
    public var name: String
    /// Their title.
    public var title: String
    /// The events they took part in that year.
    public var events: [String]
    /// Their category (`mayor`, `local-official`): the city's cell of it counts them.
    public var category = ""
  }

  /// `NetworkValue.scope` of its cells: the city's id, or `other-cities`.
  public var scope: String
  /// The member city, or nil for the people from no member city.
  public var city: MemberCity?
  /// The years with any engagement, in order.
  public var years: [Year]
}

extension CityRecord {
  /// The record without naming its officials at the events of `withheld` (by year and scope,
  /// positions in `eventIDs`): their names there would tell a reader that so many people of
  /// the city took part, narrowing another of its country's groups to a small one.
  func withholdingOfficials(_ withheld: [Int: [String: Set<Int>]], eventIDs: [String]) -> CityRecord {
    var copy = self
    for index in copy.years.indices {
      guard let events = withheld[copy.years[index].year]?[scope] else { continue }
      let hidden = Set(events.map { eventIDs[$0] })
      copy.years[index].officials = copy.years[index].officials.compactMap { official in
        var kept = official
        kept.events.removeAll(where: hidden.contains)
        return kept.events.isEmpty ? nil : kept
      }
    }
    return copy
  }
}

/// Computes the city records: per city and year, who took part (by category), commitments
/// and their follow-up (by status), feedback means, and help-desk requests; and the same for
/// the whole network, which the cities add up to.
public struct CityRecordCalculator: Sendable {
  /// The categories whose members are named (with consent) in a city's record.
  static let officialCategories: Set<String> = ["mayor", "local-official"]

  /// The figures of a city record, as `NetworkValue.indicator` (`city:` keeps them apart
  /// from the framework's ids, which cannot hold a colon).
  public enum Figure {
    public static let participants = "city:participants"
    public static let commitments = "city:commitments"
    public static let followedUp = "city:followed-up"
    public static let requests = "city:requests"
    public static let requestsResolved = "city:requests-resolved"
    public static let daysToResolve = "city:days-to-resolve"
    public static func mean(_ question: String) -> String { "city:mean:\(question)" }

    /// What the figure's number is (`participants`, `mean:satisfaction`), to meet the
    /// framework indicators that compute the same.
    static func identity(_ figure: String) -> String { String(figure.dropFirst("city:".count)) }
  }

  let records: NetworkRecords
  let people: [NetworkPerson]
  /// The scale questions of the events, by id, in the order first met.
  let scaleQuestions: [String]
  /// The questions whose means count those who answered both of a change's questions.
  let pairs: [String: (before: String, after: String)]
  let years: [Int]
  let eventIDs: [String]

  init(records: NetworkRecords, people: NetworkPeople) {
    self.records = records
    self.people = people.people
    years = records.years
    eventIDs = records.events.map(\.id)
    var seen = Set<String>()
    scaleQuestions = records.events.flatMap(\.records.evaluation.questions).filter {
      $0.kind == .scale && !$0.perSession && $0.profileField == nil
    }.map(\.id).filter { seen.insert($0).inserted }
    pairs = records.changePairs
  }

  /// The cells of every city record and of the network they add up to, and the records.
  func compute() -> (values: [NetworkValue], records: [CityRecord]) {
    var values: [NetworkValue] = []
    var result: [CityRecord] = []
    let byScope = Dictionary(grouping: people) { $0.city ?? NetworkValue.otherCities }
    let requestsByCity = Dictionary(grouping: records.requests, by: \.city)
    let byYear = Dictionary(grouping: people, by: \.year)
    var listings: [Int: Listing] = [:]
    for year in years {
      let network = peopleCells(byYear[year] ?? [], year: year, scope: NetworkValue.network)
      listings[year] = Self.listing(of: network)
      values += network
    }
    let scopes: [(String, MemberCity?)] = records.cities.map { ($0.id, $0) } + [(NetworkValue.otherCities, nil)]
    for (scope, city) in scopes {
      let mine = byScope[scope] ?? []
      let requests = requestsByCity[scope] ?? []
      var summaries: [CityRecord.Year] = []
      let mineByYear = Dictionary(grouping: mine, by: \.year)
      let askedByYear = Dictionary(grouping: requests, by: \.date.year)
      for year in years {
        let inYear = mineByYear[year] ?? []
        // A city's record counts its requests only in the years it is a member.
        let asked = city.map { $0.isMember(in: year) } == true ? askedByYear[year] ?? [] : []
        guard !inYear.isEmpty || !asked.isEmpty else { continue }
        values += peopleCells(inYear, year: year, scope: scope, listing: listings[year] ?? [:])
        if city != nil { values += requestCells(asked, year: year, scope: scope) }
        summaries.append(yearSummary(inYear, year: year, listingEvents: city != nil))
      }
      if !summaries.isEmpty { result.append(CityRecord(scope: scope, city: city, years: summaries)) }
    }
    return (values, result)
  }

  /// The groups each figure's breakdowns list, by figure and field.
  typealias Listing = [String: [String: [String]]]

  /// The figures and groups the network's cells of a year list, which every city's cells of
  /// the year list too, empty ones included: a city row listing only the groups it has would
  /// say that each of them holds someone, narrowing a hidden one to 1 to its total less the
  /// others' count; a city record without a mean the network gives would say that none of its
  /// people answered, narrowing the others of its country to all the country's respondents.
  static func listing(of network: [NetworkValue]) -> Listing {
    var result: Listing = [:]
    for value in network {
      if value.isTotal {
        result[value.indicator] = result[value.indicator] ?? [:]
      } else {
        result[value.indicator, default: [:]][value.disaggregation, default: []].append(value.group)
      }
    }
    return result
  }

  /// The cells of `people` in `scope`; each breakdown lists at least the groups of `listing`.
  func peopleCells(_ people: [NetworkPerson], year: Int, scope: String, listing: Listing = [:]) -> [NetworkValue] {
    func cells(_ figure: String, _ fields: [String], _ population: [NetworkPerson], isMean: Bool = false,
      identity: String? = nil,
      compute: @escaping ([NetworkPerson]) -> Breakdown<NetworkPerson>.Figure = Breakdown.count) -> [NetworkValue]
    {
      Breakdown(fields: fields, group: Self.group, compute: compute).rows(population, listing: listing[figure] ?? [:]) {
        disaggregation, group, result in
        NetworkValue(
          year: year, indicator: figure, scope: scope, disaggregation: disaggregation, group: group,
          value: result.value, n: result.n, numerator: result.numerator, kind: isMean ? .mean : .count,
          isAboutPeople: true, identity: identity ?? Figure.identity(figure))
      }
    }
    let tookPart = people.filter(\.tookPart)
    var values = cells(Figure.participants, ["category"], tookPart)
    values += cells(Figure.commitments, [], people.filter(\.committed))
    values += cells(Figure.followedUp, ["status"], people.filter { $0.followup != nil })
    for question in scaleQuestions {
      let answered = people.filter { NetworkDisclosure.answersMean($0, question, pairs: pairs) }
      // A city that took part lists every mean of the year, one of no one too (`listing`).
      guard !answered.isEmpty || listing[Figure.mean(question)] != nil && !tookPart.isEmpty else {
        continue
      }
      let identity = NetworkDisclosure.meanIdentity(question, pairs: pairs)
      values += cells(Figure.mean(question), [], answered, isMean: true, identity: identity) {
        Breakdown.mean($0) { Double($0.answers[question] ?? "") }
      }
    }
    return values
  }

  static func group(_ person: NetworkPerson, _ field: String) -> String {
    field == "status" ? person.followup ?? "" : person.profile[field] ?? IndicatorCalculator.notGiven
  }

  func requestCells(_ requests: [HelpRequest], year: Int, scope: String) -> [NetworkValue] {
    guard !requests.isEmpty else { return [] }
    let resolved = requests.compactMap(\.daysToResolve)
    func cell(_ figure: String, _ value: Double?, _ n: Int, _ kind: NetworkMeasure.Kind) -> NetworkValue {
      NetworkValue(
        year: year, indicator: figure, scope: scope, value: value, n: n, kind: kind, isAboutPeople: false,
        identity: Figure.identity(figure))
    }
    return [
      cell(Figure.requests, Double(requests.count), requests.count, .count),
      cell(Figure.requestsResolved, Double(resolved.count), resolved.count, .count),
      cell(
        Figure.daysToResolve,
        resolved.isEmpty ? nil : Double(resolved.reduce(0, +)) / Double(resolved.count), resolved.count, .mean),
    ]
  }

  /// Who a named official is (name and e-mail) when `person` is a mayor or local official who
  /// agreed to be named, else nil.
  static func namedOfficial(_ person: NetworkPerson) -> String? {
    guard let participant = person.participant, participant.publishName,
      officialCategories.contains(participant.category)
    else { return nil }
    return participant.name.folded + "|" + participant.email
  }

  /// The events `people` took part in (none unless `listingEvents`) and the officials among
  /// them. The record of the people from no member city lists no events: an event missing
  /// from it would say that none of them came, and with the member cities' records that the
  /// event's hidden country rows of those who came hold all of its people from member cities.
  func yearSummary(_ people: [NetworkPerson], year: Int, listingEvents: Bool = true) -> CityRecord.Year {
    let took = people.filter(\.tookPart)
    let events = listingEvents ? Set(took.map(\.event)).sorted().map { eventIDs[$0] } : []
    var officials: [String: CityRecord.Official] = [:]
    var order: [String] = []
    for person in took {
      guard let key = Self.namedOfficial(person), let participant = person.participant else { continue }
      if officials[key] == nil {
        order.append(key)
        officials[key] = CityRecord.Official(
          name: participant.name, title: participant.title, events: [], category: participant.category)
      }
      officials[key]!.events.append(eventIDs[person.event])
    }
    return CityRecord.Year(year: year, events: events, officials: order.map { officials[$0]! })
  }
}
