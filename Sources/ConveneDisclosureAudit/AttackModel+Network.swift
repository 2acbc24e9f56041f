extension AttackModel {
  /// A network year's cells add up the same cells of its events' own reports, where a report
  /// names the edition of the records the network counted: who registered, attended,
  /// responded and answered each question, and who took part (who attended, or who confirmed
  /// at an event without attendance records). An event whose report is not among those read,
  /// or does not show the breakdown, is an unknown part of the sum. Residual groups, which
  /// each report may merge its own way, are left out.
  mutating func addNetworkLinks(_ reports: [PublishedReport], snapshots: [Int: [String: String]]) {
    for (index, report) in reports.enumerated() where !report.definitions.networkEvents.isEmpty {
      let policy = policy(report, "all")
      let keys = variables.keys.filter { key in
        key.event == "all" && key.snapshot == snapshots[index]?["all\u{1F}\(DisclosureAudit.source(key.population))"]
      }
      for key in keys.sorted(by: { variables[$0]! < variables[$1]! }) {
        guard !policy.residualGroups.contains(key.group) && key.group != policy.mergedGroup else { continue }
        var parts: [(Int, Int)] = []
        var known = false
        for event in report.definitions.networkEvents {
          if let part = eventPart(key, event, reports: reports, snapshots: snapshots) {
            if let variable = part { parts.append((variable, 1)) }
            known = true
          } else {
            parts.append((system.add(), 1))
          }
        }
        guard known else { continue }
        relate(parts + [(variables[key]!, -1)], .equal, 0)
      }
    }
  }

  /// The variable of `event`'s own count behind a network cell: nil when unknown (no report
  /// of those records, a population it counts otherwise, a breakdown it does not show), an
  /// inner nil when its report lists the breakdown without the group (it counts no one).
  func eventPart(
    _ key: Key, _ event: Definitions.NetworkEvent, reports: [PublishedReport], snapshots: [Int: [String: String]]
  ) -> Int?? {
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
    var part = Key(snapshot: snapshot, event: event.id, population: population, field: key.field, group: key.group)
    if key.field == "total" { return variables[part].map { .some($0) } }
    part.group = ""
    guard let groups = listed[part] else { return nil }
    part.group = key.group
    return groups.contains(key.group) ? .some(variables[part]) : .some(nil)
  }
}
