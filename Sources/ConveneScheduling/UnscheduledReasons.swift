/// Why a session is left out: for each place it could have gone, which hard constraints rule it
/// out, summed up in sentences such as "no room with interpretation is free while speaker p012
/// is present".
public enum UnscheduledReasons {
  /// Reasons for every unscheduled session of `schedule`, by session index. Sessions in
  /// `untried` were left out because the solver stopped (`stop`: the time limit or an
  /// interruption) before it tried to place them; they get that reason only. `preFlight`, when
  /// given, is `PreFlight.check(problem)` (so that it is not worked out twice).
  public static func reasons(
    for schedule: Schedule, in problem: SchedulingProblem, untried: [Int] = [], stop: Solver.StopReason? = nil,
    preFlight: [PreFlight.Finding]? = nil
  ) -> [Int: [String]] {
    var result: [Int: [String]] = [:]
    let why = stop == .interrupted ? "the run was interrupted" : "the time limit was reached"
    for session in untried where schedule.placements[session] == nil {
      result[session] = ["not tried: \(why) while the first schedule was being built; run `convene schedule` again with more time"]
    }
    let left = problem.sessions.indices.filter { schedule.placements[$0] == nil && result[$0] == nil }
    guard !left.isEmpty else { return result }
    let preFlight = preFlight ?? PreFlight.check(problem)
    let state = SolverState(problem: problem, schedule: schedule)
    for session in left {
      let found = preFlight.filter { $0.sessions.contains(session) }.map(\.message)
      result[session] = reasons(session, state: state, preFlight: found)
      let fitsNow = result[session]?.contains { $0.hasPrefix(Self.fitsNowOpening) } == true
      guard found.isEmpty && !fitsNow && fitsAlone(session, in: problem) else { continue }
      let pinned = pinnedBlockers(session, state: state)
      result[session]?.append(pinned.isEmpty ? Self.othersInTheWay : Self.pinnedInTheWay(pinned))
    }
    return result
  }

  /// Said of a session that the sessions pinned to one time and room keep out wherever it
  /// goes: no search moves those, so only a change of the input makes room.
  static func pinnedInTheWay(_ constraints: [String]) -> String {
    "beside the sessions pinned to one time and room, every place it could take breaks \(constraints.joined(separator: " or ")) "
      + "(hard): no search moves those, so change a pin or the session to make room"
  }

  /// The hard constraints that keep `session` out of every placement it could take on its own,
  /// counting only the sessions that their pins fix to one time and room (placed there); empty
  /// when some placement is clear of them (the other sessions are then what is in the way).
  static func pinnedBlockers(_ session: Int, state: SolverState) -> [String] {
    let problem = state.problem
    let info = problem.sessions[session]
    let fixed = Set(
      problem.sessions.indices.filter { other in
        other != session && problem.sessions[other].candidateStarts.count == 1
          && problem.sessions[other].candidateRooms.count == 1 && state.placements[other] != nil
      })
    guard !fixed.isEmpty else { return [] }
    let unary = ConstraintCatalogue.unary.filter { $0.level == .hard }
    var names = Set<String>()
    for start in info.candidateStarts {
      for room in info.candidateRooms {
        let placement = Placement(start: start, room: room)
        guard !unary.contains(where: { $0.amount(session, at: placement, in: problem) > 0 }) else { continue }
        let broken = fixedClashes(session, placement, fixed: fixed, state: state)
        if broken.isEmpty { return [] }
        names.formUnion(broken)
      }
    }
    return names.sorted()
  }

  /// The hard pair and group constraints `session` at `placement` breaks beside the `fixed`
  /// sessions where they are placed.
  static func fixedClashes(_ session: Int, _ placement: Placement, fixed: Set<Int>, state: SolverState) -> Set<String> {
    Set(clashes(session, placement, with: Array(fixed), groupMembers: fixed.contains, state: state))
  }

  /// The hard pair constraints `session` at `placement` breaks beside `others`, and the hard
  /// group constraints beside the placed members that `groupMembers` keeps, where they are
  /// placed.
  static func clashes(
    _ session: Int, _ placement: Placement, with others: [Int], groupMembers: (Int) -> Bool, state: SolverState
  ) -> [String] {
    let problem = state.problem
    var names: [String] = []
    for constraint in ConstraintCatalogue.pairs where constraint.level == .hard {
      for other in others {
        if let placed = state.placements[other], constraint.amount(session, placement, other, placed, in: problem) > 0 {
          names.append(constraint.name)
          break
        }
      }
    }
    // The groups' members as the state keeps them (hard constraints always weigh, so the
    // state keeps all of theirs).
    for constraint in ConstraintCatalogue.groups where constraint.level == .hard {
      for group in constraint.groups(of: session, onDay: problem.dayIndex(of: placement.start), in: problem) {
        guard let members = state.placedMembers(of: constraint, group: group)?.filter({ groupMembers($0.session) }) else { continue }
        if constraint.amount(group, members + [PlacedSession(session, placement)], in: problem) > constraint.amount(group, members, in: problem) {
          names.append(constraint.name)
        }
      }
    }
    return names
  }

