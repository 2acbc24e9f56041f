/// Checks made before solving that name what makes a valid schedule impossible, in plain
/// words: no solver can fix these, the input must change.
public enum PreFlight {
  /// One finding; `impossible` ones stop `convene schedule` unless forced.
  public struct Finding: Sendable, Equatable {
    public var impossible: Bool
    public var message: String
    /// The sessions it is about (by index): those of them left out of a schedule are left
    /// out for this reason.
    public var sessions: [Int] = []
  }

  /// Every impossibility found in `problem`.
  public static func check(_ problem: SchedulingProblem) -> [Finding] {
    let open = problem.days.reduce(0) { total, day in
      total + (day.window.end - day.window.start) - day.breaks.reduce(0) { $0 + day.window.overlap(with: $1.interval) }
    }
    return problem.sessions.indices.flatMap { sessionFindings($0, in: problem) } + peopleFindings(problem)
      + sessionTimeFindings(problem, open: open) + fixedClashFindings(problem) + orderFindings(problem)
  }

  /// Two sessions that their pins leave one start each, at times that overlap, and that need
  /// the same person or the only room each may use, or one of which is exclusive: one of them
  /// can never be placed, however long the search.
  static func fixedClashFindings(_ problem: SchedulingProblem) -> [Finding] {
    let fixed = problem.sessions.indices.compactMap { index -> (index: Int, time: Interval)? in
      let session = problem.sessions[index]
      guard session.candidateStarts.count == 1, let start = session.candidateStarts.first else { return nil }
      return (index, Interval(start, start + session.duration))
    }
    var findings: [Finding] = []
    for (position, first) in fixed.enumerated() {
      for second in fixed[(position + 1)...] where first.time.overlap(with: second.time) > 0 {
        let (a, b) = (problem.sessions[first.index], problem.sessions[second.index])
        let shared = Set(a.people).intersection(b.people).sorted().map { problem.people[$0].id }
        let why: String
        if let person = shared.first {
          why = "both need \(person)"
        } else if a.candidateRooms.count == 1, a.candidateRooms == b.candidateRooms {
          why = "both can only be in \(problem.rooms[a.candidateRooms[0]].id)"
        } else if a.isExclusive || b.isExclusive {
          why = "\(problem.name(a.isExclusive ? first.index : second.index)) is exclusive (nothing runs beside it)"
        } else {
          continue
        }
        findings.append(
          .init(
            impossible: true,
            message: "\(problem.name(first.index)) (\(TimelineMinute.describe(first.time))) and \(problem.name(second.index)) "
              + "(\(TimelineMinute.describe(second.time))) can each start only then (their pins, the days and "
              + "the breaks leave no other start), these overlap and \(why): one of them can never be placed",
            sessions: [first.index, second.index]))
      }
    }
    return findings
  }

  /// A session without a room it can use or a start it can take.
  static func sessionFindings(_ index: Int, in problem: SchedulingProblem) -> [Finding] {
    var findings: [Finding] = []
    let session = problem.sessions[index]
    let name = problem.name(index)
    if session.candidateRooms.isEmpty {
      if session.pinnedRoom == nil && problem.sessions[index].features.isEmpty == false {
        findings.append(.init(impossible: true, message: "\(name) needs a room with \(session.features.joined(separator: ", ")) and no room has \(session.features.count == 1 ? "it" : "them all")", sessions: [index]))
      } else if problem.rooms.isEmpty {
        findings.append(.init(impossible: true, message: "\(name) needs a room and rooms.csv has none", sessions: [index]))
      } else {
        findings.append(.init(impossible: true, message: "\(name) is pinned to a room that rooms.csv does not have", sessions: [index]))
      }
    }
    if session.candidateStarts.isEmpty {
      let longest = problem.days.map { day -> Int in
        var longest = 0, from = day.window.start
        for pause in day.breaks.map(\.interval).sorted() {
          longest = max(longest, pause.start - from)
          from = max(from, pause.end)
        }
        return max(longest, day.window.end - from)
      }.max() ?? 0
      let why = session.duration > longest
        ? "it lasts \(session.duration) minutes and the longest stretch of a day between breaks is \(longest)"
        : "its pins and unavailable windows leave no start"
      findings.append(.init(impossible: true, message: "\(name) cannot start anywhere: \(why)", sessions: [index]))
    }
    if !session.candidateStarts.isEmpty, !session.candidateRooms.isEmpty, let why = blockedEverywhere(index, in: problem) {
      findings.append(.init(impossible: true, message: "\(name) cannot start anywhere: \(why)", sessions: [index]))
    }
    return findings
  }

