/// Decides each hidden count of an `AttackModel` exactly: propagation first, then a complete
/// search in the group of counts tied to it, reusing every solution found as a witness.
struct Solver {
  let model: AttackModel
  let stepLimit: Int
  var lower: [Int] = []
  var upper: [Int] = []
  /// Counts some solution makes 0, and counts some solution makes large.
  var canBeEmpty = Set<Int>()
  var canBeLarge: [Int: Int] = [:]
  /// The component (local system) of each undetermined variable.
  var componentOf: [Int: Int] = [:]
  var components: [Component] = []
  /// Components already searched once each way.
  var seeded = Set<Int>()

  enum Decision {
    case safe
    case recovered([Int])
    case undecided
  }

  /// The counts tied together by relations, as a system of their own.
  struct Component {
    var variables: [Int]
    var local: [Int: Int]
    var system: IntegerSystem
    var lower: [Int]
    var upper: [Int]
  }

  init(model: AttackModel, stepLimit: Int) {
    self.model = model
    self.stepLimit = stepLimit
  }

  /// Propagates everything; false when the numbers contradict each other.
  mutating func start() -> Bool {
    lower = model.system.lower
    upper = model.system.upper
    guard model.system.propagate(&lower, &upper) else { return false }
    buildComponents()
    return true
  }

  mutating func buildComponents() {
    var parent = Array(lower.indices)
    func root(_ x: Int) -> Int {
      var x = x
      while parent[x] != x {
        parent[x] = parent[parent[x]]
        x = parent[x]
      }
      return x
    }
    let (lower, upper) = (self.lower, self.upper)
    let open = { (variable: Int) in lower[variable] < upper[variable] }
    for index in 0..<model.system.count {
      let free = model.system.terms(index).map(\.variable).filter(open)
      for variable in free.dropFirst() { parent[root(variable)] = root(free[0]) }
    }
    var members: [Int: [Int]] = [:]
    for variable in lower.indices where open(variable) { members[root(variable), default: []].append(variable) }
    for (_, variables) in members.sorted(by: { $0.key < $1.key }) {
      var local: [Int: Int] = [:]
      var system = IntegerSystem()
      for variable in variables {
        local[variable] = system.add()
        system.lower[local[variable]!] = lower[variable]
        system.upper[local[variable]!] = upper[variable]
      }
      var seen = Set<Int>()
      for variable in variables {
        for index in model.system.uses[variable] where !seen.contains(index) {
          seen.insert(index)
          var bound = model.system.bound[index]
          var terms: [(Int, Int)] = []
          for term in model.system.terms(index) {
            if let mapped = local[term.variable] {
              terms.append((mapped, term.coefficient))
            } else {
              bound -= term.coefficient * lower[term.variable]
            }
          }
          system.add(terms, model.system.isEquality[index] ? .equal : .lessOrEqual, bound)
        }
      }
      for variable in variables { componentOf[variable] = components.count }
      components.append(Component(variables: variables, local: local, system: system, lower: system.lower, upper: system.upper))
    }
  }

  /// Whether a hidden count is narrowed to 1 to t - 1.
  mutating func decide(_ hidden: AttackModel.Hidden) -> Decision {
    let variable = hidden.variable
    let threshold = hidden.threshold
    if upper[variable] == 0 || lower[variable] >= threshold { return .safe }
    guard let index = componentOf[variable] else {
      // Determined: a small number is recovered.
      return (1..<threshold).contains(lower[variable]) ? .recovered([lower[variable]]) : .safe
    }
    if !seeded.contains(index) {
      // One solution found first settles many counts at once.
      seeded.insert(index)
      _ = ask(index, variable, 0...IntegerSystem.ceiling, limit: stepLimit / 10)
    }
    // Cheap tries of both questions first: the one with an answer usually has it at once,
    // while the other may need the whole search to be ruled out.
    var empty = Reply.unknown
    var large = Reply.unknown
    for limit in [stepLimit / 40, stepLimit] {
      if canBeEmpty.contains(variable) || (canBeLarge[variable] ?? 0) >= threshold { return .safe }
      if empty == .unknown { empty = ask(index, variable, 0...0, limit: limit) }
      if empty == .yes { return .safe }
      if large == .unknown { large = ask(index, variable, threshold...IntegerSystem.ceiling, limit: limit) }
      if large == .yes { return .safe }
    }
    if empty == .unknown || large == .unknown { return .undecided }
    var values: [Int] = []
    for value in 1..<threshold {
      switch ask(index, variable, value...value, limit: stepLimit) {
      case .yes: values.append(value)
      case .no: break
      case .unknown: return .undecided
      }
    }
    return .recovered(values)
  }

  enum Reply { case yes, no, unknown }

  /// Whether some solution has `variable` in `range`; every solution found is remembered.
  mutating func ask(_ index: Int, _ variable: Int, _ range: ClosedRange<Int>, limit: Int) -> Reply {
    let component = components[index]
    var search = IntegerSearch(system: component.system)
    search.stepLimit = max(limit, 1)
    let answer = search.solve(
      component.local[variable]!, in: range, variables: Array(component.system.lower.indices),
      lower: component.lower, upper: component.upper, preferLow: false)
    switch answer {
    case .solution(let values):
      for (global, local) in component.local {
        if values[local] == 0 { canBeEmpty.insert(global) }
        canBeLarge[global] = max(canBeLarge[global] ?? 0, values[local])
      }
      return .yes
    case .none: return .no
    case .unknown: return .unknown
    }
  }
}

