/// A figure computed over a set of items (people, cities, requests, events), as a total row
/// and one row per group of each field.
struct Breakdown<Item> {
  /// What a set of items gives: the value, n, and for a percentage its numerator.
  typealias Figure = (value: Double?, n: Int, numerator: Int?)

  let fields: [String]
  let group: (Item, String) -> String
  let compute: ([Item]) -> Figure

  /// The rows, made by `cell(disaggregation, group, figure)`: the total, then each field's
  /// groups in reading order (groups with no one in them left out, except those `listed` by
  /// field, which are there whenever there are items).
  func rows(
    _ items: [Item], listing listed: [String: [String]] = [:], cell: (String, String, Figure) -> NetworkValue
  ) -> [NetworkValue] {
    var rows = [cell("total", "all", compute(items))]
    for field in fields {
      let always = items.isEmpty ? [] : Set(listed[field] ?? [])
      var groups = Dictionary(grouping: items) { group($0, field) }
      for name in always where groups[name] == nil { groups[name] = [] }
      for (name, members) in groups.sorted(by: { GroupOrder.precedes(field, $0.key, $1.key) }) {
        let figure = compute(members)
        guard figure.n > 0 || always.contains(name) else { continue }
        rows.append(cell(field, name, figure))
      }
    }
    return rows
  }

  /// A count: how many items.
  static func count(_ items: [Item]) -> Figure { (Double(items.count), items.count, nil) }

  /// A percentage of the items for which `isCounted` holds.
  static func share(_ items: [Item], _ isCounted: (Item) -> Bool) -> Figure {
    let part = items.reduce(0) { $0 + (isCounted($1) ? 1 : 0) }
    return (items.isEmpty ? nil : Double(part) * 100 / Double(items.count), items.count, part)
  }

  /// The mean of the numbers the items give (items giving none are not counted).
  static func mean(_ items: [Item], _ number: (Item) -> Double?) -> Figure {
    let numbers = items.compactMap(number)
    return (numbers.isEmpty ? nil : numbers.reduce(0, +) / Double(numbers.count), numbers.count, nil)
  }
}
