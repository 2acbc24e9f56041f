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
  /// Who of each city took part at each event, and the officials its record names there.
  var attendance = CityEventGroups.Attendance()
  /// The cities' events whose officials the records do not name (`withheldKey`).
  var withheld: Set<String> = []
  /// The figures of some of the people of the events' sums (`SubsetBounds`).
  var subsets: SubsetBounds.Index = [:]
  /// What `events` found of each sum when it found nothing to hide, for `withholdings`.
  let unpinnedRepairs = Memo<[Repair]>()
  /// `leasts`, which several steps ask for.
  let yearLeasts = Memo<[String: Int]>()

  /// A value worked out once by one step and reused by a later one.
  final class Memo<Value> {
    var value: Value?
  }

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
  /// others count the least a reader can tell of them (`leasts`) and hold, all together, the
  /// respondents the network's figures of feedback leave them (`HiddenSum`). Where no shown
  /// city would make them enough, the shown figures of feedback that give a hidden city's
  /// least are hidden, where that makes them enough (a city whose least is all its people
  /// adds no room, and the network's total may be what the events' own reports show, so
  /// hiding it protects no one); only then another city, or the network's total.
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
    let leasts = leasts()
    let named = named()
    let feedback = feedbackTotals()
    var pins: [Pin] = []
    for (figure, totals) in byFigure.sorted(by: { $0.key < $1.key }) where networkHidden[figure] == false {
      let tookPart = totals.first.map { NetworkDisclosure.populations($0.identity).n == NetworkDisclosure.tookPart } ?? false
      func sum(lowering lowered: Set<String>) -> HiddenSum {
        HiddenSum(threshold: threshold, feedback: tookPart ? feedback : [], lowered: lowered) { value in
          guard tookPart else { return 1 }
          return lowered.contains(value.scope) ? max(1, named[value.scope] ?? 0) : leasts[value.scope] ?? 1
        }
      }
      let current = sum(lowering: [])
      let whole = totals.filter { $0.n > 0 && hidden.contains(NetworkDisclosure.tableKey($0)) }
      guard !whole.isEmpty, !current.enough(whole, of: totals) else { continue }
      let shown = totals.filter { $0.n > 0 && !hidden.contains(NetworkDisclosure.tableKey($0)) }
      let sufficient = shown.filter { current.enough(whole + [$0], of: totals) }
      let lowered = Set(whole.map(\.scope))
      let lower = feedbackGiving(lowered)
      if let next = choose(sufficient) {
        pins.append(pin(next))
      } else if !lower.isEmpty && sum(lowering: lowered).enough(whole, of: totals) {
        pins += lower
      } else if let next = shown.max(by: {
        ($0.n - current.least($0), $1.scope) < ($1.n - current.least($1), $0.scope)
      }) {
        pins.append(pin(next))
      } else if let network = rows.first(where: {
        $0.value.isTotal && $0.value.scope == NetworkValue.network && $0.value.indicator == figure
      }) {
        pins.append(pin(network.value))
      }
    }
    return pins
  }

  /// The totals of each figure of feedback the city records break down by city, the
  /// network's shown: all respondents took part, so the cities hidden whole hold at least
  /// the network's respondents less those of the others.
  func feedbackTotals() -> [HiddenSum.Feedback] {
    var network: [String: Int] = [:]
    var cities: [String: [String: PublishedNetworkValue]] = [:]
    for row in rows where row.value.isTotal {
      guard Population.source(NetworkDisclosure.populations(row.value.identity).n) == .feedback else { continue }
      if row.value.scope == NetworkValue.network {
        if !row.isCountHidden { network[row.value.indicator] = row.value.n }
      } else {
        cities[row.value.indicator, default: [:]][row.value.scope] = row
      }
    }
    return cities.keys.sorted().compactMap { figure in network[figure].map { ($0, cities[figure]!) } }
  }

  /// The shown figures of feedback of `scopes` that count more than one person: what tells
  /// a reader the least of their people who took part.
  func feedbackGiving(_ scopes: Set<String>) -> [Pin] {
    rows.filter {
      $0.value.isTotal && !$0.isCountHidden && $0.value.n > 1 && scopes.contains($0.value.scope)
        && Population.source(NetworkDisclosure.populations($0.value.identity).n) == .feedback
    }.map { pin($0.value) }
  }

  /// The officials each city's record names in the year, by scope.
  func named() -> [String: Int] {
    var result: [String: Int] = [:]
    for (scope, events) in attendance.officials {
      let named = events.filter { !withheld.contains(Self.withheldKey(scope, $0.key)) }
      result[scope] = named.count == events.count ? attendance.named[scope] ?? 0 : named.values.max() ?? 0
    }
    return result
  }

  /// The least a reader can tell of each city's people who took part in the year, as one of
  /// an event's sums sees it (the sum's hidden cities together are not all the hidden cities
  /// of the year): one (its
  /// record lists the events it took part in), the officials its record names, and the people
  /// each of its figures of feedback counts (everyone who responded took part). A figure it
  /// hides still says something while the network's is shown: the network less the shown
  /// cities is the hidden cities' sum, and the others hold no more of it than their people
  /// who took part, where those are shown.
  func leasts() -> [String: Int] {
    if let known = yearLeasts.value { return known }
    let leasts = computeLeasts()
    yearLeasts.value = leasts
    return leasts
  }

  /// `leasts`, worked out.
  func computeLeasts() -> [String: Int] {
    var tookPart: [String: Int] = [:]
    var networkHidden = Set<String>()
    var feedback: [String: [PublishedNetworkValue]] = [:]
    for row in rows where row.value.isTotal {
      let population = NetworkDisclosure.populations(row.value.identity).n
      if row.value.scope == NetworkValue.network {
        if row.isCountHidden { networkHidden.insert(row.value.indicator) }
      } else if population == NetworkDisclosure.tookPart {
        if !row.isCountHidden { tookPart[row.value.scope] = row.value.n }
      } else if Population.source(population) == .feedback {
        feedback[row.value.indicator, default: []].append(row)
      }
    }
    var result = named()
    for (indicator, cells) in feedback {
      let hidden = cells.filter(\.isCountHidden)
      // Hidden cities whose people who took part are hidden too could hold any of the sum.
      let open = hidden.filter { tookPart[$0.value.scope] == nil }.count
      let room = { (cell: PublishedNetworkValue) in max(0, (tookPart[cell.value.scope] ?? cell.value.n) - cell.value.n) }
      let slack = hidden.reduce(0) { $0 + room($1) }
      for cell in cells {
        var told = cell.value.n
        if cell.isCountHidden {
          let others = open - (tookPart[cell.value.scope] == nil ? 1 : 0)
          told = networkHidden.contains(indicator) || others > 0 ? 0 : cell.value.n - (slack - room(cell))
        }
        result[cell.value.scope] = max(result[cell.value.scope] ?? 0, told)
      }
    }
    return result.mapValues { max(1, $0) }
  }

  /// The least of a city's people who took part at one event: its named officials there, and
  /// the year's least less its people at its other events.
  func least(_ scope: String, at event: Int, year leasts: [String: Int]) -> Int {
    let elsewhere = (attendance.tookPart[scope] ?? [:]).reduce(0) { $0 + ($1.key == event ? 0 : $1.value) }
    let isWithheld = !withheld.isEmpty && withheld.contains(Self.withheldKey(scope, event))
    let named = isWithheld ? 0 : attendance.officials[scope]?[event] ?? 0
    return max(1, named, (leasts[scope] ?? 1) - elsewhere)
  }

  static func withheldKey(_ scope: String, _ event: Int) -> String { scope + "\u{1F}" + String(event) }

  /// What to do about one of an event's sums (`CityEventGroups.Block`).
  enum Repair {
    /// Its hidden groups are safe.
    case none
    /// Hide this shown cell too.
    case hide(NetworkValue)
    /// Nothing more of it can be hidden: the least of these (hidden) cities must come down.
    case lower([String])
    /// Hide these shown figures of some of its cities' people (`SubsetBounds`).
    case hideFigures([NetworkValue])
  }

  /// An event's sum with hidden groups (a hidden city's, or the people from no member city of
  /// a country) is safe when there are two or more of them and each small one could still
  /// count the threshold while the others count their least (or, a city's group of a figure
  /// it has no least in, none); else one more of its shown groups is hidden, the one that
  /// makes it safe if any.
  func repair(
    _ block: CityEventGroups.Block, cells: [Cell: PublishedNetworkValue], leasts: [String: Int], pinned: Set<Pin> = [],
    subsets: SubsetBounds.Index = [:]
  ) -> Repair {
    func isHidden(_ scope: String, _ field: String, _ group: String) -> Bool {
      cells[Cell(scope, block.identity, field, group)]?.isCountHidden == true
        || !pinned.isEmpty && pinned.contains(Pin(scope: scope, identity: block.identity, field: field, group: group))
    }
    func isHidden(_ scope: String) -> Bool {
      CityEventGroups.isRest(scope) || isHidden(scope, "total", "all") || isHidden(scope, block.field, block.group)
    }
    // A city's least is of its people who took part, not of a group of them.
    let tookPart =
      NetworkDisclosure.populations(block.identity).n == NetworkDisclosure.tookPart
      && block.field == DisclosureControl.Pattern.wholeField
    // Asked many times over for the same few cities: each worked out once.
    var leastOfCity: [String: Int] = [:]
    func least(_ scope: String) -> Int {
      guard tookPart && !CityEventGroups.isRest(scope) else { return 0 }
      if let known = leastOfCity[scope] { return known }
      let least = self.least(scope, at: block.event, year: leasts)
      leastOfCity[scope] = least
      return least
    }
    var bounds = subsetBounds(block, tookPart ? subsets : [:], cells: cells, pinned: pinned, least: least)
    // The event's mean of the sum less the cities' shown means is the mean of the hidden ones
    // together: their answers, whichever city holds them.
    let isMean = block.identity.hasPrefix("mean:")
    func safe(_ parts: [(scope: String, n: Int)]) -> Bool {
      if parts.count == 1 && !CityEventGroups.isRest(parts[0].scope) { return false }
      let sum = parts.reduce(0) { $0 + $1.n }
      if isMean && sum < threshold { return false }
      let others = bounds.othersLeasts(among: parts)
      // A city's group with no least may be none of the sum; the people from no member city
      // may be known to be some from another figure.
      return parts.allSatisfy {
        $0.n >= threshold || sum - (others[$0.scope] ?? 0) >= threshold
          || !CityEventGroups.isRest($0.scope) && least($0.scope) == 0
      }
    }
    let hidden = block.parts.filter { isHidden($0.scope) }
    guard !hidden.isEmpty, !safe(hidden) else { return .none }
    // The figures of some of their people that bound them are cheaper to hide than a city.
    let bounding = bounds.bounding(hidden, threshold: threshold)
    if !bounding.isEmpty {
      bounds.unknown.formUnion(bounding.map { Cell($0.scope, $0.identity, "total", "all") })
      if safe(hidden) { return .hideFigures(bounding) }
      bounds.unknown = []
    }
    let shown = block.parts.filter { !isHidden($0.scope) }.compactMap {
      cells[Cell($0.scope, block.identity, block.field, block.group)]?.value
    }
    let sufficient = shown.filter { safe(hidden + [($0.scope, $0.n)]) }
    if var next = choose(sufficient) ?? choose(shown) {
      // A group holding all of its city's people is its total.
      if let total = cells[Cell(next.scope, next.identity, "total", "all")]?.value, total.n == next.n {
        next = total
      }
      return .hide(next)
    }
    let high = hidden.map(\.scope).filter { least($0) > 1 }
    return tookPart && !high.isEmpty ? .lower(high) : .none
  }

  /// What the event's figures of some of the people of `block` tell a reader, as the cities'
  /// cells show them.
  func subsetBounds(
    _ block: CityEventGroups.Block, _ subsets: SubsetBounds.Index, cells: [Cell: PublishedNetworkValue],
    pinned: Set<Pin>, least: @escaping (String) -> Int
  ) -> SubsetBounds {
    SubsetBounds(
      block: block, figures: subsets[SubsetBounds.key(block)] ?? [], least: least,
      known: { scope, identity in
        guard !CityEventGroups.isRest(scope) else { return nil }
        // A city that took part without a row of the figure shows it holds none of it.
        guard let cell = cells[Cell(scope, identity, "total", "all")] else { return (0, nil) }
        return cell.isCountHidden || !pinned.isEmpty && pinned.contains(pin(cell.value)) ? nil : (cell.value.n, cell.value)
      })
  }

  /// The year's cells of the cities, by scope, identity, field and group.
  func cityCells() -> [Cell: PublishedNetworkValue] {
    var cells: [Cell: PublishedNetworkValue] = [:]
    cells.reserveCapacity(rows.count)
    for row in rows where row.value.scope != NetworkValue.network {
      cells[Cell(row.value.scope, row.value.identity, row.value.disaggregation, row.value.group)] = row
    }
    return cells
  }

  /// At an event, a sum its own report shows (the people of a country, of a category) whose
  /// hidden groups are unsafe (`repair`): the event's cell less the others' groups (which a
  /// network folder over that event alone shows) or their least would give them, so one more
  /// of them is hidden; where none is left, the shown figures of feedback that give a hidden
  /// city's least.
  func events() -> [Pin] {
    guard !blocks.isEmpty else { return [] }
    let cells = cityCells()
    let leasts = leasts()
    var repairs = [Repair](repeating: .none, count: blocks.count)
    // Whole figures first: hiding one may settle the groups' sums too.
    for wholeFigures in [true, false] {
      var pins = Set<Pin>()
      for (position, block) in blocks.enumerated()
      where (block.field == DisclosureControl.Pattern.wholeField) == wholeFigures {
        // Cells pinned for an earlier sum count as hidden for the next (a country's city
        // hidden beside another may settle its region's sum too).
        let repair = repair(block, cells: cells, leasts: leasts, pinned: pins, subsets: subsets)
        repairs[position] = repair
        switch repair {
        case .none: break
        case .hide(let next): pins.insert(pin(next))
        case .lower(let scopes): pins.formUnion(feedbackGiving(Set(scopes)))
        case .hideFigures(let figures): pins.formUnion(figures.map(pin))
        }
      }
      if !pins.isEmpty {
        return pins.sorted { ($0.scope, $0.identity, $0.field, $0.group) < ($1.scope, $1.identity, $1.field, $1.group) }
      }
    }
    // Nothing was pinned: every sum was repaired as `withholdings` repairs it.
    unpinnedRepairs.value = repairs
    return []
  }

  /// The cities' events whose named officials still make an event's sum unsafe once all else
  /// that could be is hidden: their records do not name them there.
  func withholdings() -> Set<String> {
    let repairs =
      unpinnedRepairs.value
      ?? {
        let (cells, leasts) = (cityCells(), leasts())
        return blocks.map { repair($0, cells: cells, leasts: leasts, subsets: subsets) }
      }()
    var result = Set<String>()
    for (block, repair) in zip(blocks, repairs) {
      guard case .lower(let scopes) = repair else { continue }
      for scope in scopes where (attendance.officials[scope]?[block.event] ?? 0) > 0 {
        result.insert(Self.withheldKey(scope, block.event))
      }
    }
    return result.subtracting(withheld)
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
