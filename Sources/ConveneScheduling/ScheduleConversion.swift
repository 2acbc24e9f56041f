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
    let guess = Date(timeIntervalSince1970: Double(minute * 60))
    let offset = zone.secondsFromGMT(for: guess.addingTimeInterval(-Double(zone.secondsFromGMT(for: guess)))) / 60
    return LocalDateTime(date: TimelineMinute.date(minute), time: TimelineMinute.time(minute), offsetMinutes: offset)
  }

  /// The schedule a document describes, and what in it does not fit the workspace.
  public static func schedule(from document: ScheduleDocument, problem: SchedulingProblem) -> (schedule: Schedule, problems: [String]) {
    let zone = TimeZone(identifier: problem.timezone) ?? TimeZone(identifier: "UTC")!
    var schedule = Schedule.empty(for: problem)
    var problems: [String] = []
    let roomIndex = Dictionary(problem.rooms.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
    for entry in document.sessions {
      guard let session = problem.sessionIndex[entry.id] else {
        problems.append("the session \"\(entry.id)\" is not in sessions.csv")
        continue
      }
      guard let room = roomIndex[entry.room] else {
        problems.append("the session \"\(entry.id)\" is in the room \"\(entry.room)\", which is not in rooms.csv")
        continue
      }
      schedule.placements[session] = Placement(start: SchedulingProblem.localMinute(entry.start, zone: zone), room: room)
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
