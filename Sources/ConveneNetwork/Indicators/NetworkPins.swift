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
  /// Each member city's size group, by scope (the other cities' is `not-given`).
  var citySizes: [String: String] = [:]
  /// The sums of the year's events over their cities' groups.
  var blocks: [CityEventGroups.Block] = []

  func find() -> [Pin] {
    for step in [events, wholeCities, columns, sizes, bridges] {
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
  /// network's total is shown: the network minus the shown cities is their sum, so they are
  /// hidden in twos or more, enough that each small one may count the threshold while the
  /// others count their least (`least`).
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
    let respondents = respondents()
    var pins: [Pin] = []
    for (figure, totals) in byFigure.sorted(by: { $0.key < $1.key }) where networkHidden[figure] == false {
      func least(_ value: NetworkValue) -> Int {
        Self.least(value, respondents: respondents[value.scope] ?? 0)
      }
      let whole = totals.filter { $0.n > 0 && hidden.contains(NetworkDisclosure.tableKey($0)) }
      guard !whole.isEmpty, !enough(whole, least: least) else { continue }
      let shown = totals.filter { $0.n > 0 && !hidden.contains(NetworkDisclosure.tableKey($0)) }
      let sufficient = shown.filter { enough(whole + [$0], least: least) }
      if let next = choose(sufficient)
        ?? shown.max(by: { ($0.n - least($0), $1.scope) < ($1.n - least($1), $0.scope) })
      {
        pins.append(pin(next))
      } else if let network = rows.first(where: {
        $0.value.isTotal && $0.value.scope == NetworkValue.network && $0.value.indicator == figure
      }) {
        pins.append(pin(network.value))
      }
    }
    return pins
  }

  /// True when hidden cities' figures that add up to a known sum each may count the threshold
  /// while the others count their least (two or more of them; a city that counts the
  /// threshold or more needs no room).
  func enough(_ whole: [NetworkValue], least: (NetworkValue) -> Int) -> Bool {
    guard whole.count > 1 else { return false }
    let sum = whole.reduce(0) { $0 + $1.n }
    let floors = whole.reduce(0) { $0 + least($1) }
    return whole.allSatisfy { $0.n >= threshold || sum - floors + least($0) >= threshold }
  }

  /// The least a city's hidden figure can be taken to count: one person (its record lists the
  /// events it took part in), and for those who took part, no fewer than its figures of
  /// feedback count (who answered a question, who made a commitment: everyone who responded
  /// took part), shown or not, since the network's figure less the others' may give them.
  static func least(_ value: NetworkValue, respondents: Int) -> Int {
    NetworkDisclosure.populations(value.identity).n == NetworkDisclosure.tookPart ? max(1, respondents) : 1
  }

  /// The most people a figure of feedback counts, by city (scope).
  func respondents() -> [String: Int] {
    var result: [String: Int] = [:]
    for row in rows where row.value.isTotal && row.value.scope != NetworkValue.network {
      guard Population.source(NetworkDisclosure.populations(row.value.identity).n) == .feedback else { continue }
      result[row.value.scope] = max(result[row.value.scope] ?? 0, row.value.n)
    }
    return result
  }

  /// At an event, a sum its own report shows (the people of a country, of a category) with
  /// one city's group in it hidden and the others' shown: the event's cell less the others'
  /// groups (which a network folder over that event alone shows) would give it, so one more
  /// of them is hidden.
  func events() -> [Pin] {
    guard !blocks.isEmpty else { return [] }
    var cells: [Cell: PublishedNetworkValue] = [:]
    cells.reserveCapacity(rows.count)
    for row in rows where row.value.scope != NetworkValue.network {
      cells[Cell(row.value.scope, row.value.identity, row.value.disaggregation, row.value.group)] = row
    }
    func isHidden(_ scope: String, _ block: CityEventGroups.Block) -> Bool {
      cells[Cell(scope, block.identity, "total", "all")]?.isCountHidden == true
        || cells[Cell(scope, block.identity, block.field, block.group)]?.isCountHidden == true
    }
    // Whole figures first: hiding one may settle the groups' sums too.
    for wholeFigures in [true, false] {
      var pins = Set<Pin>()
      for block in blocks where (block.field == DisclosureControl.Pattern.wholeField) == wholeFigures {
        let hidden = block.parts.filter { isHidden($0.scope, block) }
        guard hidden.count == 1 else { continue }
        let shown = block.parts.filter { !isHidden($0.scope, block) }.compactMap {
          cells[Cell($0.scope, block.identity, block.field, block.group)]?.value
        }
        guard var next = choose(shown) else { continue }
        // A group holding all of its city's people is its total.
        if let total = cells[Cell(next.scope, next.identity, "total", "all")]?.value, total.n == next.n {
          next = total
        }
        pins.insert(pin(next))
      }
      if !pins.isEmpty { return pins.sorted { "\($0)" < "\($1)" } }
    }
    return []
  }

  /// A city's cell: its scope, figure (by identity), field and group.
  struct Cell: Hashable {
    var scope: String
    var identity: String
    var field: String
    var group: String

    init(_ scope: String, _ identity: String, _ field: String, _ group: String) {
      (self.scope, self.identity, self.field, self.group) = (scope, identity, field, group)
    }
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

  /// People broken down by city size add up the totals of the cities of each size (the
  /// people from no member city, and from cities of unknown size, are `not-given`): a size
  /// shown while one of its cities' totals is hidden would give that city away with the
  /// others', so it is hidden; a size hidden while all its cities' totals are shown is their
  /// sum, so one of them is hidden.
  func sizes() -> [Pin] {
    guard !citySizes.isEmpty else { return [] }
    var totals: [String: [PublishedNetworkValue]] = [:]
    var identities = Set<String>()
    for row in rows where row.value.isTotal && row.value.scope != NetworkValue.network {
      let size = citySizes[row.value.scope] ?? CitySize.notGiven
      totals[row.value.identity + "\u{1F}" + size, default: []].append(row)
      identities.insert(row.value.identity)
    }
    var pins: [Pin] = []
    for row in rows
    where row.value.scope == NetworkValue.network && row.value.disaggregation == "city_size"
      && identities.contains(row.value.identity)
    {
      let size = row.value.group == DisclosureControl.mergedGroup ? CitySize.notGiven : row.value.group
      let parts = totals[row.value.identity + "\u{1F}" + size] ?? []
      let hiddenParts = parts.filter { $0.isCountHidden && $0.value.n > 0 }
      if !row.isCountHidden {
        if !hiddenParts.isEmpty { pins.append(pin(row.value)) }
      } else if hiddenParts.isEmpty, let next = choose(parts.map(\.value)) {
        pins.append(pin(next))
      }
    }
    return pins
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
