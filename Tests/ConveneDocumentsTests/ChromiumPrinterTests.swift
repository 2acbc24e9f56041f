import ConveneCore
import ConveneWorkspace
import Foundation
import Testing

@testable import ConveneDocuments

/// The printer against browsers that misbehave: it never waits past its time limit, stops
/// everything the browser started, and leaves no scratch folder.
@Suite struct ChromiumPrinterTests {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "convene-printer-\(UUID().uuidString)"
  ).path

  /// A browser that notes its process ids, then runs `body`.
  func browser(_ body: String) throws -> String {
    try FileManager.default.createDirectory(atPath: folder + "/.convene", withIntermediateDirectories: true)
    try "<!DOCTYPE html><p>page</p>".write(toFile: folder + "/page.html", atomically: true, encoding: .utf8)
    let script = folder + "/browser"
    try "#!/bin/sh\necho $$ >> \(folder)/pids\n\(body)\n".write(toFile: script, atomically: true, encoding: .utf8)
    chmod(script, 0o755)
    return script
  }

  func running() -> [String] {
    let pids = (try? String(contentsOfFile: folder + "/pids", encoding: .utf8)) ?? ""
    return pids.split(separator: "\n").map(String.init).filter { pid in
      guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
      return !stat.contains(") Z ")
    }
  }

  func scratch() -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/.convene")) ?? []).filter { $0.hasPrefix("print-") }
  }

  @Test func aHungBrowserAndItsChildrenAreStoppedAtTheTimeLimit() throws {
    let program = try browser("sleep 1000 &\necho $! >> \(folder)/pids\nwait")
    let printer = ChromiumPrinter(program: program, timeLimit: 1)
    let started = Date()
    do {
      _ = try printer.pdf(ofHTMLFile: "page.html", in: Workspace.local(root: folder))
      Issue.record("a hung browser printed")
    } catch let error as CommandFailure {
      #expect(error.message == "\(program) took longer than 1 s to print page.html and was stopped; no PDF was written")
    }
    #expect(Date().timeIntervalSince(started) < 4)
    // SIGKILL is delivered at once; the kernel may take a moment to end the child.
    let deadline = Date().addingTimeInterval(3)
    while !running().isEmpty && Date() < deadline { usleep(20_000) }
    #expect(running().isEmpty)
    #expect(scratch().isEmpty)
  }

  @Test func aBrowserThatWritesNoPDFFailsAndLeavesNothing() throws {
    let program = try browser("exit 0")
    do {
      _ = try ChromiumPrinter(program: program).pdf(ofHTMLFile: "page.html", in: Workspace.local(root: folder))
      Issue.record("no PDF, yet printed")
    } catch let error as CommandFailure {
      #expect(error.message == "\(program) could not print page.html (exit 0); no PDF was written")
    }
    #expect(scratch().isEmpty)
  }

  @Test func leftoversOfKilledRunsAreRemoved() throws {
    try FileManager.default.createDirectory(
      atPath: folder + "/.convene/print-OLD/profile/Default", withIntermediateDirectories: true)
    try "History".write(toFile: folder + "/.convene/print-OLD/profile/Default/History", atomically: true, encoding: .utf8)
    try "keep".write(toFile: folder + "/.convene/notifications.csv", atomically: true, encoding: .utf8)
    PrintScratch.removeLeftovers(in: Workspace.local(root: folder))
    #expect(scratch().isEmpty)
    #expect(FileManager.default.fileExists(atPath: folder + "/.convene/notifications.csv"))
  }
}
