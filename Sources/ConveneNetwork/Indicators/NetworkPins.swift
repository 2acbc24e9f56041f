import ConveneEvaluation

/// The cells of one year that must be hidden besides those hidden so far, because a relation
/// between the cities and the network would give a small hidden cell away. Each kind of
/// repair is tried in turn; the first that finds any returns them (the next round may need no
/// other).
struct NetworkPins {
  /// A cell to hide: a group of a figure in a scope, or the figure whole (`total`).
  struct Pin: Hashable {
    var scope: String
    var identity: String
    var field: String
    var group: String
  }

  let rows: [PublishedNetworkValue]
  let threshold: Int
  let cities: Set<String>

  func find() -> [Pin] {
    for step in [wholeCities, columns, bridges] {
      let pins = step()
      if !pins.isEmpty { return pins }
    }
    return []
  }

  func pin(_ value: NetworkValue) -> Pin {
    Pin(
      scope: value.scope, identity: value.identity,
      field: value.isTotal ? DisclosureControl.Pattern.wholeField : value.disaggregation, group: value.group)
  }

  /// The one to hide among shown cells: the other cities' if they count anyone (they are the
  /// residual row), else the smallest.
  func choose(_ candidates: [NetworkValue]) -> NetworkValue? {
    let counted = candidates.filter { $0.n > 0 }
    if let other = counted.first(where: { $0.scope == NetworkValue.otherCities }) { return other }
    return counted.min { ($0.n, $0.scope) < ($1.n, $1.scope) }
  }

  /// Cities whose whole figure is hidden (it counts fewer than the threshold) while the
  /// network's total is shown: the network minus the other cities would give one alone, so
  /// they are hidden in twos or more, holding at least the threshold together.
  func wholeCities() -> [Pin] {
    var byFigure: [String: [NetworkValue]] = [:]
    var networkHidden: [String: Bool] = [:]
    for row in rows where row.value.isTotal {
      if row.value.scope == NetworkValue.network {
        networkHidden[row.value.indicator] = row.isCountHidden
      } else {
        byFigure[row.value.indicator, default: []].append(row.value)
      }
    }
    let hidden = Set(rows.filter { $0.value.isTotal && $0.isCountHidden }.map { NetworkDisclosure.tableKey($0.value) })
    var pins: [Pin] = []
    for (figure, totals) in byFigure.sorted(by: { $0.key < $1.key }) where networkHidden[figure] == false {
      let whole = totals.filter { $0.n > 0 && hidden.contains(NetworkDisclosure.tableKey($0)) }
      guard !whole.isEmpty, whole.count < 2 || whole.reduce(0, { $0 + $1.n }) < threshold else { continue }
      let shown = totals.filter { !hidden.contains(NetworkDisclosure.tableKey($0)) }
      if let next = choose(shown) {
        pins.append(pin(next))
      } else if let network = rows.first(where: {
        $0.value.isTotal && $0.value.scope == NetworkValue.network && $0.value.indicator == figure
      }) {
        pins.append(pin(network.value))
      }
    }
    return pins
  }

  /// A hidden network cell whose cities' cells are all shown is their sum: one of them is
  /// hidden too.
  func columns() -> [Pin] {
    var parts: [String: [PublishedNetworkValue]] = [:]
    for row in rows where row.value.scope != NetworkValue.network {
      parts[Self.column(row.value), default: []].append(row)
    }
    var pins: [Pin] = []
    for row in rows where row.value.scope == NetworkValue.network && row.isCountHidden {
      guard let cells = parts[Self.column(row.value)], !cells.contains(where: \.isCountHidden),
        let next = choose(cells.map(\.value))
      else { continue }
      pins.append(pin(next))
    }
    return pins
  }

  static func column(_ value: NetworkValue) -> String {
    [value.indicator, value.disaggregation, value.group].joined(separator: "\u{1F}")
  }

  /// A small hidden cell on no cycle of hidden cells of its city table can be worked out: the
  /// cells that close a cycle through it.
  func bridges() -> [Pin] {
    let values = rows.map(\.value)
    let tables = CityTables(values, Array(values.indices))
    let hidden = Set(rows.indices.filter { rows[$0].isCountHidden })
    return tables.repairs(hidden: hidden, values: values, threshold: threshold).sorted().map { pin(values[$0]) }
  }
}
