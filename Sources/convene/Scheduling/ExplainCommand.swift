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
    let explanation = try ScheduleExplanation.load(options.open())
    if output.json {
      Terminal.print(JSONWriter.string(Self.json(explanation)), terminator: "")
      return
    }
    Terminal.print(Self.text(explanation))
    if !explanation.score.isValid { throw CommandFailure.alreadyReported() }
  }

  static func json(_ explanation: ScheduleExplanation) -> JSONNode {
    let score = explanation.score
    return .object([
      ("score", .object([("hard", .number(-score.hard)), ("medium", .number(-score.medium)), ("soft", .number(-score.soft))])),
      ("violations", .array(explanation.violations.map { violation in
        .object([
          ("constraint", .string(violation.constraint)), ("level", .string(violation.level.rawValue)),
          ("penalty", .number(-violation.penalty)), ("sessions", .strings(violation.sessions)),
          ("sentence", .string(violation.sentence)),
        ])
      })),
      ("unscheduled", .array(explanation.leftOut.map { left in
        .object([("id", .string(left.session)), ("reasons", .strings(left.reasons))])
      })),
    ])
  }

  static func text(_ explanation: ScheduleExplanation) -> String {
    let violations = explanation.violations
    var lines = ["Score \(explanation.score)"]
    for entry in ScoreChecker.breakdown(violations) {
      lines.append("")
      lines.append("\(entry.constraint) (\(entry.level.rawValue)): \(-entry.penalty) in \(entry.count) place\(entry.count == 1 ? "" : "s")")
      for violation in violations.filter({ $0.constraint == entry.constraint }) {
        lines.append("  \(-violation.penalty): \(violation.sentence)")
      }
    }
    if violations.isEmpty { lines.append("Nothing costs anything: every constraint is met.") }
    for left in explanation.leftOut {
      lines.append("")
      lines.append("\(left.session) is not scheduled:")
      for reason in left.reasons { lines.append("  - \(reason)") }
    }
    return lines.joined(separator: "\n")
  }
}

extension ExplainCommand: JSONReporting {}
