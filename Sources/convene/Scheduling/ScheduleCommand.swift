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
      Builds a valid schedule first, then improves it with one search per core until the time \
      limit or the iteration limit, printing the best score as it improves; it stops earlier only \
      when no better schedule can exist. The time limit and Ctrl-C (or SIGTERM) also stop the \
      building of the first schedule: the sessions placed so far are kept and the rest left out. \
      Ctrl-C and SIGTERM write the best schedule found and exit 130 and 143. With the same --seed, --iterations and --workers the result is the same. \
      After a release (`convene publish`), published sessions move only when the constraints \
      require it.
      """)

  @Option(parsing: .unconditional, help: "Stop after this many seconds, more than 0 (default 30, or none with --iterations).")
  var timeLimit: Double?
  @Option(help: "The random seed.") var seed: UInt64 = 1
  @Option(parsing: .unconditional, help: "Stop once each search has tried this many moves, 0 or more (for reproducible runs).")
  var iterations: Int?
  @Option(help: "Searches run in parallel (default: one per core).") var workers: Int = ProcessInfo.processInfo.activeProcessorCount
  @Flag(help: "Schedule even when the pre-flight check finds impossibilities (those sessions stay out).")
  var force = false
  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var output: JSONOutputOption

  func validate() throws {
    if let timeLimit, !(timeLimit > 0) { throw ValidationError("--time-limit must be more than 0 seconds") }
    if let iterations, iterations < 0 { throw ValidationError("--iterations must be 0 or more") }
    guard (1...256).contains(workers) else { throw ValidationError("--workers must be from 1 to 256") }
  }

  func run() throws {
    let live = isatty(STDERR_FILENO) == 1
    // Each new best score: on a terminal one line rewritten in place, otherwise at most four
    // lines a second; the last one always stays.
    var shown = -1.0
    var unshown: Solver.Progress?
    func line(_ progress: Solver.Progress) -> String {
      let elapsed = String(format: "%.2f", progress.elapsed)
      if let building = progress.building {
        return "building the first schedule: \(building.done) of \(building.of) sessions after \(elapsed) s"
      }
      return "best \(progress.best) after \(elapsed) s"
    }
    let outcome = try ScheduleRun(
      options: Solver.Options(
        timeLimit: timeLimit ?? (iterations == nil ? 30 : nil), iterations: iterations, seed: seed, workers: workers),
      force: force
    ).run(
      in: options.open(), purpose: WorkspaceOptions.purpose,
      clock: { Date().timeIntervalSince1970 },
      progress: { progress in
        guard !output.json else { return }
        if live {
          Terminal.progress(line(progress))
          unshown = progress
        } else if shown < 0 || progress.elapsed - shown >= 0.25 {
          Terminal.error(line(progress))
          shown = progress.elapsed
          unshown = nil
        } else {
          unshown = progress
        }
      })
    if live { Terminal.progress(nil) }
    if let unshown { Terminal.error(line(unshown)) }
    for finding in outcome.preFlight { Terminal.error("pre-flight: \(finding.message)") }
    if outcome.result.score != outcome.score {
      Terminal.error("warning: the solver counted \(outcome.result.score) but the checker counts \(outcome.score); the checker's score is kept")
    }
    if output.json {
      Terminal.print(JSONWriter.string(ScheduleReport.json(outcome)), terminator: "")
    } else {
      Terminal.print(ScheduleReport.text(outcome))
    }
    let kept = "\(ScheduleFile.name) was left as it was"
    if outcome.result.stopReason == .interrupted, let signal = Interruption.signal {
      throw Interrupted(signal: signal, detail: outcome.written ? "the best schedule found so far was written to \(ScheduleFile.name)" : kept)
    }
    if outcome.unfinished {
      throw CommandFailure(
        "the time limit ended the first schedule before \(outcome.result.untried.count) sessions were tried; "
          + (outcome.written ? "\(ScheduleFile.name) holds the sessions placed" : kept) + ": give --time-limit more")
    }
    if !outcome.score.isValid { throw CommandFailure.alreadyReported() }
  }
}

/// The summary `schedule` prints.
enum ScheduleReport {
  static func text(_ outcome: ScheduleRun.Outcome) -> String {
    let (score, violations, document, result) = (outcome.score, outcome.violations, outcome.document, outcome.result)
    let wrote = outcome.written ? "Wrote \(ScheduleFile.name)" : "Kept \(ScheduleFile.name) as it was (the first schedule was cut short)"
    var lines = [
      "\(wrote): \(document.sessions.count) sessions scheduled, \(document.unscheduled.count) left out.",
      "Score \(score) (first valid schedule after \(String(format: "%.2f", result.constructionSeconds)) s, \(result.iterations) moves tried, stopped: \(result.stopReason.rawValue)).",
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

  static func json(_ outcome: ScheduleRun.Outcome) -> JSONNode {
    let (score, violations, document, result) = (outcome.score, outcome.violations, outcome.document, outcome.result)
    return .object([
      ("written", .bool(outcome.written)), ("not_tried", .number(result.untried.count)),
      ("score", .object([("hard", .number(-score.hard)), ("medium", .number(-score.medium)), ("soft", .number(-score.soft))])),
      ("scheduled", .number(document.sessions.count)),
      ("construction_seconds", .number(result.constructionSeconds)),
      ("iterations", .number(result.iterations)), ("stop_reason", .string(result.stopReason.rawValue)),
      ("breakdown", .array(ScoreChecker.breakdown(violations).map { .object([("constraint", .string($0.constraint)), ("level", .string($0.level.rawValue)), ("penalty", .number(-$0.penalty)), ("count", .number($0.count))]) })),
      ("unscheduled", .array(document.unscheduled.map { .object([("id", .string($0.id)), ("reasons", .strings($0.reasons))]) })),
    ])
  }
}

extension ScheduleCommand: JSONReporting {}
