/// Builds a schedule: first a valid one, quickly, by placing the hardest sessions first where
/// they break no hard constraint (a session that fits nowhere is left unscheduled); then
/// better ones, by local search with late acceptance, until the time or iteration limit, until
/// nothing improves any more, or until asked to stop. The best schedule found is returned.
/// With the same problem, seed and iteration limit, it returns the same schedule.
public struct Solver {
  /// Limits and the random seed.
  public struct Options: Sendable {
    /// Stop after this many seconds (nil: no time limit).
    public var timeLimit: Double?
    /// Stop after this many improvement steps (nil: no limit).
    public var iterations: Int?
    /// Stop after this many steps without a new best (nil: 200 per session, at least 20,000).
    public var stallLimit: Int?
    /// The random seed.
    public var seed: UInt64

    /// Creates options.
    public init(timeLimit: Double? = 30, iterations: Int? = nil, stallLimit: Int? = nil, seed: UInt64 = 1) {
      self.timeLimit = timeLimit
      self.iterations = iterations
      self.stallLimit = stallLimit
      self.seed = seed
    }
  }

  /// Where the search stands, for a progress line.
  public struct Progress: Sendable {
    /// The best score so far.
    public var best: Score
    /// Steps taken.
    public var iterations: Int
    /// Seconds since the start.
    public var elapsed: Double
    /// True once the first valid schedule is built.
    public var constructed: Bool
  }

  /// What the solver found.
  public struct Result: Sendable {
    /// The best schedule.
    public var schedule: Schedule
    /// Its score, as the solver's bookkeeping counted it.
    public var score: Score
    /// Seconds to the first schedule.
    public var constructionSeconds: Double
    /// Steps of local search taken.
    public var iterations: Int
    /// Why it stopped: "time limit", "iteration limit", "no improvement", "interrupted".
    public var stopReason: String
  }

  public let problem: SchedulingProblem
  public let options: Options

  /// Creates a solver.
  public init(problem: SchedulingProblem, options: Options) {
    self.problem = problem
    self.options = options
  }

  /// Solves. `clock` gives seconds (any origin); `shouldStop` is polled (Ctrl-C);
  /// `progress` is called now and then. `start` seeds the search (the published release).
  public func solve(
    startingFrom start: Schedule? = nil, clock: () -> Double, shouldStop: () -> Bool = { false },
    progress: (Progress) -> Void = { _ in }
  ) -> Result {
    let began = clock()
    var random = RandomSource(seed: options.seed)
    // Two orders of construction (exclusive sessions first; what comes first in time first):
    // each suits some events; the better start wins.
    var state = SolverState(problem: problem, schedule: .empty(for: problem))
    construct(&state, keeping: start, exclusiveFirst: true, random: &random)
    if state.score.medium > 0 {
      var other = SolverState(problem: problem, schedule: .empty(for: problem))
      construct(&other, keeping: start, exclusiveFirst: false, random: &random)
      if other.score < state.score { state = other }
    }
    let constructionSeconds = clock() - began
    progress(Progress(best: state.score, iterations: 0, elapsed: constructionSeconds, constructed: true))

    var best = state.schedule
    var bestScore = state.score
    var stopReason = "no improvement"
    let stallLimit = options.stallLimit ?? max(20_000, 200 * problem.sessions.count)
    let history = 400
    var lateScores = Array(repeating: state.score, count: history)
    var iteration = 0
    var sinceBest = 0
    var lastReport = clock()
    let movable = problem.sessions.indices.filter { !problem.sessions[$0].candidateRooms.isEmpty && !problem.sessions[$0].candidateStarts.isEmpty }
    while !movable.isEmpty {
      if let limit = options.iterations, iteration >= limit { stopReason = "iteration limit"; break }
      if sinceBest >= stallLimit { stopReason = "no improvement"; break }
      if iteration % 256 == 0 {
        if shouldStop() { stopReason = "interrupted"; break }
        let now = clock()
        if let limit = options.timeLimit, now - began >= limit { stopReason = "time limit"; break }
        if now - lastReport >= 0.5 {
          lastReport = now
          progress(Progress(best: bestScore, iterations: iteration, elapsed: now - began, constructed: true))
        }
      }
      iteration += 1
      sinceBest += 1
      let before = state.score
      var undo: [(Int, Placement?)] = []
      let kind = random.next(upperBound: UInt64(8))
      if kind == 0 {
        swapMove(&state, movable: movable, random: &random, undo: &undo)
      } else if kind == 1, state.score.medium > 0 {
        let left = movable.filter { state.placements[$0] == nil }
        if !left.isEmpty {
          kickMove(&state, session: left[Int(random.next(upperBound: UInt64(left.count)))], random: &random, undo: &undo)
        }
      } else {
        changeMove(&state, movable: movable, random: &random, undo: &undo)
      }
      if undo.isEmpty { continue }
      let after = state.score
      let late = lateScores[iteration % history]
      let accept =
        after.hard <= before.hard
        && (after.hard < before.hard || after.medium < before.medium
          || (after.medium == before.medium && (after.soft <= before.soft || after.soft <= late.soft && after.medium <= late.medium)))
      if accept {
        if after < bestScore {
          bestScore = after
          best = state.schedule
          sinceBest = 0
        }
      } else {
        for (session, placement) in undo.reversed() { state.move(session, to: placement) }
      }
      if state.score < lateScores[iteration % history] || accept {
        lateScores[iteration % history] = state.score
      }
    }
    progress(Progress(best: bestScore, iterations: iteration, elapsed: clock() - began, constructed: true))
    return Result(
      schedule: best, score: bestScore, constructionSeconds: constructionSeconds, iterations: iteration,
      stopReason: stopReason)
  }

