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

  /// With the real browser, a page that names an address (a template an organiser edited)
  /// fetches nothing, not even from this machine: a listener on 127.0.0.1 is never reached.
  @Test func theRealBrowserFetchesNothingNotEvenByAddress() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium") else {
      Issue.record("chromium is missing: run `make test`, which installs it")
      return
    }
    let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(listener) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    try withUnsafeMutablePointer(to: &address) { pointer in
      try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        try #require(bind(listener, $0, length) == 0 && listen(listener, 16) == 0)
        try #require(getsockname(listener, $0, &length) == 0)
      }
    }
    let port = UInt16(bigEndian: address.sin_port)
    try FileManager.default.createDirectory(atPath: folder + "/.convene", withIntermediateDirectories: true)
    try """
      <!DOCTYPE html><p>page</p><img src="http://127.0.0.1:\(port)/a.png">\
      <img src="http://localhost:\(port)/b.png"><link rel="stylesheet" href="http://127.0.0.1:\(port)/c.css">
      """.write(toFile: folder + "/page.html", atomically: true, encoding: .utf8)
    let pdf = try ChromiumPrinter(program: "/usr/bin/chromium", timeLimit: 120)
      .pdf(ofHTMLFile: "page.html", in: Workspace.local(root: folder))
    #expect(pdf.starts(with: Array("%PDF".utf8)))
    _ = fcntl(listener, F_SETFL, O_NONBLOCK)
    let accepted = accept(listener, nil, nil)
    #expect(accepted < 0, "the browser connected to 127.0.0.1:\(port)")
    if accepted >= 0 { close(accepted) }
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
    // The browser sleeps 1,000 s: ending long before means the time limit stopped it.
    #expect(Date().timeIntervalSince(started) < 60)
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
