import ArgumentParser
import ConveneAgenda
import ConveneCalendar
import ConveneCore
import Foundation
import ConveneJSON
import ConveneReleases
import ConveneTemplates
import ConveneWorkspace

/// The formats of `convene agenda`.
enum AgendaFormat: String, ExpressibleByArgument, CaseIterable {
  case md, html, csv, json, ics
}

/// `convene agenda`: the agenda by day and room, personal or public.
struct AgendaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "agenda",
    abstract: "Print the agenda of schedule.json (or of a release) as Markdown, HTML, CSV, JSON or iCalendar.",
    discussion: """
      --for PARTICIPANT gives one person's agenda: the sessions they speak at, moderate, signed \
      up for or follow with a cohort, and the exclusive plenaries. --public shows speakers' names \
      only where publish_name is yes, and others by title, organisation and country.
      """)

  @Option(help: "md, html, csv, json or ics (one calendar for the whole event, METHOD:PUBLISH).") var format: AgendaFormat = .md
  @Option(name: .customLong("for"), help: "A participant id, for a personal agenda.") var participant: String?
  @Flag(help: "For publication: names only with consent.") var `public` = false
  @Option(help: "The language of the labels (\(LanguagePack.codes.joined(separator: ", ")); default: the event's first language). Arabic is laid out right to left.")
  var lang: String?
  @Option(help: "A release number (default: the current schedule.json).") var release: Int?
  @OptionGroup var options: WorkspaceOptions

  func validate() throws { try validateLanguage(lang) }

  func run() throws {
    let outcome = try AgendaRun.load(
      options.open(), release: release, participant: participant, audience: `public` ? .publicView : .organisers,
      language: lang)
    let (plan, document, agenda) = (outcome.plan, outcome.document, outcome.agenda)
    let language = lang ?? plan.event.languages.first ?? "en"
    let labels = AgendaLabels(language: language)
    switch format {
    case .ics:
      // Descriptions use public names only, and a published agenda names no attendee.
      let calendar = AgendaExport.calendar(
        agenda, of: document, plan: plan, stamp: Int(Date().timeIntervalSince1970), language: language)
      Terminal.print(try CalendarWriter.ics(calendar), terminator: "")
    case .md: Terminal.print(AgendaRenderer.markdown(agenda, labels: labels))
    case .csv: Terminal.print(AgendaRenderer.csv(agenda), terminator: "")
    case .html:
      let template = try TemplateBundle.required("agenda.html.mustache")
      Terminal.print(try AgendaRenderer.html(agenda, labels: labels, template: template), terminator: "")
    case .json:
      let filtered = AgendaExport.document(
        agenda, of: document, plan: plan, publicNames: `public`, personal: outcome.participant != nil, language: language)
      Terminal.print(JSONWriter.string(ScheduleFile.json(filtered)), terminator: "")
    }
  }
}
