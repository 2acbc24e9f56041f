extension AttackModel {
  /// Commitments acted upon are the follow-ups done or in progress: where a report shows a
  /// scope's follow-ups by status, its count of commitments acted upon (shown, or the
  /// numerator of the acted-upon share) is the sum of those two statuses, a status it does not
  /// list counting no one (the rest of the follow-ups, not started or dropped, follows from the
  /// statuses adding up to the follow-ups). Where an acted-upon status is merged into the
  /// residual group with another, the sum is not known and is not written.
  mutating func addActedUponStatuses(_ report: PublishedReport, snapshot: Snapshot) {
    let breakdowns = listed.filter { key, _ in
      key.population == "followed-up" && key.field == "status"
        && key.snapshot == snapshot(key.event, key.population)
    }
    for (breakdown, statuses) in breakdowns.sorted(by: { $0.key.event < $1.key.event }) {
      let acted = Key(
        snapshot: snapshot(breakdown.event, "acted-upon"), event: breakdown.event,
        population: "acted-upon", field: "total", group: "all")
      guard let actedVariable = variables[acted] else { continue }
      let merged = policy(report, breakdown.event).mergedGroup
      guard !statuses.contains(merged) || Self.actedStatuses.allSatisfy(statuses.contains) else {
        continue
      }
      let parts = Self.actedStatuses.filter(statuses.contains).map { status -> (Int, Int) in
        var key = breakdown
        key.group = status
        return (variable(key), 1)
      }
      relate(parts + [(actedVariable, -1)], .equal, 0)
    }
  }
}