  /// Said of a session that would have a place were it alone in the event: what stops it is
  /// where the others are, which another search may change.
  static let othersInTheWay =
    "alone in the event it would have a place: the sessions placed take them; a longer search may make room, unless the event is too full"

  /// True when some placement of `session` breaks no hard constraint on it alone (people there,
  /// room free, features, the day's hours): nothing but the other sessions keeps it out.
  static func fitsAlone(_ session: Int, in problem: SchedulingProblem) -> Bool {
    let info = problem.sessions[session]
    let hard = ConstraintCatalogue.unary.filter { $0.level == .hard }
    return info.candidateStarts.contains { start in
      info.candidateRooms.contains { room in
        let placement = Placement(start: start, room: room)
        return !hard.contains { $0.amount(session, at: placement, in: problem) > 0 }
      }
    }
  }

  /// The opening of the sentence said of a session that a free placement would take as the
  /// schedule stands (one left out of a schedule edited by hand).
  static let fitsNowOpening = "it fits as the schedule stands"

  /// How many reasons of people away are given in full.
  static let absencesShown = 4

  /// How many reasons of a time taken (or out of order) are given in full.
  static let takenShown = 3

  /// Why starting at `start` breaks the order the session has with placed sessions (`after`),
  /// whatever the room, or nil: it would begin before one it comes after ends, or end after
  /// one that comes after it begins.
  static func orderBroken(_ session: Int, at start: Int, state: SolverState) -> String? {
    let problem = state.problem
    let span = problem.span(of: session, at: start)
    for earlier in problem.sessions[session].after {
      guard let placement = state.placements[earlier] else { continue }
      let end = problem.span(earlier, placement).end
      if end > start {
        return "it would begin before \(problem.name(earlier)), which it comes after, ends (\(TimelineMinute.describe(end)))"
      }
    }
    for later in problem.followers[session] {
      guard let placement = state.placements[later], placement.start < span.end else { continue }
      return "it would end after \(problem.name(later)), which comes after it, begins (\(TimelineMinute.describe(placement.start)))"
    }
    return nil
  }

