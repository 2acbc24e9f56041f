import ConveneCore
import Foundation

/// Independent searches run side by side (one per core), in rounds of a fixed number of moves:
/// after each round the best schedule of all is kept, the stop conditions are checked and the
/// temperature is set for the next round; when the cooling reheats, every search restarts from
/// the best schedule. Rounds of fixed length make the outcome depend only on the seed and the
/// number of rounds, not on how the threads were scheduled.
struct ParallelSearch {
  /// Moves each search tries between two looks at the clock.
  static let roundLength = 2_000
  /// Reheats over the budget (cycles of cooling).
  static let cycles = 3

  let model: CostModel
  let options: Solver.Options
  private(set) var best: (schedule: Schedule, score: Score)
  /// Moves tried by all searches together.
  private(set) var iterations = 0
  private let searches: [SearchBox]

  init(model: CostModel, start: SolverState, options: Solver.Options) {
    self.model = model
    self.options = options
    best = (start.schedule, start.score)
    var seeds = RandomSource(seed: options.seed ^ 0x5EED_5EED_5EED_5EED)
    searches = (0..<max(1, options.workers)).map { _ in SearchBox(Annealer(state: start, seed: seeds.next())) }
  }

  /// Searches until a limit, the bound or an interruption; returns why it stopped.
  mutating func run(
    began: Double, clock: () -> Double, shouldStop: () -> Bool, bound: Score, progress: (Solver.Progress) -> Void
  ) -> Solver.StopReason {
    guard !searches[0].annealer.movable.isEmpty else { return .nothingToMove }
    let scale = max(1, searches[0].annealer.typicalWorsening(samples: 400))
    // Without a time limit the budget is known; with one, it is measured over a first round of
    // plain descent.
    var cooling = options.timeLimit == nil ? self.cooling(scale, budget: options.iterations) : nil
    var movesEach = 0
    var cycle = 0
    while true {
      if best.score <= bound { return .bestPossible }
      if shouldStop() { return .interrupted }
      let elapsed = clock() - began
      var fraction = 0.0
      if let limit = options.iterations {
        if movesEach >= limit { return .iterationLimit }
        fraction = Double(movesEach) / Double(max(1, limit))
      }
      if let limit = options.timeLimit {
        if elapsed >= limit { return .timeLimit }
        fraction = max(fraction, elapsed / limit)
      }
      let (now, temperature) = cooling?.at(fraction) ?? (0, 0)
      if now != cycle {
        cycle = now
        for search in searches { search.annealer.restart(from: best.schedule.placements, score: best.score) }
      }
      let roundStart = clock()
      let moves = min(Self.roundLength, (options.iterations ?? Int.max) - movesEach)
      let searches = self.searches
      // A round ends early at the time limit: the first search reads the clock (one thread at
      // a time) and tells the others.
      let deadline = options.timeLimit.map { began + $0 } ?? .infinity
      withoutActuallyEscaping(clock) { clock in
        let timer = RoundTimer(clock: clock, deadline: deadline)
        DispatchQueue.concurrentPerform(iterations: searches.count) { index in
          searches[index].movesInRound = searches[index].annealer.run(moves, temperature: temperature) {
            timer.expired(asking: index == 0)
          }
        }
      }
      let tried = searches.map(\.movesInRound)
      let longest = tried.max() ?? moves
      movesEach += longest
      iterations += tried.reduce(0, +)
      var improved = false
      for search in searches where search.annealer.bestScore < best.score {
        best = (Schedule(placements: search.annealer.best), search.annealer.bestScore)
        improved = true
      }
      if improved { progress(Solver.Progress(best: best.score, iterations: iterations, elapsed: clock() - began)) }
      if cooling == nil, let limit = options.timeLimit {
        let now = clock()
        let rate = Double(longest) / max(1e-6, now - roundStart)
        let budget = movesEach + Int(min(1e12, rate * max(0, limit - (now - began))))
        cooling = self.cooling(scale, budget: min(budget, options.iterations ?? budget))
      }
    }
  }

  /// The cooling for a budget of moves per search (nil: unlimited). A search with little time
  /// for the size of the problem (under about a thousand moves per session) starts cooler, in
  /// proportion, so that it improves the first schedule rather than wander away from it.
  func cooling(_ scale: Double, budget: Int?) -> Cooling {
    let sessions = max(1, searches[0].annealer.movable.count)
    let share = budget.map { min(1, Double($0) / Double(sessions) / 1_000) } ?? 1
    return Cooling(initial: scale * share, final: finalTemperature(), cycles: Self.cycles)
  }

  /// A temperature at which the smallest soft penalty is taken about once in a thousand moves.
  func finalTemperature() -> Double {
    let smallest = model.pairs.filter { $0.level == .soft }.map(\.weight)
      + model.groups.filter { $0.level == .soft }.map(\.weight)
      + (model.unaryByStart + model.unaryByRoom + model.unaryByBoth).filter { $0.level == .soft }.map(\.weight)
    return Double(smallest.min() ?? 1) / 7
  }
}

/// One search, changed only by the thread that runs it during a round.
final class SearchBox: @unchecked Sendable {
  var annealer: Annealer
  /// The moves it tried in the last round.
  var movesInRound = 0
  init(_ annealer: Annealer) { self.annealer = annealer }
}

/// The deadline of one round, shared by its searches: only the one that asks reads the clock.
final class RoundTimer: @unchecked Sendable {
  private let clock: () -> Double
  private let deadline: Double
  private let lock = NSLock()
  private var passed = false

  init(clock: @escaping () -> Double, deadline: Double) {
    self.clock = clock
    self.deadline = deadline
  }

  /// True once the deadline has passed; `asking` reads the clock, the others learn it here.
  func expired(asking: Bool) -> Bool {
    guard deadline.isFinite else { return false }
    if asking, clock() >= deadline { lock.withLock { passed = true } }
    return lock.withLock { passed }
  }
}
