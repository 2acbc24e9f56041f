import ConveneCore

/// The moves of the search. Each changes the schedule a little; the annealing rule then keeps
/// or undoes the change.
enum Move: CaseIterable {
  /// One session to another start, room, or both (or a left-out session into the schedule).
  case relocate
  /// Two sessions at two starts trade times, and every session that would then clash with one
  /// of them over a person, a cohort or an exclusive session trades too (a Kempe chain between
  /// the two times); rooms are kept where free.
  case swap
  /// Two sessions of any lengths trade starts (and rooms, where their own are taken).
  case exchange
  /// Two sessions running at the same time trade rooms.
  case roomSwap
  /// Every part of a series goes to one room, trading rooms with the sessions there.
  case seriesRoom
  /// A session (a left-out one, while there are any) is put somewhere else, the sessions in
  /// its way are taken out and put back where they fit best (an ejection chain of one link).
  case eject

  /// A move at random: mostly relocations, then swaps.
  static func pick(leftOut: Bool, series: Bool, random: inout RandomSource) -> Move {
    let roll = random.index(100)
    if roll < (leftOut ? 10 : 3) { return .eject }
    if roll < 55 { return .relocate }
    if roll < 75 { return .swap }
    if roll < 80 { return .exchange }
    if roll < 90 || !series { return .roomSwap }
    return .seriesRoom
  }
}

extension Annealer {
  /// Most chains are short; a longer one is given up.
  static let longestChain = 24

  /// Relocation, priced before it is made (most are refused, and pricing is cheaper than
  /// moving and moving back).
  mutating func relocate(temperature: Double) {
    let session = movable[random.index(movable.count)]
    let info = problem.sessions[session]
    let current = state.placements[session]
    let start: Int
    if let current, random.index(5) == 0 {
      start = current.start  // a change of room only
    } else {
      start = info.candidateStarts[random.index(info.candidateStarts.count)]
    }
    let room: Int
    let roll = random.index(10)
    if let current, current.start != start, roll < 4, info.candidateRooms.contains(current.room) {
      room = current.room
    } else if roll < 7, let mate = seriesMateRoom(of: session) {
      room = mate
    } else {
      room = info.candidateRooms[random.index(info.candidateRooms.count)]
    }
    let placement = Placement(start: start, room: room)
    guard placement != current, state.roomIsFree(room, for: session, at: start), state.timeIsFree(session, at: start) else { return }
    let delta = state.delta(session, to: placement)
    if Acceptance.accepts(delta, temperature: temperature, random: &random) {
      state.move(session, to: placement)
      noteBest()
    }
  }

  /// The room of another placed part of the session's series, at random (nil: none).
  mutating func seriesMateRoom(of session: Int) -> Int? {
    guard let series = problem.sessions[session].series else { return nil }
    let members = problem.seriesMembers[series]
    let mate = members[random.index(members.count)]
    guard mate != session, let room = state.placements[mate]?.room, problem.sessions[session].candidateRooms.contains(room) else { return nil }
    return room
  }

  /// True when `a` at `start` and the placed session `b` cannot run together whatever the rooms.
  func clash(_ a: Int, at start: Int, with b: Int) -> Bool {
    guard problem.sessions[a].isExclusive || problem.sessions[b].isExclusive || problem.peopleShared[a, b] > 0
      || problem.cohortsShared[a, b] > 0, let placement = state.placements[b]
    else { return false }
    return problem.span(of: a, at: start).overlaps(problem.span(b, placement))
  }

  /// True when `session` may start at `start` (one of its candidate starts).
  func canStart(_ session: Int, at start: Int) -> Bool { state.model.startSlot(session, start) >= 0 }