  static func reasons(_ session: Int, state: SolverState, preFlight preflight: [String]) -> [String] {
    let problem = state.problem
    let info = problem.sessions[session]
    if info.candidateRooms.isEmpty || info.candidateStarts.isEmpty { return preflight }

    // Starts at which every required person is there and free, and nothing exclusive runs.
    let personAvailability = PersonAvailability()
    var absent: [String: Int] = [:]
    var busy: [String: Int] = [:]
    var presentStarts: [Int] = []
    for start in info.candidateStarts {
      let probe = Placement(start: start, room: info.candidateRooms[0])
      let clashes = personAvailability.clashes(session, probe, problem)
      if let first = clashes.first {
        absent["\(problem.people[first.person].id) \(first.reason)", default: 0] += 1
        continue
      }
      if let order = orderBroken(session, at: start, state: state) {
        busy[order, default: 0] += 1
        continue
      }
      if !state.timeIsFree(session, at: start) {
        busy[blockingDescription(session, at: start, state: state), default: 0] += 1
        continue
      }
      presentStarts.append(start)
    }
    var reasons: [String] = []
    let total = info.candidateStarts.count
    // Every person away is named, however few starts they rule out: the organiser who
    // lengthens one person's stay learns of the other who is not there then.
    let away = absent.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) })
    for (reason, count) in away.prefix(Self.absencesShown) {
      reasons.append("at \(count) of \(total) possible starts \(reason)")
    }
    if away.count > Self.absencesShown {
      let rest = away.dropFirst(Self.absencesShown)
      reasons.append("at \(rest.map(\.value).reduce(0, +)) more starts others of its people are away (\(rest.map(\.key).joined(separator: "; ")))")
    }
    let taken = busy.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) })
    for (reason, count) in taken.prefix(Self.takenShown) {
      reasons.append("at \(count) of \(total) possible starts \(reason)")
    }
    if taken.count > Self.takenShown {
      // Every start is accounted for: the reasons left out are summed, the first named.
      let rest = taken.dropFirst(Self.takenShown)
      let first = rest.first.map(\.key) ?? ""
      reasons.append(
        "at \(rest.map(\.value).reduce(0, +)) more starts "
          + (rest.count == 1 ? first : "one of \(rest.count) other reasons (the first: \(first))"))
    }
    if !presentStarts.isEmpty { reasons += roomReasons(session, at: presentStarts, of: total, state: state) }
    return preflight + (reasons.isEmpty ? ["every placement breaks a hard constraint"] : reasons)
  }

  /// Why no room takes a session at the starts where its people are there (of `total`
  /// possible starts): every room busy, or the hard constraints that rule out the free ones,
  /// most often first, and the starts at which no room is free at all, so that every start is
  /// accounted for.
  static func roomReasons(_ session: Int, at presentStarts: [Int], of total: Int, state: SolverState) -> [String] {
    let problem = state.problem
    let info = problem.sessions[session]
    var reasons: [String] = []
    // The people are there; what stops each room?
    var tally: [String: Int] = [:]
    var roomsFree = false
    var fitting: [Placement] = []
    var noRoomFree = 0
    for start in presentStarts {
      // What is running then and the sessions bound to this one, looked up once per start.
      let busyRooms = Set(state.busyRooms(session, at: start))
      let others = Set(state.sessions(runningWith: session, at: start) + state.model.partners[session])
        .subtracting([session]).sorted()
      let open = info.candidateRooms.filter { room in
        !busyRooms.contains(room) && RoomAvailability().amount(session, at: Placement(start: start, room: room), in: problem) == 0
      }
      if open.isEmpty { noRoomFree += 1 }
      for room in open {
        let placement = Placement(start: start, room: room)
        let names = hardConstraints(session, placement, against: others, state: state)
        if names.isEmpty {
          fitting.append(placement)
          continue
        }
        roomsFree = true
        for name in names { tally[name, default: 0] += 1 }
      }
    }
    if let first = fitting.first {
      // Nothing keeps it out: it was left out by hand, or by a search that stopped early.
      return [
        "\(Self.fitsNowOpening): \(fitting.count) free room-and-time placement\(fitting.count == 1 ? "" : "s") break no hard constraint "
          + "(the first: \(TimelineMinute.describe(first.start)) in \(problem.roomName(first.room))); run `convene schedule` to place it"
      ]
    }
    let who = info.people.isEmpty ? "" : " while \(info.people.count == 1 ? "speaker" : "speakers") \(problem.peopleNames(info.people)) \(info.people.count == 1 ? "is" : "are") present"
    let roomKind = info.features.isEmpty ? "suitable room" : "room with \(info.features.joined(separator: " and "))"
    if !roomsFree {
      reasons.append("no \(roomKind) is free\(who) (\(presentStarts.count) possible start\(presentStarts.count == 1 ? "" : "s"), rooms: \(info.candidateRooms.map(problem.roomName).joined(separator: ", ")))")
    } else {
      for (name, count) in tally.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }).prefix(3) {
        reasons.append("\(name) rules out \(count) free room-and-time placement\(count == 1 ? "" : "s")")
      }
      if noRoomFree > 0 {
        reasons.append("at \(noRoomFree) of \(total) possible starts no \(roomKind) is free or open\(who)")
      }
    }
    return reasons
  }

  /// What makes a start impossible whatever the room, in words.
  static func blockingDescription(_ session: Int, at start: Int, state: SolverState) -> String {
    let problem = state.problem
    let info = problem.sessions[session]
    let span = problem.span(of: session, at: start)
    for other in state.sessions(runningWith: session, at: start).sorted() {
      guard let placement = state.placements[other], problem.span(other, placement).overlaps(span) else { continue }
      let otherInfo = problem.sessions[other]
      if otherInfo.isExclusive { return "the exclusive session \(problem.name(other)) runs" }
      if info.isExclusive { return "other sessions run, and nothing may run in parallel with it" }
      if let person = info.people.first(where: otherInfo.people.contains) {
        return "\(problem.people[person].id) is in \(problem.name(other))"
      }
      if let cohort = info.cohorts.first(where: otherInfo.cohorts.contains) {
        return "the cohort \(problem.cohortNames[cohort]) is in \(problem.name(other))"
      }
    }
    return "the time is taken"
  }

  /// The hard constraints a placement would break against the current schedule (none: the
  /// session could go there). Only `others` — the sessions running at the same time and the
  /// partners the constraints name — can clash (as the solver prices a move), not every session
  /// of the event.
  static func hardConstraints(_ session: Int, _ placement: Placement, against others: [Int], state: SolverState) -> [String] {
    let problem = state.problem
    var names: [String] = []
    for constraint in ConstraintCatalogue.unary where constraint.level == .hard && constraint.amount(session, at: placement, in: problem) > 0 {
      names.append(constraint.name)
    }
    names += clashes(session, placement, with: others, groupMembers: { $0 != session }, state: state)
    return Array(Set(names)).sorted()
  }
}
