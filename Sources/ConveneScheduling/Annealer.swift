import ConveneCore

/// One search: a solver state, its own random numbers and its best schedule, improved by
/// simulated annealing over the moves of `Move`.
struct Annealer {
  var state: SolverState
  var random: RandomSource
  private(set) var best: [Placement?]
  private(set) var bestScore: Score
  /// Sessions that have somewhere to go.
  let movable: [Int]
  let construction: Construction
  let problem: SchedulingProblem
  /// Whether any session is part of a series.
  let hasSeries: Bool

  init(state: SolverState, seed: UInt64) {
    self.state = state
    random = RandomSource(seed: seed)
    best = state.placements
    bestScore = state.score
    let problem = state.problem
    self.problem = problem
    movable = problem.sessions.indices.filter {
      !problem.sessions[$0].candidateRooms.isEmpty && !problem.sessions[$0].candidateStarts.isEmpty
    }
    construction = Construction(model: state.model)
    hasSeries = !problem.seriesNames.isEmpty
  }

  /// Continues from `schedule` (the best of all searches).
  mutating func restart(from schedule: [Placement?], score: Score) {
    if schedule != state.placements { state = SolverState(model: state.model, schedule: Schedule(placements: schedule)) }
    if score < bestScore {
      best = schedule
      bestScore = score
    }
  }

  /// Tries `count` moves at `temperature`, or fewer once `expired` says so (asked every
  /// `checkEvery` moves: a round of a slow search on a large event ends at the deadline, not
  /// seconds after it); returns the number of moves tried.
  @discardableResult
  mutating func run(_ count: Int, temperature: Double, until expired: () -> Bool = { false }) -> Int {
    guard !movable.isEmpty else { return count }
    // One list of changes to undo, kept from move to move (allocated once).
    var undo: [(Int, Placement?)] = []
    undo.reserveCapacity(Self.longestChain * 2)
    for done in 0..<count {
      if done % Self.checkEvery == 0, done > 0, expired() { return done }
      let move = Move.pick(leftOut: state.score.medium > 0, series: hasSeries, random: &random)
      let before = state.score
      undo.removeAll(keepingCapacity: true)
      switch move {
      case .relocate:
        relocate(temperature: temperature)
        continue
      case .swap: kempeSwap(undo: &undo)
      case .exchange: exchange(undo: &undo)
      case .roomSwap: roomSwap(undo: &undo)
      case .seriesRoom: seriesRoom(undo: &undo)
      case .eject: eject(undo: &undo)
      }
      guard !undo.isEmpty else { continue }
      if Acceptance.accepts(state.score - before, temperature: temperature, random: &random) {
        noteBest()
      } else {
        for (session, placement) in undo.reversed() { state.move(session, to: placement) }
      }
    }
    return count
  }

  /// How many moves a search tries between two looks at its deadline.
  static let checkEvery = 64

  mutating func noteBest() {
    if state.score < bestScore {
      bestScore = state.score
      best = state.placements
    }
  }

  /// How much a relocation that worsens the current schedule costs, on average over a sample
  /// (0 when none of the sample worsens it): the scale of the starting temperature.
  mutating func typicalWorsening(samples: Int) -> Double {
    var total = 0, count = 0
    for _ in 0..<samples {
      let session = movable[random.index(movable.count)]
      let info = problem.sessions[session]
      let placement = Placement(
        start: info.candidateStarts[random.index(info.candidateStarts.count)],
        room: info.candidateRooms[random.index(info.candidateRooms.count)])
      guard placement != state.placements[session], state.roomIsFree(placement.room, for: session, at: placement.start),
        state.timeIsFree(session, at: placement.start)
      else { continue }
      let delta = state.delta(session, to: placement)
      if delta.hard == 0, delta.medium == 0, delta.soft > 0 {
        total += delta.soft
        count += 1
      }
    }
    return count == 0 ? 0 : Double(total) / Double(count)
  }
}
