import Foundation
import Testing

/// `--pdf` prints with a browser that convene does not control: killed, interrupted or hung,
/// it must leave no copy of a letter (a passport number, a name in a browser History) outside
/// the workspace, no browser running, and no lock held.
@Suite struct PrintingSafetyTests {
  /// A stand-in for Chromium that behaves like it where it matters: it keeps the page in its
  /// profile (a History) and its home, runs a child of its own (`sleep DELAY`),
  /// then writes the PDF. It notes its process ids, umask and the mode of its folder in MARKS.
  static let browser = """
    #!/bin/sh
    for a in "$@"; do
      case "$a" in
        --print-to-pdf=*) out="${a#--print-to-pdf=}" ;;
        --user-data-dir=*) profile="${a#--user-data-dir=}" ;;
        file://*) page="${a#file://}" ;;
      esac
    done
    echo $$ >> "$MARKS/pids"
    umask >> "$MARKS/umask"
    stat -c %a "$(dirname "$out")" >> "$MARKS/modes"
    mkdir -p "$profile/Default"
    cat "$page" > "$profile/Default/History"
    cat "$page" > "$HOME/.chromium-page-copy"
    sleep "$DELAY" &
    echo $! >> "$MARKS/pids"
    wait
    { printf '%%PDF-1.4\\n'; cat "$page"; } > "$out"

    """

  struct Setup {
    let convene = ConveneRunner()
    let workspace: String
    let marks: String
    let environment: [String: String]
    /// Every passport number of someone who gets a letter.
    let passports: [String]

    init(delay: String) throws {
      workspace = try convene.copyExample("dakar-regional-workshop")
      marks = convene.path("marks")
      let temporary = convene.path("tmp")
      for folder in [marks, temporary] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      }
      let script = try convene.write(PrintingSafetyTests.browser, to: "fake-chromium")
      chmod(script, 0o755)
      environment = ["CHROMIUM": script, "MARKS": marks, "DELAY": delay, "TMPDIR": temporary]
      let rows = try String(contentsOfFile: workspace + "/travel.csv", encoding: .utf8)
        .components(separatedBy: "\r\n").map { $0.components(separatedBy: ",") }
      passports = rows.dropFirst().filter { $0.count > 4 && $0[4] == "yes" }.map { $0[2] }
    }

    /// Files outside the workspace (in the test's folder, the temporary folder convene was
    /// given included) that hold a passport number.
    func leaksOutsideTheWorkspace() -> [String] {
      let root = convene.folder.path
      let files = FileManager.default.subpaths(atPath: root) ?? []
      return files.filter { !$0.hasPrefix("ws/") && $0 != "ws" }.filter { name in
        let text = String(decoding: convene.bytes(root + "/" + name), as: UTF8.self)
        return passports.contains { text.contains($0) }
      }
    }

    /// The scratch folders left in `.convene/`.
    func scratchFolders() -> [String] {
      ((try? FileManager.default.contentsOfDirectory(atPath: workspace + "/.convene")) ?? [])
        .filter { $0.hasPrefix("print-") }
    }

    func lines(_ name: String) -> [String] {
      String(decoding: convene.bytes(marks + "/" + name), as: UTF8.self).split(separator: "\n")
        .map(String.init)
    }

