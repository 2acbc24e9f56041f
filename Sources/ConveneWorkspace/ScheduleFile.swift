import ConveneCore
import ConveneJSON
import Foundation

/// `schedule.json` and `releases/vN.json`.
public enum ScheduleFile {
  /// The current schedule's file name.
  public static let name = "schedule.json"
  /// The folder of published releases.
  public static let releases = "releases"

  /// The release file of a version.
  public static func releaseName(_ version: Int) -> String { "\(releases)/v\(version).json" }

  /// The document as JSON.
  public static func write(_ document: ScheduleDocument) -> String {
    JSONWriter.string(json(document))
  }

  /// The document as a JSON node (also the `agenda --format json` output).
  public static func json(_ document: ScheduleDocument) -> JSONNode {
    func stamp(_ value: LocalDateTime) -> JSONNode { .string(isoString(value)) }
    return .object([
      ("event", .string(document.event)), ("timezone", .string(document.timezone)),
      ("version", .number(document.version)),
      ("score", .object([("hard", .number(-document.hard)), ("medium", .number(-document.medium)), ("soft", .number(-document.soft))])),
      (
        "sessions",
        .array(
          document.sessions.map { entry in
            var fields: [(String, JSONNode)] = [
              ("id", .string(entry.id)), ("title", .string(entry.title)), ("start", stamp(entry.start)),
              ("end", stamp(entry.end)), ("room", .string(entry.room)), ("speakers", .strings(entry.speakers)),
              ("moderators", .strings(entry.moderators)),
            ]
            if let details = entry.details { fields.append(("details", json(details))) }
            return .object(fields)
          })
      ),
      ("unscheduled", .array(document.unscheduled.map { .object([("id", .string($0.id)), ("reasons", .strings($0.reasons))]) })),
    ])
  }

  /// What a release recorded of a session (`SessionDetails`).
  static func json(_ details: SessionDetails) -> JSONNode {
    .object([
      ("kind", .string(details.kind)), ("track", .string(details.track)), ("language", .string(details.language)),
      ("interpretation", .strings(details.interpretation)), ("room_name", .string(details.roomName)),
      ("location", .string(details.location)),
    ])
  }

  /// `2027-03-09T09:00:00+03:00`.
  public static func isoString(_ value: LocalDateTime) -> String {
    "\(value.date)T\(value.time):00\(offset(value.offsetMinutes ?? 0))"
  }

  /// `+03:00`, `-05:30`.
  static func offset(_ minutes: Int) -> String { "\(minutes < 0 ? "-" : "+")\(TimeOfDay(minutes: abs(minutes)))" }

  /// Reads a schedule file; problems are reported with the file's name, line and field.
  /// A file whose `timezone` is not `eventZone` (event.json's, when known) is refused with one
  /// error: its times would be shown on the event's clock.
  public static func read(
    _ bytes: [UInt8], file: String = name, eventZone: String? = nil
  ) -> (document: ScheduleDocument?, findings: [Finding]) {
    let root: JSONNode
    do {
      root = try JSONParser.parse(utf8: bytes)
    } catch {
      return (nil, [.error(file, line: error.line, "not valid JSON: \(error.reason) (column \(error.column))")])
    }
    var reader = Reader(file: file, eventZone: eventZone)
    let document = reader.document(root)
    return (reader.findings.isEmpty ? document : nil, reader.findings)
  }

  /// Reads the fields of a parsed schedule, noting each problem by line and field.
  struct Reader {
    let file: String
    let eventZone: String?
    var findings: [Finding] = []

    mutating func document(_ root: JSONNode) -> ScheduleDocument {
      let (timezone, zone) = clock(of: root)
      let entries = (root["sessions"]?.array ?? []).enumerated().compactMap { index, item in
        entry(item, path: "sessions[\(index)]", zone: zone)
      }
      let left = (root["unscheduled"]?.array ?? []).enumerated().compactMap { index, item -> ScheduleDocument.Left? in
        guard let id = identifier(item["id"], "unscheduled[\(index)].id", line: item.line) else { return nil }
        return .init(id: id, reasons: item["reasons"]?.array?.compactMap(\.string) ?? [])
      }
      noteRepeatedSessions(root)
      let version = releaseNumber(root["version"])
      let event = root["event"] == nil ? "" : identifier(root["event"], "event", line: root.line) ?? ""
      if root["sessions"]?.array == nil {
        findings.append(.error(file, line: root.line, field: "sessions", "must be a list"))
      }
      let score = root["score"]
      return ScheduleDocument(
        event: event, timezone: timezone,
        version: version, hard: -(score?["hard"]?.integer ?? 0),
        medium: -(score?["medium"]?.integer ?? 0), soft: -(score?["soft"]?.integer ?? 0), sessions: entries,
        unscheduled: left)
    }

