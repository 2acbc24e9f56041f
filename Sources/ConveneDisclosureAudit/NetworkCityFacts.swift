import ConveneJSON

/// What a network report says about its member cities, as an attacker reads it: each city's
/// region, country and size group and whether it was a member in a year (from the city
/// records), and the counts of cities the framework shows (engaged, acting on commitments),
/// each of which says how many of a group's cities had someone take part, or act.
struct NetworkCityFacts {
  struct City {
    /// The city's group by `region`, `country` and `city_size`.
    var groups: [String: String]
    var joined: Int?
    /// False for a city that left, and for the people from no member city.
    var member: Bool
  }

  var cities: [String: City] = [:]
  /// The cities whose record lists events they took part in, by year.
  var engaged: [String: Set<String>] = [:]
  /// The counts of cities shown, by year.
  var counts: [String: [Definitions.CityCount]] = [:]
  /// The events each city's record lists, by year and city (the other cities included).
  var events: [String: [String: Set<String>]] = [:]
  /// How many officials each city's record names at each event, by year, city and event:
  /// each took part there.
  var officials: [String: [String: [String: Int]]] = [:]

  init(_ root: JSONNode) {
    for node in root["cities"]?.array ?? [] {
      guard let id = node["id"]?.string else { continue }
      var groups = ["city_size": node["size"]?.string ?? Self.notGiven]
      if let region = node["region"]?.string { groups["region"] = region.isEmpty ? Self.notGiven : region }
      if let country = node["country"]?.string { groups["country"] = country }
      cities[id] = City(
        groups: groups, joined: node["joined"]?.string.flatMap { Int($0.prefix(4)) },
        member: node["status"]?.string.map { $0 != "left" } ?? false)
      for year in node["years"]?.array ?? [] where !(year["events"]?.array ?? []).isEmpty {
        guard let number = year["year"]?.integer else { continue }
        engaged[String(number), default: []].insert(id)
        events[String(number), default: [:]][id] = Set((year["events"]?.array ?? []).compactMap(\.string))
        for official in year["officials"]?.array ?? [] {
          for event in Set((official["events"]?.array ?? []).compactMap(\.string)) {
            officials[String(number), default: [:]][id, default: [:]][event, default: 0] += 1
          }
        }
      }
    }
    var measures: [String: String] = [:]
    func walk(_ result: JSONNode) {
      for indicator in result["indicators"]?.array ?? [] {
        if let id = indicator["id"]?.string, let measure = indicator["measure"]?.string { measures[id] = measure }
      }
      for output in result["outputs"]?.array ?? [] { walk(output) }
    }
    for outcome in root["framework"]?["outcomes"]?.array ?? [] { walk(outcome) }
    for node in root["values"]?.array ?? [] {
      guard let year = node["year"]?.integer, let measure = node["indicator"]?.string.flatMap({ measures[$0] }),
        let count = Self.count(node, measure: measure)
      else { continue }
      counts[String(year), default: []].append(
        Definitions.CityCount(
          basis: measure == "cities-acting" ? .acting : .engaged, field: node["disaggregation"]?.string ?? "total",
          group: node["group"]?.string ?? "all", count: count))
    }
  }

  /// The group of cities whose region or size is not known.
  static let notGiven = "not-given"

  /// How many cities a shown cell counts: the value of a count, the numerator of a share
  /// (when its rounded percentage of n allows one numerator only); nil when hidden.
  static func count(_ node: JSONNode, measure: String) -> Int? {
    guard let value = node["value"]?.number else { return nil }
    switch measure {
    case "cities-engaged", "cities-acting": return Int(value)
    case "cities-engaged-share":
      guard let n = node["n"]?.integer, n > 0 else { return nil }
      let fits = (0...n).filter { abs(Double($0) * 100 / Double(n) - value) <= 0.05 + 1e-9 }
      return fits.count == 1 ? fits[0] : nil
    default: return nil
    }
  }

  /// The groups of each city of a year's report (`year/city`).
  func groups(of events: [String]) -> [String: [String: String]] {
    var result: [String: [String: String]] = [:]
    for event in events {
      if let city = cities[Self.city(event)] { result[event] = city.groups }
    }
    return result
  }

  /// The cities of a year's report whose records list events that year.
  func engaged(of events: [String], in year: String) -> Set<String> {
    let cities = engaged[year] ?? []
    return Set(events.filter { cities.contains(Self.city($0)) })
  }

  /// The events each city of a year's report lists that year.
  func events(of scopes: [String], in year: String) -> [String: Set<String>] {
    var result: [String: Set<String>] = [:]
    for scope in scopes {
      if let listed = events[year]?[Self.city(scope)] { result[scope] = listed }
    }
    return result
  }

  /// The officials each city of a year's report names at each event that year.
  func officials(of scopes: [String], in year: String) -> [String: [String: Int]] {
    var result: [String: [String: Int]] = [:]
    for scope in scopes {
      if let named = officials[year]?[Self.city(scope)] { result[scope] = named }
    }
    return result
  }

  /// The cities of a year's report that were members that year.
  func members(of events: [String], in year: Int) -> Set<String> {
    Set(
      events.filter { event in
        guard let city = cities[Self.city(event)] else { return false }
        return city.member && (city.joined ?? year) <= year
      })
  }

  static func city(_ event: String) -> String { String(event.drop { $0 != "/" }.dropFirst()) }
}
