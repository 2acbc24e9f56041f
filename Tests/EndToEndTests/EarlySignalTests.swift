import Foundation
import Testing

/// SIGTERM and Ctrl-C from the moment convene's `main` begins (its handler installed) end it
/// with 128 + the signal, never by the signal itself, saying so, with the workspace as it was.
/// Before `main` — while the system loads the program — no handler can exist (README, exit
/// codes).
@Suite struct EarlySignalTests {
  /// True once the process `pid` has a handler for `signal` (Linux: `SigCgt` in its status).
  static func catches(_ signal: Int32, _ pid: Int32) -> Bool {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigCgt:") }),
      let mask = UInt64(
        line.dropFirst("SigCgt:".count).trimmingCharacters(in: .whitespaces), radix: 16)
    else { return false }
    return mask & (1 << UInt64(signal - 1)) != 0
  }

  @Test(arguments: [SIGTERM, SIGINT]) func aSignalInTheFirstMillisecondsEndsWithItsExitCode(
    _ signal: Int32
  ) throws {
    let convene = ConveneRunner()
    let ws = try publishedExample("dakar-regional-workshop", convene)
    let participants = convene.bytes(ws + "/participants.csv")
    for moment in stride(from: UInt32(0), to: 16_000, by: 1_000) {
      for arguments in [["check"], ["invite", "--send", "--sendmail", "cat > /dev/null"]] {
        let process = try convene.start(arguments + ["--workspace", ws])
        let deadline = Date().addingTimeInterval(10)
        while !Self.catches(signal, process.processIdentifier)
          && isRunning(process.processIdentifier)
          && Date() < deadline
        { usleep(200) }
        // Every command has the handler from `main` on, `check` (which takes no lock and
        // reads the whole workspace, for far longer than the wait above) too.
        if arguments[0] == "check" || isRunning(process.processIdentifier) {
          #expect(
            Self.catches(signal, process.processIdentifier),
            "\(arguments) has no handler for the signal while it runs")
        }
        usleep(moment)
        let wasRunning = isRunning(process.processIdentifier)
        kill(process.processIdentifier, signal)
        let said = String(
          decoding: (process.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile(),
          as: UTF8.self)
        process.waitUntilExit()
        let name = signal == SIGTERM ? "SIGTERM" : "Ctrl-C"
        #expect(process.terminationReason == .exit, "\(arguments) signalled \(moment) µs in")
        // `check` writes nothing and holds no lock: it ends at once. `invite` ends at once
        // before its lock, stops at its next safe point with it, and finishes once done.
        let allowed: Set<Int32> =
          arguments[0] == "check" && wasRunning ? [128 + signal] : [0, 128 + signal]
        #expect(
          allowed.contains(process.terminationStatus),
          "\(arguments) signalled \(moment) µs in: \(process.terminationStatus) \(said)")
        if process.terminationStatus == 128 + signal {
          #expect(said.contains("interrupted (\(name))"), "\(said)")
        }
      }
    }
    #expect(convene.bytes(ws + "/participants.csv") == participants)
    #expect(convene.lockIsFree(ws))
  }
}
