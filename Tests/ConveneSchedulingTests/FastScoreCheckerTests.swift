import ConveneCore
import Testing

@testable import ConveneScheduling

/// The fast checker the commands call against the reference: the same score and the same
/// violations, sentences and order, on every kind of schedule; and the pairs it compares grow
/// with the sessions that run together, not with the square of the event.
@Suite struct FastScoreCheckerTests {
  /// Random placements, many of them clashing, touching or outside the days, some sessions
  /// left out: every constraint of the catalogue gets broken somewhere over the seeds.
  @Test(arguments: 1...80)
  func agreesWithTheReferenceOnRandomSchedules(seed: Int) {
    let problem = RandomInstance.make(seed: UInt64(seed) + 3000)
    var random = RandomSource(seed: UInt64(seed) &* 104_729)
    let starts = problem.days.flatMap { day in stride(from: day.window.start - 60, to: day.window.end, by: problem.grid) }
    var schedule = Schedule.empty(for: problem)
    for session in problem.sessions.indices where random.next(upperBound: UInt64(6)) != 0 {
      // Few distinct starts, so that sessions often overlap or follow each other directly.
      let start = starts[Int(random.next(upperBound: UInt64(min(starts.count, 12)))) * starts.count / 12]
      schedule.placements[session] = Placement(start: start, room: Int(random.next(upperBound: UInt64(problem.rooms.count))))
    }
    let fast = FastScoreChecker.check(schedule, in: problem)
    let reference = ScoreChecker.check(schedule, in: problem)
    #expect(fast.score == reference.score, "seed \(seed)")
    #expect(fast.violations == reference.violations, "seed \(seed)")
  }

  /// The solver's schedules, with a published release to move away from.
  @Test(arguments: 1...20)
  func agreesWithTheReferenceOnTheSolversSchedules(seed: Int) {
    let problem = RandomInstance.make(seed: UInt64(seed) + 4000)
    let result = Solver(problem: problem, options: .init(timeLimit: nil, iterations: 500, seed: UInt64(seed))).solve(clock: { 0 })
    let fast = FastScoreChecker.check(result.schedule, in: problem)
    #expect(fast.score == result.score)
    #expect(fast.violations == ScoreChecker.check(result.schedule, in: problem).violations)
  }

  /// Sessions that never run together still cost something when a constraint names them as
  /// partners: an order broken across days, a speaker without a pause, travel between venues.
  @Test func partnersApartInTimeAreCharged() {
    let problem = ProblemBuilder()
      .with { $0.plan.event.venues = [Venue(id: "main", name: "Main", address: ""), Venue(id: "site", name: "Site", address: "", travelMinutes: 45)] }
      .room("a").room("b").with { $0.plan.rooms[1].venue = "site" }
      .person("p1").person("p2")
      .session("first") { $0.speakers = ["p2"] }
      .session("second") { $0.after = ["first"] }
      .session("talk") { $0.speakers = ["p1"] }
      .session("next-talk") { $0.speakers = ["p1"] }
      .session("visit") { $0.speakers = ["p2"] }
      .problem
    let schedule = problem.schedule([
      "first": (2, "09:00", "a"), "second": (1, "09:00", "a"),
      "talk": (1, "10:00", "a"), "next-talk": (1, "11:05", "a"),
      "visit": (2, "10:15", "b"),
    ])
    let fast = FastScoreChecker.check(schedule, in: problem)
    #expect(Set(fast.violations.map(\.constraint)).isSuperset(of: ["precedence", "speaker-pause", "venue-travel"]))
    #expect(fast.violations == ScoreChecker.check(schedule, in: problem).violations)
  }

  /// Ten rooms used in turn, hour after hour: each session overlaps the nine others of its hour
  /// and touches the twenty of the hours before and after. The checker compares those pairs,
  /// not the eight million pairs of 4,000 sessions.
  @Test func comparesOnlySessionsThatRunOrFollowTogether() {
    let hours = 400, rooms = 10
    var builder = ProblemBuilder()
    for room in 0..<rooms { builder = builder.room("r\(room)") }
    builder.plan.sessions = (0..<hours * rooms).map { Session(id: "s\($0)", title: "S\($0)", duration: 60) }
    let problem = builder.problem
    var schedule = Schedule.empty(for: problem)
    let origin = minute(day: 1, "09:00")
    for session in problem.sessions.indices {
      schedule.placements[session] = Placement(start: origin + session / rooms * 60, room: session % rooms)
    }
    let neighbours = TimeNeighbours(schedule, in: problem)
    #expect(neighbours.pairCount == hours * rooms * (rooms - 1) / 2 + (hours - 1) * rooms * rooms)
    // Nothing clashes: each room holds one session an hour.
    let (score, violations) = FastScoreChecker.check(schedule, in: problem)
    #expect(!violations.contains { $0.constraint == "room-overlap" })
    #expect(score.medium == 0)
  }
}
