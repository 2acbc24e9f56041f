import ConveneCore
import ConveneScheduling
import ConveneWorkspace
import Foundation
import Testing

@testable import ConveneReleases

/// A copy of the Dakar example on the real file system.
func dakarCopy() throws -> Workspace {
  let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Examples/dakar-regional-workshop").path
  let root = NSTemporaryDirectory() + "convene-explain-\(UUID().uuidString)"
  try FileManager.default.copyItem(atPath: examples, toPath: root)
  return Workspace(root: root, fileSystem: LocalFileSystem())
}

/// Schedules the workspace with a fixed seed and no improving moves.
@discardableResult
func schedule(_ workspace: Workspace) throws -> ScheduleRun.Outcome {
  try ScheduleRun(options: Solver.Options(timeLimit: nil, iterations: 0, seed: 1, workers: 1), force: false)
    .run(in: workspace, purpose: "schedule", clock: { 0 })
}

@Suite struct ScheduleExplanationTests {
  @Test func theExplanationOfAScheduleJustWrittenHasTheScoreAndCostsScheduleCounted() throws {
    let workspace = try dakarCopy()
    let written = try schedule(workspace)
    let explanation = try ScheduleExplanation.load(workspace)
    #expect(explanation.score == written.score)
    #expect(explanation.violations.sorted { $0.sentence < $1.sentence } == written.violations.sorted { $0.sentence < $1.sentence })
    #expect(explanation.leftOut.map(\.session) == written.document.unscheduled.map(\.id))
  }

  @Test func aScheduleEditedByHandIsExplainedFromScratch() throws {
    let workspace = try dakarCopy()
    var document = try schedule(workspace).document
    // Two sessions of the same length in the same room at the same time.
    func length(_ entry: ScheduleDocument.Entry) -> Int { entry.end.minutesSinceEpoch - entry.start.minutesSinceEpoch }
    let sessions = document.sessions
    let (a, b) = try #require(
      sessions.indices.lazy.flatMap { a in sessions.indices.lazy.map { b in (a, b) } }
        .first { a, b in a != b && length(sessions[a]) == length(sessions[b]) && sessions[a].room != sessions[b].room })
    document.sessions[b].start = sessions[a].start
    document.sessions[b].end = sessions[a].end
    document.sessions[b].room = sessions[a].room
    let moved = sessions[b].id
    try workspace.saveSchedule(document)
    let explanation = try ScheduleExplanation.load(workspace)
    #expect(!explanation.score.isValid)
    #expect(explanation.violations.contains { $0.level == .hard && $0.sessions.contains(moved) })
  }

  @Test func withoutAScheduleItSaysToScheduleFirst() throws {
    let workspace = try dakarCopy()
    #expect {
      try ScheduleExplanation.load(workspace)
    } throws: { error in
      (error as? CommandFailure)?.message.hasSuffix("schedule.json: no schedule yet; run `convene schedule` first") == true
    }
  }
}
