import ConveneCore
import ConveneEvaluation
import ConveneTestSupport
import Testing

@testable import ConveneNetwork

/// The network report's suppression, attacked: no small group is shown, and no hidden cell can
/// be worked out by adding and subtracting published numbers (city totals, the groups of a
/// city, the network's cells the cities add up to, and the same numbers in the framework).
@Suite struct NetworkDisclosureTests {
  /// People per city (rows) and category (columns) for one year.
  typealias Table = [String: [String: Int]]

  /// The cells of a city table as the report computes them: each city's total and groups,
  /// the network's (which the cities add up to), and a framework indicator that counts the
  /// same people (by category, and by gender, which the cities do not show).
  static func cells(_ table: Table, genders: [String: Int]) -> [NetworkValue] {
    var cells: [NetworkValue] = []
    func add(_ indicator: String, _ scope: String, _ disaggregation: String, _ group: String, _ n: Int) {
      cells.append(
        NetworkValue(
          year: 2027, indicator: indicator, scope: scope, disaggregation: disaggregation, group: group,
          value: Double(n), n: n, kind: .count, isAboutPeople: true, identity: "participants"))
    }
    var columns: [String: Int] = [:]
    for (city, groups) in table.sorted(by: { $0.key < $1.key }) {
      add("city:participants", city, "total", "all", groups.values.reduce(0, +))
      for (group, n) in groups.sorted(by: { $0.key < $1.key }) where n > 0 {
        add("city:participants", city, "category", group, n)
        columns[group, default: 0] += n
      }
    }
    let total = columns.values.reduce(0, +)
    for indicator in ["city:participants", "participants"] {
      add(indicator, NetworkValue.network, "total", "all", total)
      for (group, n) in columns.sorted(by: { $0.key < $1.key }) { add(indicator, NetworkValue.network, "category", group, n) }
    }
    for (gender, n) in genders.sorted(by: { $0.key < $1.key }) { add("participants", NetworkValue.network, "gender", gender, n) }
    return cells
  }

  /// The sets of cells that add up to another: (parent, parts).
  static func sums(_ cells: [NetworkValue]) -> [(Int, [Int])] {
    var sums: [(Int, [Int])] = []
    let index = Dictionary(uniqueKeysWithValues: cells.enumerated().map { (Self.key($1), $0) })
    for (position, cell) in cells.enumerated() where cell.isTotal {
      let groups = Dictionary(grouping: cells.indices.filter {
        cells[$0].indicator == cell.indicator && cells[$0].scope == cell.scope && !cells[$0].isTotal
      }) { cells[$0].disaggregation }
      for parts in groups.values { sums.append((position, parts)) }
    }
    for (position, cell) in cells.enumerated() where cell.scope == NetworkValue.network && cell.indicator.hasPrefix("city:") {
      let parts = cells.indices.filter {
        cells[$0].scope != NetworkValue.network && cells[$0].indicator == cell.indicator
          && cells[$0].disaggregation == cell.disaggregation && cells[$0].group == cell.group
      }
      if !parts.isEmpty { sums.append((position, parts)) }
      // The framework's copy is the same number.
      if let copy = index[key(cell, indicator: "participants")] { sums.append((copy, [position])) }
    }
    return sums
  }

  static func key(_ cell: NetworkValue, indicator: String? = nil) -> String {
    [indicator ?? cell.indicator, cell.scope, cell.disaggregation, cell.group].joined(separator: "|")
  }

