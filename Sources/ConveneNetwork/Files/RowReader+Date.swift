import ConveneCore
import ConveneWorkspace

extension RowReader {
  /// The date in the cell (`2027-03-09`), or nil (with an error) when it is not one.
  mutating func date(_ column: String) -> LocalDate? {
    let value = text(column)
    guard !value.isEmpty else { return nil }
    guard let date = LocalDate(value) else {
      error(
        column, "\"\(Identifier.shown(value))\" is not a date",
        hint: "write YYYY-MM-DD, such as 2027-03-09, in the years \(Limits.years.lowerBound)-\(Limits.years.upperBound)")
      return nil
    }
    return date
  }

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
