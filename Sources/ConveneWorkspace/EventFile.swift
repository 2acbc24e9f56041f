import ConveneCore
import ConveneJSON

/// `event.json`: the event's settings.
public enum EventFile {
  /// The file name.
  public static let name = "event.json"

  /// The standard questions and indicators (`Templates/workspaces/common/`), which `init`
  /// copies into `event.json` and which apply when `event.json` declares none.
  public static let standardEvaluationName = "evaluation.json"

  /// Reads a file holding only an `evaluation` object (the standard set).
  public static func readEvaluation(_ bytes: [UInt8], name: String) -> (Evaluation, [Finding]) {
    do {
      let node = try JSONParser.parse(utf8: bytes)
      var decoder = Decoder(node: JSONNode.object([("evaluation", node)]))
      let evaluation = decoder.evaluationSettings()
      return (evaluation, decoder.findings.map { var f = $0; f.file = name; return f })
    } catch {
      return (Evaluation(), [.error(name, line: error.line, "not valid JSON: \(error.reason)")])
    }
  }

  /// The fields `event.json` may have at the top level.
  public static let knownFields = [
    "id", "title", "kind", "mode", "timezone", "organiser", "languages", "grid_minutes", "days",
    "venues", "capacity", "categories", "scheduling", "evaluation", "disclosure", "letterhead",
    "registration_closes",
  ]

  /// What reading the file gives: the event when it could be built, the line of each field
  /// path (`days[0].breaks[1].start`) and the problems found.
  public struct Contents: Sendable {
    /// The event, or nil when a required field is missing or malformed.
    public var event: Event?
    /// Lines by field path.
    public var lines: [String: Int]
    /// The parsed document, for the parts other modules read (such as `evaluation`).
    public var document: JSONNode?
    /// Problems.
    public var findings: [Finding]
  }

  /// Reads `event.json`.
  public static func read(_ bytes: [UInt8]) -> Contents {
    let document: JSONNode
    do {
      document = try JSONParser.parse(utf8: bytes)
    } catch {
      return Contents(
        event: nil, lines: [:], document: nil,
        findings: [
          .error(
            name, line: error.line, "not valid JSON: \(error.reason) (column \(error.column))")
        ])
    }
    var decoder = Decoder(node: document)
    let event = decoder.event()
    return Contents(
      event: event, lines: decoder.lines, document: document, findings: decoder.findings)
  }

  struct Decoder {
    let node: JSONNode
    var lines: [String: Int] = [:]
    var findings: [Finding] = []

    mutating func problem(_ path: String, _ line: Int, _ message: String, hint: String? = nil) {
      findings.append(.error(EventFile.name, line: line, field: path, message, hint: hint))
    }

    func join(_ parent: String, _ key: String) -> String { parent.isEmpty ? key : "\(parent).\(key)" }

    /// The member `key` of `object`, recording its line; reports when required and absent.
    mutating func member(
      _ object: JSONNode, _ parent: String, _ key: String, required: Bool = false
    ) -> JSONNode? {
      let path = join(parent, key)
      guard let value = object[key], value.value != .null else {
        if required { problem(path, object.line, "is missing") }
        return nil
      }
      lines[path] = value.line
      return value
    }

    /// A text member; a line break is an error but in texts of several lines (an address), where
    /// `multiline` says so: a title, a name or a label goes into one-line places (an e-mail's
    /// subject, a calendar's summary, a badge).
    mutating func string(
      _ object: JSONNode, _ parent: String, _ key: String, required: Bool = false, multiline: Bool = false
    ) -> String? {
      guard let value = member(object, parent, key, required: required) else { return nil }
      guard let text = value.string else {
        problem(join(parent, key), value.line, "must be text, not \(value.typeName)")
        return nil
      }
      if required && text.trimmed.isEmpty {
        problem(join(parent, key), value.line, "is empty")
        return nil
      }
      if let scalar = UnsafeCharacter.first(in: text) {
        // The rule of CSV cells (`RowReader.unsafeCells`).
        problem(
          join(parent, key), value.line, UnsafeCharacter.problem(scalar),
          hint: "delete the character from the text; an editor that shows invisible characters helps")
      } else if !multiline && UnsafeCharacter.holdsLineBreak(text) {
        problem(
          join(parent, key), value.line, "holds a line break (CR, LF or a line separator)",
          hint: "write it on one line")
      }
      return text
    }

