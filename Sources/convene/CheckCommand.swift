import ArgumentParser
import ConveneCore
import ConveneEvaluationRuns
import ConveneJSON
import ConveneWorkspace

/// `convene check`: every problem in every workspace file, in one run.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate event.json, rooms.csv, participants.csv, sessions.csv, signups.csv, attendance.csv, feedback/feedback.csv, followup/followup.csv, tasks.csv, travel.csv and schedule.json.",
    discussion: "Exit code 0 when there are no errors (warnings allowed), 1 when there are.")

  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var output: JSONOutputOption

  func run() throws {
    let findings = try CheckRun.findings(
      in: options.open(), standard: EvaluationContext.standardEvaluation(), today: .today)
    let errors = findings.filter { $0.severity == .error }
    let warnings = findings.filter { $0.severity == .warning }
    if output.json {
      Terminal.print(JSONWriter.string(Self.json(errors + warnings, errors: errors.count, warnings: warnings.count)), terminator: "")
    } else {
      for finding in errors + warnings { Terminal.print(finding.description) }
      let summary =
        "\(errors.count) error\(errors.count == 1 ? "" : "s"), \(warnings.count) warning\(warnings.count == 1 ? "" : "s")"
      Terminal.print(errors.isEmpty ? "The workspace is valid (\(summary))." : "The workspace has problems: \(summary).")
    }
    if !errors.isEmpty { throw CommandFailure.alreadyReported() }
  }

  static func json(_ findings: [Finding], errors: Int, warnings: Int) -> JSONNode {
    .object([
      ("valid", .bool(errors == 0)), ("errors", .number(errors)), ("warnings", .number(warnings)),
      (
        "findings",
        .array(
          findings.map { finding in
            .object([
              ("severity", .string(finding.severity.rawValue)), ("file", .string(finding.file)),
              ("line", finding.line.map { .number($0) } ?? .null),
              ("field", finding.field.map(JSONNode.string) ?? .null),
              ("message", .string(finding.message)),
              ("hint", finding.hint.map(JSONNode.string) ?? .null),
            ])
          })
      ),
    ])
  }
}

extension CheckCommand: JSONReporting {}
