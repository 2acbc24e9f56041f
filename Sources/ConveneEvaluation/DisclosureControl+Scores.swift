import ConveneCore

extension DisclosureControl {
  /// `cells` with the Net Promoter Scores hidden that could give a group's bands away
  /// (`ScoreSuppression`), and the pooled rating of every session hidden where it could give
  /// away the ratings of the sessions hidden (`hidePooledRatings`).
  static func hideScoresAndPools(
    _ cells: [PublishedValue], threshold: Int, residual: Set<String>, regions: [String: Set<String>]
  ) -> [PublishedValue] {
    var result = cells
    var seen = Set<String>()
    for cell in cells where cell.value.bands != nil && !seen.contains(cell.value.indicator) {
      seen.insert(cell.value.indicator)
      if var scores = ScoreSuppression(
        result, indicator: cell.value.indicator, threshold: threshold, residual: residual,
        regions: regions)
      {
        result = scores.solve()
      }
    }
    return hidePooledRatings(result, threshold: threshold)
  }

  /// The total of a mean per session pools every rating: beside the sessions shown, it gives
  /// the sum of the ratings of the sessions hidden. It is shown only where those ratings come
  /// from no one or at least `threshold` people; else its value is hidden (its n, the people
  /// who rated any session, stays).
  static func hidePooledRatings(_ cells: [PublishedValue], threshold: Int) -> [PublishedValue] {
    var hiddenRaters: [String: Set<Int>] = [:]
    for cell in cells where cell.value.disaggregation == "session" && cell.isCountHidden {
      guard let raters = cell.value.raters else { continue }
      hiddenRaters[cell.value.indicator, default: []].formUnion(raters)
    }
    return cells.map { cell in
      let people = hiddenRaters[cell.value.indicator]?.count ?? 0
      guard cell.value.isTotal, cell.suppression == nil, people > 0, people < threshold else {
        return cell
      }
      return PublishedValue(value: cell.value, suppression: .value)
    }
  }
}
