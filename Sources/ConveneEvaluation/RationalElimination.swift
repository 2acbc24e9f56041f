/// Exact linear algebra over the rationals on small matrices of whole numbers: Gaussian
/// elimination without division (each row combination is divided by the greatest common
/// divisor of its entries), so no rounding ever happens. Every operation fails with
/// `Overflow` rather than give a wrong answer when a number does not fit in an `Int`.
enum RationalElimination {
  /// A number did not fit in an `Int`.
  struct Overflow: Error {}

  /// The rank of `rows` over the rationals.
  static func rank(_ rows: [[Int]]) throws(Overflow) -> Int {
    try reduced(rows).pivots.count
  }

  /// A basis of the whole-number vectors `c` with `c · rows = 0` (one entry per row: the
  /// combinations of the rows that vanish), each without a common factor.
  static func combinationsVanishing(_ rows: [[Int]]) throws(Overflow) -> [[Int]] {
    let count = rows.count
    guard count > 0 else { return [] }
    // c · rows = 0 is the system whose equations are the columns of `rows`.
    let width = rows[0].count
    let equations = (0..<width).map { column in rows.map { $0[column] } }
    let (reduced, pivots) = try reduced(equations)
    let free = (0..<count).filter { !pivots.contains($0) }
    var scale = 1
    for (row, pivot) in zip(reduced, pivots) { scale = try lcm(scale, abs(row[pivot])) }
    return try free.map { variable throws(Overflow) in
      var vector = [Int](repeating: 0, count: count)
      vector[variable] = scale
      for (row, pivot) in zip(reduced, pivots) where row[variable] != 0 {
        vector[pivot] = try -(multiply(row[variable], scale / row[pivot]))
      }
      return divided(vector)
    }
  }

  /// `matrix` in reduced row echelon form (rows of zeros dropped) and the column of each
  /// row's pivot.
  static func reduced(_ matrix: [[Int]]) throws(Overflow) -> (rows: [[Int]], pivots: [Int]) {
    var rows = matrix
    var pivots: [Int] = []
    let width = rows.first?.count ?? 0
    for column in 0..<width where pivots.count < rows.count {
      let top = pivots.count
      guard let found = (top..<rows.count).first(where: { rows[$0][column] != 0 }) else { continue }
      rows.swapAt(top, found)
      for index in rows.indices where index != top && rows[index][column] != 0 {
        rows[index] = try eliminate(column, of: rows[index], with: rows[top])
      }
      pivots.append(column)
    }
    return (Array(rows.prefix(pivots.count)), pivots)
  }

  /// `row` with its entry in `column` cancelled by a multiple of `pivotRow`, divided by the
  /// common factor of its entries.
  static func eliminate(_ column: Int, of row: [Int], with pivotRow: [Int]) throws(Overflow) -> [Int] {
    let (a, b) = (pivotRow[column], row[column])
    var result = row
    for index in row.indices {
      let (left, right) = (try multiply(a, row[index]), try multiply(b, pivotRow[index]))
      let (difference, overflow) = left.subtractingReportingOverflow(right)
      if overflow || difference == .min { throw Overflow() }
      result[index] = difference
    }
    return divided(result)
  }

  static func multiply(_ a: Int, _ b: Int) throws(Overflow) -> Int {
    // Int.min is refused too, so that every entry can be negated.
    let (product, overflow) = a.multipliedReportingOverflow(by: b)
    if overflow || product == .min { throw Overflow() }
    return product
  }

  static func gcd(_ a: Int, _ b: Int) -> Int {
    var (x, y) = (a.magnitude, b.magnitude)
    while y != 0 { (x, y) = (y, x % y) }
    return Int(truncatingIfNeeded: x)
  }

  static func lcm(_ a: Int, _ b: Int) throws(Overflow) -> Int {
    try multiply(a / gcd(a, b), b)
  }

  /// `vector` divided by the common factor of its entries (unchanged when all are 0).
  static func divided(_ vector: [Int]) -> [Int] {
    let factor = vector.reduce(0) { gcd($0, $1) }
    return factor <= 1 ? vector : vector.map { $0 / factor }
  }
}