    /// The file's time zone (event.json's when it names none) and the zone its times are held
    /// to: nil when the name is unknown, or when it is another zone than the event's whose
    /// clocks read otherwise at some time written (a finding either way).
    mutating func clock(of root: JSONNode) -> (timezone: String, zone: (name: String, zone: TimeZone)?) {
      let written = root["timezone"]?.string ?? ""
      let timezone = written.isEmpty ? eventZone ?? "" : written
      let line = root["timezone"]?.line ?? root.line
      if !timezone.isEmpty && !TimeZoneNames.isKnown(timezone) {
        findings.append(
          .error(
            file, line: line, field: "timezone",
            "unknown time zone \"\(Identifier.shown(timezone))\"", hint: "the event's zone, as event.json names it"))
      }
      let own = TimeZoneNames.isKnown(timezone) ? TimeZone(identifier: timezone).map { (timezone, $0) } : nil
      guard let eventZone, !timezone.isEmpty, timezone != eventZone else { return (timezone, own) }
      // Another zone whose clocks read the same at every time written (`Africa/Nairobi` and
      // `Africa/Kampala`) shows every session at its hour: it is read on the event's clock.
      if let other = TimeZone(identifier: eventZone), Self.clocksAgree(root, in: other) {
        return (timezone, (eventZone, other))
      }
      findings.append(
        .error(
          file, line: line, field: "timezone",
          "the schedule is in \(Identifier.shown(timezone)), but the event is in \(eventZone) (event.json): its times would be read on another clock",
          hint: file == ScheduleFile.name
            ? "run `convene schedule` again, unless releases were published in \(Identifier.shown(timezone)): a published event keeps its zone"
            : "a published event keeps its zone: put event.json back to \(Identifier.shown(timezone)), or plan the event in \(eventZone) in a new workspace (`convene init`)"))
      return (timezone, nil)
    }

    /// One placed session, or nil (with a finding) when its id or times do not read.
    mutating func entry(_ item: JSONNode, path: String, zone: (name: String, zone: TimeZone)?) -> ScheduleDocument.Entry? {
      guard let id = identifier(item["id"], "\(path).id", line: item.line) else { return nil }
      let startText = text(item["start"], "\(path).start", line: item.line) ?? ""
      let endText = text(item["end"], "\(path).end", line: item.line) ?? ""
      guard var start = LocalDateTime(startText), var end = LocalDateTime(endText) else {
        findings.append(.error(file, line: item.line, field: path, "start and end must be date-times such as 2027-03-09T09:00:00+03:00"))
        return nil
      }
      if let zone {
        guard let held = onTheClock(start, end, of: item, path: path, in: zone) else { return nil }
        (start, end) = held
      }
      let length = (end.minutesSinceEpoch - (end.offsetMinutes ?? 0)) - (start.minutesSinceEpoch - (start.offsetMinutes ?? 0))
      guard Limits.minutes.contains(length) else {
        findings.append(.error(file, line: item.line, field: path, "the end must come 1 to 1,440 minutes after the start"))
        return nil
      }
      let room = item["room"] == nil ? "" : identifier(item["room"], "\(path).room", line: item.line) ?? ""
      return .init(
        id: id, title: item["title"]?.string ?? id, start: start, end: end, room: room,
        speakers: identifiers(item["speakers"], "\(path).speakers", line: item.line),
        moderators: identifiers(item["moderators"], "\(path).moderators", line: item.line),
        details: item["details"].flatMap { details($0, path: "\(path).details") })
    }

    /// What a release recorded of a session, or nil (with a finding) when it is not an object
    /// of texts.
    mutating func details(_ node: JSONNode, path: String) -> SessionDetails? {
      guard node.members != nil else {
        findings.append(.error(file, line: node.line, field: path, "must be an object"))
        return nil
      }
      let texts = ["kind", "track", "language", "room_name", "location"].map {
        text(node[$0], "\(path).\($0)", line: node.line)
      }
      guard let pairs = node["interpretation"]?.array else {
        findings.append(.error(file, line: node.line, field: "\(path).interpretation", "must be a list of texts"))
        return nil
      }
      let interpretation = pairs.enumerated().compactMap { index, pair in
        text(pair, "\(path).interpretation[\(index)]", line: node.line)
      }
      guard interpretation.count == pairs.count, case let values = texts.compactMap({ $0 }), values.count == texts.count
      else { return nil }
      return SessionDetails(
        kind: values[0], track: values[1], language: values[2], interpretation: interpretation, roomName: values[3],
        location: values[4])
    }

