extension PublishedReport {
  /// The field whose distinct groups a count measure counts (`countries`: `country`).
  static let countedFields = ["countries": "country", "cities": "city"]

  /// A count of distinct groups (countries represented) that says more than the breakdowns by
  /// its field list: 4 countries beside breakdowns naming 3 tell that an unlisted country holds
  /// someone, and a region's total less the listed countries then gives its people, which no
  /// relation the attack model writes down captures. Such a count is a finding. It says
  /// nothing more where no breakdown by its field is shown, or where the breakdown of the people
  /// it counts lists exactly that many groups other than the residual ones.
  func distinctCountFindings() -> [String] {
    var findings: [String] = []
    for cell in cells where cell.disaggregation == "total" {
      guard let measure = definitions.indicators[cell.indicator]?.measure,
        let field = Self.countedFields[measure], let count = cell.value.integer, cell.n.integer != 0
      else { continue }
      let breakdowns = cells.filter { $0.event == cell.event && $0.disaggregation == field }
      guard !breakdowns.isEmpty else { continue }
      let policy = definitions.policies[cell.event] ?? Definitions.Policy()
      let residual = policy.residualGroups.union([policy.mergedGroup, "not-given"])
      let own = Set(breakdowns.filter { $0.population == cell.population }.map(\.group)).subtracting(residual)
      guard own.count != count else { continue }
      let listed = Set(breakdowns.map(\.group)).subtracting(residual)
      let said =
        own.isEmpty
        ? "no breakdown by \(field) of those it counts is shown and the others list \(listed.count)"
        : "the breakdown by \(field) of those it counts lists \(own.count)"
      findings.append(
        "\(name): \(cell.event) \(cell.indicator) shows \(count) beside breakdowns by \(field) "
          + "(\(said)): the count tells how many unlisted or empty groups hold someone")
    }
    return findings
  }
}
