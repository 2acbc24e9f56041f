extension AttackModel {
  /// A network year's cells add up the same cells of its events' own reports, where a report
  /// names the edition of the records the network counted: who registered, attended,
  /// responded and answered each question, and who took part (who attended, or who confirmed
  /// at an event without attendance records). An event whose report is not among those read,
  /// or does not show the breakdown, is an unknown part of the sum. Residual groups, which
  /// each report may merge its own way, are linked where the ways agree: the network's merged
  /// group adds up an event's groups that are residual in the network and its merged group
  /// (where the event's residual groups are among the network's), and a residual group the
  /// network shows apart is the event's own where the event did not merge its field. A
  /// network cell whose every part an event's report shows is not counted as hidden: the
  /// events publish it.
  mutating func addNetworkLinks(_ reports: [PublishedReport], snapshots: [Int: [String: String]]) {
    for (index, report) in reports.enumerated() where !report.definitions.networkEvents.isEmpty {
      let policy = policy(report, "all")
      let keys = variables.keys.filter { key in
        key.event == "all" && key.snapshot == snapshots[index]?["all\u{1F}\(DisclosureAudit.source(key.population))"]
      }
      for key in keys.sorted(by: { variables[$0]! < variables[$1]! }) {
        var parts: [(Int, Int)] = []
        var known = false
        var shownByEvents = true
        for event in report.definitions.networkEvents {
          if let part = eventParts(key, event, policy: policy, reports: reports, snapshots: snapshots) {
            parts += part.map { ($0, 1) }
            shownByEvents = shownByEvents && part.allSatisfy { hidden[$0] == nil }
            known = true
          } else {
            parts.append((system.add(), 1))
            shownByEvents = false
          }
        }
        guard known else { continue }
        relate(parts + [(variables[key]!, -1)], .equal, 0)
        // The events' own reports show every part of it (one under a lower threshold than the
        // network's shows a group the network hides): the network gives nothing away there.
        if shownByEvents { hidden[variables[key]!] = nil }
      }
    }
  }

  /// The one variable of `event`'s own count behind a network cell of a group that is not
  /// residual (a total, a country): nil when unknown, an inner nil when it counts no one.
  mutating func eventPart(
    _ key: Key, _ event: Definitions.NetworkEvent, reports: [PublishedReport], snapshots: [Int: [String: String]]
  ) -> Int?? {
    eventParts(key, event, policy: Definitions.Policy(), reports: reports, snapshots: snapshots).map(\.first)
  }

  /// The variables of `event`'s own counts that add up to a network cell: nil when unknown (no
  /// report of those records, a population it counts otherwise, a breakdown it does not show,
  /// residual groups it merged otherwise than the network's `policy`), none when its report
  /// lists the breakdown without the group (it counts no one). A residual group the network
  /// shows apart and the event merged is its part of the event's merged group (`mergedPart`).
  mutating func eventParts(
    _ key: Key, _ event: Definitions.NetworkEvent, policy: Definitions.Policy, reports: [PublishedReport],
    snapshots: [Int: [String: String]]
  ) -> [Int]? {
    guard let (report, found) = eventCell(key, event, reports: reports, snapshots: snapshots) else { return nil }
    var part = found
    if key.field == "total" { return variables[part].map { [$0] } }
    part.group = ""
    guard let groups = listed[part] else { return nil }
    var counted: Set<String> = [key.group]
    if key.group == policy.mergedGroup {
      guard self.policy(reports[report], event.id).residualGroups.isSubset(of: policy.residualGroups) else { return nil }
      counted = policy.residualGroups.union([policy.mergedGroup])
    } else if policy.residualGroups.contains(key.group) && groups.contains(policy.mergedGroup) {
      return mergedPart(part, key.group, policy: self.policy(reports[report], event.id), listed: groups)
    }
    return groups.intersection(counted).sorted().compactMap { group in
      part.group = group
      return variables[part]
    }
  }

  /// The hidden cells of `event`'s own breakdown of a network cell's population by `key`'s
  /// field, in the order of their groups: empty when unknown.
  mutating func hiddenEventCells(
    _ key: Key, _ event: Definitions.NetworkEvent, reports: [PublishedReport], snapshots: [Int: [String: String]]
  ) -> [Int] {
    guard var part = eventCell(key, event, reports: reports, snapshots: snapshots)?.part else { return [] }
    part.group = ""
    return (listed[part] ?? []).sorted().compactMap { group in
      part.group = group
      return variables[part].flatMap { hidden[$0] == nil ? nil : $0 }
    }
  }

  /// The report (position in `reports`) of the edition of `event`'s records a network cell
  /// counted, and the key of the same cell there: nil when unknown (no report of those
  /// records, a population it counts otherwise).
  func eventCell(
    _ key: Key, _ event: Definitions.NetworkEvent, reports: [PublishedReport], snapshots: [Int: [String: String]]
  ) -> (report: Int, part: Key)? {
    var population: String
    switch key.population {
    case "took-part": population = event.recordedAttendance ? "attended" : "confirmed"
    case "registered", "attended", "responded", "committed": population = key.population
    default:
      guard key.population.hasPrefix("answered:") && !key.population.contains("+") else { return nil }
      population = key.population
    }
    let source = DisclosureAudit.source(population)
    guard let edition = event.editions[source],
      let report = reports.indices.first(where: {
        reports[$0].definitions.networkEvents.isEmpty && reports[$0].definitions.editions[event.id]?[source] == edition
      })
    else { return nil }
    if population == "committed" {
      // Who made a commitment is who answered the event's one commitment question.
      let questions = Set(reports[report].definitions.indicators.values.filter { $0.measure == "answered" }.compactMap(\.question))
      guard questions.count == 1 else { return nil }
      population = "answered:" + questions.first!
    }
    let snapshot = snapshots[report]?["\(event.id)\u{1F}\(source)"] ?? "\(report)/\(event.id)"
    return (report, Key(snapshot: snapshot, event: event.id, population: population, field: key.field, group: key.group))
  }

  /// The people of residual group `group` inside the merged group of an event's breakdown
  /// `part` (whose groups listed are `groups`; `policy` the event's): an unknown of its own,
  /// the unknowns of the groups it merged adding up to its merged cell, each protected as a
  /// hidden cell of the event (it merged them because one was small). None where the event
  /// neither merged nor listed the group (it counts no one).
  mutating func mergedPart(_ part: Key, _ group: String, policy: Definitions.Policy, listed groups: Set<String>) -> [Int]? {
    let merged = policy.residualGroups.subtracting(groups)
    guard merged.contains(group) else {
      var apart = part
      apart.group = group
      return groups.contains(group) ? variables[apart].map { [$0] } : []
    }
    var whole = part
    whole.group = policy.mergedGroup
    guard let total = variables[whole] else { return nil }
    var terms = [(total, -1)]
    var result: [Int] = []
    for name in merged.sorted() {
      var member = part
      member.group = name
      let unknown = mergedParts[member] ?? system.add()
      if mergedParts[member] == nil {
        mergedParts[member] = unknown
        markHidden(unknown, "\(part.event) \(part.population) \(part.field) \(name) (merged)", policy.threshold)
      }
      terms.append((unknown, 1))
      if name == group { result = [unknown] }
    }
    relate(terms, .equal, 0)
    return result
  }
}
