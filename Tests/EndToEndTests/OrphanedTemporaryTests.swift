import Foundation
import Testing

/// A temporary file a killed command left where no later command writes (a superseded
/// `outbox/v1/`) is named by `check` and removed by the next command that takes the lock,
/// whatever it writes; one whose process is still running is left alone.
@Suite struct OrphanedTemporaryTests {
  let convene = ConveneRunner()

  /// The process id of a process that has ended.
  func endedProcess() throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
  }

  @Test func anyWriterRemovesTemporaryFilesOfKilledCommandsInEveryFolder() throws {
    let ws = try convene.dakarWithReleaseOne()
    #expect(try convene.run("invite", "--workspace", ws).status == 0)
    let dead = try endedProcess()
    let orphans = [
      "outbox/v1/.p012-request.eml.\(dead).tmp", ".convene/.invitations.csv.\(dead).tmp",
    ]
    let running = "outbox/v1/.p013-request.eml.\(getpid()).tmp"
    for name in orphans + [running] {
      try Data("half a message".utf8).write(to: URL(fileURLWithPath: ws + "/" + name))
    }

    let checked = try convene.run("check", "--workspace", ws)
    for name in orphans {
      #expect(
        checked.output.contains(
          "warning: \(name): a temporary file left by a command that was killed while writing"),
        "\(checked.output)")
    }
    #expect(!checked.output.contains(running))
    #expect(
      orphans.allSatisfy { FileManager.default.fileExists(atPath: ws + "/" + $0) },
      "check writes nothing")

    let marked = try convene.run(
      "attendance", "mark", "p002", "--session", "opening", "--workspace", ws)
    #expect(marked.status == 0, "\(marked.error)")
    #expect(orphans.allSatisfy { !FileManager.default.fileExists(atPath: ws + "/" + $0) })
    #expect(FileManager.default.fileExists(atPath: ws + "/" + running))
  }
}
