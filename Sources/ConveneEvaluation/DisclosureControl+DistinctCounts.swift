import ConveneCore

extension DisclosureControl {
  /// The field whose distinct groups a count indicator counts (`countries` counts the groups
  /// of `country`), nil for other indicators.
  static func countedField(_ measure: IndicatorDefinition.Measure) -> String? {
    switch measure {
    case .countries: "country"
    case .cities: "city"
    default: nil
    }
  }

  /// Hides the value (n kept) of a count of distinct groups (countries represented) that would
  /// say more than the breakdowns by its field list: a reader who sees 4 countries beside
  /// breakdowns naming 3 learns that a fourth country, unlisted, holds someone, and a region's
  /// total less the listed countries then gives its people. The count is shown where no
  /// breakdown by its field is published, or where the breakdown of the very people it counts
  /// is published and lists exactly that many groups other than the residual ones (each
  /// listed because someone is in it, which the breakdown says already).
  static func hideTellingCounts(
    _ cells: [PublishedValue], indicators: [IndicatorDefinition], residual: Set<String>
  ) -> [PublishedValue] {
    cells.map { cell in
      // Over no one, a count says what its n says.
      guard cell.suppression == nil, cell.value.isTotal, cell.value.n > 0, let value = cell.value.value,
        let definition = indicators.first(where: { $0.id == cell.value.indicator }),
        let field = countedField(definition.measure)
      else { return cell }
      let breakdowns = cells.filter { $0.value.event == cell.value.event && $0.value.disaggregation == field }
      guard !breakdowns.isEmpty else { return cell }
      let listed = Set(
        breakdowns.filter { $0.value.population == cell.value.population }.map(\.value.group)
      ).subtracting(residual).subtracting([mergedGroup, IndicatorCalculator.notGiven])
      guard listed.isEmpty || listed.count != Int(value.rounded()) else { return cell }
      var hidden = cell
      hidden.suppression = .value
      return hidden
    }
  }
}