  /// Why no start the session's pins, the days and the breaks leave it can hold it, or nil
  /// when one can: each is inside its own unavailable windows, or every room it may use is
  /// closed then, or one of its speakers and moderators is away then (all hard rules).
  static func blockedEverywhere(_ index: Int, in problem: SchedulingProblem) -> String? {
    let session = problem.sessions[index]
    let spans = session.candidateStarts.map { problem.span(of: index, at: $0) }
    let listed = spans.prefix(3).map(TimelineMinute.describe).joined(separator: ", ")
      + (spans.count > 3 ? " and \(spans.count - 3) more" : "")
    let starts = "every start its pins, the days and the breaks leave it (\(listed))"
    // The rules that depend on the start alone are asked of the session's first room.
    let firstRoom = session.candidateRooms[0]
    let sessionRule = SessionAvailability()
    let open = session.candidateStarts.filter {
      sessionRule.amount(index, at: Placement(start: $0, room: firstRoom), in: problem) == 0
    }
    guard !open.isEmpty else {
      let windows = session.unavailable.filter { window in spans.contains { $0.overlaps(window) } }
      return "\(starts) is inside its own unavailable windows (\(windows.map(TimelineMinute.describe).joined(separator: ", "))) (\(sessionRule.name))"
    }
    let roomRule = RoomAvailability()
    let roomOpen = open.filter { start in
      session.candidateRooms.contains { roomRule.amount(index, at: Placement(start: start, room: $0), in: problem) == 0 }
    }
    guard !roomOpen.isEmpty else {
      let rooms = session.candidateRooms.map { problem.rooms[$0].id }
      let which = rooms.count == 1 ? "its only room, \(rooms[0]), is" : "every room it can use (\(rooms.joined(separator: ", "))) is"
      return "at \(starts), \(which) closed (\(roomRule.name))"
    }
    let personRule = PersonAvailability()
    var away: [String] = []
    for start in roomOpen {
      guard let first = personRule.clashes(index, Placement(start: start, room: firstRoom), problem).first else { return nil }
      let blocked = "\(problem.people[first.person].id) \(first.reason)"
      if !away.contains(blocked) { away.append(blocked) }
    }
    return "at \(starts), a speaker or moderator is away: \(away.joined(separator: "; ")) (\(personRule.name))"
  }

  /// People whose sessions do not fit into the time they are there.
  static func peopleFindings(_ problem: SchedulingProblem) -> [Finding] {
    var findings: [Finding] = []
    var minutesByPerson: [Int: [Int]] = [:]
    for (index, session) in problem.sessions.enumerated() {
      for person in session.people { minutesByPerson[person, default: []].append(index) }
    }
    for (person, sessions) in minutesByPerson.sorted(by: { $0.key < $1.key }) {
      let needed = sessions.reduce(0) { $0 + problem.sessions[$1].duration }
      let present = problem.days.reduce(0) { total, day in
        let blocked = problem.people[person].unavailable.map(\.interval) + day.breaks.map(\.interval)
        return total + freeMinutes(in: day.window, minus: blocked)
      }
      if needed > present {
        findings.append(
          .init(
            impossible: true,
            message: "\(problem.people[person].id) speaks or moderates \(sessions.count) session\(sessions.count == 1 ? "" : "s") (\(needed) minutes) but is there for \(present) minutes of session time: \(sessions.map(problem.name).joined(separator: ", "))",
            sessions: sessions))
      }
    }
    return findings
  }

  /// The exclusive sessions, and each cohort's sessions, that need more than the `open`
  /// minutes of session time the event has.
  static func sessionTimeFindings(_ problem: SchedulingProblem, open: Int) -> [Finding] {
    var findings: [Finding] = []
    let exclusive = problem.sessions.filter(\.isExclusive).reduce(0) { $0 + $1.duration }
    if exclusive > open {
      findings.append(
        .init(
          impossible: true,
          message: "the exclusive sessions (plenaries and ceremonies) need \(exclusive) minutes but the event has \(open) minutes of session time",
          sessions: problem.sessions.indices.filter { problem.sessions[$0].isExclusive }))
    }
    for (cohort, members) in problem.cohortMembers.enumerated() {
      let needed = members.reduce(0) { $0 + problem.sessions[$1].duration }
      if needed > open {
        findings.append(
          .init(
            impossible: true,
            message: "the cohort \(problem.cohortNames[cohort]) follows \(members.count) sessions (\(needed) minutes) but the event has \(open) minutes of session time",
            sessions: members))
      }
    }
    return findings
  }

  /// Minutes of `window` outside every blocked interval.
  static func freeMinutes(in window: Interval, minus blocked: [Interval]) -> Int {
    var cuts = blocked.compactMap { interval -> Interval? in
      let clipped = Interval(max(window.start, interval.start), min(window.end, interval.end))
      return clipped.end > clipped.start ? clipped : nil
    }.sorted()
    var covered = 0, reach = window.start
    for cut in cuts where cut.end > reach {
      covered += cut.end - max(cut.start, reach)
      reach = cut.end
    }
    cuts.removeAll()
    return (window.end - window.start) - covered
  }
}
