import ConveneCSV
import ConveneCore
import ConveneEvaluation
import ConveneWorkspace

/// `convene followup form` and `followup collect` as transactions of an event workspace: each
/// reads the plan and the kept feedback, and writes, under one hold of the workspace lock.
public enum FollowupRun {
  /// The event as these commands need it: the plan, the questions in force and the
  /// commitments its feedback holds. Fails when a file they read holds errors.
  static func load(_ workspace: Workspace, standardEvaluation: Evaluation) throws -> (
    plan: EventPlan, evaluation: Evaluation, responses: [FeedbackResponse]
  ) {
    let (plan, contents) = try workspace.loadPlan(requiringValid: [ParticipantsFile.name, FeedbackFile.name])
    let evaluation = plan.event.evaluation.isEmpty ? standardEvaluation : plan.event.evaluation
    guard !Commitment.questions(of: evaluation).isEmpty else {
      throw CommandFailure(
        "\(EventFile.name): the evaluation has no commitment question (an indicator with the measure \"answered\"), so there is nothing to follow up")
    }
    return (plan, evaluation, contents.responses)
  }

  /// Writes the forms into `folder` (inside the workspace, or an allowed `--output`): one
  /// page per participant with a commitment, made by `render`, the CSV template and
  /// `recipients.csv`. Returns the forms and the files written.
  public static func writeForms(
    in workspace: Workspace, folder: String, afterMonths: Int, language: String?, standardEvaluation: Evaluation,
    purpose: String, render: (FollowupForms.Form, FollowupForms) throws -> String
  ) throws -> (forms: FollowupForms, files: [String]) {
    try workspace.transaction(purpose: purpose) {
      let (plan, evaluation, responses) = try load(workspace, standardEvaluation: standardEvaluation)
      let forms = FollowupForms(
        plan: plan, responses: responses, evaluation: evaluation, afterMonths: afterMonths, language: language)
      var files: [(String, String)] = try forms.forms.map { form in
        (joinPath(folder, form.fileName), try render(form, forms))
      }
      files.append(
        (
          joinPath(folder, "followup-template.csv"),
          CSVWriter.document(header: FollowupForms.templateColumns, rows: [])
        ))
      files.append(
        (
          joinPath(folder, "recipients.csv"),
          CSVWriter.document(header: FollowupForms.recipientColumns, rows: forms.recipients)
        ))
      try workspace.fileSystem.createDirectory(folder)
      for (path, text) in files { try workspace.fileSystem.write(text, to: path) }
      return (forms, files.map(\.0))
    }
  }

  /// What collecting did.
  public struct Collected: Sendable {
    /// The merge: every answer kept, what was added, replaced or already there, what was rejected.
    public var outcome: FeedbackCollector.Outcome
    /// Answers read from the files.
    public var submissions: Int
    /// True when `followup/followup.csv` was written (it is not when nothing changed).
    public var written: Bool
    /// True when `strict` kept everything out because something was rejected.
    public var refused: Bool
  }

  /// Reads returned follow-up files (`name` and bytes of each, relative to the folder
  /// collected; those that could not be read as `unreadable`) into `followup/followup.csv`;
  /// with `strict`, nothing is written unless every file and row is taken; with `dryRun`,
  /// nothing is written; with `replacingCorrected`, a row read otherwise than the answer
  /// recorded from it replaces that answer (else it is rejected).
  public static func collect(
    _ files: [(name: String, bytes: [UInt8])], unreadable: [ReturnedFiles.Unreadable] = [], in workspace: Workspace,
    columnMap: [String: String], strict: Bool, dryRun: Bool, replacingCorrected: Bool = false,
    dateOrder: DateOrder? = nil, standardEvaluation: Evaluation, purpose: String
  ) throws -> Collected {
    try workspace.transaction(purpose: purpose) {
      let (plan, evaluation, responses) = try load(workspace, standardEvaluation: standardEvaluation)
      var configured = FeedbackReader(
        questionnaire: FeedbackQuestionnaire(plan: plan, evaluation: FollowupQuestions.evaluation),
        columnMap: columnMap, kind: FollowupQuestions.formKind, languages: plan.event.languages)
      configured.dateOrder = dateOrder
      let reader = configured
      let read = ParallelMap.map(files) { reader.read(file: $0.name, bytes: $0.bytes) }
      let commitments = Commitment.found(in: responses, evaluation: evaluation).commitments
      let existing = try FollowupFile.load(workspace, plan: plan, commitments: commitments)
      let outcome = FollowupCollector(plan: plan, commitments: commitments, replacingCorrected: replacingCorrected).collect(
        read.flatMap(\.submissions), into: existing, rejections: unreadable.map { FeedbackRejection(source: $0.name, reason: $0.reason) } + read.flatMap(\.rejections))
      let refused = strict && !outcome.rejections.isEmpty
      let written = !dryRun && !refused && outcome.responses != existing
      try Interruption.checkpoint()
      if written {
        try workspace.fileSystem.createDirectory(workspace.path("followup"))
        try workspace.fileSystem.write(FollowupFile.write(outcome.responses), to: workspace.path(FollowupFile.name))
      }
      return Collected(
        outcome: outcome, submissions: read.reduce(0) { $0 + $1.submissions.count }, written: written,
        refused: refused)
    }
  }
}

extension FollowupQuestions {
  /// The follow-up form's JSON files (`"format": "convene-followup/1"`).
  public static let formKind = FeedbackReader.FormKind(format: "convene-followup", noun: "follow-up")
}
