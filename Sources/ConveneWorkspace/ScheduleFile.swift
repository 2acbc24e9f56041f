import ConveneCore
import ConveneJSON

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
            .object([
              ("id", .string(entry.id)), ("title", .string(entry.title)), ("start", stamp(entry.start)),
              ("end", stamp(entry.end)), ("room", .string(entry.room)), ("speakers", .strings(entry.speakers)),
              ("moderators", .strings(entry.moderators)),
            ])
          })
      ),
      ("unscheduled", .array(document.unscheduled.map { .object([("id", .string($0.id)), ("reasons", .strings($0.reasons))]) })),
    ])
  }

  /// `2027-03-09T09:00:00+03:00`.
  public static func isoString(_ value: LocalDateTime) -> String {
    let offset = value.offsetMinutes ?? 0
    let sign = offset < 0 ? "-" : "+"
    return "\(value.date)T\(value.time):00\(sign)\(TimeOfDay(minutes: abs(offset)))"
  }

  /// Reads a schedule file; problems are reported with the file's name, line and field.
  public static func read(_ bytes: [UInt8], file: String = name) -> (document: ScheduleDocument?, findings: [Finding]) {
    let root: JSONNode
    do {
      root = try JSONParser.parse(String(decoding: bytes, as: UTF8.self))
    } catch {
      return (nil, [.error(file, line: error.line, "not valid JSON: \(error.reason) (column \(error.column))")])
    }
    var reader = Reader(file: file)
    let document = reader.document(root)
    return (reader.findings.isEmpty ? document : nil, reader.findings)
  }

  /// Reads the fields of a parsed schedule, noting each problem by line and field.
  struct Reader {
    let file: String
    var findings: [Finding] = []

    mutating func document(_ root: JSONNode) -> ScheduleDocument {
      let entries = (root["sessions"]?.array ?? []).enumerated().compactMap { index, item in
        entry(item, path: "sessions[\(index)]")
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
      let timezone = root["timezone"]?.string ?? ""
      if !timezone.isEmpty && !TimeZoneNames.isKnown(timezone) {
        findings.append(
          .error(
            file, line: root["timezone"]?.line ?? root.line, field: "timezone",
            "unknown time zone \"\(Identifier.shown(timezone))\"", hint: "the event's zone, as event.json names it"))
      }
      return ScheduleDocument(
        event: event, timezone: timezone,
        version: version, hard: -(score?["hard"]?.integer ?? 0),
        medium: -(score?["medium"]?.integer ?? 0), soft: -(score?["soft"]?.integer ?? 0), sessions: entries,
        unscheduled: left)
    }

    /// One placed session, or nil (with a finding) when its id or times do not read.
    mutating func entry(_ item: JSONNode, path: String) -> ScheduleDocument.Entry? {
      guard let id = identifier(item["id"], "\(path).id", line: item.line) else { return nil }
      let startText = text(item["start"], "\(path).start", line: item.line) ?? ""
      let endText = text(item["end"], "\(path).end", line: item.line) ?? ""
      guard let start = LocalDateTime(startText), let end = LocalDateTime(endText) else {
        findings.append(.error(file, line: item.line, field: path, "start and end must be date-times such as 2027-03-09T09:00:00+03:00"))
        return nil
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
        moderators: identifiers(item["moderators"], "\(path).moderators", line: item.line))
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

  /// A release by number.
  public func release(_ version: Int) throws(WorkspaceError) -> ScheduleDocument? {
    try loadScheduleFile(ScheduleFile.releaseName(version))
  }

  func loadScheduleFile(_ name: String) throws(WorkspaceError) -> ScheduleDocument? {
    guard let bytes = try fileSystem.contents(of: path(name)) else { return nil }
    let (document, findings) = ScheduleFile.read(bytes, file: name)
    guard let document else { throw .invalid(findings) }
    return document
  }

  /// Writes `schedule.json` atomically.
  public func saveSchedule(_ document: ScheduleDocument) throws(WorkspaceError) {
    try fileSystem.write(ScheduleFile.write(document), to: path(ScheduleFile.name))
  }

  /// Writes `releases/vN.json`, refusing to replace an existing release.
  public func saveRelease(_ document: ScheduleDocument) throws(WorkspaceError) {
    let name = ScheduleFile.releaseName(document.version)
    guard !fileSystem.exists(path(name)) else {
      throw .io(path: path(name), reason: "already exists; releases are never overwritten")
    }
    try fileSystem.createDirectory(path(ScheduleFile.releases))
    try fileSystem.write(ScheduleFile.write(document), to: path(name))
  }
}
