import ConveneCore

/// The first schedule: sessions placed one by one, hardest first but never before what must
/// precede them, each where it costs least without breaking a hard constraint (or left out);
/// then each left-out session is tried where the fewest sessions are in its way, those being
/// put back elsewhere.
/// Kept placements (a published release) are tried first so that little moves. Two orders are
/// tried (exclusive sessions first; what comes first in time first) and the better one kept.
struct Construction {
  /// The most placements a repair looks at for one left-out session (every one, on events of
  /// the ITC-2007 size; a sample of starts on large events, where looking at all is quadratic).
  static let repairPlacements = 4_000

  let model: CostModel
  let problem: SchedulingProblem

  init(model: CostModel) {
    self.model = model
    problem = model.problem
  }

  /// What the construction built, and the sessions it did not get to because it was told to
  /// stop (the deadline, Ctrl-C): those are left out, untried.
  struct Outcome {
    var state: SolverState
    var untried: [Int]
  }

  /// The better of the two orders' schedules, as a solver state. `stop` is asked before each
  /// session is placed; once it says yes, the sessions placed so far are kept and the rest left
  /// out. `placed` is told how many sessions have been considered so far.
  func build(
    keeping start: Schedule?, random: inout RandomSource, stop: () -> Bool = { false }, placed: (Int) -> Void = { _ in }
  ) -> Outcome {
    var state = SolverState(model: model, schedule: .empty(for: problem))
    let untried = construct(&state, keeping: start, exclusiveFirst: true, random: &random, stop: stop, placed: placed)
    if !untried.isEmpty { return Outcome(state: state, untried: untried) }
    if state.score.medium > 0 && !stop() {
      var other = SolverState(model: model, schedule: .empty(for: problem))
      let otherUntried = construct(&other, keeping: start, exclusiveFirst: false, random: &random, stop: stop, placed: { _ in })
      if otherUntried.isEmpty && other.score < state.score { state = other }
    }
    return Outcome(state: state, untried: [])
  }

  /// Places every session in `order()`, then repairs; returns the sessions left untried when
  /// `stop` said so.
  func construct(
    _ state: inout SolverState, keeping start: Schedule?, exclusiveFirst: Bool, random: inout RandomSource,
    stop: () -> Bool = { false }, placed: (Int) -> Void = { _ in }
  ) -> [Int] {
    let order = order(exclusiveFirst: exclusiveFirst)
    if let start {
      for session in order {
        guard let placement = start.placements[session] else { continue }
        if state.delta(session, to: placement).hard <= 0 { state.move(session, to: placement) }
      }
    }
    for (position, session) in order.enumerated() {
      if stop() { return order[position...].filter { state.placements[$0] == nil } }
      placed(position)
      if state.placements[session] == nil { place(session, in: &state, random: &random) }
    }
    placed(order.count)
    if state.score.medium > 0 { repair(&state, random: &random, stop: stop) }
    return []
  }

  /// Hardest first: pinned sessions, then (with `exclusiveFirst`) exclusive ones, then by how
  /// many sessions must come before, by how few places they have, longest first.
  func order(exclusiveFirst: Bool) -> [Int] {
    let depth = precedenceDepth()
    let freedom = problem.sessions.map { info in
      info.candidateStarts.count * max(1, info.candidateRooms.count) / max(1, info.people.count + info.cohorts.count + 1)
    }
    return problem.sessions.indices.sorted { a, b in
      let sa = problem.sessions[a], sb = problem.sessions[b]
      let pinnedA = sa.pinnedStarts != nil || sa.pinnedRoom != nil, pinnedB = sb.pinnedStarts != nil || sb.pinnedRoom != nil
      if pinnedA != pinnedB { return pinnedA }
      // Exclusive sessions need an empty stretch of time: they may go before the rest fill it.
      if exclusiveFirst && sa.isExclusive != sb.isExclusive { return sa.isExclusive }
      if depth[a] != depth[b] { return depth[a] < depth[b] }
      if sa.isExclusive != sb.isExclusive { return sa.isExclusive }
      if freedom[a] != freedom[b] { return freedom[a] < freedom[b] }
      if sa.duration != sb.duration { return sa.duration > sb.duration }
      return a < b
    }
  }

