import ConveneCore
import ConveneWorkspace

/// `followup/followup.csv` in an event workspace: the follow-up answers collected, one row per
/// participant, in the layout of `feedback/feedback.csv` (`response,participant,submitted_at,
/// source,language`, then `status,changes,obstacles,support`).
public enum FollowupFile {
  /// The path inside the workspace.
  public static let name = ParticipantRecordFiles.followup
  /// The folder the forms are written to, inside the workspace.
  public static let formsFolder = "followup/forms"

  /// The answer columns.
  public static var answerColumns: [String] { FollowupQuestions.evaluation.questions.map(\.id) }

  /// Reads the answers and the problems found in single rows.
  public static func read(_ bytes: [UInt8]) -> (responses: [FeedbackResponse], findings: [Finding]) {
    FeedbackFile.read(bytes, file: name)
  }

  /// The file's text.
  public static func write(_ responses: [FeedbackResponse]) -> String {
    FeedbackFile.write(responses, answerColumns: answerColumns)
  }

  /// The answers kept in `workspace`, and every problem of the file (rows that do not read,
  /// answers that do not fit the event).
  public static func findings(
    in workspace: Workspace, plan: EventPlan, commitments: [String: Commitment]
  ) throws(WorkspaceError) -> (responses: [FeedbackResponse], findings: [Finding]) {
    let (responses, findings) = read(try workspace.fileSystem.contents(of: workspace.path(name)) ?? [])
    return (responses, findings + check(responses, plan: plan, commitments: commitments))
  }

  /// The answers kept in `workspace`, refusing a file with errors: a command must not write
  /// over a file it did not understand.
  public static func load(
    _ workspace: Workspace, plan: EventPlan, commitments: [String: Commitment]
  ) throws(WorkspaceError) -> [FeedbackResponse] {
    let (responses, findings) = try findings(in: workspace, plan: plan, commitments: commitments)
    let errors = findings.filter { $0.severity == .error }
    guard errors.isEmpty else { throw .invalid(errors) }
    return responses
  }

  /// The problems of the answers against the event: unknown participants, participants who
  /// made no commitment, and statuses that are not one of the four.
  public static func check(
    _ responses: [FeedbackResponse], plan: EventPlan, commitments: [String: Commitment]
  ) -> [Finding] {
    let people = plan.participantsByID
    let statuses = Set(FollowupQuestions.statuses.map(\.id))
    var findings: [Finding] = []
    for response in responses {
      if response.participant.isEmpty {
        findings.append(.error(name, line: response.line, field: "participant", "is empty"))
      } else if people[response.participant] == nil {
        findings.append(
          .error(name, line: response.line, field: "participant", "\(response.participant) is not in participants.csv"))
      } else if commitments[response.participant] == nil {
        findings.append(
          .warning(
            name, line: response.line, field: "participant",
            "\(response.participant) has no commitment in feedback/feedback.csv; the answer is not counted"))
      }
      if response.submittedAt.isEmpty {
        findings.append(
          .error(
            name, line: response.line, field: "submitted_at",
            "is empty; a follow-up answer counts only when given after the event ended",
            hint: "collect the answer again from a file or export that gives its date and time"))
      }
      let status = response.answers[FollowupQuestions.status] ?? ""
      if !statuses.contains(status) {
        findings.append(
          .error(
            name, line: response.line, field: FollowupQuestions.status,
            "\"\(Identifier.shown(status))\" is not one of \(FollowupQuestions.statuses.map(\.id).joined(separator: ", "))"))
      }
    }
    return findings
  }
}
