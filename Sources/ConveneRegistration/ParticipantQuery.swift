import ConveneCore

/// Filters for `participants list`; empty filters match everyone.
public struct ParticipantQuery: Sendable, Equatable {
  public var statuses: [ParticipantStatus] = []
  public var categories: [String] = []
  public var countries: [String] = []
  public var regions: [String] = []
  public var cities: [String] = []
  public var cohorts: [String] = []
  /// Words that must all occur in the name, e-mail, organisation, title or city.
  public var search: String = ""

  /// Creates a query.
  public init(
    statuses: [ParticipantStatus] = [], categories: [String] = [], countries: [String] = [],
    regions: [String] = [], cities: [String] = [], cohorts: [String] = [], search: String = ""
  ) {
    self.statuses = statuses
    self.categories = categories
    self.countries = countries.map { $0.uppercased() }
    self.regions = regions
    self.cities = cities
    self.cohorts = cohorts
    self.search = search
  }

  /// True when `person` matches every filter.
  public func matches(_ person: Participant) -> Bool {
    if !statuses.isEmpty && !statuses.contains(person.status) { return false }
    if !categories.isEmpty && !categories.contains(person.category) { return false }
    if !countries.isEmpty && !countries.contains(person.country) { return false }
    if !regions.isEmpty && !regions.contains(where: { $0.folded == person.region.folded }) { return false }
    if !cities.isEmpty && !cities.contains(where: { $0.folded == person.city.folded }) { return false }
    if !cohorts.isEmpty && !cohorts.contains(where: person.cohorts.contains) { return false }
    if !search.isEmpty {
      let haystack = [person.name, person.email, person.organisation, person.title, person.city]
        .joined(separator: " ").folded
      for word in search.folded.split(separator: " ") where !haystack.contains(word) { return false }
    }
    return true
  }
}
