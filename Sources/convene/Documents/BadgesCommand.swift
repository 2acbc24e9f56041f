import ArgumentParser
import ConveneCore
import ConveneDocuments
import ConveneTemplates
import Foundation

/// `convene badges`: A4 sheets of badges with QR codes the badge-scan import reads back.
struct BadgesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "badges",
    abstract:
      "Write printable badge sheets (badges/badges.html): A4, 2 × 4 badges with a QR code of the participant id.",
    discussion: """
      Each badge shows the name as registered, the organisation, city and country, the category \
      as a coloured band, the languages spoken and a QR code holding the participant id, which \
      `convene attendance import` reads back from a scanner's export (a badge column). Everyone \
      who holds a place gets one (invited, registered, confirmed); --status picks other \
      statuses, --for picks people. --pdf also prints badges/badges.pdf with headless Chromium.
      """)

  @Option(name: .customLong("for"), parsing: .upToNextOption, help: "Only these participant ids.")
  var ids: [String] = []
  @Option(
    parsing: .upToNextOption,
    help: "Badges for people of these statuses instead of those holding a place.")
  var status: [ParticipantStatus] = []
  @Option(
    help:
      "The language of the badges' words: \(LanguagePack.codes.joined(separator: ", ")) (default: the event's first)."
  )
  var lang: String?
  @Flag(help: "Also print badges/badges.pdf with headless Chromium.") var pdf = false
  @OptionGroup var options: WorkspaceOptions

  func validate() throws { try validateLanguage(lang) }

  func run() throws {
    let printer = try pdf ? requirePrinter() : nil
    let outcome = try BadgeRun.run(
      in: options.open(), selection: .init(ids: ids, statuses: status), language: lang,
      template: try TemplateBundle.required("badges.html.mustache"), printer: printer,
      purpose: WorkspaceOptions.purpose)
    let count = outcome.sheet.badges.count
    let pages = outcome.sheet.pages.count
    Terminal.print(
      "Made \(count) badge\(count == 1 ? "" : "s") on \(pages) A4 sheet\(pages == 1 ? "" : "s") (2 × 4, 98.5 × 67 mm, cut along the marks):"
    )
    for file in outcome.files { Terminal.print("  \(options.open().path(file))") }
  }
}
