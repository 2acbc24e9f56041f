import ArgumentParser
import ConveneCSV
import ConveneCore
import ConveneEvaluation
import ConveneJSON
import ConveneReports
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

    func run() throws { try options.open().locked { try transaction() } }

    /// The whole command, as one transaction under the workspace lock.
    func transaction() throws {
      // Written inside the workspace, or inside the --output folder.
      let workspace = output.map { options.open().allowing($0) } ?? options.open()
      let context = try EvaluationContext.load(workspace)
      let questionnaire = FeedbackQuestionnaire(plan: context.plan, evaluation: context.evaluation)
      let template = try TemplateBundle.required("feedback-form.html.mustache")
      let languages =
        lang.map { [$0] }
        ?? context.plan.event.languages.filter { LanguagePack.codes.contains($0) }
      let folder = output ?? workspace.path("forms")
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
      try workspace.locked { () throws in
        try workspace.fileSystem.createDirectory(folder)
        for (path, text) in files { try workspace.fileSystem.write(text, to: path) }
      }
      Terminal.print(
        "Wrote the feedback form and template (\(questionnaire.fields.count) answers):")
      for (path, _) in files { Terminal.print("  \(path)") }
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
    @OptionGroup var output: JSONOutputOption
    @OptionGroup var options: WorkspaceOptions

    func validate() throws {
      for mapping in mappings where !mapping.contains("=") {
        throw ValidationError("--map \(mapping): write COLUMN=QUESTION")
      }
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
      ])
    }

    func run() throws { try options.open().locked { try transaction() } }

    /// The whole command, as one transaction under the workspace lock.
    func transaction() throws {
      let workspace = options.open()
      let context = try EvaluationContext.load(workspace)
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder),
        isFolder.boolValue
      else {
        throw CommandFailure("\(directory): no such folder")
      }
      let normalised = URL(fileURLWithPath: workspace.path(FeedbackFile.name)).standardizedFileURL
        .path
      let files = Self.files(in: directory).filter {
        URL(fileURLWithPath: joinPath(directory, $0)).standardizedFileURL.path != normalised
      }
      let reader = FeedbackReader(
        questionnaire: FeedbackQuestionnaire(plan: context.plan, evaluation: context.evaluation),
        columnMap: columnMap)
      let folder = directory
      let read = ParallelMap.map(files) { name -> ([FeedbackSubmission], [FeedbackRejection]) in
        guard let data = FileManager.default.contents(atPath: joinPath(folder, name)) else {
          return ([], [FeedbackRejection(source: name, reason: "cannot read the file")])
        }
        return reader.read(file: name, bytes: Array(data))
      }
      let collector = FeedbackCollector(plan: context.plan, questionnaire: reader.questionnaire)
      let (outcome, refused) = try context.workspace.locked {
        let outcome = collector.collect(
          read.flatMap(\.0), into: try context.responses(), rejections: read.flatMap(\.1))
        let refused = strict && !outcome.rejections.isEmpty
        if !dryRun && !refused {
          let text = FeedbackFile.write(outcome.responses, answerColumns: reader.questionnaire.keys)
          try workspace.fileSystem.createDirectory(workspace.path("feedback"))
          try workspace.fileSystem.write(text, to: workspace.path(FeedbackFile.name))
        }
        return (outcome, refused)
      }
      let submissions = read.reduce(0) { $0 + $1.0.count }
      if output.json {
        Terminal.print(
          JSONWriter.string(
            Self.summary(
              files: files.count, submissions: submissions, outcome: outcome, written: !dryRun && !refused)),
          terminator: "")
      } else {
        let result =
          refused
          ? "\(FeedbackFile.name) is unchanged (--strict)."
          : "\(FeedbackFile.name) \(dryRun ? "would hold" : "holds") \(outcome.responses.count) response\(outcome.responses.count == 1 ? "" : "s")."
        Terminal.print(
          "Read \(files.count) file\(files.count == 1 ? "" : "s") (\(submissions) response\(submissions == 1 ? "" : "s")): \(outcome.added) new, \(outcome.replaced) replaced by a later answer, \(outcome.unchanged) already recorded or older; \(outcome.rejections.count) rejected. \(result)"
        )
        for rejection in outcome.rejections {
          Terminal.print("  rejected \(joinPath(directory, rejection.source)): \(rejection.reason)")
        }
      }
      if refused {
        throw CommandFailure(
          "\(outcome.rejections.count) file(s) or row(s) rejected; \(FeedbackFile.name) is unchanged"
        )
      }
    }

    /// The files under `folder`, relative to it and sorted; hidden files and folders skipped.
    static func files(in folder: String) -> [String] {
      guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
      var files: [String] = []
      while let path = enumerator.nextObject() as? String {
        let name = (path as NSString).lastPathComponent
        if name.hasPrefix(".") {
          enumerator.skipDescendants()
          continue
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: joinPath(folder, path), isDirectory: &isFolder),
          !isFolder.boolValue
        {
          files.append(path)
        }
      }
      return files.sorted()
    }
  }
}