    /// Browser processes (the script and its child) still running.
    func browsersRunning() -> [String] {
      lines("pids").filter { pid in
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else {
          return false
        }
        // A zombie has ended: only its parent's wait is missing.
        return !stat.contains(") Z ")
      }
    }
  }

  /// kill -9 at random moments of `letters visa --pdf`: nothing with a passport number is ever
  /// outside the workspace, the browser dies with convene, and the next run removes what the
  /// killed ones left in `.convene/`.
  @Test func killedAtRandomMomentsNothingLeaksAndTheNextRunCleansUp() throws {
    let setup = try Setup(delay: "0.4")
    var random = SystemRandomNumberGenerator()
    for _ in 0..<6 {
      let run = try setup.convene.start(
        ["letters", "visa", "--pdf", "--date", "2027-01-10", "--workspace", setup.workspace],
        environment: setup.environment)
      usleep(UInt32.random(in: 100_000..<2_000_000, using: &random))
      kill(run.processIdentifier, SIGKILL)
      run.waitUntilExit()
      #expect(setup.leaksOutsideTheWorkspace().isEmpty, "\(setup.leaksOutsideTheWorkspace())")
    }
    // The watchdog kills the browser's group once convene is gone.
    let deadline = Date().addingTimeInterval(5)
    while !setup.browsersRunning().isEmpty && Date() < deadline { usleep(50_000) }
    #expect(setup.browsersRunning().isEmpty)
    #expect(!setup.lines("pids").isEmpty, "the browser never started")
    // Printed privately: a folder only its owner can enter, files only its owner can read.
    #expect(Set(setup.lines("modes")) == ["700"])
    #expect(Set(setup.lines("umask")) == ["0077"])
    // The next run (even without --pdf) removes the leftovers of the killed ones.
    let next = try setup.convene.run(
      "letters", "visa", "--date", "2027-01-10", "--workspace", setup.workspace)
    #expect(next.status == 0, "\(next.error)")
    #expect(setup.scratchFolders().isEmpty)
    // A whole run prints every letter and leaves nothing behind.
    let whole = try setup.convene.run(
      "letters", "visa", "--pdf", "--date", "2027-01-10", "--workspace", setup.workspace,
      environment: setup.environment.merging(["DELAY": "0"]) { $1 })
    #expect(whole.status == 0, "\(whole.error)")
    let letters = try FileManager.default.contentsOfDirectory(atPath: setup.workspace + "/letters/visa")
    #expect(letters.filter { $0.hasSuffix(".pdf") }.count == 8)
    #expect(letters.filter { $0.hasSuffix(".html") }.count == 8)
    #expect(setup.scratchFolders().isEmpty)
    #expect(setup.leaksOutsideTheWorkspace().isEmpty)
  }

  /// A browser that hangs does not hold the workspace: the first SIGTERM or Ctrl-C stops it
  /// and everything it started, convene exits promptly with 143 or 130, and the scratch
  /// folder is gone.
  @Test(arguments: [SIGTERM, SIGINT]) func aHungBrowserIsStoppedByTheFirstSignal(_ signal: Int32) throws {
    let setup = try Setup(delay: "1000")
    let run = try setup.convene.start(
      ["letters", "visa", "--pdf", "--for", "p030", "--date", "2027-01-10", "--workspace", setup.workspace],
      environment: setup.environment)
    var deadline = Date().addingTimeInterval(30)
    while setup.lines("pids").count < 2 && Date() < deadline { usleep(20_000) }
    #expect(setup.lines("pids").count == 2, "the browser never started")
    kill(run.processIdentifier, signal)
    deadline = Date().addingTimeInterval(10)
    while run.isRunning && Date() < deadline { usleep(20_000) }
    #expect(!run.isRunning, "convene is still running 10 s after the signal")
    if run.isRunning { kill(run.processIdentifier, SIGKILL) }
    run.waitUntilExit()
    let error = String(
      decoding: (run.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(run.terminationStatus == 128 + signal)
    #expect(error.contains("interrupted (\(signal == SIGTERM ? "SIGTERM" : "Ctrl-C")): the browser printing letters/visa/p030.html was stopped"), "\(error)")
    #expect(setup.browsersRunning().isEmpty)
    #expect(setup.scratchFolders().isEmpty)
    #expect(setup.convene.lockIsFree(setup.workspace))
    #expect(!FileManager.default.fileExists(atPath: setup.workspace + "/letters/visa/p030.pdf"))
    #expect(setup.leaksOutsideTheWorkspace().isEmpty)
  }
}
