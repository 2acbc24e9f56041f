import ConveneCore
import Foundation

/// Turns schedules into the documents of `schedule.json` and back.
public enum ScheduleConversion {
  /// The document for `schedule`, with times in the event's zone and their UTC offsets.
  public static func document(
    _ schedule: Schedule, problem: SchedulingProblem, plan: EventPlan, version: Int, score: Score,
    reasons: [Int: [String]]
  ) -> ScheduleDocument {
    let zone = TimeZone(identifier: problem.timezone) ?? TimeZone(identifier: "UTC")!
    let byID = Dictionary(plan.sessions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let placed = schedule.placements.enumerated().compactMap { session, placement in placement.map { (session, $0) } }
      .sorted { ($0.1.start, problem.rooms[$0.1.room].id, $0.0) < ($1.1.start, problem.rooms[$1.1.room].id, $1.0) }
    let entries = placed.map { session, placement in
      let info = problem.sessions[session]
      let span = problem.span(session, placement)
      return ScheduleDocument.Entry(
        id: info.id, title: info.title, start: dateTime(span.start, zone: zone), end: dateTime(span.end, zone: zone),
        room: problem.rooms[placement.room].id, speakers: byID[info.id]?.speakers ?? [],
        moderators: byID[info.id]?.moderators ?? [])
    }
    let left = schedule.placements.indices.filter { schedule.placements[$0] == nil }.map {
      ScheduleDocument.Left(id: problem.sessions[$0].id, reasons: reasons[$0] ?? [])
    }
    return ScheduleDocument(
      event: problem.eventID, timezone: problem.timezone, version: version, hard: score.hard, medium: score.medium,
      soft: score.soft, sessions: entries, unscheduled: left)
  }

  /// A timeline minute as a local date-time with the zone's offset at that moment.
  public static func dateTime(_ minute: Int, zone: TimeZone) -> LocalDateTime {
    let offset = TimeZoneNames.offsetMinutes(atWallClockMinute: minute, in: zone)
    return LocalDateTime(date: TimelineMinute.date(minute), time: TimelineMinute.time(minute), offsetMinutes: offset)
  }

  /// The schedule a document describes, and what in it does not fit the workspace, as errors
  /// in `file` naming the entry's field: a session or room that does not exist, a session
  /// listed twice, an `end` that is not its start plus the session's duration (the checks count
  /// the duration; calendars and agendas would show the written end).
  public static func schedule(
    from document: ScheduleDocument, problem: SchedulingProblem, file: String = "schedule.json"
  ) -> (schedule: Schedule, problems: [Finding]) {
    let zone = TimeZone(identifier: problem.timezone) ?? TimeZone(identifier: "UTC")!
    var schedule = Schedule.empty(for: problem)
    var problems: [Finding] = []
    var listedAt: [Int: Int] = [:]
    let roomIndex = Dictionary(problem.rooms.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
    for (position, entry) in document.sessions.enumerated() {
      let path = "sessions[\(position)]"
      guard let session = problem.sessionIndex[entry.id] else {
        problems.append(.error(file, field: "\(path).id", "the session \"\(entry.id)\" is not in sessions.csv"))
        continue
      }
      if let earlier = listedAt[session] {
        problems.append(
          .error(
            file, field: "\(path).id", "the session \"\(entry.id)\" is listed twice (sessions[\(earlier)] and \(path))",
            hint: "keep one entry per session"))
        continue
      }
      listedAt[session] = position
      guard let room = roomIndex[entry.room] else {
        problems.append(
          .error(file, field: "\(path).room", "the session \"\(entry.id)\" is in the room \"\(entry.room)\", which is not in rooms.csv"))
        continue
      }
      let start = SchedulingProblem.localMinute(entry.start, zone: zone)
      let end = SchedulingProblem.localMinute(entry.end, zone: zone)
      let duration = problem.sessions[session].duration
      if end != start + duration {
        problems.append(
          .error(
            file, field: "\(path).end",
            "the session \"\(entry.id)\" ends \(TimelineMinute.describe(end)), but it lasts \(duration) minutes (sessions.csv): from \(TimelineMinute.describe(start)) it ends \(TimelineMinute.describe(start + duration))",
            hint: "correct the end, or change the duration in sessions.csv and run `convene schedule` again"))
      }
      schedule.placements[session] = Placement(start: start, room: room)
    }
    return (schedule, problems)
  }

  /// Published placements by session id, for `SchedulingProblem(plan:published:)`.
  public static func published(_ document: ScheduleDocument, timezone: String) -> [String: (start: Int, room: String)] {
    let zone = TimeZone(identifier: timezone) ?? TimeZone(identifier: "UTC")!
    return Dictionary(
      document.sessions.map { ($0.id, (SchedulingProblem.localMinute($0.start, zone: zone), $0.room)) },
      uniquingKeysWith: { first, _ in first })
  }
}