    /// A session's start and end as the event's clock shows them (`clockTime`), or nil with a
    /// finding; across a change of the clocks a session lasts more or less than its clock
    /// times say, which is refused too.
    mutating func onTheClock(
      _ start: LocalDateTime, _ end: LocalDateTime, of item: JSONNode, path: String, in zone: (name: String, zone: TimeZone)
    ) -> (LocalDateTime, LocalDateTime)? {
      guard let start = clockTime(start, in: zone, field: "\(path).start", line: item["start"]?.line ?? item.line),
        let end = clockTime(end, in: zone, field: "\(path).end", line: item["end"]?.line ?? item.line),
        let startOffset = start.offsetMinutes, let endOffset = end.offsetMinutes
      else { return nil }
      let lasts = (end.minutesSinceEpoch - endOffset) - (start.minutesSinceEpoch - startOffset)
      let written = end.minutesSinceEpoch - start.minutesSinceEpoch
      guard lasts == written else {
        findings.append(
          .error(
            file, line: item.line, field: path,
            "\(ScheduleFile.isoString(start)) to \(ScheduleFile.isoString(end)) runs across the change of the clocks in \(zone.name): \(lasts) minutes, not the \(written) its clock times say",
            hint: "move the session clear of the change, or run `convene schedule` again"))
        return nil
      }
      return (start, end)
    }

    /// True when every start and end written in `root` is a clock time of `zone` with the
    /// offset written.
    static func clocksAgree(_ root: JSONNode, in zone: TimeZone) -> Bool {
      (root["sessions"]?.array ?? []).allSatisfy { item in
        ["start", "end"].allSatisfy { field in
          guard let value = item[field]?.string.flatMap({ LocalDateTime($0) }), let offset = value.offsetMinutes else { return false }
          return TimeZoneNames.offsetsMinutes(ofWallClockMinute: value.minutesSinceEpoch, in: zone).contains(offset)
        }
      }
    }

    /// `value` as the event's clock shows it, with the zone's offset then: a written offset
    /// that is not the zone's (`09:00+01:00` in a zone at +03:00: the agenda would print 09:00,
    /// the constraints count 11:00), a time the clocks skip, or one they show twice with no
    /// offset to tell which, is an error.
    mutating func clockTime(
      _ value: LocalDateTime, in zone: (name: String, zone: TimeZone), field: String, line: Int
    ) -> LocalDateTime? {
      let offsets = TimeZoneNames.offsetsMinutes(ofWallClockMinute: value.minutesSinceEpoch, in: zone.zone)
      let written = "\(value.date)T\(value.time):00"
      if let offset = value.offsetMinutes, offsets.contains(offset) { return value }
      if value.offsetMinutes == nil, offsets.count == 1 {
        return LocalDateTime(date: value.date, time: value.time, offsetMinutes: offsets[0])
      }
      let reason: String
      let hint: String
      switch (value.offsetMinutes, offsets.count) {
      case (_, 0):
        reason = "\(written) does not happen in \(zone.name): the clocks skip it"
        hint = "move the session to a time the clocks show"
      case (nil, _):
        reason = "\(written) happens twice in \(zone.name) (the clocks go back): no offset says which"
        hint = "write the offset: \(offsets.map { written + ScheduleFile.offset($0) }.joined(separator: " or "))"
      case (let offset?, _):
        let moment = value.minutesSinceEpoch - offset
        let thereOffset = TimeZoneNames.offsetMinutes(atUTCMinute: moment, in: zone.zone)
        let there = LocalDateTime(minutesSinceEpoch: moment + thereOffset)
        reason =
          "\(written)\(ScheduleFile.offset(offset)) is not a clock time of \(zone.name), which is at \(offsets.map(ScheduleFile.offset).joined(separator: " or ")) then: "
          + "that moment is \(there.date) \(there.time) there"
        hint =
          "write \(written)\(ScheduleFile.offset(offsets[0])) for \(value.time) on the event's clock, or "
          + "\(there.date)T\(there.time):00\(ScheduleFile.offset(thereOffset)) for the moment written"
      }
      findings.append(.error(file, line: line, field: field, reason, hint: hint))
      return nil
    }

    /// A session listed twice (placed twice, or both placed and left out): which entry holds
    /// is not known, so the file is refused.
    mutating func noteRepeatedSessions(_ root: JSONNode) {
      let listed = ["sessions", "unscheduled"].flatMap { list in
        (root[list]?.array ?? []).enumerated().map { index, item in (item, "\(list)[\(index)]") }
      }
      var first: [String: String] = [:]
      for (item, path) in listed {
        guard let id = item["id"]?.string else { continue }
        guard let earlier = first[id] else {
          first[id] = path
          continue
        }
        findings.append(
          .error(
            file, line: item.line, field: "\(path).id",
            "the session \"\(Identifier.shown(id))\" is listed twice (\(earlier) and \(path))",
            hint: "keep one entry per session"))
      }
    }

