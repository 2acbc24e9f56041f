import ConveneEvaluation

/// A network report's cell as it leaves the folder: the value, or why it is hidden.
public struct PublishedNetworkValue: Sendable, Equatable {
  /// The exact cell.
  public var value: NetworkValue
  /// Why it is hidden, or nil when it is shown.
  public var suppression: PublishedValue.Suppression?

  /// Creates a published cell.
  public init(value: NetworkValue, suppression: PublishedValue.Suppression?) {
    self.value = value
    self.suppression = suppression
  }

  /// The cell as the event reports publish theirs, for its texts.
  var published: PublishedValue {
    PublishedValue(value: NetworkDisclosure.encoded(value, pinned: false), suppression: suppression)
  }

  /// What a hidden cell shows (`<5`, `suppressed`), or nil.
  public var hiddenText: String? { published.hiddenText }

  /// The value when shown, nil when hidden or when there was nothing to compute.
  public var shownValue: Double? { published.shownValue }

  /// The value as text, or what a hidden cell shows; empty when there was nothing to compute.
  public var valueText: String { published.valueText }

  /// n as text; a percentage hidden for its numerator alone keeps its n.
  public var nText: String { published.nText }

  /// The target as text, or empty.
  public var targetText: String {
    value.target.map { PublishedValue.format($0, kind: value.kind.indicatorKind) } ?? ""
  }
}

/// Hides the small groups of a network report: the one place where the network's cells meet
/// the suppression of `ConveneEvaluation`. Cells about people are handed to
/// `DisclosureControl` as a roll-up in which each member city is an "event" and the network
/// is `all`, one year and figure at a time (indicator `YEAR|FIGURE`): so the groups of a city
/// add up to the city's total, and the cities add up to the network's cell, and a hidden cell
/// can be worked out from neither. Cells that are the same number in two places (a framework
/// indicator and the city records' network row) are hidden together: a cell hidden in one
/// place is handed over again as small in the other, until nothing changes. Counts of cities,
/// events and requests are not about people and are shown whole.
public enum NetworkDisclosure {
  /// Groups smaller than this are hidden.
  public static let threshold = DisclosureControl.threshold

  /// The published form of `values`, in the same order.
  public static func publish(_ values: [NetworkValue]) -> [PublishedNetworkValue] {
    let people = values.indices.filter { values[$0].isAboutPeople }
    var copies: [String: [Int]] = [:]
    for index in people { copies[sameNumber(values[index]), default: []].append(index) }
    let sums = self.sums(values, people)
    let tables = CityTables(values, people)
    var pinned = Set<Int>()
    var hidden = Set<Int>()
    while true {
      let published = DisclosureControl.apply(people.map { encoded(values[$0], pinned: pinned.contains($0)) })
      hidden = Set(zip(people, published).filter { $0.1.suppression != nil }.map(\.0))
      var more = Set<Int>()
      for group in copies.values where group.count > 1 && group.contains(where: hidden.contains) {
        more.formUnion(group.filter { !hidden.contains($0) && values[$0].n > 0 })
      }
      // A hidden cell whose parts are all shown is their sum: hide the smallest part too.
      for (parent, parts) in sums where hidden.contains(parent) {
        let counted = parts.filter { values[$0].n > 0 }
        guard !counted.contains(where: hidden.contains),
          let smallest = counted.min(by: { (values[$0].n, $0) < (values[$1].n, $1) })
        else { continue }
        more.insert(smallest)
      }
      // A small hidden cell on no cycle of hidden cells of its city table can be worked out.
      if more.isEmpty { more = tables.repairs(hidden: hidden, values: values, threshold: threshold) }
      more.subtract(pinned)
      if more.isEmpty { break }
      pinned.formUnion(more)
    }
    return values.enumerated().map { index, value in
      guard hidden.contains(index) else { return PublishedNetworkValue(value: value, suppression: nil) }
      let small = [value.n] + (value.numerator.map { [$0] } ?? [])
      return PublishedNetworkValue(
        value: value,
        suppression: small.contains { $0 > 0 && $0 < threshold } ? .small : .complementary)
    }
  }

  /// The cells that add up to another, as (the sum, its parts): the groups of each field and
  /// the total of one scope; and the cities' cells and the network's of one figure and group.
  static func sums(_ values: [NetworkValue], _ people: [Int]) -> [(Int, [Int])] {
    var totals: [String: Int] = [:]
    var groups: [String: [Int]] = [:]
    var network: [String: Int] = [:]
    var cities: [String: [Int]] = [:]
    for index in people {
      let value = values[index]
      let table = [String(value.year), value.indicator, value.scope].joined(separator: "\u{1F}")
      if value.isTotal {
        totals[table] = index
      } else {
        groups[table + "\u{1F}" + value.disaggregation, default: []].append(index)
      }
      let cell = [String(value.year), value.indicator, value.disaggregation, value.group].joined(separator: "\u{1F}")
      if value.scope == NetworkValue.network { network[cell] = index } else { cities[cell, default: []].append(index) }
    }
    var sums: [(Int, [Int])] = []
    for (key, parts) in groups {
      let table = String(key[..<key.lastIndex(of: "\u{1F}")!])
      if let total = totals[table] { sums.append((total, parts)) }
    }
    for (cell, parts) in cities {
      if let parent = network[cell] { sums.append((parent, parts)) }
    }
    return sums.sorted { ($0.0, $0.1.first ?? -1) < ($1.0, $1.1.first ?? -1) }
  }

  /// The key under which copies of one number meet.
  static func sameNumber(_ value: NetworkValue) -> String {
    [String(value.year), value.identity, value.scope, value.disaggregation, value.group].joined(separator: "\u{1F}")
  }

  /// The cell as `DisclosureControl` sees it; a pinned cell is handed over as a small group so
  /// that it is hidden, with its complements.
  static func encoded(_ value: NetworkValue, pinned: Bool) -> IndicatorValue {
    let limit = threshold - 1
    return IndicatorValue(
      event: value.scope == NetworkValue.network ? "all" : "city:" + value.scope,
      indicator: "\(value.year)|\(value.indicator)", disaggregation: value.disaggregation, group: value.group,
      value: value.value, n: pinned ? min(value.n, limit) : value.n, kind: value.kind.indicatorKind,
      isPartition: true, numerator: pinned ? value.numerator.map { min($0, limit) } : value.numerator)
  }
}