  /// The hidden cells whose value follows exactly from the published ones: unknowns of a
  /// linear system (each sum an equation), reduced to row echelon form over the rationals; a
  /// row with one unknown left gives it away.
  static func workedOut(_ cells: [NetworkValue], hidden: Set<Int>) -> Set<Int> {
    let unknowns = hidden.sorted()
    let column = Dictionary(uniqueKeysWithValues: unknowns.enumerated().map { ($1, $0) })
    var rows: [[Double]] = []
    for (parent, parts) in sums(cells) {
      var row = [Double](repeating: 0, count: unknowns.count + 1)
      var constant = 0.0
      for (cell, sign) in [(parent, -1.0)] + parts.map({ ($0, 1.0) }) {
        if let at = column[cell] { row[at] += sign } else { constant -= sign * Double(cells[cell].n) }
      }
      row[unknowns.count] = constant
      if row.dropLast().contains(where: { $0 != 0 }) { rows.append(row) }
    }
    var pivotRow = 0
    var pivots: [Int: Int] = [:]
    for col in 0..<unknowns.count where pivotRow < rows.count {
      guard let found = (pivotRow..<rows.count).first(where: { abs(rows[$0][col]) > 1e-9 }) else { continue }
      rows.swapAt(pivotRow, found)
      let pivot = rows[pivotRow][col]
      rows[pivotRow] = rows[pivotRow].map { $0 / pivot }
      for other in rows.indices where other != pivotRow && abs(rows[other][col]) > 1e-9 {
        let factor = rows[other][col]
        rows[other] = zip(rows[other], rows[pivotRow]).map { $0 - factor * $1 }
      }
      pivots[col] = pivotRow
      pivotRow += 1
    }
    var found = Set<Int>()
    for (col, row) in pivots {
      let others = rows[row].dropLast().enumerated().filter { $0.offset != col && abs($0.element) > 1e-9 }
      if others.isEmpty { found.insert(unknowns[col]) }
    }
    return found
  }

  static func attack(_ table: Table, genders: [String: Int]) {
    let published = NetworkDisclosure.publish(cells(table, genders: genders))
    let cells = published.map(\.value)
    let hidden = Set(published.indices.filter { published[$0].suppression != nil })
    for cell in published where cell.suppression == nil {
      #expect(!(1...4).contains(cell.value.n), "a group of \(cell.value.n) is shown: \(key(cell.value))")
    }
    // Copies of one number are hidden alike.
    for (parent, parts) in sums(cells) where parts.count == 1 {
      #expect(hidden.contains(parent) == hidden.contains(parts[0]))
    }
    let exposed = workedOut(cells, hidden: hidden).filter { (1...4).contains(cells[$0].n) }
    #expect(exposed.isEmpty, "worked out: \(exposed.map { key(cells[$0]) + "=\(cells[$0].n)" })")
  }

  @Test func aSmallGroupOfOneCityCannotBeWorkedOutFromTheNetworkOrTheCitysTotal() {
    Self.attack(
      [
        "dakar-sn": ["mayor": 3, "youth": 6, "official": 7],
        "tunis-tn": ["mayor": 6, "youth": 9, "official": 8],
        "amman-jo": ["mayor": 9, "youth": 9, "official": 12],
        NetworkValue.otherCities: ["mayor": 5, "youth": 5, "official": 5],
      ], genders: ["woman": 40, "man": 34])
  }

  @Test func aCityWithOnlySmallGroups() {
    Self.attack(
      [
        "arua-ug": ["mayor": 1, "youth": 2],
        "kigali-rw": ["mayor": 7, "youth": 8, "official": 6],
        "kampala-ug": ["mayor": 5, "youth": 1, "official": 9],
      ], genders: ["woman": 20, "man": 18, "non-binary": 1])
  }

  @Test(arguments: 1...400)
  func randomNetworksGiveNothingAway(seed: Int) {
    var random = SeededRandom(seed: UInt64(seed))
    var table: Table = [:]
    for city in 0..<(2 + Int(random.next() % 5)) {
      var groups: [String: Int] = [:]
      for group in ["mayor", "youth", "official", "civil-society"] where random.next() % 4 != 0 {
        groups[group] = Int(random.next() % 12)
      }
      table["city-\(city)"] = groups
    }
    let total = table.values.flatMap(\.values).reduce(0, +)
    let women = total == 0 ? 0 : Int(random.next() % UInt64(total + 1))
    Self.attack(table, genders: ["woman": women, "man": total - women])
  }

  @Test func countsOfCitiesEventsAndRequestsAreShownWhole() {
    let cells = [
      NetworkValue(year: 2027, indicator: "members", value: 3, n: 3, kind: .count, isAboutPeople: false, identity: "member-cities")
    ]
    #expect(NetworkDisclosure.publish(cells)[0].suppression == nil)
  }

  @Test func aPercentageWhoseNumeratorIsSmallHidesItsValueAndKeepsItsN() {
    let cells = [
      NetworkValue(
        year: 2027, indicator: "acted", value: 30, n: 10, numerator: 3, kind: .percent, isAboutPeople: true,
        identity: NetworkMeasure.actedUponShare.rawValue)
    ]
    let published = NetworkDisclosure.publish(cells)[0]
    #expect(published.suppression == .value && published.valueText == "suppressed" && published.nText == "10")
  }
}