  // MARK: Construction

  /// Places sessions one by one, hardest first but never before what must precede them;
  /// kept placements (a published release) are tried first so that little moves.
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
  func place(_ session: Int, in state: inout SolverState, random: inout RandomSource) {
    let info = problem.sessions[session]
    guard !info.candidateRooms.isEmpty else { return }
    var starts = info.candidateStarts.filter { state.timeIsFree(session, at: $0) }
    // Price at most 48 starts, spread over the whole event, to stay fast on large events.
    if starts.count > 48 {
      let stride = Double(starts.count) / 48
      let offset = Double(random.next(upperBound: UInt64(max(1, Int(stride)))))
      starts = (0..<48).map { starts[min(starts.count - 1, Int(offset + Double($0) * stride))] }
    }
    // Sessions that others must follow lean early, so that their followers find room.
    let leansEarly = !problem.followers[session].isEmpty || info.part != nil
    var best: (score: Score, placement: Placement)?
    for start in starts {
      guard let room = bestRoom(for: session, at: start, state: state) else { continue }
      let placement = Placement(start: start, room: room)
      var delta = state.delta(session, to: placement)
      if delta.hard > 0 { continue }
      if leansEarly { delta.soft += (start - starts[0]) / problem.grid }
      if best == nil || delta < best!.score { best = (delta, placement) }
    }
    if let best { state.move(session, to: best.placement) }
  }

