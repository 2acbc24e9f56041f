import ConveneCore

/// Checks of `rooms.csv` against the event.
struct RoomChecks {
  let plan: EventPlan
  let file = "rooms.csv"

  func findings() -> [Finding] {
    var findings: [Finding] = []
    for (id, line, firstLine) in RepeatedIDs.lines(plan.rooms, id: \.id, line: \.line) {
      findings.append(
        .error(file, line: line, field: "id", "the room id \"\(id)\" is already used on line \(firstLine)"))
    }
    let venues = Set(plan.event.venues.map(\.id))
    for room in plan.rooms {
      if !room.venue.isEmpty && !venues.contains(room.venue) {
        findings.append(
          .error(
            file, line: room.line, field: "venue", "unknown venue \"\(room.venue)\"",
            hint: venues.isEmpty
              ? "declare it in event.json under venues" : "the venues are \(venues.sorted().joined(separator: ", "))"))
      }
      findings += WorkspaceChecker.dayReferences(
        room.unavailable, dates: plan.event.dates, file: file, line: room.line, column: "unavailable")
    }
    if plan.rooms.isEmpty && !plan.sessions.isEmpty && plan.event.mode != .online {
      findings.append(
        .warning(file, "there are sessions but no rooms", hint: "add the rooms in rooms.csv"))
    }
    return findings
  }
}
