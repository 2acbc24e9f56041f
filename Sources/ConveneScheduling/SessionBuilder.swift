import ConveneCore

/// The sessions of a `SchedulingProblem`, one by one: where and when each may go, who it
/// needs, and its cohorts, track and series numbered in the order they first appear.
struct SessionBuilder {
  let plan: EventPlan
  let days: [SchedulingProblem.Day]
  let grid: Int
  let rooms: [SchedulingProblem.RoomInfo]
  let people: [SchedulingProblem.PersonInfo]
  let sessionIndex: [String: Int]
  let published: [String: (start: Int, room: String)]
  let roomIndex: [String: Int]
  let personIndex: [String: Int]
  let attendance: SessionAttendees
  /// The names numbered so far.
  var cohortNames: [String] = []
  var trackNames: [String] = []
  var seriesNames: [String] = []

  init(
    plan: EventPlan, days: [SchedulingProblem.Day], grid: Int, rooms: [SchedulingProblem.RoomInfo],
    people: [SchedulingProblem.PersonInfo], sessionIndex: [String: Int],
    published: [String: (start: Int, room: String)]
  ) {
    self.plan = plan
    self.days = days
    self.grid = grid
    self.rooms = rooms
    self.people = people
    self.sessionIndex = sessionIndex
    self.published = published
    roomIndex = Dictionary(rooms.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
    personIndex = Dictionary(people.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
    attendance = SessionAttendees(plan: plan)
  }

  /// The session at `offset` of the plan.
  mutating func session(at offset: Int) -> SchedulingProblem.SessionInfo {
    let session = plan.sessions[offset]
    let dates = plan.event.dates
    let unavailable = SchedulingProblem.intervals(session.unavailable, dates: dates)
    let starts = starts(of: session, unavailable: unavailable)
    let pinnedStarts = session.day != nil || session.start != nil ? starts : nil
    let needed = session.neededFeatures
    let pinnedRoom = session.room.isEmpty ? nil : roomIndex[session.room]
    let candidateRooms =
      session.room.isEmpty
      ? rooms.indices.filter { room in needed.allSatisfy { rooms[room].features.contains($0) } }
      : pinnedRoom.map { [$0] } ?? []
    // A published session whose room was renamed or removed keeps its published time: moving
    // it costs what moving any published session costs.
    let published = published[session.id].map { entry in
      Placement(start: entry.start, room: roomIndex[entry.room] ?? Placement.roomGone)
    }
    let required = session.requiredPeople.compactMap { personIndex[$0] }
    return SchedulingProblem.SessionInfo(
      id: session.id, title: session.title, duration: session.duration,
      people: required,
      cohorts: session.audience.map { Self.index($0, in: &cohortNames) }.reduce(into: [Int]()) {
        if !$0.contains($1) { $0.append($1) }
      },
      track: session.track.isEmpty ? nil : Self.index(session.track, in: &trackNames),
      isExclusive: session.isExclusive,
      interpretation: session.interpretation.map(\.description),
      features: needed, expected: session.expected ?? attendance.bySession[offset].count,
      after: session.after.compactMap { sessionIndex[$0] }.filter { $0 != offset },
      series: session.series.isEmpty ? nil : Self.index(session.series, in: &seriesNames),
      part: session.part, minDays: session.minDays,
      unavailable: unavailable, preferred: SchedulingProblem.intervals(session.preferred, dates: dates),
      avoided: SchedulingProblem.intervals(session.avoided, dates: dates),
      pinnedRoom: pinnedRoom, pinnedStarts: pinnedStarts, candidateStarts: starts,
      candidateRooms: candidateRooms, attendees: attendance.bySession[offset],
      remoteAttendees: SchedulingProblem.remote(attendance.bySession[offset], plus: required, people: people),
      published: published)
  }

  /// The starts `session` may take: its start on its day (or on every day), or every grid
  /// step at which it fits in a day without meeting a break or its unavailable times.
  func starts(of session: Session, unavailable: [Interval]) -> [Int] {
    var starts: [Int] = []
    let dayIndex = session.day?.index(in: plan.event.dates)
    for (position, day) in days.enumerated() {
      if session.day != nil && dayIndex != position { continue }
      if let start = session.start {
        starts.append(TimelineMinute.of(day.date, start.minutes))
        continue
      }
      var minute = day.window.start
      while minute + session.duration <= day.window.end {
        let span = Interval(minute, minute + session.duration)
        if !day.breaks.contains(where: { $0.interval.overlaps(span) }) && !unavailable.contains(where: { $0.overlaps(span) }) {
          starts.append(minute)
        }
        minute += grid
      }
    }
    return starts
  }

  /// The number of `name` in `list`, added at the end when new.
  static func index(_ name: String, in list: inout [String]) -> Int {
    if let found = list.firstIndex(of: name) { return found }
    list.append(name)
    return list.count - 1
  }
}
