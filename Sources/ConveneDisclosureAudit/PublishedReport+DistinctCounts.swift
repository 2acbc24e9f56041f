/// A count of distinct groups a report shows (countries represented), beside the breakdowns by
/// the field it counts.
struct DistinctCount {
  /// The count's cell.
  var cell: Cell
  /// The field whose groups it counts (`country`).
  var field: String
  var count: Int
  /// True when some breakdown of the event by `field` is published.
  var anyBreakdown: Bool
  /// The rows of the counted people's own breakdown by `field` (residual groups aside): those
  /// whose n is hidden, and the groups shown holding someone.
  var hiddenRows: [Cell]
  var held: Set<String>
  /// The hidden rows of the counted people's breakdowns by a coarser field (country and region
  /// for a count of cities), residual groups aside.
  var coarserHiddenRows: [Cell] = []

  /// The groups of the counted people's breakdown, hidden or shown.
  var ownGroups: Int { Set(hiddenRows.map(\.group)).count + held.count }

  /// True when the count says no more than its breakdown: no breakdown by its field is
  /// published, or the counted people's hides none of its groups and shows exactly `count`
  /// holding someone. (Beside hidden rows it would say how many of them hold someone, which
  /// the attack model cannot write down without choosing which.)
  /// A coarser breakdown's hidden row beside the count would be told empty or not (4 cities
  /// beside 5 countries listed).
  var saysNoMore: Bool {
    (!anyBreakdown || hiddenRows.isEmpty && !held.isEmpty && count == held.count) && coarserHiddenRows.isEmpty
  }
}

extension PublishedReport {
  /// The field whose distinct groups a count measure counts (`countries`: `country`).
  static let countedFields = ["countries": "country", "cities": "city"]
  /// The fields whose groups hold whole groups of a counted field.
  static let coarserFields = ["city": ["country", "region"], "country": ["region"]]

  /// Every count of distinct groups shown over someone, with the breakdowns beside it.
  func distinctCounts() -> [DistinctCount] {
    cells.compactMap { cell in
      guard cell.disaggregation == "total", let measure = definitions.indicators[cell.indicator]?.measure,
        let field = Self.countedFields[measure], let count = cell.value.integer, cell.n.integer != 0
      else { return nil }
      let breakdowns = cells.filter { $0.event == cell.event && $0.disaggregation == field }
      let policy = definitions.policies[cell.event] ?? Definitions.Policy()
      let residual = policy.residualGroups.union([policy.mergedGroup, "not-given"])
      let own = breakdowns.filter { $0.population == cell.population && !residual.contains($0.group) }
      let hiddenRows = own.filter { $0.n == .hidden }
      let hiddenGroups = Set(hiddenRows.map(\.group))
      let held = Set(own.filter { ($0.n.integer ?? 0) > 0 && !hiddenGroups.contains($0.group) }.map(\.group))
      let coarser = Self.coarserFields[field] ?? []
      let coarserHiddenRows = cells.filter {
        count > 0 && $0.event == cell.event && $0.population == cell.population && coarser.contains($0.disaggregation)
          && !residual.contains($0.group) && $0.n == .hidden
      }
      return DistinctCount(
        cell: cell, field: field, count: count, anyBreakdown: !breakdowns.isEmpty,
        hiddenRows: hiddenRows, held: held, coarserHiddenRows: coarserHiddenRows)
    }
  }

  /// A count of distinct groups (countries represented) that says more than the breakdowns by
  /// its field list: 4 countries beside breakdowns naming 3 tell that an unlisted country holds
  /// someone, and a region's total less the listed countries then gives its people; 3 beside
  /// 4 hidden rows tell that one of them is empty. Such a count is a finding.
  func distinctCountFindings() -> [String] {
    distinctCounts().filter { !$0.saysNoMore }.map { counted in
      let cell = counted.cell
      let said =
        !counted.coarserHiddenRows.isEmpty
        ? "\(counted.coarserHiddenRows.count) rows of a coarser breakdown of those it counts are hidden"
        : counted.ownGroups == 0
        ? "no breakdown by \(counted.field) of those it counts is shown"
        : "the breakdown by \(counted.field) of those it counts lists \(counted.held.count) holding someone and \(Set(counted.hiddenRows.map(\.group)).count) hidden"
      return "\(name): \(cell.event) \(cell.indicator) shows \(counted.count) beside breakdowns by \(counted.field) "
        + "(\(said)): the count tells how many unlisted or hidden groups hold someone"
    }
  }
}
