import ConveneCore

/// One computed indicator cell, exact (before small groups are suppressed).
public struct IndicatorValue: Sendable, Equatable {
  /// How the value reads.
  public enum Kind: String, Sendable, Equatable {
    /// A number of people (or places).
    case count
    /// A percentage, 0-100.
    case percent
    /// A mean answer or change.
    case mean
    /// A score from -100 to 100 (Net Promoter Score).
    case score
  }

  /// The event's id, or `all` for a roll-up of several events.
  public var event: String
  /// The indicator's id.
  public var indicator: String
  /// `total`, a participant field (`gender`), `session` or `answer`.
  public var disaggregation: String
  /// `all` for the total, else the group (`woman`, `s03`, `5`).
  public var group: String
  /// The value, or nil when there is nothing to compute it from.
  public var value: Double?
  /// The value as an exact fraction, when it is one (it is rounded from this).
  public var exact: Fraction?
  /// How many people the value is about.
  public var n: Int
  /// The target, on the total row, where `event.json` sets one.
  public var target: Double?
  /// How the value reads.
  public var kind: Kind
  /// The people n counts, by name (`attended`, `answered:satisfaction`; see `Population`):
  /// cells of several indicators that count the same people name the same population.
  public var population: String
  /// For a percentage, the people its numerator counts (`answer:satisfaction=4|5`).
  public var numeratorPopulation: String?
  /// For a percentage, how many people its numerator counts (the people who came, answered
  /// yes ...), or nil.
  public var numerator: Int?
  /// For a Net Promoter Score: how many of its people were promoters, passives and detractors
  /// (never published; what is hidden of the score is chosen from them).
  public var bands: [Int]?
  /// For one session's mean rating: who rated it, by their place in the records the values
  /// were computed from (never published; the total pools the ratings of every session, the
  /// hidden ones too).
  public var raters: Set<Int>?
  /// For a share of a question's answers: how many of its people gave each answer (never
  /// published; the shares of one question are protected together from them).
  public var answerCounts: [String: Int]?
  /// For a row of a participant field: how many registered people are in its group (never
  /// published). Every breakdown lists the groups of the registered, so a row may count no
  /// one; a row of no one in a group of 1 to threshold − 1 registered people is hidden like a
  /// small one (see `DisclosureControl`).
  public var registeredInGroup: Int?

  /// Creates a value.
  public init(
    event: String, indicator: String, disaggregation: String, group: String, value: Double?, n: Int,
    target: Double? = nil, kind: Kind, population: String, numerator: Int? = nil,
    numeratorPopulation: String? = nil, exact: Fraction? = nil, bands: [Int]? = nil,
    answerCounts: [String: Int]? = nil
  ) {
    self.event = event
    self.indicator = indicator
    self.disaggregation = disaggregation
    self.group = group
    self.value = value
    self.exact = exact
    self.n = n
    self.target = target
    self.kind = kind
    self.population = population
    self.numerator = numerator
    self.numeratorPopulation = numeratorPopulation
    self.bands = bands
    self.answerCounts = answerCounts
  }

  /// The numbers of people the cell is about: n, and a percentage's numerator.
  public var headcounts: [Int] { numerator.map { [n, $0] } ?? [n] }

  /// True for the total row of an indicator.
  public var isTotal: Bool { disaggregation == "total" }

  /// True for a row of a participant field (gender, category ...), whose groups add up to
  /// the total.
  public var isFieldGroup: Bool { !["total", "session", "answer"].contains(disaggregation) }
}

extension IndicatorValue.Kind {
  /// How the values of a measure read.
  public init(_ measure: IndicatorDefinition.Measure) {
    switch measure {
    case .attendanceRate, .responseRate, .share: self = .percent
    case .mean, .change: self = .mean
    case .nps: self = .score
    case .registered, .confirmed, .attended, .sessionAttendance, .cities, .countries, .responses,
      .distribution, .answered:
      self = .count
    }
  }

  /// The decimals a value of this kind is published with.
  public var places: Int {
    switch self {
    case .count: 0
    case .percent, .score: 1
    case .mean: 2
    }
  }
}
