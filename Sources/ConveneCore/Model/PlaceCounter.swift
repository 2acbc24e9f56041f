/// Counts the places held, in total and per category, against the event's capacity and
/// quotas.
public struct PlaceCounter: Sendable {
  let capacity: Int?
  let quotas: [String: Int]
  public private(set) var total = 0
  private(set) var byCategory: [String: Int] = [:]

  /// The places `participants` hold at `event`.
  public init(event: Event, participants: [Participant]) {
    capacity = event.capacity
    quotas = Dictionary(event.categories.compactMap { category in category.quota.map { (category.id, $0) } }, uniquingKeysWith: { first, _ in first })
    for person in participants where person.holdsPlace { take(person.category) }
  }

  /// True when one more person of `category` fits under the capacity and the quota.
  public func hasPlace(for category: String) -> Bool {
    if let capacity, total >= capacity { return false }
    if let quota = quotas[category], byCategory[category, default: 0] >= quota { return false }
    return true
  }

  /// One more place held by someone of `category`.
  public mutating func take(_ category: String) {
    total += 1
    byCategory[category, default: 0] += 1
  }

  /// One place of `category` given up.
  public mutating func free(_ category: String) {
    total -= 1
    byCategory[category, default: 0] -= 1
  }

  /// The waitlisted people, in file order, who would get a place now (`participants promote`):
  /// each in turn while the capacity and their category's quota leave one.
  public static func promotable(_ participants: [Participant], at event: Event) -> [Participant] {
    var places = PlaceCounter(event: event, participants: participants)
    return participants.filter { person in
      guard person.status == .waitlisted, places.hasPlace(for: person.category) else { return false }
      places.take(person.category)
      return true
    }
  }
}
