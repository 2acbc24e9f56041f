import ConveneCore
import ConveneScheduling

/// Checks of `event.json` on its own: languages, days, breaks and categories (an unknown time
/// zone is an error of reading the file, `EventFile`, which every command refuses).
struct EventChecks {
  let plan: EventPlan
  var event: Event { plan.event }
  let file = "event.json"

  func line(_ path: String) -> Int? { plan.eventLines[path] }

  func findings() -> [Finding] {
    var findings: [Finding] = []
    for (index, code) in event.languages.enumerated() where Language.withCode(code) == nil {
      let unknown = Language.unknown(code)
      findings.append(
        .error(file, line: line("languages"), field: "languages[\(index)]", unknown.message, hint: unknown.hint))
    }
    if event.languages.isEmpty {
      findings.append(.warning(file, line: line(""), field: "languages", "no working language is set"))
    }
    if 60 % event.gridMinutes != 0 && event.gridMinutes % 60 != 0 {
      findings.append(
        .warning(
          file, line: line("grid_minutes"), field: "grid_minutes",
          "a grid of \(event.gridMinutes) minutes does not divide an hour",
          hint: "5, 10, 15, 20, 30 or 60 keep times on the clock's quarters and halves"))
    }
    findings += dayFindings()
    findings += categoryFindings()
    if let closes = event.registrationCloses, let first = event.dates.first, closes >= first {
      findings.append(
        .warning(
          file, line: line("registration_closes"), field: "registration_closes",
          "registrations close on \(closes), after the event has begun (\(first))",
          hint: "set a date before day 1, or remove the field to close only when the event is full"))
    }
    for (id, repeatLine, _) in RepeatedIDs.lines(
      Array(event.venues.enumerated()), id: { $0.element.id },
      line: { line("venues[\($0.offset)]") ?? 0 })
    {
      findings.append(.error(file, line: repeatLine, field: "venues", "the venue id \"\(id)\" is used twice"))
    }
    let longestDay = event.days.map { $0.end.minutes - $0.start.minutes }.max() ?? 0
    for (index, venue) in event.venues.enumerated() where venue.travelMinutes > 0 && venue.travelMinutes >= longestDay {
      findings.append(
        .warning(
          file, line: line("venues[\(index)].travel_minutes") ?? line("venues[\(index)]"), field: "venues[\(index)].travel_minutes",
          "\(venue.travelMinutes) minutes of travel to \"\(venue.id)\" is as long as the longest day (\(longestDay) minutes): nobody can attend a session there and one elsewhere on the same day",
          hint: "travel_minutes is the time to get between this venue and the others"))
    }
    findings += weightFindings()
    for (pair, _) in event.scheduling.interpretationTeams {
      let parsed = LanguagePair(pair)
      for code in [parsed?.from, parsed?.to].compactMap({ $0 }) where Language.withCode(code) == nil {
        findings.append(
          .error(
            file, line: line("scheduling.interpretation_teams.\(pair)"),
            field: "scheduling.interpretation_teams", "\"\(code)\" is not a language code"))
      }
    }
    return findings
  }

  /// A weight the constraint catalogue refuses is an error: a misspelt name, a hard
  /// constraint, `unscheduled` at 0.
  func weightFindings() -> [Finding] {
    event.scheduling.weights.sorted { $0.key < $1.key }.compactMap { name, weight in
      ConstraintCatalogue.weightRefusal(name, weight).map { refusal in
        .error(
          file, line: line("scheduling.weights.\(name)"), field: "scheduling.weights.\(name)", refusal.message,
          hint: refusal.hint)
      }
    }
  }

  func dayFindings() -> [Finding] {
    var findings: [Finding] = []
    var previous: LocalDate?
    for (index, day) in event.days.enumerated() {
      let path = "days[\(index)]"
      let dayLine = line(path)
      if let previous, day.date <= previous {
        findings.append(
          .error(
            file, line: dayLine, field: "\(path).date",
            day.date == previous
              ? "\(day.date) is listed twice" : "\(day.date) comes before the day above it",
            hint: "list the days once each, in date order"))
      }
      previous = day.date
      if day.start >= day.end {
        findings.append(
          .error(
            file, line: line("\(path).end") ?? dayLine, field: "\(path).end",
            "the day ends (\(day.end)) before it starts (\(day.start))"))
      }
      for (name, time) in [("start", day.start), ("end", day.end)]
      where time.minutes % event.gridMinutes != 0 {
        findings.append(
          .warning(
            file, line: line("\(path).\(name)") ?? dayLine, field: "\(path).\(name)",
            "\(time) is not on the \(event.gridMinutes)-minute grid"))
      }
      findings += breakFindings(day, path: path, dayLine: dayLine)
    }
    return findings
  }

  /// The breaks of a day that end before they start, lie outside the day, overlap an earlier
  /// break or are off the grid.
  func breakFindings(_ day: EventDay, path: String, dayLine: Int?) -> [Finding] {
    var findings: [Finding] = []
    var breakEnds: [(TimeOfDay, TimeOfDay, Int)] = []
    for (breakIndex, pause) in day.breaks.enumerated() {
      let breakPath = "\(path).breaks[\(breakIndex)]"
      let breakLine = line(breakPath) ?? dayLine
      if pause.start >= pause.end {
        findings.append(
          .error(
            file, line: breakLine, field: breakPath,
            "the break \"\(pause.label)\" ends (\(pause.end)) before it starts (\(pause.start))"))
      } else if pause.start < day.start || pause.end > day.end {
        findings.append(
          .error(
            file, line: breakLine, field: breakPath,
            "the break \"\(pause.label)\" (\(pause.start)-\(pause.end)) is outside the day "
              + "(\(day.start)-\(day.end)) on \(day.date)",
            hint: "move the break inside the day's hours or widen the day"))
      }
      for (otherStart, otherEnd, otherIndex) in breakEnds
      where pause.start < otherEnd && otherStart < pause.end {
        findings.append(
          .error(
            file, line: breakLine, field: breakPath,
            "the break \"\(pause.label)\" overlaps breaks[\(otherIndex)] on \(day.date)"))
      }
      breakEnds.append((pause.start, pause.end, breakIndex))
      if pause.start.minutes % event.gridMinutes != 0 || pause.end.minutes % event.gridMinutes != 0 {
        findings.append(
          .warning(
            file, line: breakLine, field: breakPath,
            "the break \"\(pause.label)\" is not on the \(event.gridMinutes)-minute grid"))
      }
    }
    return findings
  }

  func categoryFindings() -> [Finding] {
    var findings: [Finding] = []
    let indexed = Array(event.categories.enumerated())
    for (id, repeatLine, _) in RepeatedIDs.lines(
      indexed, id: { $0.element.id }, line: { line("categories[\($0.offset)]") ?? 0 })
    {
      findings.append(
        .error(file, line: repeatLine, field: "categories", "the category id \"\(id)\" is used twice"))
    }
    if event.categories.isEmpty {
      findings.append(.error(file, line: line("categories"), field: "categories", "the list of categories is empty"))
    }
    if let capacity = event.capacity {
      for (index, category) in indexed {
        if let quota = category.quota, quota > capacity {
          findings.append(
            .warning(
              file, line: line("categories[\(index)]"), field: "categories[\(index)].quota",
              "the quota of \(category.id) (\(quota)) is above the event's capacity (\(capacity))"))
        }
      }
    }
    return findings
  }
}
