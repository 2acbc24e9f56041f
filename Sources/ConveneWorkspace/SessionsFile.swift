import ConveneCSV
import ConveneCore

/// `sessions.csv`, one row per session.
public enum SessionsFile {
  /// The file name.
  public static let name = "sessions.csv"
  /// The columns, in order.
  public static let columns = [
    "id", "title", "kind", "duration", "speakers", "moderators", "audience", "track", "language",
    "interpretation", "requires", "expected", "after", "series", "part", "min_days", "exclusive",
    "unavailable", "preferred", "avoided", "day", "start", "room",
  ]

  /// Reads the sessions and the problems found in single rows.
  public static func read(_ bytes: [UInt8]) -> (sessions: [Session], findings: [Finding]) {
    var file = CSVFile(
      name: name, bytes: bytes, expected: columns, required: ["id", "title", "duration"])
    let sessions = file.rows { row -> Session? in
      let id = row.id("id")
      let title = row.required("title").isEmpty ? "" : row.singleLine("title")
      var kind = SessionKind.panel
      let kindText = row.text("kind").lowercased()
      if !kindText.isEmpty {
        if let parsed = SessionKind(rawValue: kindText) {
          kind = parsed
        } else {
          row.error(
            "kind", "\"\(kindText)\" is not a session kind",
            hint: SessionKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
      }
      let duration = row.integer("duration", in: Limits.minutes)
      if row.text("duration").isEmpty { row.error("duration", "is empty", hint: "write minutes, e.g. 60") }
      let interpretation = row.list("interpretation").compactMap { item -> LanguagePair? in
        guard let pair = LanguagePair(item) else {
          row.error(
            "interpretation", "\"\(item)\" is not a language pair", hint: "write en>fr;en>ar")
          return nil
        }
        return pair
      }
      var day: DayReference?
      let dayText = row.text("day")
      if !dayText.isEmpty {
        day = DayReference(dayText)
        if day == nil {
          row.error("day", "\"\(dayText)\" is not a day", hint: "write 2027-03-09 or day2")
        }
      }
      var start: TimeOfDay?
      let startText = row.text("start")
      if !startText.isEmpty {
        start = TimeOfDay(startText)
        if start == nil { row.error("start", "\"\(startText)\" is not a time", hint: "write 09:30") }
      }
      let session = Session(
        id: id, title: title, kind: kind, duration: duration ?? 0, speakers: row.ids("speakers"),
        moderators: row.ids("moderators"), audience: row.singleLine("audience").listItems(),
        track: row.singleLine("track"), language: row.singleLine("language").lowercased(),
        interpretation: interpretation, requires: row.singleLine("requires").listItems().map { $0.lowercased() },
        expected: row.integer("expected", in: Limits.count), after: row.ids("after"), series: row.singleLine("series"),
        part: row.integer("part", in: Limits.part), minDays: row.integer("min_days", in: Limits.minDays),
        exclusive: row.flag("exclusive"), unavailable: row.windows("unavailable"),
        preferred: row.windows("preferred"), avoided: row.windows("avoided"), day: day,
        start: start, room: row.optionalID("room"), line: row.line)
      return id.isEmpty ? nil : session
    }
    return (sessions, file.findings)
  }

  /// The file's text.
  public static func write(_ sessions: [Session]) -> String {
    func windows(_ list: [TimeWindow]) -> String { list.map(\.description).joined(separator: ";") }
    return CSVWriter.document(
      header: columns,
      rows: sessions.map { s in
        [
          s.id, s.title, s.kind.rawValue, String(s.duration), s.speakers.joined(separator: ";"),
          s.moderators.joined(separator: ";"), s.audience.joined(separator: ";"), s.track,
          s.language, s.interpretation.map(\.description).joined(separator: ";"),
          s.requires.joined(separator: ";"), s.expected.map(String.init) ?? "",
          s.after.joined(separator: ";"), s.series, s.part.map(String.init) ?? "",
          s.minDays.map(String.init) ?? "", s.exclusiveSetting.map { $0 ? "yes" : "no" } ?? "",
          windows(s.unavailable), windows(s.preferred), windows(s.avoided),
          s.day?.description ?? "", s.start?.description ?? "", s.room,
        ]
      })
  }
}
