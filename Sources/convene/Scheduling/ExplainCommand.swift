import ArgumentParser
import ConveneJSON
import ConveneCore
import ConveneReleases
import ConveneScheduling

/// `convene explain`: why each cost of the current schedule is there.
struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Explain the score of schedule.json: every cost, and why sessions are left out.",
    discussion: "The score is recomputed from scratch, so a schedule edited by hand is explained too.")

  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var output: JSONOutputOption

  func run() throws {
    let context = try SchedulingContext.load(options.open())
    let (_, schedule) = try context.currentSchedule()
    let problem = context.problem
    let (score, violations) = FastScoreChecker.check(schedule, in: problem)
    let reasons = UnscheduledReasons.reasons(for: schedule, in: problem)
    if output.json {
      Terminal.print(JSONWriter.string(.object([
        ("score", .object([("hard", .number(-score.hard)), ("medium", .number(-score.medium)), ("soft", .number(-score.soft))])),
        ("violations", .array(violations.map { violation in
          .object([
            ("constraint", .string(violation.constraint)), ("level", .string(violation.level.rawValue)),
            ("penalty", .number(-violation.penalty)), ("sessions", .strings(violation.sessions)),
            ("sentence", .string(violation.sentence)),
          ])
        })),
        ("unscheduled", .array(reasons.keys.sorted().map { session in
          .object([("id", .string(problem.sessions[session].id)), ("reasons", .strings(reasons[session]!))])
        })),
      ])), terminator: "")
      return
    }
    var lines = ["Score \(score)"]
    for entry in ScoreChecker.breakdown(violations) {
      lines.append("")
      lines.append("\(entry.constraint) (\(entry.level.rawValue)): \(-entry.penalty) in \(entry.count) place\(entry.count == 1 ? "" : "s")")
      for violation in violations.filter({ $0.constraint == entry.constraint }) {
        lines.append("  \(-violation.penalty): \(violation.sentence)")
      }
    }
    if violations.isEmpty { lines.append("Nothing costs anything: every constraint is met.") }
    for session in reasons.keys.sorted() {
      lines.append("")
      lines.append("\(problem.sessions[session].id) is not scheduled:")
      for reason in reasons[session]! { lines.append("  - \(reason)") }
    }
    Terminal.print(lines.joined(separator: "\n"))
    if !score.isValid { throw CommandFailure.alreadyReported() }
  }
}
