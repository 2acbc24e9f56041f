import ConveneCSV
import ConveneCore
import ConveneEvaluation
import ConveneReports
import ConveneWorkspace
import Foundation

/// `convene feedback form|collect`, each as one transaction: under the workspace lock, read
/// the plan and its questions, and write the forms, or read the returned files and write
/// `feedback/feedback.csv`.
public enum FeedbackRun {
  /// The folder the forms go to unless the organiser names another.
  public static let formsFolder = "forms"

  /// The forms written.
  public struct Forms: Sendable {
    /// How many answers the form asks for.
    public var fields: Int
    /// The files written: one form per language, then the CSV template.
    public var files: [String]
  }

  /// Writes the offline form in `language` (nil: each of the event's languages that convene
  /// speaks, or English) and the CSV template into `output` (nil: `forms/` in the workspace),
  /// from `template`.
  public static func writeForms(
    in workspace: Workspace, output: String?, language: String?, template: String, standard: Evaluation,
    purpose: String
  ) throws -> Forms {
    // Written inside the workspace, or inside the --output folder.
    let workspace = output.map { workspace.allowing($0) } ?? workspace
    return try workspace.transaction(purpose: purpose) {
      let context = try EvaluationContext.load(workspace, standard: standard)
      let questionnaire = FeedbackQuestionnaire(plan: context.plan, evaluation: context.evaluation)
      let languages = language.map { [$0] } ?? context.plan.event.languages.filter { LanguagePack.codes.contains($0) }
      let folder = output ?? workspace.path(formsFolder)
      var files: [(String, String)] = []
      for language in languages.isEmpty ? ["en"] : languages {
        files.append(
          (
            joinPath(folder, "feedback-form-\(language).html"),
            try FeedbackFormPage.html(questionnaire, language: language, template: template)
          ))
      }
      files.append(
        (
          joinPath(folder, "feedback-template.csv"),
          CSVWriter.document(header: FeedbackFormPage.csvTemplate(questionnaire), rows: [])
        ))
      try workspace.fileSystem.createDirectory(folder)
      for (path, text) in files { try workspace.fileSystem.write(text, to: path) }
      return Forms(fields: questionnaire.fields.count, files: files.map(\.0))
    }
  }

  /// What collecting found and did.
  public struct Collected: Sendable {
    /// How many files were read.
    public var files: Int
    /// How many responses they held.
    public var submissions: Int
    /// The responses kept, replaced and rejected.
    public var outcome: FeedbackCollector.Outcome
    /// True when `strict` was asked and something was rejected: nothing was recorded, and
    /// the command fails after its summary.
    public var refused: Bool
    /// True when `feedback/feedback.csv` was written.
    public var written: Bool
  }

  /// Reads every returned file under `folder` (on `source`, the real file system for a
  /// folder the organiser names; the workspace's own `feedback/feedback.csv` is skipped),
  /// columns read as `columnMap` says, and keeps each participant's latest response. With
  /// `strict`, nothing is recorded unless every file and row is taken; with `dryRun`,
  /// nothing at all; with `replacingCorrected`, a row read otherwise than the answer recorded
  /// from it replaces that answer (else it is rejected).
  public static func collect(
    _ folder: String, from source: any FileSystem, columnMap: [String: String], strict: Bool, dryRun: Bool,
    replacingCorrected: Bool = false, dateOrder: DateOrder? = nil, in workspace: Workspace, standard: Evaluation,
    purpose: String
  ) throws -> Collected {
    try workspace.transaction(purpose: purpose) {
      let context = try EvaluationContext.load(workspace, standard: standard)
      let own = URL(fileURLWithPath: workspace.path(FeedbackFile.name)).standardizedFileURL.path
      let (files, unreadable) = try ReturnedFiles.read(folder, from: source) {
        URL(fileURLWithPath: joinPath(folder, $0)).standardizedFileURL.path == own
      }
      var configured = FeedbackReader(
        questionnaire: FeedbackQuestionnaire(plan: context.plan, evaluation: context.evaluation),
        columnMap: columnMap, languages: context.plan.event.languages)
      configured.dateOrder = dateOrder
      configured.registeredNames = Set(context.plan.participants.map(\.name.foldedName))
      let reader = configured
      // Once stopped by Ctrl-C or SIGTERM, the files left are not read: nothing is written.
      let read = ParallelMap.map(files) {
        Interruption.isRequested ? ([], []) : reader.read(file: $0.name, bytes: $0.bytes)
      }
      try Interruption.checkpoint()
      var collector = FeedbackCollector(plan: context.plan, questionnaire: reader.questionnaire)
      collector.replacingCorrected = replacingCorrected
      let outcome = collector.collect(read.flatMap(\.0), into: try context.responses(), rejections: unreadable.map { FeedbackRejection(source: $0.name, reason: $0.reason) } + read.flatMap(\.1))
      let refused = strict && !outcome.rejections.isEmpty
      let write = !dryRun && !refused
      // A Ctrl-C or SIGTERM while the files were read stops the command before it writes.
      try Interruption.checkpoint()
      if write {
        let text = FeedbackFile.write(outcome.responses, answerColumns: reader.questionnaire.keys)
        try workspace.fileSystem.createDirectory(workspace.path("feedback"))
        try workspace.fileSystem.write(text, to: workspace.path(FeedbackFile.name))
      }
      return Collected(
        files: files.count + unreadable.count, submissions: read.reduce(0) { $0 + $1.0.count }, outcome: outcome, refused: refused,
        written: write)
    }
  }
}
