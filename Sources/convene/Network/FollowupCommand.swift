import ArgumentParser
import ConveneCore
import ConveneEvaluationRuns
import ConveneJSON
import ConveneNetwork
import ConveneReports
import ConveneTemplates
import ConveneWorkspace
import Foundation

/// `convene followup form|collect`.
struct FollowupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "followup",
    abstract: "Months after an event: were the commitments acted on?",
    subcommands: [Form.self, Collect.self])

  /// Writes one offline form per participant who made a commitment.
  struct Form: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write the follow-up form of each participant who made a commitment.",
      discussion: """
        One self-contained HTML page per participant (followup/forms/followup-EVENT-PARTICIPANT.html), \
        in their language, right to left in Arabic: it shows the commitment they wrote in their \
        feedback and asks where it stands (done, in progress, not started, dropped), what changed, \
        what got in the way and what support they want from the network, and saves the answers as \
        a small JSON file to send back. Also followup-template.csv for a spreadsheet or an online \
        survey tool, and recipients.csv (who gets which form, for a mail merge).
        """)

    @Option(help: "Months after the event's last day that the follow-up is for (1 to 60).") var afterMonths = 4
    @Option(help: "Write every form in this language: \(LanguagePack.codes.joined(separator: ", ")) (default: each participant's).")
    var lang: String?
    @Option(help: "The folder to write to (default: followup/forms/ in the workspace).") var output: String?
    @OptionGroup var options: WorkspaceOptions

    func validate() throws {
      try validateLanguage(lang)
      if !(1...60).contains(afterMonths) { throw ValidationError("--after-months must be from 1 to 60") }
    }

    func run() throws {
      let workspace = output.map { options.open().allowing($0) } ?? options.open()
      let template = try TemplateBundle.required("feedback-form.html.mustache")
      let (forms, files) = try FollowupRun.writeForms(
        in: workspace, folder: output ?? workspace.path(FollowupFile.formsFolder), afterMonths: afterMonths,
        language: lang, standardEvaluation: EvaluationContext.standardEvaluation(),
        purpose: WorkspaceOptions.purpose
      ) { form, forms in try FollowupFormPage.html(form, of: forms, template: template) }
      Terminal.print(
        "Wrote \(forms.forms.count) follow-up form\(forms.forms.count == 1 ? "" : "s") for \(forms.event.id), \(afterMonths) months after the event (\(forms.due)):"
      )
      // The forms come first, then the CSV template and recipients.csv.
      let formFiles = files.prefix(forms.forms.count)
      for path in formFiles.prefix(3) { Terminal.print("  \(path)") }
      if formFiles.count > 3 {
        Terminal.print("  ... and \(formFiles.count - 3) more form\(formFiles.count == 4 ? "" : "s") (recipients.csv says who gets which)")
      }
      for path in files.dropFirst(forms.forms.count) { Terminal.print("  \(path)") }
      if forms.anonymous > 0 {
        Terminal.print("\(forms.anonymous) commitment\(forms.anonymous == 1 ? " was" : "s were") made anonymously and cannot be followed up.")
      }
      Terminal.print("Collect the returned files with `convene followup collect FOLDER`.")
    }
  }

  /// Reads the returned answers into followup/followup.csv.
  struct Collect: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Read every returned follow-up file in a folder into followup/followup.csv.",
      discussion: """
        Reads the forms' JSON files, the CSV template, and Google Forms and KoboToolbox exports of \
        the same questions (in the folder and its subfolders). Each answer is checked (a known \
        participant who made a commitment, a status among done, in progress, not started and \
        dropped, given after the event); the latest answer of each participant is kept; every \
        rejected file or row is listed with the reason. The files are never changed, and \
        collecting the same files again changes nothing.
        """)

    @Argument(help: "The folder of returned files.") var directory: String
    @Option(
      name: .customLong("map"), parsing: .upToNextOption,
      help: "COLUMN=QUESTION: read a column as an answer (status, changes, obstacles, support) or as participant, email, submitted_at.")
    var mappings: [String] = []
    @Flag(help: "Record nothing unless every file and row is taken.") var strict = false
    @Flag(help: "Show what would be recorded without writing followup/followup.csv.") var dryRun = false
    @Flag(help: "A row that now reads otherwise than the answer recorded from it (a form corrected) replaces that answer.")
    var replaceCorrected = false
    @Option(help: ArgumentHelp("Read submission times such as 06/07/2027 day first (dmy) or month first (mdy), when no value shows which.", valueName: "dmy|mdy"))
    var dateOrder: DateOrder?
    @OptionGroup var output: JSONOutputOption
    @OptionGroup var options: WorkspaceOptions

    func validate() throws {
      for mapping in mappings where !mapping.contains("=") {
        throw ValidationError("--map \(mapping): write COLUMN=QUESTION")
      }
      try FeedbackCommand.Collect.validate(dateOrder)
    }

    func run() throws {
      let workspace = options.open()
      let (files, unreadable) = try ReturnedFiles.read(
        directory, from: LocalFileSystem(environment: ProcessInfo.processInfo.environment))
      let collected = try FollowupRun.collect(
        files, unreadable: unreadable, in: workspace, columnMap: FeedbackCommand.Collect.columnMap(mappings), strict: strict, dryRun: dryRun,
        replacingCorrected: replaceCorrected, dateOrder: dateOrder,
        standardEvaluation: EvaluationContext.standardEvaluation(),
        purpose: WorkspaceOptions.purpose)
      report(collected, files: files.count + unreadable.count)
      if collected.refused {
        throw CommandFailure(
          "\(collected.outcome.rejections.count) file(s) or row(s) rejected; \(FollowupFile.name) is unchanged")
      }
    }

    func report(_ collected: FollowupRun.Collected, files: Int) {
      let outcome = collected.outcome
      if output.json {
        Terminal.print(
          JSONWriter.string(
            FeedbackCommand.Collect.summary(
              files: files, submissions: collected.submissions, outcome: outcome, written: collected.written)),
          terminator: "")
        return
      }
      let count = outcome.responses.count
      let result =
        collected.refused
        ? "\(FollowupFile.name) is unchanged (--strict)."
        : dryRun
          ? "\(FollowupFile.name) would hold \(count) answer\(count == 1 ? "" : "s")."
          : "\(FollowupFile.name) holds \(count) answer\(count == 1 ? "" : "s")\(collected.written ? "" : " (unchanged)")."
      Terminal.print(
        "Read \(files) file\(files == 1 ? "" : "s") (\(collected.submissions) answer\(collected.submissions == 1 ? "" : "s")): \(outcome.added) new, \(outcome.replaced) replaced by a later answer, \(outcome.unchanged) already recorded or older; \(outcome.rejections.count) rejected. \(result)"
      )
      for rejection in outcome.rejections {
        Terminal.printLine("  rejected \(joinPath(directory, rejection.source)): \(rejection.reason)")
      }
      FeedbackCommand.Collect.sameTimeLines(outcome, directory: directory).forEach(Terminal.printLine)
    }
  }
}

extension FollowupCommand.Collect: JSONReporting {}
