/// Linear constraints over non-negative whole numbers (the counts of people behind published
/// cells), with interval propagation to a fixpoint.
///
/// Every constraint is `Σ coefficient × variable ≤ bound` or `= bound` with whole-number
/// coefficients (a rounded percentage is multiplied out). Propagation tightens each
/// variable's interval from each constraint until nothing changes; it only ever removes
/// values that no solution can have, so a contradiction proves the constraints have no
/// solution.
struct IntegerSystem {
  /// The largest value any count may take when nothing bounds it (more people than any
  /// event has).
  static let ceiling = 10_000_000

  var lower: [Int] = []
  var upper: [Int] = []
  /// The constraints, flat: constraint `c` has the terms `start[c]..<start[c + 1]`.
  var start: [Int] = [0]
  var termVariable: [Int] = []
  var termCoefficient: [Int] = []
  var bound: [Int] = []
  var isEquality: [Bool] = []
  /// The constraints each variable appears in.
  var uses: [[Int]] = []

  var count: Int { bound.count }

  /// The terms of constraint `index`.
  func terms(_ index: Int) -> [(variable: Int, coefficient: Int)] {
    (start[index]..<start[index + 1]).map { (termVariable[$0], termCoefficient[$0]) }
  }

  /// A new variable, 0 or more.
  mutating func add() -> Int {
    lower.append(0)
    upper.append(Self.ceiling)
    uses.append([])
    return lower.count - 1
  }

  enum Relation { case lessOrEqual, greaterOrEqual, equal }

  /// Adds `Σ terms ≤ bound` (or ≥, or =); terms with a coefficient of 0 are dropped.
  mutating func add(_ terms: [(Int, Int)], _ relation: Relation, _ value: Int) {
    var merged: [Int: Int] = [:]
    for (variable, coefficient) in terms { merged[variable, default: 0] += coefficient }
    let sign = relation == .greaterOrEqual ? -1 : 1
    for (variable, coefficient) in merged.sorted(by: { $0.key < $1.key }) where coefficient != 0 {
      termVariable.append(variable)
      termCoefficient.append(sign * coefficient)
      uses[variable].append(count)
    }
    start.append(termVariable.count)
    bound.append(sign * value)
    isEquality.append(relation == .equal)
  }

  /// True when `values` satisfy every constraint.
  func holds(_ values: [Int]) -> Bool {
    (0..<count).allSatisfy { index in
      var sum = 0
      for term in start[index]..<start[index + 1] {
        sum = Self.add(sum, Self.times(termCoefficient[term], values[termVariable[term]]))
      }
      return isEquality[index] ? sum == bound[index] : sum <= bound[index]
    }
  }

  /// Narrows the intervals as far as the constraints allow; false when they cannot all hold.
  /// `queue` starts with the constraints to look at (all when nil). Bounds that creep by one
  /// at a time around a cycle of constraints can take very long to settle, so the work is
  /// capped: stopping early only leaves intervals wider than they could be.
  func propagate(_ lower: inout [Int], _ upper: inout [Int], from queue: [Int]? = nil) -> Bool {
    // First in, first out, so that every constraint gets its turn.
    var pending = queue ?? Array(0..<count)
    var head = 0
    var queued = [Bool](repeating: false, count: count)
    for index in pending { queued[index] = true }
    var budget = 200 * count + 1000
    var changed: [Int] = []
    while head < pending.count {
      let index = pending[head]
      head += 1
      if head > 4096 && head * 2 > pending.count {
        pending.removeFirst(head)
        head = 0
      }
      queued[index] = false
      budget -= 1
      if budget < 0 { return true }
      changed.removeAll(keepingCapacity: true)
      guard narrow(index, &lower, &upper, &changed) else { return false }
      for variable in changed {
        for other in uses[variable] where !queued[other] {
          queued[other] = true
          pending.append(other)
        }
      }
    }
    return true
  }

  /// Narrows the intervals of one constraint's variables, listing those changed; false on a
  /// contradiction. With every term at its smallest (largest) the sum must not exceed (for an
  /// equality, must reach) the bound; what is left bounds each term.
  func narrow(_ index: Int, _ lower: inout [Int], _ upper: inout [Int], _ changed: inout [Int])
    -> Bool
  {
    let terms = start[index]..<start[index + 1]
    let limit = bound[index]
    let equality = isEquality[index]
    var smallest = 0
    var largest = 0
    for term in terms {
      let c = termCoefficient[term]
      let variable = termVariable[term]
      let (low, high) = c > 0 ? (lower[variable], upper[variable]) : (upper[variable], lower[variable])
      smallest = Self.add(smallest, Self.times(c, low))
      largest = Self.add(largest, Self.times(c, high))
    }
    if smallest > limit || (equality && largest < limit) { return false }
    for term in terms {
      let c = termCoefficient[term]
      let variable = termVariable[term]
      let (low, high) = c > 0 ? (lower[variable], upper[variable]) : (upper[variable], lower[variable])
      // c × x ≤ limit − (the others at their smallest).
      let most = Self.add(limit, -Self.add(smallest, -Self.times(c, low)))
      // For an equality, c × x ≥ limit − (the others at their largest).
      let least = equality ? Self.add(limit, -Self.add(largest, -Self.times(c, high))) : nil
      var newLower = lower[variable]
      var newUpper = upper[variable]
      if c > 0 {
        newUpper = min(newUpper, Self.floorDivide(most, c))
        if let least { newLower = max(newLower, Self.ceilDivide(least, c)) }
      } else {
        newLower = max(newLower, Self.ceilDivide(most, c))
        if let least { newUpper = min(newUpper, Self.floorDivide(least, c)) }
      }
      if newLower > newUpper { return false }
      if newLower != lower[variable] || newUpper != upper[variable] {
        lower[variable] = newLower
        upper[variable] = newUpper
        changed.append(variable)
      }
    }
    return true
  }

  /// Products and sums saturate far beyond any count, so that propagation never traps.
  static let saturation = 1 << 60

  static func times(_ a: Int, _ b: Int) -> Int {
    let (product, overflow) = a.multipliedReportingOverflow(by: b)
    if overflow || product > saturation || product < -saturation {
      return (a < 0) != (b < 0) ? -saturation : saturation
    }
    return product
  }

  static func add(_ a: Int, _ b: Int) -> Int { max(-saturation, min(saturation, a + b)) }

  static func floorDivide(_ a: Int, _ b: Int) -> Int {
    let quotient = a / b
    return (a % b != 0) && ((a < 0) != (b < 0)) ? quotient - 1 : quotient
  }

  static func ceilDivide(_ a: Int, _ b: Int) -> Int {
    let quotient = a / b
    return (a % b != 0) && ((a < 0) == (b < 0)) ? quotient + 1 : quotient
  }
}
