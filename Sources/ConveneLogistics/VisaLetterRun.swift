import ConveneCore
import ConveneDocuments
import ConveneWorkspace

/// `convene letters visa` as one transaction: under the workspace lock, read the plan and
/// `travel.csv`, decide who gets a letter, and write `letters/visa/ID.html` (and, with a
/// printer, `ID.pdf`) for each.
public struct VisaLetterRun: Sendable {
  /// Participant ids asked for; empty for everyone who needs a visa.
  public var requested: [String]
  /// The letters' language (ISO 639-1).
  public var language: String?
  /// The letters' date.
  public var date: LocalDate
  /// The PDF printer, or nil for HTML only.
  public var printer: ChromiumPrinter?

  /// Creates the run.
  public init(requested: [String], language: String?, date: LocalDate, printer: ChromiumPrinter?) {
    self.requested = requested
    self.language = language
    self.date = date
    self.printer = printer
  }

  /// What the run did.
  public struct Outcome: Sendable {
    /// Letters made: the participant, their name and the files (workspace-relative).
    public var made: [(participant: String, name: String, files: [String])]
    /// People asked for (or needing a visa) without a letter, and why.
    public var refused: [(participant: String, name: String, reason: String)]
    /// Letters whose PDF could not be printed, and why (their HTML is written).
    public var unprinted: [(participant: String, reason: String)]
    /// Letters of earlier runs for people who no longer get one: left for the organiser.
    public var stale: [String]
  }

  /// Runs it; `template` is the text of `letters/visa.html.mustache`.
  public func run(in workspace: Workspace, purpose: String, template: String) throws -> Outcome {
    try workspace.transaction(purpose: purpose) {
      // As the travel lists: a row `check` refuses (a second row, an unknown person) makes no letter.
      let lists = try TravelLists.load(workspace)
      let plan = lists.plan
      if let last = plan.event.dates.last, date > last {
        throw CommandFailure(
          "a letter dated \(date), after the event's last day (\(last)), supports no journey to it; give the day it is "
            + "signed with --date; nothing was written")
      }
      PrintScratch.removeLeftovers(in: workspace)
      let letters = VisaLetters(plan: plan, travel: lists.travel)
      let decisions = letters.decisions(requested: requested)
      let names = plan.participantsByID.mapValues(\.name)
      let language = language ?? plan.event.languages.first ?? "en"
      var pages: [(participant: String, path: String, html: String)] = []
      for decision in decisions where decision.refusal == nil {
        let path = try workspace.confinedOutputPath(
          folder: OutputFolder.visaLetters, name: "\(decision.participant).html")
        pages.append(
          (
            decision.participant, path,
            try letters.page(
              for: decision.participant, language: language, date: date, template: template)
          ))
      }
      try Interruption.checkpoint()
      if !pages.isEmpty {
        try workspace.fileSystem.createDirectory(workspace.path(OutputFolder.visaLetters))
      }
      var made: [(String, String, [String])] = []
      var unprinted: [(String, String)] = []
      for page in pages {
        try Interruption.checkpoint()
        try workspace.fileSystem.write(page.html, to: page.path)
        var files = ["\(OutputFolder.visaLetters)/\(page.participant).html"]
        if let printer {
          do {
            let pdf = try printer.pdf(
              ofHTMLFile: "\(OutputFolder.visaLetters)/\(page.participant).html", in: workspace)
            try workspace.fileSystem.write(
              pdf,
              to: try workspace.confinedOutputPath(
                folder: OutputFolder.visaLetters, name: "\(page.participant).pdf"))
            files.append("\(OutputFolder.visaLetters)/\(page.participant).pdf")
          } catch let error as Interrupted {
            throw error
          } catch let error as any ConveneError {
            unprinted.append((page.participant, error.message))
          }
        }
        made.append((page.participant, names[page.participant] ?? "", files))
      }
      let refused = decisions.compactMap { decision in
        decision.refusal.map { (decision.participant, names[decision.participant] ?? "", $0) }
      }
      let stale = try staleLetters(
        in: workspace, refused: refused.map(\.0), written: Set(made.map(\.0)))
      return Outcome(made: made, refused: refused, unprinted: unprinted, stale: stale)
    }
  }

  /// The letters of earlier runs (HTML and PDF) whose person got none in this one: those
  /// refused, and when no one was asked for by name (every letter travel.csv calls for was
  /// made), every other letter in the folder: someone who no longer needs a visa, whose row
  /// was deleted or who was cancelled. A letter states a passport number; it is named so that
  /// the organiser deletes it, not left unmentioned.
  func staleLetters(in workspace: Workspace, refused: [String], written: Set<String>) throws -> [String] {
    let folder = OutputFolder.visaLetters
    var names = refused.filter { Workspace.isPlainFileName($0) }.flatMap { ["\($0).html", "\($0).pdf"] }
    if requested.isEmpty, workspace.fileSystem.isDirectory(workspace.path(folder)) {
      names += try workspace.fileSystem.list(workspace.path(folder)).filter { name in
        let id = name.hasSuffix(".html") ? name.dropLast(5) : name.hasSuffix(".pdf") ? name.dropLast(4) : nil
        return id.map { !written.contains(String($0)) } ?? false
      }
    }
    var seen = Set<String>()
    return names.filter { seen.insert($0).inserted }.sorted().map { "\(folder)/\($0)" }
      .filter { workspace.fileSystem.exists(workspace.path($0)) }
  }
}
