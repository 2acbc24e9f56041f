import ConveneCore
import ConveneWorkspace

/// `convene badges` as one transaction: under the workspace lock, read the participants, make
/// the badges, and write `badges/badges.html` (and `badges/badges.pdf` when a printer is
/// given).
public enum BadgeRun {
  /// The output folder and files.
  public static let folder = "badges"
  public static let htmlName = "badges/badges.html"
  public static let pdfName = "badges/badges.pdf"

  /// What the run did.
  public struct Outcome: Sendable {
    public var sheet: BadgeSheet
    /// The files written, relative to the workspace.
    public var files: [String]
  }

  /// Makes the badges of `selection` in `language` (nil: the event's first language), from
  /// `template`; prints them to PDF with `printer` when given.
  public static func run(
    in workspace: Workspace, selection: BadgeSheet.Selection, language: String?, template: String,
    printer: ChromiumPrinter?, purpose: String
  ) throws -> Outcome {
    try workspace.transaction(purpose: purpose) {
      let plan = try workspace.loadPlan(requiringValid: [ParticipantsFile.name]).plan
      PrintScratch.removeLeftovers(in: workspace)
      let sheet = try BadgeSheet(
        plan: plan, selection: selection, language: language ?? plan.event.languages.first ?? "en")
      let html = try BadgePage.html(sheet, event: plan.event, template: template)
      try Interruption.checkpoint()
      _ = try OutputConfinement.folder(folder, in: workspace)
      try workspace.fileSystem.write(html, to: workspace.path(htmlName))
      var files = [htmlName]
      if let printer {
        let pdf = try printer.pdf(ofHTMLFile: htmlName, in: workspace)
        try workspace.fileSystem.write(pdf, to: workspace.path(pdfName))
        files.append(pdfName)
      }
      return Outcome(sheet: sheet, files: files)
    }
  }
}