    /// A required id that follows the id rule (`Identifier`), or nil with an error.
    mutating func identifier(_ object: JSONNode, _ parent: String, _ key: String) -> String? {
      guard let text = string(object, parent, key, required: true) else { return nil }
      if let problem = Identifier.problem(text) {
        self.problem(join(parent, key), lines[join(parent, key)] ?? object.line, problem)
        return nil
      }
      return text
    }

    mutating func integer(
      _ object: JSONNode, _ parent: String, _ key: String, in range: ClosedRange<Int>
    ) -> Int? {
      guard let value = member(object, parent, key) else { return nil }
      guard let number = value.integer, range.contains(number) else {
        problem(join(parent, key), value.line, "must be a whole number from \(range.described)")
        return nil
      }
      return number
    }

    mutating func time(_ object: JSONNode, _ parent: String, _ key: String) -> TimeOfDay? {
      guard let text = string(object, parent, key, required: true) else { return nil }
      guard let time = TimeOfDay(text) else {
        problem(join(parent, key), lines[join(parent, key)] ?? 0, "\"\(text)\" is not a time", hint: "write 09:00")
        return nil
      }
      return time
    }

    mutating func array(_ object: JSONNode, _ parent: String, _ key: String) -> [JSONNode] {
      guard let value = member(object, parent, key) else { return [] }
      guard let elements = value.array else {
        problem(join(parent, key), value.line, "must be a list, not \(value.typeName)")
        return []
      }
      return elements
    }

    /// The fields of a day of `days`, of one of its `breaks`, of a venue, of a category and
    /// of `scheduling`.
    static let dayFields = ["date", "start", "end", "breaks"]
    static let breakFields = ["start", "end", "label"]
    static let venueFields = ["id", "name", "address", "travel_minutes"]
    static let categoryFields = ["id", "label", "quota"]
    static let schedulingFields = ["weights", "min_pause_minutes", "interpretation_teams"]

    /// The sections of the top level of `event.json`.
    static let sections = ["days", "venues", "categories", "scheduling", "evaluation", "disclosure", "letterhead"]

    /// Warns of each field of `object` (at `path`) that is not `known` and is ignored; a section
    /// of the top level written here instead (`disclosure` inside `evaluation`) is an error that
    /// says where it belongs, since ignoring it would publish under a policy nobody chose.
    mutating func checkFields(_ object: JSONNode, _ path: String, known: [String]) {
      for (key, value) in object.members ?? [] where !known.contains(key) {
        if Self.sections.contains(key) {
          problem(
            join(path, key), value.line, "belongs at the top level of event.json, not inside \(path)",
            hint: "move \"\(key)\" out of \(path)")
        } else {
          findings.append(
            .warning(
              EventFile.name, line: value.line, field: join(path, key), "unknown field, ignored",
              hint: "the fields are \(known.joined(separator: ", "))"))
        }
      }
    }

