import ArgumentParser
import ConveneCheck
import ConveneCore
import ConveneEvaluationRuns
import ConveneJSON
import ConveneNetwork
import ConveneRegistration
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
    let contents: Workspace.Contents
    do {
      contents = try options.open().load()
    } catch {
      throw CommandFailure(error)
    }
    var findings = contents.findings
    var schedule: ScheduleDocument?
    do {
      schedule = try options.open().loadSchedule()
    } catch WorkspaceError.invalid(let unreadable) {
      findings += unreadable
    } catch {
      throw CommandFailure(error)
    }
    if let plan = contents.plan {
      let evaluation =
        plan.event.evaluation.isEmpty ? try EvaluationContext.standardEvaluation() : plan.event.evaluation
      findings += WorkspaceChecker.check(
        plan, attendance: contents.attendance, responses: contents.responses, evaluation: evaluation,
        tasks: contents.tasks, travel: contents.travel, schedule: schedule)
      findings += WorkspaceChecker.check(tasks: contents.tasks, today: .today)
      let commitments = Commitment.found(in: contents.responses, evaluation: evaluation).commitments
      do {
        findings += try FollowupFile.findings(in: options.open(), plan: plan, commitments: commitments).findings
        findings += try RetiredIDs.orphanedRows(in: options.open(), known: Set(plan.participants.map(\.id)))
      } catch {
        throw CommandFailure(error)
      }
    }
    findings = Self.ordered(findings)
    let errors = findings.filter { $0.severity == .error }
    let warnings = findings.filter { $0.severity == .warning }
    if output.json {
      Terminal.print(JSONWriter.string(Self.json(findings, errors: errors.count, warnings: warnings.count)), terminator: "")
    } else {
      for finding in errors + warnings { Terminal.print(finding.description) }
      let summary =
        "\(errors.count) error\(errors.count == 1 ? "" : "s"), \(warnings.count) warning\(warnings.count == 1 ? "" : "s")"
      Terminal.print(errors.isEmpty ? "The workspace is valid (\(summary))." : "The workspace has problems: \(summary).")
    }
    if !errors.isEmpty { throw CommandFailure.alreadyReported() }
  }

  static let fileOrder = [
    "event.json", "rooms.csv", "participants.csv", "sessions.csv", "signups.csv", "attendance.csv",
    "feedback/feedback.csv", "followup/followup.csv", "tasks.csv", "travel.csv", "schedule.json",
  ]

  /// Errors and warnings by file, then line.
  static func ordered(_ findings: [Finding]) -> [Finding] {
    findings.enumerated().sorted { left, right in
      let a = left.element, b = right.element
      let fileA = fileOrder.firstIndex(of: a.file) ?? 99, fileB = fileOrder.firstIndex(of: b.file) ?? 99
      return (fileA, a.line ?? 0, left.offset) < (fileB, b.line ?? 0, right.offset)
    }.map(\.element)
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
