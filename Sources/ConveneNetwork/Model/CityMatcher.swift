import ConveneCore

/// Finds the member city a participant comes from: by the city's id written in the
/// participant's `city`, or by its name or one of its aliases and the country, compared after
/// folding (case, accents and Arabic spelling variants do not matter).
public struct CityMatcher: Sendable {
  let byID: [String: MemberCity]
  let byName: [String: MemberCity]

  /// Prepares matching against `cities`.
  public init(cities: [MemberCity]) {
    var byID: [String: MemberCity] = [:]
    var byName: [String: MemberCity] = [:]
    for city in cities {
      byID[city.id.lowercased()] = byID[city.id.lowercased()] ?? city
      for spelling in [city.name] + city.aliases {
        let key = Self.key(spelling, city.country)
        byName[key] = byName[key] ?? city
      }
    }
    self.byID = byID
    self.byName = byName
  }

  static func key(_ name: String, _ country: String) -> String {
    name.folded + "|" + country.uppercased()
  }

  /// The member city of someone from `city` in `country`, or nil.
  public func city(_ city: String, country: String) -> MemberCity? {
    let trimmed = city.trimmed
    guard !trimmed.isEmpty else { return nil }
    if let member = byID[trimmed.lowercased()], country.isEmpty || member.country == country.uppercased() {
      return member
    }
    return byName[Self.key(trimmed, country)]
  }
}

/// A city participants of one event wrote that is no member city of the network.
public struct UnmatchedCity: Sendable, Equatable {
  /// The city as written (the first spelling met).
  public var city: String
  /// The country code.
  public var country: String
  /// The event's id.
  public var event: String
  /// How many participants of the event wrote it.
  public var people: Int
  /// The line in `participants.csv` of the first of them.
  public var line: Int
}

extension CityMatcher {
  /// The cities of `plan`'s participants that match no member city, each once (by folded name
  /// and country), in the order they first appear.
  public func unmatched(in plan: EventPlan) -> [UnmatchedCity] {
    var found: [String: Int] = [:]
    var list: [UnmatchedCity] = []
    for person in plan.participants where !person.city.trimmed.isEmpty {
      guard city(person.city, country: person.country) == nil else { continue }
      let key = Self.key(person.city, person.country)
      if let index = found[key] {
        list[index].people += 1
      } else {
        found[key] = list.count
        list.append(
          UnmatchedCity(
            city: person.city.trimmed, country: person.country, event: plan.event.id, people: 1,
            line: person.line))
      }
    }
    return list
  }
}
