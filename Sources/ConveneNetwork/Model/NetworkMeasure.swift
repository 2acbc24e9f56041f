/// How a results-framework indicator is computed from convene's records: the measures of the
/// events (registered, attended, feedback answers), the follow-up of commitments, member
/// cities, events and help-desk requests, each counted per year.
public enum NetworkMeasure: String, Sendable, CaseIterable, Equatable {
  /// People registered at the year's events (every status but `invited`), one per person and event.
  case registered
  /// People confirmed, or who came.
  case confirmed
  /// People recorded present at least once.
  case attended
  /// People who took part: recorded present, or confirmed at an event without attendance records.
  case participants
  /// Feedback responses.
  case responses
  /// The mean answer to a scale `question`.
  case mean
  /// The percentage of respondents whose answer to `question` is one of `answers`.
  case share
  /// Commitments made: respondents who answered the event's commitment question.
  case commitments
  /// Commitments whose maker answered the follow-up.
  case followedUp = "followed-up"
  /// Followed-up commitments as a percentage of commitments made.
  case followupRate = "followup-rate"
  /// Commitments acted upon (done or in progress at the follow-up).
  case actedUpon = "acted-upon"
  /// Commitments acted upon as a percentage of those followed up.
  case actedUponShare = "acted-upon-share"
  /// Member cities at the end of the year.
  case memberCities = "member-cities"
  /// Member cities with at least one person who took part in an event of the year.
  case citiesEngaged = "cities-engaged"
  /// Engaged cities as a percentage of member cities.
  case citiesEngagedShare = "cities-engaged-share"
  /// Member cities with at least one commitment acted upon, among the year's events.
  case citiesActing = "cities-acting"
  /// Events held in the year.
  case events
  /// Help-desk requests received in the year.
  case requests
  /// Requests received in the year and resolved.
  case requestsResolved = "requests-resolved"
  /// The mean number of days from a request to its answer.
  case daysToResolve = "days-to-resolve"
  /// The percentage of the year's requests resolved within `days` days.
  case resolvedWithin = "resolved-within"

  /// What a measure counts.
  public enum Unit: String, Sendable, Equatable {
    /// People at events (one per person and event): small groups are hidden.
    case people
    /// Member cities.
    case cities
    /// Events.
    case events
    /// Help-desk requests.
    case requests
  }

  /// How a value reads.
  public enum Kind: String, Sendable, Equatable {
    case count, percent, mean
  }

  /// What the measure counts.
  public var unit: Unit {
    switch self {
    case .memberCities, .citiesEngaged, .citiesEngagedShare, .citiesActing: .cities
    case .events: .events
    case .requests, .requestsResolved, .daysToResolve, .resolvedWithin: .requests
    default: .people
    }
  }

  /// How its values read.
  public var kind: Kind {
    switch self {
    case .followupRate, .actedUponShare, .citiesEngagedShare, .share, .resolvedWithin: .percent
    case .mean, .daysToResolve: .mean
    default: .count
    }
  }

  /// True when a smaller value is the better one (a target is met by staying under it).
  public var lowerIsBetter: Bool { self == .daysToResolve }

  /// The fields its values may be broken down by.
  public var disaggregations: [String] {
    switch unit {
    case .people: Self.peopleFields
    case .cities: ["region", "country", "city_size"]
    case .events: ["event_kind"]
    case .requests: ["region", "country", "city_size", "topic"]
    }
  }

  /// The fields people are broken down by: their registration's, their city's size and the
  /// kind of event.
  public static let peopleFields = [
    "category", "gender", "age_group", "region", "country", "city_size", "event_kind",
  ]
}
