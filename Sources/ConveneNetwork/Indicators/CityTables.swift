/// The two-way tables of the city records, as an attacker reads them: for one year, figure
/// and field, a row per scope (each city, the other cities, the network) and a column per
/// group and one for the row's total. Every row adds up to its total, and every column of the
/// cities adds up to the network's. In such a table a hidden cell can be worked out exactly
/// when it lies on no cycle of hidden cells (it is a bridge of the graph whose nodes are the
/// rows and columns and whose edges are the hidden cells); a cycle lets every cell on it move
/// up and down together without changing a sum.
struct CityTables {
  /// One table's cells: row (scope), column (group, or `total`) and the cell's index.
  struct Table {
    var cells: [(row: String, column: String, index: Int)] = []
  }

  let tables: [Table]

  /// The tables of `values` (of the cells `people`) whose figure has city rows.
  init(_ values: [NetworkValue], _ people: [Int]) {
    var totals: [String: [(String, Int)]] = [:]
    var groups: [String: [(String, String, Int)]] = [:]
    var withCities = Set<String>()
    for index in people {
      let value = values[index]
      let figure = "\(value.year)\u{1F}\(value.indicator)"
      if value.scope != NetworkValue.network { withCities.insert(figure) }
      if value.isTotal {
        totals[figure, default: []].append((value.scope, index))
      } else {
        groups[figure + "\u{1F}" + value.disaggregation, default: []].append((value.scope, value.group, index))
      }
    }
    var tables: [Table] = []
    for (key, cells) in groups.sorted(by: { $0.key < $1.key }) {
      let figure = String(key[..<key.lastIndex(of: "\u{1F}")!])
      guard withCities.contains(figure) else { continue }
      var table = Table()
      table.cells = cells.map { ($0.0, $0.1, $0.2) } + (totals[figure] ?? []).map { ($0.0, "\u{1F}total", $0.1) }
      tables.append(table)
    }
    self.tables = tables
  }

  /// Cells to hide as well so that no hidden cell about fewer than `threshold` people is a
  /// bridge: for each such cell, the smallest shown cell that closes a cycle through it.
  func repairs(hidden: Set<Int>, values: [NetworkValue], threshold: Int) -> Set<Int> {
    var pins = Set<Int>()
    for table in tables {
      let graph = Graph(table, hidden: hidden)
      for edge in graph.bridges() {
        let cell = graph.edges[edge]
        let counts = [values[cell.index].n] + (values[cell.index].numerator.map { [$0] } ?? [])
        guard counts.contains(where: { $0 > 0 && $0 < threshold }) else { continue }
        if let pin = graph.closingCycle(through: edge, table: table, values: values, hidden: hidden) {
          pins.formUnion(pin)
        }
      }
    }
    return pins
  }

  /// The hidden cells of one table as a graph.
  struct Graph {
    var nodes: [String: Int] = [:]
    var edges: [(a: Int, b: Int, index: Int)] = []
    var adjacent: [[(node: Int, edge: Int)]] = []

    init(_ table: Table, hidden: Set<Int>) {
      for cell in table.cells {
        let a = node("r" + cell.row)
        let b = node("c" + cell.column)
        guard hidden.contains(cell.index) else { continue }
        adjacent[a].append((b, edges.count))
        adjacent[b].append((a, edges.count))
        edges.append((a, b, cell.index))
      }
    }

    mutating func node(_ name: String) -> Int {
      if let found = nodes[name] { return found }
      nodes[name] = adjacent.count
      adjacent.append([])
      return adjacent.count - 1
    }

    /// The edges on no cycle (Tarjan's low links, without recursion).
    func bridges() -> [Int] {
      var order = [Int](repeating: -1, count: adjacent.count)
      var low = [Int](repeating: 0, count: adjacent.count)
      var counter = 0
      var found: [Int] = []
      for start in adjacent.indices where order[start] < 0 {
        var stack: [(node: Int, via: Int, next: Int)] = [(start, -1, 0)]
        order[start] = counter
        low[start] = counter
        counter += 1
        while var top = stack.popLast() {
          if top.next < adjacent[top.node].count {
            let (neighbour, edge) = adjacent[top.node][top.next]
            top.next += 1
            stack.append(top)
            if edge == top.via { continue }
            if order[neighbour] < 0 {
              order[neighbour] = counter
              low[neighbour] = counter
              counter += 1
              stack.append((neighbour, edge, 0))
            } else {
              low[top.node] = min(low[top.node], order[neighbour])
            }
          } else if let parent = stack.last {
            low[parent.node] = min(low[parent.node], low[top.node])
            if low[top.node] > order[parent.node] { found.append(top.via) }
          }
        }
      }
      return found
    }

    /// The nodes reachable from `start` without crossing `removed`.
    func reachable(from start: Int, without removed: Int) -> Set<Int> {
      var seen: Set<Int> = [start]
      var queue = [start]
      while let node = queue.popLast() {
        for (neighbour, edge) in adjacent[node] where edge != removed && seen.insert(neighbour).inserted {
          queue.append(neighbour)
        }
      }
      return seen
    }

    /// The shown cells whose hiding puts `edge` on a cycle: one joining its two sides, or two
    /// through a row or column outside both; the smallest such, nil when there is none.
    func closingCycle(through edge: Int, table: Table, values: [NetworkValue], hidden: Set<Int>) -> [Int]? {
      let one = reachable(from: edges[edge].a, without: edge)
      let other = reachable(from: edges[edge].b, without: edge)
      let shown = table.cells.filter { !hidden.contains($0.index) && values[$0.index].n > 0 }.map {
        (a: nodes["r" + $0.row]!, b: nodes["c" + $0.column]!, index: $0.index)
      }
      let size = { (cell: Int) in values[cell].n }
      let joining = shown.filter { (one.contains($0.a) && other.contains($0.b)) || (one.contains($0.b) && other.contains($0.a)) }
      if let best = joining.min(by: { (size($0.index), $0.index) < (size($1.index), $1.index) }) { return [best.index] }
      var best: [Int]?
      var bestSize = Int.max
      for outside in Set(shown.flatMap { [$0.a, $0.b] }).subtracting(one).subtracting(other).sorted() {
        let touching = shown.filter { $0.a == outside || $0.b == outside }
        let toOne = touching.filter { one.contains($0.a == outside ? $0.b : $0.a) }.min { size($0.index) < size($1.index) }
        let toOther = touching.filter { other.contains($0.a == outside ? $0.b : $0.a) }.min { size($0.index) < size($1.index) }
        if let toOne, let toOther, size(toOne.index) + size(toOther.index) < bestSize {
          bestSize = size(toOne.index) + size(toOther.index)
          best = [toOne.index, toOther.index]
        }
      }
      return best
    }
  }
}