  /// How many sessions must come before each one (through `after` and series parts).
  func precedenceDepth() -> [Int] {
    var depth = Array(repeating: -1, count: problem.sessions.count)
    var visiting = Set<Int>()
    func visit(_ session: Int) -> Int {
      if depth[session] >= 0 { return depth[session] }
      guard visiting.insert(session).inserted else { return 0 }  // a cycle: check reports it
      var before = problem.sessions[session].after
      if let series = problem.sessions[session].series, let part = problem.sessions[session].part {
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
    let info = problem.sessions[session]
    var fitting: Int?
    var largest: Int?
    let span = problem.span(of: session, at: start)
    for room in info.candidateRooms where state.roomIsFree(room, for: session, at: start) {
      if problem.rooms[room].unavailable.contains(where: { $0.overlaps(span) }) { continue }
      let capacity = problem.rooms[room].capacity
      if capacity >= info.expected, fitting == nil || capacity < problem.rooms[fitting!].capacity { fitting = room }
      if largest == nil || capacity > problem.rooms[largest!].capacity { largest = room }
    }
    return fitting ?? largest
  }

  // MARK: Moves

  /// Moves one session to another start and room (or places an unscheduled one).
  func changeMove(_ state: inout SolverState, movable: [Int], random: inout RandomSource, undo: inout [(Int, Placement?)]) {
    let session = movable[Int(random.next(upperBound: UInt64(movable.count)))]
    let info = problem.sessions[session]
    let start = info.candidateStarts[Int(random.next(upperBound: UInt64(info.candidateStarts.count)))]
    let room: Int
    if random.next(upperBound: UInt64(2)) == 0, let current = state.placements[session], info.candidateRooms.contains(current.room) {
      room = current.room
    } else {
      room = info.candidateRooms[Int(random.next(upperBound: UInt64(info.candidateRooms.count)))]
    }
    let placement = Placement(start: start, room: room)
    guard placement != state.placements[session] else { return }
    undo.append((session, state.placements[session]))
    state.move(session, to: placement)
  }

  /// Places an unscheduled session at a random start and room, takes out the sessions it
  /// clashes with, and puts those back where they fit best.
  func kickMove(_ state: inout SolverState, session: Int, random: inout RandomSource, undo: inout [(Int, Placement?)]) {
    let info = problem.sessions[session]
    let start = info.candidateStarts[Int(random.next(upperBound: UInt64(info.candidateStarts.count)))]
    let room = info.candidateRooms[Int(random.next(upperBound: UInt64(info.candidateRooms.count)))]
    let placement = Placement(start: start, room: room)
    let span = problem.span(of: session, at: start)
    var evicted: [Int] = []
    for (other, otherPlacement) in state.placements.enumerated() where other != session {
      guard let otherPlacement else { continue }
      let otherSpan = problem.span(other, otherPlacement)
      let clash = state.pairScore(session, placement, other, otherPlacement).hard > 0
        || (otherSpan.overlaps(span) && otherPlacement.room == room)
      if clash {
        let pinned = problem.sessions[other].pinnedStarts != nil || problem.sessions[other].pinnedRoom != nil
        if pinned { return }
        evicted.append(other)
      }
    }
    guard evicted.count <= (info.isExclusive ? 40 : 4) else { return }
    // Put back the hardest first: exclusive, then long sessions.
    evicted.sort {
      (problem.sessions[$0].isExclusive ? 0 : 1, -problem.sessions[$0].duration, $0)
        < (problem.sessions[$1].isExclusive ? 0 : 1, -problem.sessions[$1].duration, $1)
    }
    for other in evicted {
      undo.append((other, state.placements[other]))
      state.move(other, to: nil)
    }
    undo.append((session, nil))
    state.move(session, to: placement)
    for other in evicted { place(other, in: &state, random: &random) }
  }

  /// Swaps the times (and rooms, when allowed) of two placed sessions of the same length.
  func swapMove(_ state: inout SolverState, movable: [Int], random: inout RandomSource, undo: inout [(Int, Placement?)]) {
    let a = movable[Int(random.next(upperBound: UInt64(movable.count)))]
    let b = movable[Int(random.next(upperBound: UInt64(movable.count)))]
    guard a != b, let pa = state.placements[a], let pb = state.placements[b],
      problem.sessions[a].duration == problem.sessions[b].duration
    else { return }
    let roomA = problem.sessions[a].candidateRooms.contains(pb.room) ? pb.room : pa.room
    let roomB = problem.sessions[b].candidateRooms.contains(pa.room) ? pa.room : pb.room
    undo.append((a, pa))
    undo.append((b, pb))
    state.move(a, to: nil)
    state.move(b, to: Placement(start: pa.start, room: roomB))
    state.move(a, to: Placement(start: pb.start, room: roomA))
  }
}