  /// The Kempe chain swap: the chain is closed first, rooms are chosen for its sessions at
  /// their new times, then each session moves once.
  mutating func kempeSwap(undo: inout [(Int, Placement?)]) {
    let first = movable[random.index(movable.count)]
    guard let from = state.placements[first] else { return }
    let info = problem.sessions[first]
    let target = info.candidateStarts[random.index(info.candidateStarts.count)]
    guard target != from.start else { return }
    let duration = info.duration
    var toTarget = [first]
    var toFrom: [Int] = []
    // Seed the other side with a session of the same length at the target, when there is one.
    let there = state.sessions(runningWith: first, at: target).filter {
      state.placements[$0]?.start == target && problem.sessions[$0].duration == duration && canStart($0, at: from.start)
    }
    if !there.isEmpty { toFrom.append(there[random.index(there.count)]) }
    // Close the chain: whoever clashes at the new time must come along the other way.
    var checkedTarget = 0, checkedFrom = 0
    while checkedTarget < toTarget.count || checkedFrom < toFrom.count {
      if toTarget.count + toFrom.count > Self.longestChain { return }
      let (moving, start, back, forth) =
        checkedTarget < toTarget.count
        ? (toTarget[checkedTarget], target, from.start, true) : (toFrom[checkedFrom], from.start, target, false)
      if forth { checkedTarget += 1 } else { checkedFrom += 1 }
      var blocked = false
      state.forEachSession(runningWith: moving, at: start) { other in
        guard !blocked, !toFrom.contains(other), !toTarget.contains(other), clash(moving, at: start, with: other) else { return }
        guard state.placements[other]?.start == start, problem.sessions[other].duration == duration, canStart(other, at: back)
        else {
          blocked = true
          return
        }
        if forth { toFrom.append(other) } else { toTarget.append(other) }
      }
      if blocked { return }
    }
    // Rooms at the new times: the rooms the chain leaves are free to take.
    let chain = toTarget + toFrom
    let busyAtTarget = state.busyRooms(first, at: target, leaving: chain)
    let busyAtFrom = state.busyRooms(first, at: from.start, leaving: chain)
    var placements: [Placement] = []
    placements.reserveCapacity(chain.count)
    for (index, session) in chain.enumerated() {
      let start = index < toTarget.count ? target : from.start
      // Taken: by a session staying there, or by one of the chain already given a room there.
      func busy(_ room: Int) -> Bool {
        (start == target ? busyAtTarget : busyAtFrom).contains(room) || placements.contains { $0.start == start && $0.room == room }
      }
      let own = state.placements[session]!.room
      var room: Int?
      if problem.sessions[session].candidateRooms.contains(own) && !busy(own) && openRoom(own, session, start) {
        room = own
      } else if let mate = seriesMateRoom(of: session), !busy(mate), openRoom(mate, session, start) {
        room = mate
      } else {
        room = construction.bestRoom(for: session, at: start) { !busy($0) }
      }
      guard let room else { return }
      placements.append(Placement(start: start, room: room))
    }
    for (session, placement) in zip(chain, placements) {
      undo.append((session, state.placements[session]))
      state.move(session, to: placement)
    }
  }

  /// True when `room` is open while `session` runs from `start`.
  func openRoom(_ room: Int, _ session: Int, _ start: Int) -> Bool {
    let span = problem.span(of: session, at: start)
    return !problem.rooms[room].unavailable.contains { $0.overlaps(span) }
  }

  /// The exchange of two sessions' starts.
  mutating func exchange(undo: inout [(Int, Placement?)]) {
    let first = movable[random.index(movable.count)], second = movable[random.index(movable.count)]
    guard let a = state.placements[first], let b = state.placements[second], a.start != b.start,
      canStart(first, at: b.start), canStart(second, at: a.start)
    else { return }
    undo.append((first, a))
    undo.append((second, b))
    state.move(first, to: nil)
    state.move(second, to: nil)
    for (session, start, rooms) in [(first, b.start, [a.room, b.room]), (second, a.start, [b.room, a.room])] {
      let room =
        rooms.first { problem.sessions[session].candidateRooms.contains($0) && state.roomIsFree($0, for: session, at: start) && openRoom($0, session, start) }
        ?? construction.bestRoom(for: session, at: start, state: state)
      guard let room else {
        for (session, placement) in undo.reversed() { state.move(session, to: placement) }
        undo.removeAll(keepingCapacity: true)
        return
      }
      state.move(session, to: Placement(start: start, room: room))
    }
  }

