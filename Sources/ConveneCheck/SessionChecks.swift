import ConveneCore
import Foundation

/// Checks of `sessions.csv` against the event, the rooms, the people and each other.
struct SessionChecks {
  let plan: EventPlan
  let file = "sessions.csv"

  func findings() -> [Finding] {
    var findings: [Finding] = []
    for (id, line, firstLine) in RepeatedIDs.lines(plan.sessions, id: \.id, line: \.line) {
      findings.append(
        .error(file, line: line, field: "id", "the session id \"\(id)\" is already used on line \(firstLine)"))
    }
    let people = plan.participantsByID
    let cohorts = Set(plan.participants.flatMap(\.cohorts))
    let features = Set(plan.rooms.flatMap(\.features))
    let rooms = Dictionary(plan.rooms.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let sessionIDs = Set(plan.sessions.map(\.id))
    let longestStretch = plan.event.days.map(Self.longestStretch).max() ?? 0
    let largestRoom = plan.rooms.map(\.capacity).max() ?? 0
    for session in plan.sessions {
      var local = Local(file: file, session: session)
      local.grid(plan.event.gridMinutes, longestStretch: longestStretch)
      local.people(people)
      for cohort in session.audience where !cohorts.contains(cohort) {
        local.warning("audience", "no participant is in the cohort \"\(cohort)\"", hint: "set it in the cohorts column of participants.csv")
      }
      local.languages(teams: plan.event.scheduling.interpretationTeams)
      for feature in session.neededFeatures where !features.contains(feature) {
        local.error(
          feature == "interpretation" && !session.requires.contains(feature) ? "interpretation" : "requires",
          "needs a room with \"\(feature)\" but no room provides it",
          hint: "add \(feature) to the features of a room in rooms.csv")
      }
      if let expected = session.expected, !plan.rooms.isEmpty, expected > largestRoom {
        local.warning("expected", "\(expected) people are expected but the largest room seats \(largestRoom)")
      }
      for other in session.after where !sessionIDs.contains(other) || other == session.id {
        local.error("after", other == session.id ? "a session cannot come after itself" : "unknown session \"\(other)\"")
      }
      if session.part != nil && session.series.isEmpty {
        local.warning("part", "has a part number but no series")
      }
      if let minDays = session.minDays, minDays > plan.event.days.count {
        local.warning("min_days", "asks for \(minDays) days but the event has \(plan.event.days.count)")
      }
      for (column, windows) in [("unavailable", session.unavailable), ("preferred", session.preferred), ("avoided", session.avoided)] {
        local.findings += WorkspaceChecker.dayReferences(
          windows, dates: plan.event.dates, file: file, line: session.line, column: column)
      }
      local.pin(event: plan.event, rooms: rooms)
      findings += local.findings
    }
    findings += precedenceCycles()
    findings += seriesFindings()
    findings += alikeTitles()
    return findings
  }

  /// Sessions whose titles fold alike (`Women - peacebuilders`, `Women – peacebuilders`,
  /// the same title twice): a feedback form that names a session by its title cannot say which.
  func alikeTitles() -> [Finding] {
    let titled = plan.sessions.filter { !$0.title.folded.isEmpty }
    return RepeatedIDs.items(titled, id: { $0.title.folded }).map { session, earlier in
      .warning(
        file, line: session.line, field: "title",
        "\"\(session.title)\" reads like the title of \(earlier.id) (line \(earlier.line)): a feedback form that names "
          + "sessions by title cannot tell them apart",
        hint: "make the titles differ by a word")
    }
  }

  /// The longest time without a break inside a day, in minutes.
  static func longestStretch(_ day: EventDay) -> Int {
    var longest = 0
    var from = day.start.minutes
    for pause in day.breaks.sorted(by: { $0.start < $1.start }) {
      longest = max(longest, pause.start.minutes - from)
      from = max(from, pause.end.minutes)
    }
    return max(longest, day.end.minutes - from)
  }

  /// `after` cycles, each reported once at its first session.
  func precedenceCycles() -> [Finding] {
    let byID = Dictionary(plan.sessions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var state: [String: Int] = [:]  // 1 visiting, 2 done
    var findings: [Finding] = []
    var stack: [String] = []
    func visit(_ id: String) {
      state[id] = 1
      stack.append(id)
      for next in byID[id]?.after ?? [] where byID[next] != nil && next != id {
        if state[next] == 1 {
          let cycle = stack[stack.lastIndex(of: next)!...] + [next]
          let first = byID[next]!
          findings.append(
            .error(
              file, line: first.line, field: "after",
              "the sessions must each come after the other: \(cycle.joined(separator: " -> "))",
              hint: "remove one of these ids from an after column"))
        } else if state[next] == nil {
          visit(next)
        }
      }
      stack.removeLast()
      state[id] = 2
    }
    for session in plan.sessions where state[session.id] == nil { visit(session.id) }
    return findings
  }

  /// Parts of a series: numbered, each number once.
  func seriesFindings() -> [Finding] {
    var findings: [Finding] = []
    let series = Dictionary(grouping: plan.sessions.filter { !$0.series.isEmpty }, by: \.series)
    for name in series.keys.sorted() {
      let parts = series[name]!
      var seen: [Int: Int] = [:]
      for session in parts {
        guard let part = session.part else {
          if parts.count > 1 {
            findings.append(
              .error(file, line: session.line, field: "part", "session \(session.id) of series \"\(name)\" has no part number"))
          }
          continue
        }
        if let earlier = seen[part] {
          findings.append(
            .error(file, line: session.line, field: "part", "part \(part) of series \"\(name)\" is already on line \(earlier)"))
        }
        seen[part] = session.line
      }
    }
    return findings
  }
}

/// Findings for one session row.
private struct Local {
  let file: String
  let session: Session
  var findings: [Finding] = []

  mutating func error(_ field: String, _ message: String, hint: String? = nil) {
    findings.append(.error(file, line: session.line, field: field, message, hint: hint))
  }

  mutating func warning(_ field: String, _ message: String, hint: String? = nil) {
    findings.append(.warning(file, line: session.line, field: field, message, hint: hint))
  }

  mutating func grid(_ grid: Int, longestStretch: Int) {
    guard session.duration > 0 else { return }
    if session.duration % grid != 0 {
      let lower = session.duration / grid * grid
      error(
        "duration", "\(session.duration) minutes is not a multiple of the \(grid)-minute grid",
        hint: "use \(lower == 0 ? grid : lower) or \(lower + grid)")
    }
    if longestStretch > 0 && session.duration > longestStretch {
      error(
        "duration", "\(session.duration) minutes is longer than any day allows without a break (\(longestStretch) minutes)",
        hint: "shorten it, split it into a series, or move the breaks")
    }
  }

  mutating func people(_ people: [String: Participant]) {
    for (column, ids) in [("speakers", session.speakers), ("moderators", session.moderators)] {
      for id in ids {
        guard let person = people[id] else {
          error(column, "unknown participant id \"\(id)\"", hint: "add the person to participants.csv or correct the id")
          continue
        }
        if !person.holdsPlace {
          warning(column, "\(id) is \(person.status.rawValue) but is listed as one of the \(column)")
        }
      }
    }
  }

  mutating func languages(teams: [String: Int]) {
    if !session.language.isEmpty && Language.withCode(session.language) == nil {
      error("language", "\"\(session.language)\" is not an ISO 639-1 language code")
    }
    for pair in session.interpretation {
      for code in [pair.from, pair.to] where Language.withCode(code) == nil {
        error("interpretation", "\"\(code)\" in \(pair) is not a language code")
      }
      if !teams.isEmpty && (teams[pair.description] ?? 0) == 0 {
        error(
          "interpretation", "no interpreter team for \(pair)",
          hint: "add \"\(pair)\" to scheduling.interpretation_teams in event.json")
      }
    }
  }

  mutating func pin(event: Event, rooms: [String: Room]) {
    if !session.room.isEmpty {
      if let room = rooms[session.room] {
        for feature in session.neededFeatures where !room.features.contains(feature) {
          error("room", "pinned to \(room.id), which lacks \"\(feature)\"", hint: "pin it to a room with \(feature) or drop the requirement")
        }
      } else {
        error("room", "pinned to the room \"\(session.room)\", which is not in rooms.csv")
      }
    }
    var dayIndex: Int?
    if let day = session.day {
      dayIndex = day.index(in: event.dates)
      if dayIndex == nil {
        error("day", "pinned to \(day), which the event does not have", hint: "the days are \(WorkspaceChecker.dayList(event.dates))")
      }
    }
    guard let start = session.start else { return }
    if start.minutes % event.gridMinutes != 0 {
      error("start", "\(start) is not on the \(event.gridMinutes)-minute grid")
    }
    let end = start.minutes + session.duration
    let days = dayIndex.map { [event.days[$0]] } ?? event.days
    let open = days.filter { day in
      start >= day.start && end <= day.end.minutes
        && !day.breaks.contains { $0.start.minutes < end && start < $0.end }
    }
    let zone = TimeZone(identifier: event.timezone) ?? TimeZone(identifier: "UTC")!
    let changes = open.map { day in
      let midnight = day.date.daysSinceEpoch * 1440
      let change = TimeZoneNames.clockChanges(on: day.date, in: zone).first {
        $0.blocked.lowerBound - midnight < end && start.minutes < $0.blocked.upperBound - midnight
      }
      return (day.date, change, midnight)
    }
    if changes.allSatisfy({ $0.1 != nil }), let (date, change, midnight) = changes.first, let change {
      let from = TimeOfDay(minutes: change.clocks.lowerBound - midnight)
      let to = TimeOfDay(minutes: change.clocks.upperBound - midnight)
      error(
        "start",
        "\(start)-\(TimeOfDay(minutes: end)) on \(date) is when the clocks change in \(event.timezone): "
          + "\(from)-\(to) \(change.skipped ? "is skipped" : "happens twice")",
        hint: "pin it to a time clear of the change")
    }
    if open.isEmpty && !days.isEmpty {
      let what = dayIndex.map { "on \(event.days[$0].date)" } ?? "on any day"
      error(
        "start", "\(start)-\(TimeOfDay(minutes: end)) does not fit \(what): outside the day's hours or across a break",
        hint: "pick a start that leaves the whole session inside the day and clear of breaks")
    }
  }
}
