/// Decides each hidden count of an `AttackModel` exactly: interval propagation first (it
/// settles the counts the shown numbers fix and splits the rest into groups of counts tied by
/// relations), then, in each group, a whole-number linear program per question, whose every
/// solution is kept as a witness for the counts it makes 0 or large.
struct Solver {
  let model: AttackModel
  /// The time lp_solve may take on one question.
  let seconds: Int
  var lower: [Int] = []
  var upper: [Int] = []
  /// Counts some solution makes 0, and the largest value some solution gives each count.
  var canBeEmpty = Set<Int>()
  var canBeLarge: [Int: Int] = [:]
  /// The component (local system) of each undetermined variable.
  var componentOf: [Int: Int] = [:]
  var components: [Component] = []

  enum Decision: Equatable {
    case safe
    /// The smallest and largest values the count can have.
    case recovered(ClosedRange<Int>)
    case undecided
  }

  /// The counts tied together by relations, as a system of their own, and its program once
  /// made.
  struct Component {
    var variables: [Int]
    var local: [Int: Int]
    var system: IntegerSystem
    var program: LinearProgram?
  }

  init(model: AttackModel, seconds: Int) {
    self.model = model
    self.seconds = seconds
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
    for variable in lower.indices where open(variable) {
      members[root(variable), default: []].append(variable)
    }
    for (_, variables) in members.sorted(by: { $0.key < $1.key }) {
      for variable in variables { componentOf[variable] = components.count }
      components.append(component(of: variables))
    }
  }

  /// The system of `variables` alone: the others are settled, so they move to the bounds.
  func component(of variables: [Int]) -> Component {
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
    return Component(variables: variables, local: local, system: system)
  }

  /// Whether a hidden count is narrowed to 1 to t - 1.
  mutating func decide(_ hidden: AttackModel.Hidden) -> Decision {
    let variable = hidden.variable
    let threshold = hidden.threshold
    if upper[variable] == 0 || lower[variable] >= threshold { return .safe }
    guard let index = componentOf[variable] else {
      // Determined: a small number is recovered.
      return (1..<threshold).contains(lower[variable])
        ? .recovered(lower[variable]...lower[variable]) : .safe
    }
    if canBeEmpty.contains(variable) || (canBeLarge[variable] ?? 0) >= threshold { return .safe }
    // Whether the count can be 0, then whether it can be the threshold or more: each a search
    // for one solution, quicker than the smallest and largest values, which are sought only
    // when neither exists (the count is narrowed to 1 to threshold - 1) to say how far.
    let empty = search(index, variable, within: 0...0)
    if empty == true { return .safe }
    let large = upper[variable] >= threshold ? search(index, variable, within: threshold...upper[variable]) : false
    if large == true { return .safe }
    guard empty == false, large == false else { return .undecided }
    guard let smallest = optimise(index, variable, maximise: false),
      let largest = optimise(index, variable, maximise: true)
    else { return .recovered(1...(threshold - 1)) }
    return .recovered(smallest...largest)
  }

  /// Whether some whole-number solution puts `variable` within `range` (nil when the solver
  /// could not tell); the solution found is kept as a witness.
  mutating func search(_ index: Int, _ variable: Int, within range: ClosedRange<Int>) -> Bool? {
    guard let program = program(of: index) else { return nil }
    let component = components[index]
    let local = component.local[variable]!
    switch program.solution(
      local, within: range, bounds: component.system.lower[local]...component.system.upper[local])
    {
    case .infeasible: return false
    case .unknown: return nil
    case .optimal(let values):
      guard component.system.holds(values) else { return nil }
      witness(values, of: component)
      return true
    }
  }

  /// The linear program of component `index`, made the first time it is asked for.
  mutating func program(of index: Int) -> LinearProgram? {
    if components[index].program == nil {
      components[index].program = Self.program(components[index].system, seconds: seconds)
    }
    return components[index].program
  }

  /// Notes which counts `values` (a solution of `component`) makes 0, and how large.
  mutating func witness(_ values: [Int], of component: Component) {
    for (global, local) in component.local {
      if values[local] == 0 { canBeEmpty.insert(global) }
      canBeLarge[global] = max(canBeLarge[global] ?? 0, values[local])
    }
  }

  /// The smallest or largest value of `variable` over every whole-number solution, or nil when
  /// the solver could not tell; the solution found is kept as a witness.
  mutating func optimise(_ index: Int, _ variable: Int, maximise: Bool) -> Int? {
    guard let program = program(of: index) else { return nil }
    let component = components[index]
    guard case .optimal(let values) = program.optimise(component.local[variable]!, maximise: maximise),
      component.system.holds(values)
    else { return nil }
    witness(values, of: component)
    return values[component.local[variable]!]
  }

  /// The linear program of a component's system.
  static func program(_ system: IntegerSystem, seconds: Int) -> LinearProgram? {
    guard let program = try? LinearProgram(columns: system.lower.count, seconds: seconds) else {
      return nil
    }
    for column in system.lower.indices { program.bound(column, system.lower[column], system.upper[column]) }
    for index in 0..<system.count {
      let terms = system.terms(index).map { (column: $0.variable, coefficient: $0.coefficient) }
      guard program.add(terms, system.isEquality[index] ? .equal : .lessOrEqual, system.bound[index])
      else { return nil }
    }
    return program
  }
}
