import ArgumentParser
import ConveneCore
import ConveneJSON
import ConveneLogistics
import ConveneTemplates

/// The formats of the travel lists.
enum TravelFormat: String, ExpressibleByArgument, CaseIterable {
  case md, csv, html
}

/// `convene travel rooming|pickups|needs`: the logistics lists of travel.csv.
struct TravelCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "travel",
    abstract: "Rooming lists, airport pick-ups, and dietary and access needs, from travel.csv.",
    discussion: """
      The lists cover the people holding a place. travel.csv must pass `convene check`. They \
      print to standard output: keep them with the organisers, the hotels, the drivers and the \
      caterer they are for; travel.csv itself never leaves the workspace.
      """,
    subcommands: [Rooming.self, Pickups.self, Needs.self])

  /// The options the three lists share.
  struct ListOptions: ParsableArguments {
    @Option(help: "md, csv or html (for print).") var format: TravelFormat = .md
    @Option(
      help:
        "The language of the headings (\(LanguagePack.codes.joined(separator: ", ")); default: the event's first language)."
    )
    var lang: String?
    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var output: JSONOutputOption

    func validate() throws { try validateLanguage(lang) }

    /// Prints the list `make` builds from the workspace's travel.
    func print(_ make: (TravelLists, String) -> LogisticsTable) throws {
      let lists = try TravelLists.load(options.open())
      let table = make(lists, lang ?? lists.plan.event.languages.first ?? "en")
      if output.json {
        Terminal.print(JSONWriter.string(LogisticsRenderer.json(table)), terminator: "")
        return
      }
      switch format {
      case .md: Terminal.print(LogisticsRenderer.markdown(table), terminator: "")
      case .csv: Terminal.print(LogisticsRenderer.csv(table), terminator: "")
      case .html:
        Terminal.print(
          try LogisticsRenderer.html(table, template: TemplateBundle.required("logistics.html.mustache")),
          terminator: "")
      }
      if !lists.leftOut.isEmpty {
        Terminal.error(
          "Left out, holding no place: "
            + lists.leftOut.map { "\($0.participant) (\($0.status.rawValue))" }.joined(separator: ", ") + ".")
      }
    }
  }

  struct Rooming: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "The rooming list of each hotel: rooms, guests (sharers together), check-in, check-out and nights; rooms per night.")
    @OptionGroup var list: ListOptions

    func run() throws {
      try list.print { lists, language in
        RoomingList(travel: lists.travel, holding: lists.holding).table(
          names: lists.names, language: language)
      }
    }
  }

  struct Pickups: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Airport pick-ups: arrivals grouped by the hour they land, with flights and names.")
    @OptionGroup var list: ListOptions

    func run() throws {
      try list.print { lists, language in
        ConveneLogistics.Pickups(travel: lists.travel, holding: lists.holding).table(
          names: lists.names, language: language)
      }
    }
  }

  struct Needs: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Dietary and access needs for the caterer and the venue: counts, those of fewer people than the event's disclosure threshold (5 unless event.json says otherwise) shown as <5.",
      discussion: "--names gives the organisers' own list instead: exact counts and who needs what.")
    @Flag(help: "The organisers' list: exact counts and names (not for the caterer or the venue).")
    var names = false
    @OptionGroup var list: ListOptions

    func run() throws {
      try list.print { lists, language in
        NeedsCount(travel: lists.travel, holding: lists.holding).table(
          event: lists.plan.event.id, policy: lists.plan.event.disclosure, names: names ? lists.names : nil, language: language)
      }
    }
  }
}

extension TravelCommand.Rooming: JSONReporting { var output: JSONOutputOption { list.output } }
extension TravelCommand.Pickups: JSONReporting { var output: JSONOutputOption { list.output } }
extension TravelCommand.Needs: JSONReporting { var output: JSONOutputOption { list.output } }
