import ConveneFuzzTargets
import Foundation
import Testing

/// Seeded mutations of the files each command reads, run through the built binary: no
/// command may die of a signal, and one that fails must say which file is wrong.
@Suite struct MutatedInputTests {
  /// The Dakar example after scheduling, publishing, attendance and feedback, made once.
  static let prepared: String = {
    let runner = ConveneRunner()
    let ws = try! runner.dakarAfterTheEvent()
    _ = try! runner.run("schedule", "--iterations", "50", "--workspace", ws)
    _ = try! runner.run("publish", "--workspace", ws)
    return ws
  }()

  /// A command, the files it reads that are mutated (relative to the workspace, or `returns/`
  /// for an export outside it), and its arguments (`WS` and `FILE` are filled in).
  struct Case: CustomTestStringConvertible, Sendable {
    var arguments: [String]
    var files: [String]
    var testDescription: String { arguments.prefix(2).joined(separator: " ") }
  }

  static let cases = [
    Case(
      arguments: ["check", "--workspace", "WS"],
      files: ["event.json", "rooms.csv", "participants.csv", "sessions.csv", "signups.csv", "attendance.csv", "feedback/feedback.csv"]),
    Case(
      arguments: ["schedule", "--iterations", "5", "--workspace", "WS"],
      files: ["event.json", "sessions.csv", "rooms.csv", "releases/v1.json"]),
    Case(arguments: ["explain", "--workspace", "WS"], files: ["schedule.json", "sessions.csv", "event.json"]),
    Case(arguments: ["report", "--format", "json", "--workspace", "WS"], files: ["feedback/feedback.csv", "attendance.csv", "event.json"]),
    Case(arguments: ["agenda", "--workspace", "WS"], files: ["schedule.json", "participants.csv"]),
    Case(arguments: ["invite", "--dry-run", "--workspace", "WS"], files: ["releases/v1.json", "participants.csv", "event.json"]),
    Case(
      arguments: ["feedback", "collect", "FILE", "--dry-run", "--workspace", "WS"],
      files: ["returns/google-forms-fr.csv", "returns/feedback-dakar-2027-p019.json"]),
    Case(
      arguments: ["attendance", "import", "FILE", "--dry-run", "--workspace", "WS"],
      files: ["returns/badge-scans.csv", "returns/sign-in-day1.csv"]),
  ]

  static let returns = [
    "google-forms-fr.csv": "returns/dakar/feedback/google-forms-fr.csv",
    "feedback-dakar-2027-p019.json": "returns/dakar/feedback/forms/feedback-dakar-2027-p019.json",
    "badge-scans.csv": "returns/dakar/badge-scans.csv", "sign-in-day1.csv": "returns/dakar/sign-in-day1.csv",
  ]

  /// Mutated runs per file.
  static let runs = 5

  @Test(arguments: cases)
  func mutatedInputsNeverKillACommand(_ test: Case) throws {
    let runner = ConveneRunner()
    var mutator = Mutator(seed: UInt64(test.testDescription.utf8.reduce(7) { $0 &* 31 &+ UInt64($1) }))
    for file in test.files {
      for round in 0..<Self.runs {
        let ws = runner.path("ws-\(round)-\(file.replacingOccurrences(of: "/", with: "-"))")
        try FileManager.default.copyItem(atPath: Self.prepared, toPath: ws)
        let isExport = file.hasPrefix("returns/")
        let name = String(file.split(separator: "/").last!)
        let original = isExport ? runner.example(Self.returns[name]!) : "\(ws)/\(file)"
        let target = isExport ? runner.path("\(round)-\(name)") : original
        var bytes = Array(runner.bytes(original))
        for _ in 0...(round % 3) { bytes = mutator.mutate(bytes) }
        try Data(bytes).write(to: URL(fileURLWithPath: target))
        let arguments = test.arguments.map { $0 == "WS" ? ws : $0 == "FILE" ? target : $0 }
        let process = try runner.start(arguments)
        let output = String(decoding: (process.standardOutput as! Pipe).fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let error = String(decoding: (process.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let context = "convene \(arguments.joined(separator: " ")) with \(file) mutated (round \(round))"
        #expect(process.terminationReason == .exit, "\(context) died of signal \(process.terminationStatus):\n\(error)")
        if process.terminationStatus != 0 {
          // A failing command names the file, or the file and line a damaged value led to (a
          // session id changed in sessions.csv is unknown in signups.csv), or reports a
          // schedule that breaks hard constraints.
          let text = output + error
          let named =
            text.contains(name) || text.contains("hard/")
            || text.range(of: #"[a-z/]+\.(csv|json):[0-9]+: "#, options: .regularExpression) != nil
          #expect(named, "\(context) exited \(process.terminationStatus) without naming \(name):\n\(output)\n\(error)")
        }
      }
    }
  }
}
