/// The weight of each constraint: its penalty per unit of violation. The defaults are on the
/// constraint types (`ConstraintCatalogue.defaultWeights`); `event.json` overrides them under
/// `scheduling.weights`.
public struct Weights: Sendable {
  private let values: [String: Int]

  /// The defaults with `overrides` laid over them. Overrides the catalogue refuses
  /// (`ConstraintCatalogue.weightRefusal`: no such constraint, a hard one, `unscheduled` at 0)
  /// are ignored; `convene check` reports them as errors, so no command schedules with them.
  public init(overrides: [String: Int] = [:]) {
    values = ConstraintCatalogue.defaultWeights.merging(
      overrides.filter { ConstraintCatalogue.weightRefusal($0.key, $0.value) == nil }
    ) { _, override in override }
  }

  /// The weight of the named constraint (0 for a name that is no constraint).
  public subscript(name: String) -> Int { values[name] ?? 0 }
}
