import CLPSolve

/// A linear program over whole numbers, solved exactly by lp_solve's branch and bound: some
/// columns, each between two bounds, and constraints `Σ coefficient × column ≤, = or ≥ bound`.
/// Owns its lp_solve model; columns are numbered from 0.
final class LinearProgram {
  private let model: UnsafeMutablePointer<lprec>
  let columns: Int

  /// What a minimisation or maximisation found.
  enum Outcome: Equatable {
    /// The best value of every column (whole numbers).
    case optimal([Int])
    /// No whole numbers satisfy the constraints.
    case infeasible
    /// The solver stopped (time limit, or a numerical failure) before it knew.
    case unknown
  }

  /// What a program could not be made of.
  struct Failure: Error {}

  /// A program of `columns` whole-number columns, each from 0 up, and no constraints.
  init(columns: Int, seconds: Int) throws(Failure) {
    guard columns > 0, let model = make_lp(0, Int32(columns)) else { throw Failure() }
    self.model = model
    self.columns = columns
    set_verbose(model, NEUTRAL)
    set_timeout(model, seconds)
    for column in 1...Int32(columns) { set_int(model, column, 1) }
    set_add_rowmode(model, 1)
  }

  deinit { delete_lp(model) }

  /// Bounds one column.
  func bound(_ column: Int, _ lower: Int, _ upper: Int) {
    set_bounds(model, Int32(column + 1), Double(lower), Double(upper))
  }

  enum Relation { case lessOrEqual, equal, greaterOrEqual }

  /// Adds `Σ terms (relation) bound`; false when lp_solve refused it.
  @discardableResult
  func add(_ terms: [(column: Int, coefficient: Int)], _ relation: Relation, _ bound: Int) -> Bool {
    var values = terms.map { Double($0.coefficient) }
    var indices = terms.map { Int32($0.column + 1) }
    let type: Int32 =
      switch relation {
      case .lessOrEqual: LE
      case .equal: EQ
      case .greaterOrEqual: GE
      }
    return add_constraintex(model, Int32(terms.count), &values, &indices, type, Double(bound)) != 0
  }

  /// Some whole-number solution in which `column` lies within `range`, or `.infeasible` when
  /// there is none: the search stops at the first solution found (lp_solve's break at first),
  /// which is far quicker than the best one when any will do. The column's own bounds are put
  /// back after.
  func solution(_ column: Int, within range: ClosedRange<Int>, bounds: ClosedRange<Int>) -> Outcome {
    set_add_rowmode(model, 0)
    var zero = [0.0]
    var index = [Int32(column + 1)]
    guard set_obj_fnex(model, 1, &zero, &index) != 0 else { return .unknown }
    set_bounds(model, Int32(column + 1), Double(range.lowerBound), Double(range.upperBound))
    set_break_at_first(model, 1)
    defer {
      set_break_at_first(model, 0)
      set_bounds(model, Int32(column + 1), Double(bounds.lowerBound), Double(bounds.upperBound))
    }
    switch solve(model) {
    case OPTIMAL, SUBOPTIMAL, PRESOLVED:
      var values = [Double](repeating: 0, count: columns)
      guard get_variables(model, &values) != 0 else { return .unknown }
      return .optimal(values.map { Int($0.rounded()) })
    case INFEASIBLE: return .infeasible
    default: return .unknown
    }
  }

  /// The smallest (or largest) value `column` can take, with every column's value then.
  func optimise(_ column: Int, maximise: Bool) -> Outcome {
    set_add_rowmode(model, 0)
    var one = [1.0]
    var index = [Int32(column + 1)]
    guard set_obj_fnex(model, 1, &one, &index) != 0 else { return .unknown }
    if maximise { set_maxim(model) } else { set_minim(model) }
    switch solve(model) {
    case OPTIMAL, PRESOLVED:
      var values = [Double](repeating: 0, count: columns)
      guard get_variables(model, &values) != 0 else { return .unknown }
      return .optimal(values.map { Int($0.rounded()) })
    case INFEASIBLE: return .infeasible
    default: return .unknown
    }
  }
}