  /// The placed sessions in the way of `session` at `placement` (in its room then, or clashing
  /// with it over a hard constraint), or nil when one of them cannot move, it breaks a hard
  /// constraint on its own there, or more than `limit` are in the way (by default 4; 40 for an
  /// exclusive session).
  func blockers(of session: Int, at placement: Placement, in state: SolverState, limit: Int? = nil, keeping kept: [Int] = []) -> [Int]? {
    guard model.unaryCost(session, placement).hard == 0 else { return nil }
    let span = problem.span(session, placement)
    let limit = limit ?? (problem.sessions[session].isExclusive ? 40 : 4)
    var found: [Int] = []
    var blocked = false
    func consider(_ other: Int) {
      guard !blocked, !found.contains(other), let otherPlacement = state.placements[other] else { return }
      let sameRoom = otherPlacement.room == placement.room && problem.span(other, otherPlacement).overlaps(span)
      guard sameRoom || model.pairCost(session, placement, other, otherPlacement).hard > 0 else { return }
      let info = problem.sessions[other]
      if info.candidateStarts.count * info.candidateRooms.count <= 1 || found.count == limit || kept.contains(other) { blocked = true }
      found.append(other)
    }
    state.forEachSession(runningWith: session, at: placement.start) { consider($0) }
    for other in model.partners[session] { consider(other) }
    return blocked ? nil : found
  }

  /// Puts `session` at `placement`, takes the `blockers` out and puts them back where they fit
  /// best, hardest first; one that fits nowhere free is itself put where the fewest sessions
  /// are in its way (not the ones just moved), those being put back where they fit best — a
  /// chain of two links — or left out. Returns each move as the session and where it was.
  func eject(
    _ session: Int, to placement: Placement, moving blockers: [Int], in state: inout SolverState, random: inout RandomSource,
    links: Int = 2
  ) -> [(Int, Placement?)] {
    let order = blockers.sorted {
      (problem.sessions[$0].isExclusive ? 0 : 1, -problem.sessions[$0].duration, $0)
        < (problem.sessions[$1].isExclusive ? 0 : 1, -problem.sessions[$1].duration, $1)
    }
    var moves: [(Int, Placement?)] = []
    for other in order {
      moves.append((other, state.placements[other]))
      state.move(other, to: nil)
    }
    moves.append((session, state.placements[session]))
    state.move(session, to: placement)
    for other in order { place(other, in: &state, random: &random) }
    guard links > 1 else { return moves }
    for other in order where state.placements[other] == nil {
      guard let (next, nextBlockers) = leastBlocked(other, in: state, samples: 12, keeping: [session] + order, random: &random) else {
        continue
      }
      moves += eject(other, to: next, moving: nextBlockers, in: &state, random: &random, links: links - 1)
    }
    moves += fill(&state, random: &random)
    return moves
  }

  /// Left-out sessions put where they now fit without moving anything, shortest first (a few
  /// drawn at random when many are out): the time an ejection freed may hold two short
  /// sessions where one long one was. Returns each move as the session and where it was.
  func fill(_ state: inout SolverState, random: inout RandomSource, limit: Int = 6) -> [(Int, Placement?)] {
    guard state.score.medium > 0 else { return [] }
    var left = problem.sessions.indices.filter { state.placements[$0] == nil && !problem.sessions[$0].candidateRooms.isEmpty }
    while left.count > limit { left.swapAt(random.index(left.count), left.count - 1); left.removeLast() }
    left.sort { (problem.sessions[$0].duration, $0) < (problem.sessions[$1].duration, $1) }
    return left.filter { place($0, in: &state, random: &random) }.map { ($0, nil) }
  }

  /// Among up to `samples` candidate starts (all of them when nil) and every candidate room,
  /// the placement of `session` with the fewest sessions in its way (none of `kept`).
  func leastBlocked(
    _ session: Int, in state: SolverState, samples: Int?, limit: Int? = nil, keeping kept: [Int] = [], random: inout RandomSource
  ) -> (Placement, [Int])? {
    let info = problem.sessions[session]
    guard !info.candidateStarts.isEmpty else { return nil }
    let starts = samples.map { count in (0..<count).map { _ in info.candidateStarts[random.index(info.candidateStarts.count)] } }
      ?? info.candidateStarts
    let cap = limit ?? (info.isExclusive ? 40 : 4)
    // The fewest sessions in the way; among as many, those easiest to place elsewhere.
    var best: (Placement, [Int], cost: Int)?
    for start in starts {
      for room in info.candidateRooms {
        let placement = Placement(start: start, room: room)
        guard placement != state.placements[session],
          let blockers = blockers(of: session, at: placement, in: state, limit: min(cap, best?.1.count ?? cap), keeping: kept)
        else { continue }
        let cost = blockers.count == 0 ? 0 : blockers.reduce(blockers.count * 1_000_000) { $0 + 1_000_000 / freedom($1) }
        if best == nil || cost < best!.cost { best = (placement, blockers, cost) }
        if blockers.isEmpty { return (placement, blockers) }
      }
    }
    return best.map { ($0.0, $0.1) }
  }

