import ConveneCore
import ConveneEvaluation

/// One computed cell of a network report, exact (before small groups are hidden): a framework
/// indicator or a city record's figure, for one year, for the whole network or one city.
public struct NetworkValue: Sendable, Equatable {
  /// The scope of the network's own figures.
  public static let network = "network"
  /// The scope of the people from no member city (or a city not matched to one).
  public static let otherCities = "other-cities"

  /// The year the figure is for.
  public var year: Int
  /// The framework indicator's id, or the city records' figure (`participants`, `followed-up`).
  public var indicator: String
  /// `network`, a member city's id, or `other-cities`.
  public var scope: String
  /// `total`, a field (`category`, `city_size`), or `status` for follow-up answers.
  public var disaggregation: String
  /// `all` for the total, else the group.
  public var group: String
  /// The value, or nil when there is nothing to compute it from.
  public var value: Double?
  /// How many people (or cities, requests, events) it is about.
  public var n: Int
  /// For a percentage, how many its numerator counts.
  public var numerator: Int?
  /// The year's target, on the network's total row.
  public var target: Double?
  /// How the value reads.
  public var kind: NetworkMeasure.Kind
  /// True when it counts people (so that small groups are hidden).
  public var isAboutPeople: Bool
  /// What the number is, whoever computes it (`participants`, `mean:satisfaction`): cells of
  /// the same identity, year, scope and group are the same number and are hidden together.
  public var identity: String
  /// For a count of cities that counts a city for what some of its people did (cities acting
  /// on commitments): the fewest people behind any city it counts. Counting a city then says
  /// that those people did it, so the cell is hidden when they are fewer than the threshold.
  public var fewestBehind: Int?
  /// For a framework row of a participant field: how many of the year's people who took part
  /// are in its group (never published). Every framework breakdown of people lists the groups
  /// of those who took part, so a row may count no one; such a row in a group of 1 to
  /// threshold − 1 people who took part is hidden like a small one, as the events' rows are
  /// (`IndicatorValue.registeredInGroup`).
  public var participantsInGroup: Int?

  /// Creates a cell.
  public init(
    year: Int, indicator: String, scope: String = NetworkValue.network, disaggregation: String = "total",
    group: String = "all", value: Double?, n: Int, numerator: Int? = nil, target: Double? = nil,
    kind: NetworkMeasure.Kind, isAboutPeople: Bool, identity: String, fewestBehind: Int? = nil
  ) {
    self.year = year
    self.indicator = indicator
    self.scope = scope
    self.disaggregation = disaggregation
    self.group = group
    self.value = value
    self.n = n
    self.numerator = numerator
    self.target = target
    self.kind = kind
    self.isAboutPeople = isAboutPeople
    self.identity = identity
    self.fewestBehind = fewestBehind
  }

  /// True for the total row.
  public var isTotal: Bool { disaggregation == "total" }

  /// The people n counts (`took-part`, `answered:satisfaction`), as `report` names its
  /// populations; nil for counts of cities, events and requests.
  public var population: String? { isAboutPeople ? NetworkDisclosure.populations(identity).n : nil }

  /// The people a percentage's numerator counts, or nil.
  public var numeratorPopulation: String? {
    isAboutPeople && numerator != nil ? NetworkDisclosure.populations(identity).numerator : nil
  }

  /// The value as published text (`12`, `83.3`, `4.21`), or empty.
  public var formatted: String {
    value.map { PublishedValue.format($0, kind: kind.indicatorKind) } ?? ""
  }
}

extension NetworkMeasure.Kind {
  /// The same kind among the event indicators' (for formatting).
  public var indicatorKind: IndicatorValue.Kind {
    switch self {
    case .count: .count
    case .percent: .percent
    case .mean: .mean
    }
  }
}

/// The order groups are shown in.
enum GroupOrder {
  /// Age groups youngest first, city sizes smallest first, "not given" last, others by name.
  static func precedes(_ field: String, _ a: String, _ b: String) -> Bool {
    let last = IndicatorCalculator.notGiven
    if a == last || b == last { return b == last && a != last }
    switch field {
    case "age_group":
      let start = { (group: String) in DemographicValues.ageRangeStart(group) ?? Int.max }
      return (start(a), a) < (start(b), b)
    case "city_size": return (CitySize.order(a), a) < (CitySize.order(b), b)
    case "status":
      let order = { (group: String) in FollowupQuestions.statuses.firstIndex { $0.id == group } ?? 99 }
      return (order(a), a) < (order(b), b)
    default: return a < b
    }
  }
}