    mutating func event() -> Event? {
      guard node.members != nil else {
        problem("", node.line, "must be a JSON object")
        return nil
      }
      lines[""] = node.line
      checkFields(node, "", known: EventFile.knownFields)
      let id = identifier(node, "", "id")
      let title = string(node, "", "title", required: true)
      let kind = eventKind()
      let mode = eventMode()
      let timezone = timeZone()
      let organiser = eventOrganiser()
      let languages = languageCodes()
      let grid = integer(node, "", "grid_minutes", in: Limits.gridMinutes) ?? 15
      let days = eventDays(grid: grid)
      let venues = eventVenues()
      let capacity = integer(node, "", "capacity", in: Limits.capacity)
      let categories = eventCategories()
      let scheduling = schedulingSettings()
      let evaluation = evaluationSettings()
      let disclosure = disclosureSettings()
      let letterhead = letterheadSettings()
      let closes = date(node, "", "registration_closes")
      guard let id, let title, let kind, let timezone, let organiser else { return nil }
      var event = Event(
        id: id, title: title, kind: kind, mode: mode, timezone: timezone, organiser: organiser,
        languages: languages, gridMinutes: grid, days: days, venues: venues, capacity: capacity,
        categories: categories, scheduling: scheduling, evaluation: evaluation,
        disclosure: disclosure)
      event.letterhead = letterhead
      event.registrationCloses = closes
      return event
    }

    mutating func eventKind() -> EventKind? {
      guard let text = string(node, "", "kind", required: true) else { return nil }
      guard let kind = EventKind(rawValue: text) else {
        problem(
          "kind", lines["kind"] ?? 0, "\"\(text)\" is not an event kind",
          hint: EventKind.allCases.map(\.rawValue).joined(separator: ", "))
        return nil
      }
      return kind
    }

    /// In person unless `mode` says otherwise.
    mutating func eventMode() -> EventMode {
      guard let text = string(node, "", "mode") else { return .inPerson }
      guard let mode = EventMode(rawValue: text) else {
        problem(
          "mode", lines["mode"] ?? 0, "\"\(text)\" is not a mode",
          hint: "in-person, online or hybrid")
        return .inPerson
      }
      return mode
    }

    mutating func eventOrganiser() -> Organiser? {
      guard let object = member(node, "", "organiser", required: true) else { return nil }
      checkFields(object, "organiser", known: ["name", "email"])
      let name = string(object, "organiser", "name", required: true)
      let email = string(object, "organiser", "email", required: true)
      if let email, EmailAddress.normalised(email) == nil {
        problem("organiser.email", lines["organiser.email"] ?? 0, "\"\(email)\" is not an e-mail address")
      }
      guard let name, let email else { return nil }
      return Organiser(name: name, email: email)
    }

    /// The codes of `languages`, lower-cased.
    mutating func languageCodes() -> [String] {
      var languages: [String] = []
      for (index, item) in array(node, "", "languages").enumerated() {
        if let code = item.string { languages.append(code.lowercased()) } else {
          problem("languages[\(index)]", item.line, "must be a language code such as \"en\"")
        }
      }
      return languages
    }

    /// The days that read, after checking that there are some and that they span at most a year
    /// in no more steps of `grid` minutes than a schedule can hold.
    mutating func eventDays(grid: Int) -> [EventDay] {
      let days = array(node, "", "days").enumerated().compactMap { index, item in
        day(item, path: "days[\(index)]")
      }
      if member(node, "", "days", required: true) != nil && days.isEmpty && findings.isEmpty {
        problem("days", lines["days"] ?? 0, "the event has no days")
      }
      guard let first = days.map(\.date).min(), let last = days.map(\.date).max() else {
        return days
      }
      if last.daysSinceEpoch - first.daysSinceEpoch > Limits.eventSpanDays {
        problem(
          "days", lines["days"] ?? 0,
          "the days span more than \(Limits.eventSpanDays) days (\(first) to \(last))",
          hint: "one event's days lie within a year")
      } else if (last.daysSinceEpoch - first.daysSinceEpoch + 1) * 1440 / grid > Limits.timelineSteps {
        problem(
          "grid_minutes", lines["grid_minutes"] ?? lines["days"] ?? 0,
          "a \(grid)-minute grid is too fine for days from \(first) to \(last): the schedule would have more "
            + "than \(Limits.timelineSteps.grouped) steps",
          hint: "use a coarser grid, such as 15 minutes")
      }
      return days
    }

