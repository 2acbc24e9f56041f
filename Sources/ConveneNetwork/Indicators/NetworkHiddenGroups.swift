import ConveneCore
import ConveneEvaluation

/// What a network report hid, group by group, and what each hidden group's population counted
/// in its year and scope: a later report whose population counts exactly the same hides at
/// least the same groups again (`NetworkPublicationRecord.hidden`), whatever the threshold or
/// `cities.csv` say then. A group hidden under a threshold of 10 and shown under 5, or hidden
/// to protect a small group of people from no member city and shown once another city's people
/// moved away, would give away what the first report protected.
enum NetworkHiddenGroups {
  typealias Pattern = DisclosureControl.Pattern

  /// One hidden group of one population in one year and scope; the whole population is
  /// `total`, `all`.
  struct Group: Hashable, Sendable {
    var year: Int
    var scope: String
    var population: String
    var field: String
    var group: String

    /// The population it is part of, as `signatures` names it.
    var populationKey: String { NetworkHiddenGroups.populationKey(year, scope, population) }
  }

  /// A population of one year and scope (`2028␟tunis-tn␟took-part`).
  static func populationKey(_ year: Int, _ scope: String, _ population: String) -> String {
    [String(year), scope, population].joined(separator: "\u{1F}")
  }

  /// The groups `values` hides: a cell hidden whole hides its population's group (a total,
  /// the whole population); a percentage whose value alone is hidden hides its numerator's.
  static func groups(in values: [PublishedNetworkValue]) -> Set<Group> {
    var groups = Set<Group>()
    for cell in values where cell.value.isAboutPeople && cell.suppression != nil {
      let value = cell.value
      guard let population = cell.isCountHidden ? value.population : value.numeratorPopulation ?? value.population
      else { continue }
      let (field, group) = value.isTotal ? (Pattern.wholeField, "all") : (value.disaggregation, value.group)
      groups.insert(Group(year: value.year, scope: value.scope, population: population, field: field, group: group))
    }
    return groups
  }

  /// What each population of `keys` counts in `cells` (exact), as one text: every cell of its
  /// year and scope whose n or numerator counts it, with its n, numerator and value. Two
  /// reports give the same text only when the population's figures are the same.
  static func signatures(of cells: [NetworkValue], for keys: Set<String>) -> [String: String] {
    guard !keys.isEmpty else { return [:] }
    var lines: [String: [String]] = [:]
    for cell in cells where cell.isAboutPeople {
      let line = [
        cell.indicator, cell.disaggregation, cell.group, String(cell.n), cell.numerator.map(String.init) ?? "",
        cell.value.map { String($0) } ?? "",
      ].joined(separator: "\u{1F}")
      for population in Set([cell.population, cell.numeratorPopulation].compactMap { $0 }) {
        let key = populationKey(cell.year, cell.scope, population)
        if keys.contains(key) { lines[key, default: []].append(line) }
      }
    }
    return keys.reduce(into: [:]) { result, key in
      result[key] = (lines[key] ?? []).sorted().joined(separator: "\n")
    }
  }

  /// `groups` as patterns to hide again, by year and scope.
  static func patterns(_ groups: some Sequence<Group>) -> [Int: [String: Pattern]] {
    var patterns: [Int: [String: Pattern]] = [:]
    for group in groups {
      patterns[group.year, default: [:]][group.scope, default: Pattern()]
        .hidden[group.population, default: [:]][group.field, default: []].insert(group.group)
    }
    return patterns
  }

  /// `groups` with `kept` (by year and scope) hidden from the start too, in the cities as in
  /// the network.
  static func hiding(_ kept: [Int: [String: Pattern]], beside groups: CityEventGroups) -> CityEventGroups {
    var result = groups
    for (year, scopes) in kept {
      for (scope, pattern) in scopes {
        result.patterns[year, default: [:]][scope] = (result.patterns[year]?[scope] ?? Pattern()).union(pattern)
      }
    }
    return result
  }
}
