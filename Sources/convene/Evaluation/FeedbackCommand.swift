import ArgumentParser
import ConveneCore
import ConveneEvaluation
import ConveneJSON
import ConveneEvaluationRuns
import ConveneTemplates
import ConveneWorkspace
import Foundation

/// `convene feedback form|collect`.
struct FeedbackCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "feedback",
    abstract: "The offline feedback form, and collecting the returned answers.",
    subcommands: [Form.self, Collect.self])

  /// Writes the offline form and the CSV template.
  struct Form: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write the offline feedback form (one HTML file per language) and a CSV template.",
      discussion: """
        The form is a single HTML file with nothing to fetch: it opens in any browser without a \
        network, checks the required answers, reads right to left in Arabic, and saves the \
        answers as a small JSON file to send back. The CSV template has one column per answer \
        (usefulness:SESSION for each session) for spreadsheets and online survey tools.
        """)

    @Option(help: "Only this language: \(LanguagePack.codes.joined(separator: ", ")) (default: each of the event's languages).")
    var lang: String?
    @Option(help: "The folder to write to (default: forms/ in the workspace).") var output: String?
    @OptionGroup var options: WorkspaceOptions

    func validate() throws {
      try validateLanguage(lang)
    }

    func run() throws {
      let forms = try FeedbackRun.writeForms(
        in: options.open(), output: output, language: lang,
        template: TemplateBundle.required("feedback-form.html.mustache"), standard: EvaluationContext.standardEvaluation(),
        purpose: WorkspaceOptions.purpose)
      Terminal.print("Wrote the feedback form and template (\(forms.fields) answers):")
      for path in forms.files { Terminal.print("  \(path)") }
      Terminal.print("Collect the returned files with `convene feedback collect FOLDER`.")
    }
  }

  /// Reads every returned file into feedback/feedback.csv.
  struct Collect: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Read every returned feedback file in a folder into feedback/feedback.csv.",
      discussion: """
        Reads the form's JSON files, the CSV template, Google Forms and KoboToolbox CSV exports \
        (in the folder and its subfolders). Each answer is checked (range, options, sessions, \
        participants); the latest response of each participant is kept; every rejected file or \
        row is listed with the reason. The files are never changed, and collecting the same \
        files again gives the same records.
        """)

    @Argument(help: "The folder of returned files.") var directory: String
    @Option(
      name: .customLong("map"), parsing: .upToNextOption,
      help: "COLUMN=QUESTION: read a column as an answer (a question id, or question:SESSION).")
    var mappings: [String] = []
    @Flag(help: "Record nothing unless every file and row is taken.") var strict = false
    @Flag(help: "Show what would be recorded without writing feedback/feedback.csv.") var dryRun =
      false
    @Flag(help: "A row that now reads otherwise than the answer recorded from it (a typed-up form corrected) replaces that answer.")
    var replaceCorrected = false
    @Option(help: ArgumentHelp("Read submission times such as 06/07/2027 day first (dmy) or month first (mdy), when no value shows which.", valueName: "dmy|mdy"))
    var dateOrder: DateOrder?
    @OptionGroup var output: JSONOutputOption
    @OptionGroup var options: WorkspaceOptions

    func validate() throws {
      for mapping in mappings where !mapping.contains("=") {
        throw ValidationError("--map \(mapping): write COLUMN=QUESTION")
      }
      try Self.validate(dateOrder)
    }

    /// `--date-order` of the returns: day or month first (a year first is written in full).
    static func validate(_ order: DateOrder?) throws {
      if order == .yearMonthDay { throw ValidationError("--date-order is dmy or mdy for submission times") }
    }

    var columnMap: [String: String] { Self.columnMap(mappings) }

    /// `--map COLUMN=QUESTION` options as a map from column to question.
    static func columnMap(_ mappings: [String]) -> [String: String] {
      Dictionary(
        mappings.map { mapping in
          let parts = mapping.split(separator: "=", maxSplits: 1).map { String($0).trimmed }
          return (parts[0], parts.count > 1 ? parts[1] : "")
        }, uniquingKeysWith: { _, last in last })
    }

    /// What collecting did, for scripts (`--json`).
    static func summary(
      files: Int, submissions: Int, outcome: FeedbackCollector.Outcome, written: Bool
    ) -> JSONNode {
      .object([
        ("files", .number(files)), ("submissions", .number(submissions)),
        ("responses", .number(outcome.responses.count)), ("added", .number(outcome.added)),
        ("replaced", .number(outcome.replaced)), ("unchanged", .number(outcome.unchanged)),
        ("written", .bool(written)),
        (
          "rejected",
          .array(
            outcome.rejections.map {
              .object([("source", .string($0.source)), ("reason", .string($0.reason))])
            })
        ),
        (
          "same_time",
          .array(
            outcome.sameTime.map {
              .object([
                ("respondent", .string($0.respondent)), ("submitted_at", .string($0.submittedAt)),
                ("kept", .string($0.kept)), ("left_out", .string($0.leftOut)),
              ])
            })
        ),
      ])
    }

    /// One line per respondent who gave two different answers with the same time, saying
    /// which one is kept.
    static func sameTimeLines(_ outcome: FeedbackCollector.Outcome, directory: String) -> [String] {
      outcome.sameTime.map {
        "  same time: \($0.respondent) gave two different answers at \($0.submittedAt); kept \(joinPath(directory, $0.kept)) (last by name), left out \(joinPath(directory, $0.leftOut))"
      }
    }

    func run() throws {
      let collected = try FeedbackRun.collect(
        directory, from: LocalFileSystem(environment: ProcessInfo.processInfo.environment), columnMap: columnMap,
        strict: strict, dryRun: dryRun, replacingCorrected: replaceCorrected, dateOrder: dateOrder, in: options.open(),
        standard: EvaluationContext.standardEvaluation(),
        purpose: WorkspaceOptions.purpose)
      let (outcome, files, submissions) = (collected.outcome, collected.files, collected.submissions)
      if output.json {
        Terminal.print(
          JSONWriter.string(
            Self.summary(files: files, submissions: submissions, outcome: outcome, written: collected.written)),
          terminator: "")
      } else {
        let result =
          collected.refused
          ? "\(FeedbackFile.name) is unchanged (--strict)."
          : "\(FeedbackFile.name) \(dryRun ? "would hold" : "holds") \(outcome.responses.count) response\(outcome.responses.count == 1 ? "" : "s")."
        Terminal.print(
          "Read \(files) file\(files == 1 ? "" : "s") (\(submissions) response\(submissions == 1 ? "" : "s")): \(outcome.added) new, \(outcome.replaced) replaced by a later answer, \(outcome.unchanged) already recorded or older; \(outcome.rejections.count) rejected. \(result)"
        )
        for rejection in outcome.rejections {
          Terminal.printLine("  rejected \(joinPath(directory, rejection.source)): \(rejection.reason)")
        }
        Self.sameTimeLines(outcome, directory: directory).forEach(Terminal.printLine)
      }
      if collected.refused {
        throw CommandFailure(
          "\(outcome.rejections.count) file(s) or row(s) rejected; \(FeedbackFile.name) is unchanged"
        )
      }
    }
  }
}

extension FeedbackCommand.Collect: JSONReporting {}
