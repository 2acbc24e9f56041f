import ConveneCore
import ConveneWorkspace
import Foundation
import Testing

@testable import ConveneScheduling

@Suite struct SolverTests {
  static func example(_ name: String) throws -> EventPlan {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Examples/\(name)").path
    return try #require(try Workspace(root: root, fileSystem: LocalFileSystem()).load().plan)
  }

  static func solve(_ problem: SchedulingProblem, seed: UInt64 = 1, iterations: Int = 8000, start: Schedule? = nil) -> Solver.Result {
    Solver(problem: problem, options: .init(timeLimit: nil, iterations: iterations, seed: seed)).solve(startingFrom: start, clock: { 0 })
  }

  @Test(arguments: ["dakar-regional-workshop", "amman-global-summit"])
  func theExamplesGetAValidScheduleWithEveryPinKept(example: String) throws {
    let plan = try Self.example(example)
    let problem = SchedulingProblem(plan: plan)
    let result = Self.solve(problem)
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

  @Test func theSameSeedGivesTheSameSchedule() throws {
    let problem = SchedulingProblem(plan: try Self.example("dakar-regional-workshop"))
    let first = Self.solve(problem, seed: 7, iterations: 3000)
    let second = Self.solve(problem, seed: 7, iterations: 3000)
    #expect(first.schedule == second.schedule)
    #expect(first.score == second.score)
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
