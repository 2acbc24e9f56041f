/// The first schedule: sessions placed one by one, hardest first but never before what must
/// precede them, each where it costs least without breaking a hard constraint (or left out).
/// Kept placements (a published release) are tried first so that little moves. Two orders are
/// tried (exclusive sessions first; what comes first in time first) and the better one kept.
struct Construction {
  let model: CostModel
  let problem: SchedulingProblem

  init(model: CostModel) {
    self.model = model
    problem = model.problem
  }

  /// The better of the two orders' schedules, as a solver state.
  func build(keeping start: Schedule?, random: inout RandomSource) -> SolverState {
    var state = SolverState(model: model, schedule: .empty(for: problem))
    construct(&state, keeping: start, exclusiveFirst: true, random: &random)
    if state.score.medium > 0 {
      var other = SolverState(model: model, schedule: .empty(for: problem))
      construct(&other, keeping: start, exclusiveFirst: false, random: &random)
      if other.score < state.score { state = other }
    }
    return state
  }

  func construct(_ state: inout SolverState, keeping start: Schedule?, exclusiveFirst: Bool, random: inout RandomSource) {
    let depth = precedenceDepth()
    let order = problem.sessions.indices.sorted { a, b in
      let sa = problem.sessions[a], sb = problem.sessions[b]
      let pinnedA = sa.pinnedStarts != nil || sa.pinnedRoom != nil, pinnedB = sb.pinnedStarts != nil || sb.pinnedRoom != nil
      if pinnedA != pinnedB { return pinnedA }
      // Exclusive sessions need an empty stretch of time: they may go before the rest fill it.
      if exclusiveFirst && sa.isExclusive != sb.isExclusive { return sa.isExclusive }
      if depth[a] != depth[b] { return depth[a] < depth[b] }
      if sa.isExclusive != sb.isExclusive { return sa.isExclusive }
      let freedomA = sa.candidateStarts.count * max(1, sa.candidateRooms.count) / max(1, sa.people.count + sa.cohorts.count + 1)
      let freedomB = sb.candidateStarts.count * max(1, sb.candidateRooms.count) / max(1, sb.people.count + sb.cohorts.count + 1)
      if freedomA != freedomB { return freedomA < freedomB }
      if sa.duration != sb.duration { return sa.duration > sb.duration }
      return a < b
    }
    if let start {
      for session in order {
        guard let placement = start.placements[session] else { continue }
        if state.delta(session, to: placement).hard <= 0 { state.move(session, to: placement) }
      }
    }
    for session in order where state.placements[session] == nil {
      place(session, in: &state, random: &random)
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
    bestRoom(for: session, at: start) { state.roomIsFree($0, for: session, at: start) }
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