    mutating func eventVenues() -> [Venue] {
      array(node, "", "venues").enumerated().compactMap { index, item -> Venue? in
        let path = "venues[\(index)]"
        lines[path] = item.line
        checkFields(item, path, known: Self.venueFields)
        guard let id = identifier(item, path, "id") else { return nil }
        return Venue(
          id: id, name: string(item, path, "name") ?? id, address: string(item, path, "address", multiline: true) ?? "",
          travelMinutes: integer(item, path, "travel_minutes", in: Limits.travelMinutes) ?? 0)
      }
    }

    /// The categories of `categories`, or the defaults when the field is absent.
    mutating func eventCategories() -> [Category] {
      guard member(node, "", "categories") != nil else { return Category.defaults }
      return array(node, "", "categories").enumerated().compactMap { index, item in
        let path = "categories[\(index)]"
        lines[path] = item.line
        checkFields(item, path, known: Self.categoryFields)
        guard let id = string(item, path, "id", required: true) else { return nil }
        return Category(
          id: id, label: string(item, path, "label") ?? id,
          quota: integer(item, path, "quota", in: Limits.count))
      }
    }

    mutating func day(_ item: JSONNode, path: String) -> EventDay? {
      lines[path] = item.line
      guard item.members != nil else {
        problem(path, item.line, "must be an object with date, start and end")
        return nil
      }
      checkFields(item, path, known: Self.dayFields)
      var date: LocalDate?
      if let text = string(item, path, "date", required: true) {
        date = LocalDate(text)
        if date == nil {
          problem("\(path).date", lines["\(path).date"] ?? item.line, "\"\(text)\" is not a date", hint: "write 2027-03-09")
        }
      }
      let start = time(item, path, "start")
      let end = time(item, path, "end")
      let breaks = array(item, path, "breaks").enumerated().compactMap { index, element in
        let breakPath = "\(path).breaks[\(index)]"
        lines[breakPath] = element.line
        checkFields(element, breakPath, known: Self.breakFields)
        let start = time(element, breakPath, "start")
        let end = time(element, breakPath, "end")
        let label = string(element, breakPath, "label") ?? "Break"
        guard let start, let end else { return nil as EventBreak? }
        return EventBreak(start: start, end: end, label: label)
      }
      guard let date, let start, let end else { return nil }
      return EventDay(date: date, start: start, end: end, breaks: breaks)
    }

    mutating func schedulingSettings() -> SchedulingSettings {
      var settings = SchedulingSettings()
      guard let object = member(node, "", "scheduling") else { return settings }
      checkFields(object, "scheduling", known: Self.schedulingFields)
      if let weights = member(object, "scheduling", "weights") {
        for (key, value) in weights.members ?? [] {
          lines["scheduling.weights.\(key)"] = value.line
          if let weight = value.integer, Limits.weight.contains(weight) {
            settings.weights[key] = weight
          } else {
            problem(
              "scheduling.weights.\(key)", value.line,
              "must be a whole number from \(Limits.weight.described)")
          }
        }
      }
      if let pause = integer(object, "scheduling", "min_pause_minutes", in: Limits.pauseMinutes) {
        settings.minPauseMinutes = pause
      }
      if let teams = member(object, "scheduling", "interpretation_teams") {
        for (key, value) in teams.members ?? [] {
          lines["scheduling.interpretation_teams.\(key)"] = value.line
          if let count = value.integer, Limits.interpretationTeams.contains(count),
            LanguagePair(key) != nil
          {
            settings.interpretationTeams[key.lowercased()] = count
          } else {
            problem(
              "scheduling.interpretation_teams.\(key)", value.line,
              "must map a language pair such as \"en>fr\" to a number of teams from "
                + Limits.interpretationTeams.described)
          }
        }
      }
      return settings
    }
  }
}
