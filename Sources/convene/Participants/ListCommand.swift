import ArgumentParser
import ConveneCSV
import ConveneCore
import ConveneJSON
import ConveneRegistration
import ConveneWorkspace

/// Output formats of listings.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
  case table, csv, json
}

extension ParticipantStatus: ExpressibleByArgument {}

/// `convene participants list`: people, filtered, as a table, CSV or JSON.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List participants, filtered.",
    discussion: "--public shows only people who hold a place, and of them only what publish_name allows.")

  @Option(help: "Only this status (repeatable).") var status: [ParticipantStatus] = []
  @Option(help: "Only this category id (repeatable).") var category: [String] = []
  @Option(help: "Only this ISO country code (repeatable).") var country: [String] = []
  @Option(help: "Only this region (repeatable).") var region: [String] = []
  @Option(help: "Only this city (repeatable).") var city: [String] = []
  @Option(help: "Only members of this cohort (repeatable).") var cohort: [String] = []
  @Option(help: "Only people whose name, e-mail, organisation, title or city contain these words.")
  var search: String = ""
  @Option(help: "table, csv or json.") var format: ListFormat = .table
  @Flag(help: "Public view: names only where publish_name is yes; no e-mails or categories.")
  var `public` = false
  @OptionGroup var options: WorkspaceOptions

  /// A public list filtered on what it does not show would publish that field of everyone on it
  /// (`--category mayor` lists who is a mayor, names hidden or not); it is filtered on what it
  /// shows of everyone only.
  func validate() throws {
    guard `public` else { return }
    let hiddenFilters = [
      ("--status", !status.isEmpty), ("--category", !category.isEmpty), ("--city", !city.isEmpty),
      ("--cohort", !cohort.isEmpty), ("--search", !search.isEmpty),
    ].filter(\.1).map(\.0)
    if !hiddenFilters.isEmpty {
      throw ValidationError(
        "--public lists people by what it shows of everyone (country, region): "
          + "\(hiddenFilters.joined(separator: ", ")) would publish what it hides; "
          + "filter the full list instead, or publish names with publish_name")
    }
  }

  func run() throws {
    let people = try ParticipantsLoader.load(options)
    let query = ParticipantQuery(
      statuses: status, categories: category, countries: country, regions: region, cities: city,
      cohorts: cohort, search: search)
    let selected = people.filter(query.matches)
    if `public` {
      let rows = PublicParticipant.list(selected)
      switch format {
      case .table:
        Terminal.print(Terminal.table(PublicParticipant.fieldNames, rows.map { row in row.cells.map { $0.isEmpty ? "-" : $0 } }))
      case .csv:
        Terminal.print(CSVWriter.document(header: PublicParticipant.fieldNames, rows: rows.map(\.cells)), terminator: "")
      case .json:
        Terminal.print(JSONWriter.string(.array(rows.map { row in
          .object(zip(PublicParticipant.fieldNames, row.cells).map { name, value in
            (name, value.isEmpty && (name == "name" || name == "city") ? nil : JSONNode.string(value))
          })
        })), terminator: "")
      }
      return
    }
    switch format {
    case .table:
      Terminal.print(Terminal.table(
        ["id", "name", "email", "category", "organisation", "country", "status"],
        selected.map { [$0.id, $0.name, $0.email, $0.category, $0.organisation, $0.country, $0.status.rawValue] }))
      Terminal.print("\(selected.count) of \(people.count) participants")
    case .csv:
      Terminal.print(CSVWriter.document(header: ParticipantFields.names, rows: selected.map(ParticipantFields.cells)), terminator: "")
    case .json:
      Terminal.print(JSONWriter.string(.array(selected.map(ParticipantsLoader.json))), terminator: "")
    }
  }
}

/// Reads `participants.csv` for the listing commands, refusing a file with errors.
enum ParticipantsLoader {
  static func load(_ options: WorkspaceOptions) throws -> [Participant] {
    do {
      return try options.open().loadPlan(requiringValid: [ParticipantsFile.name]).plan.participants
    } catch {
      throw CommandFailure(error)
    }
  }

  /// A participant as JSON with the CSV's field names; lists as arrays.
  static func json(_ person: Participant) -> JSONNode {
    let lists: [String: [String]] = [
      "languages": person.languages, "needs": person.needs, "cohorts": person.cohorts,
      "unavailable": person.unavailable.map(\.description),
    ]
    return .object(zip(ParticipantFields.names, ParticipantFields.cells(person)).map { name, value in
      if let list = lists[name] { return (name, .strings(list)) }
      if name == "publish_name" { return (name, .bool(person.publishName)) }
      return (name, .string(value))
    })
  }
}
