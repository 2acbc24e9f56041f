/// The weight of each constraint: its penalty per unit of violation. The defaults are on the
/// constraint types (`ConstraintCatalogue.defaultWeights`); `event.json` overrides them under
/// `scheduling.weights`.
public struct Weights: Sendable {
  private let values: [String: Int]

  /// The defaults with `overrides` laid over them (names that are no constraint are ignored;
  /// `convene check` warns about them).
  public init(overrides: [String: Int] = [:]) {
    values = ConstraintCatalogue.defaultWeights.merging(overrides.filter { ConstraintCatalogue.defaultWeights[$0.key] != nil }) { _, override in override }
  }

  /// The weight of the named constraint (0 for a name that is no constraint).
  public subscript(name: String) -> Int { values[name] ?? 0 }
}
