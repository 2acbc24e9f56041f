/// The size groups indicators break cities down by, from their population.
public enum CitySize {
  /// The groups, smallest first, each with the population it starts at.
  public static let groups: [(id: String, from: Int)] = [
    ("under-100k", 0), ("100k-500k", 100_000), ("500k-1m", 500_000), ("1m-5m", 1_000_000),
    ("5m-plus", 5_000_000),
  ]

  /// The group of a city of `population` people, or `not-given` when it is not known.
  public static func group(_ population: Int?) -> String {
    guard let population else { return notGiven }
    return groups.last { population >= $0.from }?.id ?? groups[0].id
  }

  /// The group of cities whose population is not known, and of people from no member city.
  public static let notGiven = "not-given"

  /// The position of a group in reading order (smallest first, `not-given` last).
  public static func order(_ group: String) -> Int {
    groups.firstIndex { $0.id == group } ?? groups.count
  }

  /// The largest population `cities.csv` accepts.
  public static let largest = 100_000_000
}
