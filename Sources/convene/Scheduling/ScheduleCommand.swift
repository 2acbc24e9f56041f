import ArgumentParser
import ConveneCore
import ConveneJSON
import ConveneReleases
import ConveneScheduling
import ConveneWorkspace
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `convene schedule`: the best agenda the constraints allow, written to `schedule.json`.
struct ScheduleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schedule",
    abstract: "Schedule the sessions with the constraint solver and write schedule.json.",
    discussion: """
      Builds a valid schedule first, then improves it until the time limit, the iteration limit, \
      or until nothing improves; Ctrl-C (or SIGTERM) stops early and keeps the best schedule found. With the \
      same --seed and --iterations the result is the same. After a release (`convene publish`), \
      published sessions move only when the constraints require it.
      """)

  @Option(help: "Stop improving after this many seconds.") var timeLimit: Double = 30
  @Option(help: "The random seed.") var seed: UInt64 = 1
  @Option(help: "Stop after this many improvement steps (for reproducible runs).") var iterations: Int?
  @Flag(help: "Schedule even when the pre-flight check finds impossibilities (those sessions stay out).")
  var force = false
  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var output: JSONOutputOption

  func validate() throws {
    guard timeLimit > 0 else { throw ValidationError("--time-limit must be more than 0 seconds") }
    if let iterations, iterations < 0 { throw ValidationError("--iterations must be 0 or more") }
  }

  func run() throws {
    let showProgress = isatty(STDERR_FILENO) == 1 && !output.json
    let outcome = try ScheduleRun(
      options: Solver.Options(timeLimit: timeLimit, iterations: iterations, seed: seed), force: force
    ).run(
      in: options.open(), purpose: WorkspaceOptions.purpose,
      clock: { Date().timeIntervalSince1970 },
      progress: { progress in
        guard showProgress else { return }
        Terminal.progress("best \(progress.best)  \(String(format: "%.1f", progress.elapsed)) s  \(progress.iterations) steps")
      })
    if showProgress { Terminal.progress(nil) }
    for finding in outcome.preFlight { Terminal.error("pre-flight: \(finding.message)") }
    if outcome.result.score != outcome.score {
      Terminal.error("warning: the solver counted \(outcome.result.score) but the checker counts \(outcome.score); the checker's score is kept")
    }
    if output.json {
      Terminal.print(JSONWriter.string(ScheduleReport.json(score: outcome.score, violations: outcome.violations, document: outcome.document, result: outcome.result)), terminator: "")
    } else {
      Terminal.print(ScheduleReport.text(score: outcome.score, violations: outcome.violations, document: outcome.document, result: outcome.result))
    }
    if !outcome.score.isValid { throw CommandFailure.alreadyReported() }
  }
}

/// The summary `schedule` prints.
enum ScheduleReport {
  static func text(score: Score, violations: [Violation], document: ScheduleDocument, result: Solver.Result) -> String {
    var lines = [
      "Wrote \(ScheduleFile.name): \(document.sessions.count) sessions scheduled, \(document.unscheduled.count) left out.",
      "Score \(score) (first valid schedule after \(String(format: "%.2f", result.constructionSeconds)) s, \(result.iterations) improvement steps, stopped: \(result.stopReason)).",
    ]
    let breakdown = ScoreChecker.breakdown(violations)
    if !breakdown.isEmpty {
      lines.append("")
      lines.append(Terminal.table(["constraint", "level", "penalty", "count"], breakdown.map { [$0.constraint, $0.level.rawValue, String(-$0.penalty), String($0.count)] }))
    }
    if !document.unscheduled.isEmpty {
      lines.append("")
      lines.append("Left out:")
      for left in document.unscheduled {
        lines.append("  \(left.id): \(left.reasons.joined(separator: "; "))")
      }
    }
    lines.append("")
    lines.append("`convene explain` says why each cost is there.")
    return lines.joined(separator: "\n")
  }

  static func json(score: Score, violations: [Violation], document: ScheduleDocument, result: Solver.Result) -> JSONNode {
    .object([
      ("score", .object([("hard", .number(-score.hard)), ("medium", .number(-score.medium)), ("soft", .number(-score.soft))])),
      ("scheduled", .number(document.sessions.count)),
      ("construction_seconds", .number(result.constructionSeconds)),
      ("iterations", .number(result.iterations)), ("stop_reason", .string(result.stopReason)),
      ("breakdown", .array(ScoreChecker.breakdown(violations).map { .object([("constraint", .string($0.constraint)), ("level", .string($0.level.rawValue)), ("penalty", .number(-$0.penalty)), ("count", .number($0.count))]) })),
      ("unscheduled", .array(document.unscheduled.map { .object([("id", .string($0.id)), ("reasons", .strings($0.reasons))]) })),
    ])
  }
}
