import ConveneCore
import ConveneWorkspace

extension RowReader {
  /// The value of the cell among `values` (folded: case and spacing do not matter), the
  /// default when empty, or nil with an error.
  mutating func choice<Value: RawRepresentable & CaseIterable>(
    _ column: String, default fallback: Value
  ) -> Value? where Value.RawValue == String {
    let value = text(column)
    guard !value.isEmpty else { return fallback }
    let folded = value.folded
    if let match = Value.allCases.first(where: { $0.rawValue.folded == folded }) { return match }
    error(
      column, "\"\(Identifier.shown(value))\" is not one of "
        + Value.allCases.map(\.rawValue).joined(separator: ", "))
    return nil
  }
}