  /// How many placements a session has (start times by rooms, at least 1): of two ways to
  /// make room, the one that moves sessions with more of them is tried.
  func freedom(_ session: Int) -> Int {
    max(1, problem.sessions[session].candidateStarts.count * problem.sessions[session].candidateRooms.count)
  }

  /// Tries to bring each left-out session in by ejecting what is in its way (however much), at
  /// the start where least is (among about `Self.repairPlacements` placements drawn at random
  /// when a session has more); keeps what leaves out less.
  func repair(_ state: inout SolverState, random: inout RandomSource, stop: () -> Bool = { false }) {
    for session in problem.sessions.indices where state.placements[session] == nil {
      if stop() { return }
      let info = problem.sessions[session]
      let rooms = max(1, info.candidateRooms.count)
      let samples = info.candidateStarts.count * rooms > Self.repairPlacements ? max(1, Self.repairPlacements / rooms) : nil
      guard let (placement, blockers) = leastBlocked(session, in: state, samples: samples, limit: problem.sessions.count, random: &random)
      else { continue }
      let before = state.score
      let moves = eject(session, to: placement, moving: blockers, in: &state, random: &random)
      if state.score.hard > before.hard || state.score.medium >= before.medium {
        for (moved, placement) in moves.reversed() { state.move(moved, to: placement) }
      }
    }
  }

  /// Puts `session` where it costs least without breaking a hard constraint, or leaves it out.
  /// Returns true when placed.
  @discardableResult
  func place(_ session: Int, in state: inout SolverState, random: inout RandomSource) -> Bool {
    let info = problem.sessions[session]
    guard !info.candidateRooms.isEmpty else { return false }
    var starts = info.candidateStarts.filter { state.timeIsFree(session, at: $0) }
    // Price at most 48 starts, spread over the whole event, to stay fast on large events.
    if starts.count > 48 {
      let stride = Double(starts.count) / 48
      let offset = Double(random.next(upperBound: UInt64(max(1, Int(stride)))))
      starts = (0..<48).map { starts[min(starts.count - 1, Int(offset + Double($0) * stride))] }
    }
    // Sessions that others must follow lean early, so that their followers find room.
    let ordered = info.part != nil && !(info.series.map { problem.partsInStartOrder[$0] } ?? false)
    let leansEarly = !problem.followers[session].isEmpty || ordered
    var best: (score: Score, placement: Placement)?
    for start in starts {
      guard let room = bestRoom(for: session, at: start, state: state) else { continue }
      let placement = Placement(start: start, room: room)
      var delta = state.delta(session, to: placement)
      if delta.hard > 0 { continue }
      if leansEarly { delta.soft += (start - starts[0]) / problem.grid }
      if best == nil || delta < best!.score { best = (delta, placement) }
    }
    guard let best else { return false }
    state.move(session, to: best.placement)
    return true
  }

  /// How many sessions must come before each one (through `after` and series parts).
  func precedenceDepth() -> [Int] {
    var depth = Array(repeating: -1, count: problem.sessions.count)
    var visiting = Set<Int>()
    func visit(_ session: Int) -> Int {
      if depth[session] >= 0 { return depth[session] }
      guard visiting.insert(session).inserted else { return 0 }  // a cycle: check reports it
      var before = problem.sessions[session].after
      if let series = problem.sessions[session].series, let part = problem.sessions[session].part,
        !problem.partsInStartOrder[series]
      {
        before += problem.seriesMembers[series].filter { (problem.sessions[$0].part ?? Int.max) < part }
      }
      let value = before.map { visit($0) + 1 }.max() ?? 0
      visiting.remove(session)
      depth[session] = value
      return value
    }
    for session in problem.sessions.indices { _ = visit(session) }
    return depth
  }

  /// The free room that fits the expected audience most tightly (else the largest free one).
  func bestRoom(for session: Int, at start: Int, state: SolverState) -> Int? {
    let busy = state.busyRooms(session, at: start)
    return bestRoom(for: session, at: start) { !busy.contains($0) }
  }

  /// The same, with what counts as free said by `isFree`.
  func bestRoom(for session: Int, at start: Int, isFree: (Int) -> Bool) -> Int? {
    let info = problem.sessions[session]
    var fitting: Int?
    var largest: Int?
    let span = problem.span(of: session, at: start)
    for room in info.candidateRooms where isFree(room) {
      if problem.rooms[room].unavailable.contains(where: { $0.overlaps(span) }) { continue }
      let capacity = problem.rooms[room].capacity
      if capacity >= info.expected, fitting == nil || capacity < problem.rooms[fitting!].capacity { fitting = room }
      if largest == nil || capacity > problem.rooms[largest!].capacity { largest = room }
    }
    return fitting ?? largest
  }
}