    /// The release number, 1 when absent.
    mutating func releaseNumber(_ node: JSONNode?) -> Int {
      guard let node else { return 1 }
      guard let number = node.integer, Limits.release.contains(number) else {
        findings.append(
          .error(file, line: node.line, field: "version", "must be a whole number from \(Limits.release.described)"))
        return 1
      }
      return number
    }

    mutating func text(_ node: JSONNode?, _ field: String, line: Int) -> String? {
      guard let value = node?.string else {
        findings.append(.error(file, line: node?.line ?? line, field: field, "must be text"))
        return nil
      }
      return value
    }

    mutating func identifier(_ node: JSONNode?, _ field: String, line: Int) -> String? {
      guard let value = text(node, field, line: line) else { return nil }
      if let problem = Identifier.problem(value) {
        findings.append(.error(file, line: node?.line ?? line, field: field, problem))
        return nil
      }
      return value
    }

    mutating func identifiers(_ node: JSONNode?, _ field: String, line: Int) -> [String] {
      (node?.array ?? []).enumerated().compactMap { index, element in
        identifier(element, "\(field)[\(index)]", line: line)
      }
    }
  }
}

extension Workspace {
  /// `schedule.json`, or nil when there is none yet.
  public func loadSchedule() throws(WorkspaceError) -> ScheduleDocument? {
    try loadScheduleFile(ScheduleFile.name)
  }

  /// The release numbers present, in order.
  public func releaseVersions() throws(WorkspaceError) -> [Int] {
    let folder = path(ScheduleFile.releases)
    guard fileSystem.isDirectory(folder) else { return [] }
    return try fileSystem.list(folder).compactMap { name in
      guard name.hasPrefix("v"), name.hasSuffix(".json"), name.count > 6,
        let number = Int(name.dropFirst().dropLast(5)), Limits.release.contains(number)
      else { return nil }
      return number
    }.sorted()
  }

  /// The latest release, if any.
  public func latestRelease() throws(WorkspaceError) -> ScheduleDocument? {
    guard let version = try releaseVersions().last else { return nil }
    return try loadScheduleFile(ScheduleFile.releaseName(version))
  }

  /// The days each session runs on in the release in force (the latest), or in
  /// `schedule.json` before any release; empty before either. A check-in is judged against
  /// them (`AttendanceRecord.dayProblem`).
  public func placedSessionDays() throws(WorkspaceError) -> [String: ClosedRange<LocalDate>] {
    if let release = try latestRelease() { return release.sessionDays }
    return try loadSchedule()?.sessionDays ?? [:]
  }

  /// A release by number.
  public func release(_ version: Int) throws(WorkspaceError) -> ScheduleDocument? {
    try loadScheduleFile(ScheduleFile.releaseName(version))
  }

  func loadScheduleFile(_ name: String) throws(WorkspaceError) -> ScheduleDocument? {
    guard let bytes = try fileSystem.contents(of: path(name)) else { return nil }
    let (document, findings) = ScheduleFile.read(bytes, file: name, eventZone: try eventTimeZone())
    guard let document else { throw .invalid(findings) }
    return document
  }

  /// `event.json`'s time zone, when it names one.
  func eventTimeZone() throws(WorkspaceError) -> String? {
    guard let bytes = try fileSystem.contents(of: path(EventFile.name)) else { return nil }
    return (try? JSONParser.parse(utf8: bytes))?["timezone"]?.string
  }

  /// Writes `schedule.json` atomically; a document its own reader would refuse is not written.
  public func saveSchedule(_ document: ScheduleDocument) throws(WorkspaceError) {
    try fileSystem.write(try Self.readable(document, as: ScheduleFile.name), to: path(ScheduleFile.name))
  }

  /// The document's text, once read back without a finding.
  static func readable(_ document: ScheduleDocument, as name: String) throws(WorkspaceError) -> String {
    let text = ScheduleFile.write(document)
    let findings = ScheduleFile.read(Array(text.utf8), file: name).findings
    guard findings.isEmpty else { throw .invalid(findings) }
    return text
  }

  /// Writes `releases/vN.json`, refusing to replace an existing release.
  public func saveRelease(_ document: ScheduleDocument) throws(WorkspaceError) {
    let name = ScheduleFile.releaseName(document.version)
    guard !fileSystem.exists(path(name)) else {
      throw .io(path: path(name), reason: "already exists; releases are never overwritten")
    }
    let text = try Self.readable(document, as: name)
    try fileSystem.createDirectory(path(ScheduleFile.releases))
    try fileSystem.write(text, to: path(name))
  }
}
