import ConveneCore

/// Builds a schedule: first a valid one, quickly, by placing the hardest sessions first where
/// they break no hard constraint (a session that fits nowhere is left out); then better ones, by
/// simulated annealing on several independent searches at once (one per core), which share
/// their best schedule at each reheat. It uses the whole time or iteration budget, and stops
/// early only when the best schedule reaches a proven lower bound, or when asked to stop. With
/// the same problem, seed, iteration limit and number of searches it returns the same schedule.
public struct Solver {
  /// Limits, the random seed and the number of parallel searches.
  public struct Options: Sendable {
    /// Stop after this many seconds (nil: no time limit).
    public var timeLimit: Double?
    /// Stop after each search has tried this many moves (nil: no limit). One of the two limits
    /// must be set.
    public var iterations: Int?
    /// The random seed; each search's own seed is derived from it.
    public var seed: UInt64
    /// Independent searches run in parallel (at least 1).
    public var workers: Int

    /// Creates options.
    public init(timeLimit: Double? = 30, iterations: Int? = nil, seed: UInt64 = 1, workers: Int = 1) {
      self.timeLimit = timeLimit
      self.iterations = iterations
      self.seed = seed
      self.workers = workers
    }
  }

  /// Why the search stopped.
  public enum StopReason: String, Sendable {
    /// The time limit was reached.
    case timeLimit = "time limit"
    /// Every search tried its number of moves.
    case iterationLimit = "iteration limit"
    /// The best schedule reached the lower bound: nothing better exists.
    case bestPossible = "best possible score reached"
    /// Asked to stop (Ctrl-C).
    case interrupted
    /// No session can move.
    case nothingToMove = "nothing to move"
  }

  /// Where the search stands, for a progress line.
  public struct Progress: Sendable {
    /// While the first schedule is built: the sessions considered so far, of how many; nil
    /// once it is built.
    public var building: (done: Int, of: Int)?
    /// The best score so far (while building, none yet: `Score()`).
    public var best: Score
    /// Moves tried, over all searches.
    public var iterations: Int
    /// Seconds since the start.
    public var elapsed: Double
  }

  /// What the solver found.
  public struct Result: Sendable {
    /// The best schedule.
    public var schedule: Schedule
    /// Its score, as the solver's bookkeeping counted it.
    public var score: Score
    /// No schedule can score better than this.
    public var bound: Score
    /// Seconds to the first schedule.
    public var constructionSeconds: Double
    /// Moves tried, over all searches.
    public var iterations: Int
    /// Why it stopped.
    public var stopReason: StopReason
    /// Sessions left out because the search stopped (deadline, Ctrl-C) before the first
    /// schedule got to them: nothing was tried for them.
    public var untried: [Int]
  }

  public let problem: SchedulingProblem
  public let options: Options

  /// Creates a solver.
  public init(problem: SchedulingProblem, options: Options) {
    self.problem = problem
    self.options = options
  }

  /// Solves. `clock` gives seconds (any origin); `shouldStop` is polled (Ctrl-C), also while
  /// the first schedule is built, as is the time limit: stopped then, the sessions placed so far
  /// are kept and the rest left out (`Result.untried`). `progress` is called as the first
  /// schedule grows and with each new best score. `start` seeds the search (the published
  /// release).
  public func solve(
    startingFrom start: Schedule? = nil, clock: () -> Double, shouldStop: () -> Bool = { false },
    progress: (Progress) -> Void = { _ in }
  ) -> Result {
    let began = clock()
    let parts = InterchangeableParts(problem: problem)
    let model = CostModel(problem: parts.relaxed)
    var random = RandomSource(seed: options.seed)
    let construction = Construction(model: model)
    var stoppedBy: StopReason?
    func stop() -> Bool {
      if stoppedBy == nil {
        if shouldStop() { stoppedBy = .interrupted }
        else if let limit = options.timeLimit, clock() - began >= limit { stoppedBy = .timeLimit }
      }
      return stoppedBy != nil
    }
    var shown = began
    let first = construction.build(keeping: start, random: &random, stop: stop) { done in
      let now = clock()
      guard now - shown >= 0.25 else { return }
      shown = now
      progress(Progress(building: (done, problem.sessions.count), best: Score(), iterations: 0, elapsed: now - began))
    }
    let constructionSeconds = clock() - began
    progress(Progress(best: first.state.score, iterations: 0, elapsed: constructionSeconds))
    if let stoppedBy {
      return Result(
        schedule: parts.numbered(first.state.schedule), score: first.state.score, bound: Score(),
        constructionSeconds: constructionSeconds, iterations: 0, stopReason: stoppedBy, untried: first.untried)
    }
    let bound = LowerBound.of(model)
    var search = ParallelSearch(model: model, start: first.state, options: options)
    let stopReason = search.run(began: began, clock: clock, shouldStop: shouldStop, bound: bound, progress: progress)
    return Result(
      schedule: parts.numbered(search.best.schedule), score: search.best.score, bound: bound,
      constructionSeconds: constructionSeconds, iterations: search.iterations, stopReason: stopReason, untried: [])
  }
}
