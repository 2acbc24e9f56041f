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

  /// The fields whose groups hold whole groups of `field` (a city lies in one country, a
  /// country in one region): a count of distinct cities bounds how many countries and regions
  /// hold someone.
  static func coarserFields(than field: String) -> [String] {
    switch field {
    case "city": ["country", "region"]
    case "country": ["region"]
    default: []
    }
  }

  /// Hides the value (n kept) of a count of distinct groups (countries represented) that would
  /// say more than the breakdowns by its field: a reader who sees 4 countries beside
  /// breakdowns naming 3 learns that a fourth country, unlisted, holds someone, and a region's
  /// total less the listed countries then gives its people; 3 countries beside 4 hidden rows
  /// would say that one of them is empty, and even a count of every hidden row would say that
  /// each holds someone, which the hidden groups of those who came are not chosen for. The
  /// count is shown where no breakdown by its field is published, or where the breakdown of
  /// the very people it counts hides none of its groups (other than the residual ones) and
  /// shows exactly that many holding someone, and the breakdowns of the same people by a
  /// coarser field (country and region, for a count of cities) hide none of their groups:
  /// 4 cities beside 5 countries listed, one of them hidden, tell that a hidden country is
  /// empty. Over no one, it says what its n says.
  static func hideTellingCounts(
    _ cells: [PublishedValue], indicators: [IndicatorDefinition], residual: Set<String>
  ) -> [PublishedValue] {
    cells.map { cell in
      guard cell.suppression == nil, cell.value.isTotal, cell.value.n > 0, let value = cell.value.value,
        let definition = indicators.first(where: { $0.id == cell.value.indicator }),
        let field = countedField(definition.measure)
      else { return cell }
      let excluded = residual.union([mergedGroup, IndicatorCalculator.notGiven])
      let coarserHidden =
        value > 0
        && cells.contains { other in
          other.value.event == cell.value.event && other.value.population == cell.value.population
            && coarserFields(than: field).contains(other.value.disaggregation)
            && !excluded.contains(other.value.group) && other.isCountHidden
        }
      let breakdowns = cells.filter { $0.value.event == cell.value.event && $0.value.disaggregation == field }
      guard !breakdowns.isEmpty || coarserHidden else { return cell }
      let own = breakdowns.filter {
        $0.value.population == cell.value.population && !excluded.contains($0.value.group)
      }
      let hidden = Set(own.filter(\.isCountHidden).map(\.value.group))
      let held = Set(own.filter { $0.value.n > 0 && !hidden.contains($0.value.group) }.map(\.value.group))
      guard !hidden.isEmpty || held.isEmpty || held.count != Int(value.rounded()) || coarserHidden else {
        return cell
      }
      var hiddenCount = cell
      hiddenCount.suppression = .value
      return hiddenCount
    }
  }
}
