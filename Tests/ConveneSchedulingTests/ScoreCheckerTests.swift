import ConveneCore
import Testing

@testable import ConveneScheduling

@Suite struct ScoreCheckerTests {
  /// The solver's running score must equal a from-scratch check after any sequence of moves,
  /// including moves that break hard constraints and moves out of the schedule.
  @Test(arguments: 1...60)
  func incrementalBookkeepingAgreesWithTheChecker(seed: Int) {
    let problem = RandomInstance.make(seed: UInt64(seed))
    var random = RandomSource(seed: UInt64(seed) &* 7919)
    var state = SolverState(problem: problem, schedule: .empty(for: problem))
    let starts = problem.days.flatMap { day in stride(from: day.window.start - 60, to: day.window.end, by: problem.grid) }
    for step in 0..<150 {
      let session = Int(random.next(upperBound: UInt64(problem.sessions.count)))
      let placement: Placement? =
        random.next(upperBound: UInt64(6)) == 0
        ? nil
        : Placement(
          start: starts[Int(random.next(upperBound: UInt64(starts.count)))],
          room: Int(random.next(upperBound: UInt64(problem.rooms.count))))
      state.move(session, to: placement)
      if step % 50 == 49 {
        #expect(state.score == ScoreChecker.check(state.schedule, in: problem).score, "seed \(seed), step \(step)")
      }
    }
  }

  /// The same after the search's own moves (Kempe chains, room swaps, ejections) at a high
  /// temperature, so that many are taken.
  @Test(arguments: 1...20)
  func everyMoveOfTheSearchKeepsTheBookkeepingRight(seed: Int) {
    let problem = RandomInstance.make(seed: UInt64(seed) + 500)
    let model = CostModel(problem: problem)
    var random = RandomSource(seed: UInt64(seed))
    let start = Construction(model: model).build(keeping: nil, random: &random).state
    var annealer = Annealer(state: start, seed: UInt64(seed))
    for round in 0..<5 {
      annealer.run(150, temperature: 1_000)
      #expect(annealer.state.score == ScoreChecker.check(annealer.state.schedule, in: problem).score, "seed \(seed), round \(round)")
      #expect(annealer.bestScore == ScoreChecker.check(Schedule(placements: annealer.best), in: problem).score)
    }
  }

  @Test(arguments: 1...20)
  func theSolversScoreIsTheCheckersScore(seed: Int) {
    let problem = RandomInstance.make(seed: UInt64(seed) + 1000)
    let result = Solver(problem: problem, options: .init(timeLimit: nil, iterations: 1000, seed: UInt64(seed)))
      .solve(clock: { 0 })
    let (score, violations) = ScoreChecker.check(result.schedule, in: problem)
    #expect(result.score == score)
    #expect(score.hard == 0, "\(violations.filter { $0.level == .hard }.map(\.sentence))")
  }

  @Test func breakdownSumsPenaltiesPerConstraint() {
    let problem = ProblemBuilder().room("a").session("s1").session("s2").session("s3", duration: 30).problem
    let (_, violations) = ScoreChecker.check(problem.schedule(["s1": (1, "09:00", "a"), "s2": (1, "09:30", "a")]), in: problem)
    let breakdown = ScoreChecker.breakdown(violations)
    #expect(breakdown.map(\.constraint) == ["room-overlap", "unscheduled", "day-balance"])
    // 2h of the event's 2h30 on day 1, none on day 2: day 2 is 1h15 short of its share (1
    // hour, rounded down), day 1 45 minutes over (none).
    #expect(breakdown.map(\.penalty) == [2, 200, 5])
  }
}
