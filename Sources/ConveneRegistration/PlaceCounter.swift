import ConveneCore

/// Counts the places held, in total and per category, against the event's capacity and
/// quotas.
struct PlaceCounter {
  let capacity: Int?
  let quotas: [String: Int]
  private(set) var total = 0
  private(set) var byCategory: [String: Int] = [:]

  init(event: Event, participants: [Participant]) {
    capacity = event.capacity
    quotas = Dictionary(event.categories.compactMap { category in category.quota.map { (category.id, $0) } }, uniquingKeysWith: { first, _ in first })
    for person in participants where person.holdsPlace { take(person.category) }
  }

  /// True when one more person of `category` fits under the capacity and the quota.
  func hasPlace(for category: String) -> Bool {
    if let capacity, total >= capacity { return false }
    if let quota = quotas[category], byCategory[category, default: 0] >= quota { return false }
    return true
  }

  mutating func take(_ category: String) {
    total += 1
    byCategory[category, default: 0] += 1
  }

  mutating func free(_ category: String) {
    total -= 1
    byCategory[category, default: 0] -= 1
  }
}
