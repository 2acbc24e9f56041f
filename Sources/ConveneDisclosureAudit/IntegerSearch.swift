/// A complete search for whole-number solutions of an `IntegerSystem`: propagation, then
/// splitting the smallest open interval in two, depth first. It answers exactly whether some
/// solution has a variable within given limits, unless it runs out of steps.
struct IntegerSearch {
  let system: IntegerSystem
  /// The most intervals split in one question before giving up.
  var stepLimit = 20_000

  /// What the search found.
  enum Answer {
    /// A solution within the limits: the value of every variable.
    case solution([Int])
    /// No solution within the limits.
    case none
    /// The step limit was reached first.
    case unknown
  }

  /// Whether some solution has `variable` within `range`, among `variables` (the others keep
  /// their intervals); `lower`/`upper` are the intervals propagated so far. `preferLow` tries
  /// small values first.
  func solve(
    _ variable: Int, in range: ClosedRange<Int>, variables: [Int], lower: [Int], upper: [Int],
    preferLow: Bool
  ) -> Answer {
    var lower = lower
    var upper = upper
    lower[variable] = max(lower[variable], range.lowerBound)
    upper[variable] = min(upper[variable], range.upperBound)
    guard lower[variable] <= upper[variable],
      system.propagate(&lower, &upper, from: system.uses[variable])
    else { return .none }
    var steps = 0
    return search(lower, upper, variables, preferLow, &steps)
  }

  /// Depth first: the open variable with the smallest interval is first tried at the value
  /// that shares out what its sums still need evenly among their open variables (which, for
  /// groups adding up to a total, usually completes a solution at once), then the values
  /// below it and above it, each as one interval.
  func search(_ lower: [Int], _ upper: [Int], _ variables: [Int], _ preferLow: Bool, _ steps: inout Int)
    -> Answer
  {
    var chosen: Int?
    for variable in variables where lower[variable] < upper[variable] {
      if chosen == nil || upper[variable] - lower[variable] < upper[chosen!] - lower[chosen!] {
        chosen = variable
      }
    }
    // Propagation may stop early, so a complete assignment is checked before it counts.
    guard let variable = chosen else { return system.holds(lower) ? .solution(lower) : .none }
    steps += 1
    if steps > stepLimit { return .unknown }
    let (low, high) = (lower[variable], upper[variable])
    let guess = preferLow ? low : max(low, min(high, share(variable, lower, upper)))
    // The guess alone, then the rest as two intervals, nearest first: every value is tried
    // once, so the search stays complete.
    var tries = [(guess, guess)]
    if guess > low { tries.append((low, guess - 1)) }
    if guess < high { tries.append((guess + 1, high)) }
    if tries.count == 3 && guess - low > high - guess { tries.swapAt(1, 2) }
    var undecided = false
    for (from, to) in tries {
      var newLower = lower
      var newUpper = upper
      newLower[variable] = from
      newUpper[variable] = to
      guard system.propagate(&newLower, &newUpper, from: system.uses[variable]) else { continue }
      switch search(newLower, newUpper, variables, preferLow, &steps) {
      case .solution(let values): return .solution(values)
      case .unknown: undecided = true
      case .none: continue
      }
      if steps > stepLimit { return .unknown }
    }
    return undecided ? .unknown : .none
  }

  /// An even share for `variable` of what its equalities still need: for each, what is left
  /// once the settled variables are counted, divided among the open ones (the smallest share).
  func share(_ variable: Int, _ lower: [Int], _ upper: [Int]) -> Int {
    var best: Int?
    for index in system.uses[variable] where system.isEquality[index] {
      let terms = system.start[index]..<system.start[index + 1]
      guard let own = terms.first(where: { system.termVariable[$0] == variable }) else { continue }
      let coefficient = system.termCoefficient[own]
      var left = system.bound[index]
      var open = 0
      for term in terms {
        let other = system.termVariable[term]
        let c = system.termCoefficient[term]
        if lower[other] == upper[other] {
          left -= c * lower[other]
        } else if c == coefficient {
          open += 1
        } else {
          // An open variable on the other side: the sum is not settled enough to share.
          open = 0
          break
        }
      }
      guard open > 0 else { continue }
      let value = left / coefficient / open
      best = min(best ?? value, value)
    }
    return best ?? lower[variable]
  }
}