  /// Two sessions starting together with the same length trade rooms.
  mutating func roomSwap(undo: inout [(Int, Placement?)]) {
    let first = movable[random.index(movable.count)]
    guard let placement = state.placements[first] else { return }
    let duration = problem.sessions[first].duration
    let others = state.sessions(runningWith: first, at: placement.start).filter {
      let other = state.placements[$0]!
      return other.start == placement.start && other.room != placement.room && problem.sessions[$0].duration == duration
        && problem.sessions[$0].candidateRooms.contains(placement.room)
        && problem.sessions[first].candidateRooms.contains(other.room)
    }
    guard !others.isEmpty else { return }
    let second = others[random.index(others.count)]
    let otherPlacement = state.placements[second]!
    undo.append((first, placement))
    undo.append((second, otherPlacement))
    state.move(first, to: Placement(start: placement.start, room: otherPlacement.room))
    state.move(second, to: Placement(start: otherPlacement.start, room: placement.room))
  }

  /// Every placed part of a series into one room (that of a part, or any suitable one); a
  /// session already there at that time trades rooms when it can.
  mutating func seriesRoom(undo: inout [(Int, Placement?)]) {
    let session = movable[random.index(movable.count)]
    guard let series = problem.sessions[session].series else { return }
    let info = problem.sessions[session]
    let room = seriesMateRoom(of: session) ?? info.candidateRooms[random.index(info.candidateRooms.count)]
    var changes: [(Int, Placement)] = []
    for member in problem.seriesMembers[series] {
      guard let placement = state.placements[member], placement.room != room else { continue }
      guard problem.sessions[member].candidateRooms.contains(room), openRoom(room, member, placement.start) else { return }
      let occupants = state.sessions(runningWith: member, at: placement.start).filter {
        state.placements[$0]?.room == room && problem.span(member, placement).overlaps(problem.span($0, state.placements[$0]!))
      }
      if let occupant = occupants.first {
        let other = state.placements[occupant]!
        guard occupants.count == 1, other.start == placement.start, problem.sessions[occupant].duration == problem.sessions[member].duration,
          problem.sessions[occupant].series != series, problem.sessions[occupant].candidateRooms.contains(placement.room),
          openRoom(placement.room, occupant, other.start)
        else { return }
        changes.append((occupant, Placement(start: other.start, room: placement.room)))
      }
      changes.append((member, Placement(start: placement.start, room: room)))
    }
    for (moving, placement) in changes {
      undo.append((moving, state.placements[moving]))
      state.move(moving, to: placement)
    }
  }

  /// The ejection chain, for a left-out session while there are any (at the start of a few
  /// drawn where the fewest sessions are in the way, in the best free room), else for the
  /// costlier of a few sessions drawn at random (its own costs: capacity, preferences...), half
  /// the time into the room where it costs least.
  mutating func eject(undo: inout [(Int, Placement?)]) {
    let left = state.score.medium > 0 ? movable.filter { state.placements[$0] == nil } : []
    var session = left.isEmpty ? movable[random.index(movable.count)] : left[random.index(left.count)]
    if left.isEmpty {
      for _ in 0..<2 {
        let other = movable[random.index(movable.count)]
        if state.ownCost(session, state.placements[session]) < state.ownCost(other, state.placements[other]) { session = other }
      }
    }
    let info = problem.sessions[session]
    var room = info.candidateRooms[random.index(info.candidateRooms.count)]
    if random.index(2) == 0 {
      for other in info.candidateRooms where state.model.roomCost[session][other] < state.model.roomCost[session][room] { room = other }
    }
    let best: (Placement, [Int])?
    if left.isEmpty {
      let placement = Placement(start: info.candidateStarts[random.index(info.candidateStarts.count)], room: room)
      best = placement == state.placements[session] ? nil : construction.blockers(of: session, at: placement, in: state).map { (placement, $0) }
    } else {
      best = construction.leastBlocked(session, in: state, samples: 4, random: &random)
    }
    guard let (placement, blockers) = best else { return }
    undo.append(contentsOf: construction.eject(session, to: placement, moving: blockers, in: &state, random: &random))
  }
}
