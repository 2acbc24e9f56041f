import ConveneCore
import ConveneWorkspace
import Foundation
import Synchronization
import Testing

@testable import ConveneScheduling

@Suite struct SolverTests {
  static func example(_ name: String) throws -> EventPlan {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Examples/\(name)").path
    return try #require(try Workspace(root: root, fileSystem: LocalFileSystem()).load().plan)
  }

  static func solve(
    _ problem: SchedulingProblem, seed: UInt64 = 1, iterations: Int = 3000, workers: Int = 1, start: Schedule? = nil
  ) -> Solver.Result {
    Solver(problem: problem, options: .init(timeLimit: nil, iterations: iterations, seed: seed, workers: workers))
      .solve(startingFrom: start, clock: { 0 })
  }

  /// A clock that moves on by `step` seconds each time it is read.
  final class FakeClock: Sendable {
    let reads = Atomic<Int>(0)
    let step: Double
    init(step: Double) { self.step = step }
    func now() -> Double { Double(reads.add(1, ordering: .relaxed).newValue) * step }
  }

  /// Stopped while the first schedule is built (Ctrl-C after a few sessions, or a time limit
  /// that passes as it builds): what was placed is kept, valid; the rest is left out, untried,
  /// and the search never starts.
  @Test func aStopWhileBuildingKeepsWhatWasPlacedAndLeavesTheRestUntried() throws {
    let problem = SchedulingProblem(plan: try Self.example("amman-global-summit"))
    var asked = 0
    let interrupted = Solver(problem: problem, options: .init(timeLimit: nil, iterations: 100_000, workers: 1))
      .solve(clock: { 0 }, shouldStop: { asked += 1; return asked > 10 })
    #expect(interrupted.stopReason == .interrupted)
    #expect(interrupted.iterations == 0)
    #expect(!interrupted.untried.isEmpty)
    let placed = interrupted.schedule.placements.compactMap { $0 }.count
    #expect(placed >= 1 && placed <= 10, "\(placed)")
    #expect(placed + interrupted.untried.count <= problem.sessions.count)
    let (score, _) = ScoreChecker.check(interrupted.schedule, in: problem)
    #expect(score.hard == 0)
    let reasons = UnscheduledReasons.reasons(
      for: interrupted.schedule, in: problem, untried: interrupted.untried, stop: interrupted.stopReason)
    #expect(reasons[interrupted.untried[0]] == [
      "not tried: the run was interrupted while the first schedule was being built; run `convene schedule` again with more time"
    ])

    let clock = FakeClock(step: 0.05)
    let late = Solver(problem: problem, options: .init(timeLimit: 1, workers: 1)).solve(clock: clock.now)
    #expect(late.stopReason == .timeLimit)
    #expect(!late.untried.isEmpty && late.iterations == 0)
  }

  @Test(arguments: ["dakar-regional-workshop", "amman-global-summit"])
  func theExamplesGetAValidScheduleWithEveryPinKept(example: String) throws {
    let plan = try Self.example(example)
    let problem = SchedulingProblem(plan: plan)
    let result = Self.solve(problem, iterations: 2000, workers: 2)
    let (score, violations) = ScoreChecker.check(result.schedule, in: problem)
    #expect(score.hard == 0, "\(violations.filter { $0.level == .hard }.map(\.sentence))")
    #expect(result.score == score)
    for session in plan.sessions where session.isPinned {
      let index = problem.sessionIndex[session.id]!
      let placement = try #require(result.schedule.placements[index], "\(session.id) is pinned but not scheduled")
      if let start = session.start { #expect(TimelineMinute.time(placement.start) == start) }
      if let day = session.day { #expect(day.index(in: plan.event.dates) == problem.dayIndex(of: placement.start)) }
      if !session.room.isEmpty { #expect(problem.rooms[placement.room].id == session.room) }
    }
    #expect(result.schedule.placements.filter { $0 == nil }.count == 0)
  }

  @Test(arguments: [1, 2])
  func theSameSeedIterationsAndWorkersGiveTheSameSchedule(workers: Int) throws {
    let problem = SchedulingProblem(plan: try Self.example("dakar-regional-workshop"))
    let first = Self.solve(problem, seed: 7, iterations: 3000, workers: workers)
    let second = Self.solve(problem, seed: 7, iterations: 3000, workers: workers)
    #expect(first.schedule == second.schedule)
    #expect(first.score == second.score)
    #expect(first.iterations == 3000 * workers)
  }

  /// Two sessions sharing a speaker that both prefer the one hour: the bound cannot be
  /// reached, so only a limit stops the search.
  static var twoTalksForTheOnePreferredHour: SchedulingProblem {
    ProblemBuilder().room("a").person("p")
      .session("s1") { $0.speakers = ["p"]; $0.preferred = [TimeWindow("day1 09:00-10:00")!] }
      .session("s2") { $0.speakers = ["p"]; $0.preferred = [TimeWindow("day1 09:00-10:00")!] }.problem
  }

  /// `twoTalksForTheOnePreferredHour` solved by two searches with a time limit of a second,
  /// on a clock `clockStep` further on at every reading; stopped by the limit.
  static func solvedForOneSecond(clockStep: Double) -> Solver.Result {
    let clock = FakeClock(step: clockStep)
    let result = Solver(problem: twoTalksForTheOnePreferredHour, options: .init(timeLimit: 1, iterations: nil, seed: 3, workers: 2))
      .solve(clock: clock.now)
    #expect(result.stopReason == .timeLimit)
    return result
  }

  @Test func theSearchUsesTheWholeTimeLimit() throws {
    // Only the clock stops it: the old search gave up after a stretch without improvement.
    let result = Self.solvedForOneSecond(clockStep: 0.001)
    #expect(result.iterations >= 2 * ParallelSearch.roundLength * 5, "only \(result.iterations) moves")
    #expect(result.score == Score(soft: 20))
    #expect(result.bound == .zero)
  }

  /// The time limit is looked at within a round too (every `Annealer.checkEvery` moves): a
  /// slow search on a large event stops at the limit, not a round of moves after it.
  @Test func aRoundEndsAtTheTimeLimit() throws {
    // A clock a tenth of a second further on at every reading: past the limit within the
    // first round.
    let result = Self.solvedForOneSecond(clockStep: 0.1)
    #expect(result.iterations > 0 && result.iterations < ParallelSearch.roundLength, "\(result.iterations) moves")
  }

  @Test func itStopsEarlyOnlyAtTheBound() {
    // Every session fits its preferred time: the bound (0) is reached and the search stops at
    // once, whatever the time limit.
    let problem = ProblemBuilder().room("a").room("b")
      .session("s1") { $0.preferred = [TimeWindow("day1 morning")!] }.session("s2") { $0.preferred = [TimeWindow("day2 afternoon")!] }
      .problem
    let clock = FakeClock(step: 0.001)
    let result = Solver(problem: problem, options: .init(timeLimit: 1_000, iterations: nil, seed: 1, workers: 2)).solve(clock: clock.now)
    #expect(result.stopReason == .bestPossible)
    #expect(result.score == result.bound)
    #expect(result.score.soft <= 5)  // day balance may cost an hour
  }

  @Test func itStopsWhenAsked() {
    let problem = Self.twoTalksForTheOnePreferredHour
    let polls = Atomic<Int>(0)
    let result = Solver(problem: problem, options: .init(timeLimit: nil, iterations: nil, seed: 1, workers: 2))
      .solve(clock: { 0 }, shouldStop: { polls.add(1, ordering: .relaxed).newValue > 5 })
    #expect(result.stopReason == .interrupted)
    #expect(ScoreChecker.check(result.schedule, in: problem).score == result.score)
  }

  @Test func theBestScoreIsReportedAsItImproves() throws {
    let problem = SchedulingProblem(plan: try Self.example("dakar-regional-workshop"))
    var seen: [Score] = []
    let result = Solver(problem: problem, options: .init(timeLimit: nil, iterations: 6_000, seed: 2, workers: 2))
      .solve(clock: { 0 }, progress: { seen.append($0.best) })
    #expect(seen.count >= 2)
    #expect(zip(seen, seen.dropFirst()).allSatisfy { $1 < $0 })
    #expect(seen.last == result.score)
  }

  @Test func overConstrainedInputLeavesSessionsOutAndSchedulesTheRest() {
    // One room; each day has two stretches of 210 minutes around lunch: four such sessions fit,
    // the fifth cannot.
    var builder = ProblemBuilder().room("a")
    for n in 1...5 { builder = builder.session("s\(n)", duration: 210) }
    let problem = builder.problem
    let result = Self.solve(problem, iterations: 2000)
    let (score, violations) = ScoreChecker.check(result.schedule, in: problem)
    #expect(score.hard == 0)
    #expect(result.schedule.placements.compactMap { $0 }.count == 4)
    #expect(violations.filter { $0.level == .medium }.map(\.constraint) == ["unscheduled"])
    #expect(score.medium == 1400)  // 14 grid steps left out, 100 each
  }

  @Test func anEjectionPlacesALeftOutSessionByMovingTheOneInItsWay() {
    // One room, one day of two 210-minute stretches: "first" holds the morning, "second"
    // (morning only) is left out. Ejecting "first" and putting it back in the afternoon fits both.
    let problem = ProblemBuilder().room("a").with { $0.plan.event.days = [$0.plan.event.days[0]] }
      .session("first", duration: 210).session("second", duration: 210) { $0.unavailable = [TimeWindow("13:30-17:00")!] }
      .problem
    let model = CostModel(problem: problem)
    var annealer = Annealer(state: SolverState(model: model, schedule: problem.schedule(["first": (1, "09:00", "a")])), seed: 1)
    #expect(annealer.state.score.medium == 1400)
    var tries = 0
    while annealer.state.score.medium > 0 && tries < 100 {
      tries += 1
      let before = annealer.state.score
      var undo: [(Int, Placement?)] = []
      annealer.eject(undo: &undo)
      if annealer.state.score.medium >= before.medium {
        for (session, placement) in undo.reversed() { annealer.state.move(session, to: placement) }
      }
    }
    #expect(annealer.state.score == Score())
    #expect(annealer.state.placements == problem.schedule(["second": (1, "09:00", "a"), "first": (1, "13:30", "a")]).placements)
  }

  @Test func theFirstScheduleIsRepairedByAChainOfTwoEjections() {
    // One day, rooms a (av and a stage) and b (av), c with neither; every session fills a half
    // day. L needs the stage in the morning; Y (av) holds a's morning, W and V (av) the
    // afternoons, Q (no needs) b's morning. L can only take Y's place, Y can only take Q's, and
    // Q goes to c.
    let problem = ProblemBuilder().room("a", features: ["av", "stage"]).room("b", features: ["av"]).room("c")
      .with { $0.plan.event.days = [$0.plan.event.days[0]] }
      .session("l", duration: 210) { $0.requires = ["stage"]; $0.unavailable = [TimeWindow("13:30-17:00")!] }
      .session("y", duration: 210) { $0.requires = ["av"] }.session("w", duration: 210) { $0.requires = ["av"] }
      .session("v", duration: 210) { $0.requires = ["av"] }.session("q", duration: 210).problem
    let construction = Construction(model: CostModel(problem: problem))
    var state = SolverState(
      model: construction.model,
      schedule: problem.schedule(["y": (1, "09:00", "a"), "w": (1, "13:30", "a"), "q": (1, "09:00", "b"), "v": (1, "13:30", "b")]))
    var random = RandomSource(seed: 1)
    #expect(state.score.medium == 1400)
    construction.repair(&state, random: &random)
    #expect(state.score == ScoreChecker.check(state.schedule, in: problem).score)
    #expect(state.score.hard == 0 && state.score.medium == 0, "\(state.score)")
    #expect(state.placements[problem.sessionIndex["l"]!] == problem.schedule(["l": (1, "09:00", "a")]).placements[problem.sessionIndex["l"]!])
    #expect(state.placements[problem.sessionIndex["q"]!]?.room == 2)
  }

  @Test func interchangeablePartsAreNumberedInTimeOrder() throws {
    // Four identical lectures of one course: the solver may place any of them anywhere, and
    // numbers them in time order at the end.
    var builder = ProblemBuilder().room("a").room("b").person("t")
    for part in 1...4 {
      builder = builder.session("c-\(part)") { $0.speakers = ["t"]; $0.series = "c"; $0.part = part; $0.minDays = 2 }
    }
    let problem = builder.session("other") { $0.speakers = ["t"] }.problem
    #expect(InterchangeableParts(problem: problem).relaxed.partsInStartOrder == [true])
    for seed in 1...5 {
      let result = Self.solve(problem, seed: UInt64(seed), iterations: 3000, workers: 2)
      let (score, violations) = ScoreChecker.check(result.schedule, in: problem)
      #expect(score == result.score)
      #expect(violations.filter { $0.level == .hard }.isEmpty, "\(violations.map(\.sentence))")
      let starts = (1...4).map { result.schedule.placements[problem.sessionIndex["c-\($0)"]!]!.start }
      #expect(starts == starts.sorted())
    }
  }

  @Test func partsThatDifferKeepTheirOwnPlaces() {
    let problem = ProblemBuilder().room("a")
      .session("p1") { $0.series = "lab"; $0.part = 1; $0.preferred = [TimeWindow("afternoon")!] }
      .session("p2") { $0.series = "lab"; $0.part = 2 }.problem
    #expect(InterchangeableParts(problem: problem).relaxed.partsInStartOrder == [false])
  }

  @Test func reschedulingAfterAChangeMovesFewPublishedSessions() throws {
    let plan = try Self.example("dakar-regional-workshop")
    let first = Self.solve(SchedulingProblem(plan: plan))
    let document = ScheduleConversion.document(
      first.schedule, problem: SchedulingProblem(plan: plan), plan: plan, version: 1, score: first.score, reasons: [:])
    // A speaker of a published session becomes unavailable at its time.
    var changed = plan
    let problem0 = SchedulingProblem(plan: plan)
    let moved = try #require(changed.sessions.firstIndex { !$0.speakers.isEmpty && !$0.isPinned && $0.after.isEmpty })
    let placement = try #require(first.schedule.placements[problem0.sessionIndex[changed.sessions[moved].id]!])
    let speaker = changed.sessions[moved].speakers[0]
    let when = TimelineMinute.date(placement.start)
    let window = TimeWindow(day: .date(when), start: TimelineMinute.time(placement.start), end: TimeOfDay(minutes: TimelineMinute.time(placement.start).minutes + changed.sessions[moved].duration))
    let person = changed.participants.firstIndex { $0.id == speaker }!
    changed.participants[person].unavailable.append(window)
    let problem = SchedulingProblem(plan: changed, published: ScheduleConversion.published(document, timezone: plan.event.timezone))
    let start = ScheduleConversion.schedule(from: document, problem: problem).schedule
    let second = Self.solve(problem, start: start)
    let (score, violations) = ScoreChecker.check(second.schedule, in: problem)
    #expect(score.hard == 0)
    let movedSessions = violations.filter { $0.constraint == "published-move" }
    #expect(movedSessions.count >= 1)
    #expect(movedSessions.count <= 3, "\(movedSessions.map(\.sentence))")
  }
}
