import ArgumentParser
import ConveneCore
import ConveneJSON
import ConveneRegistration

/// `convene participants stats`: counts by category, status, gender, age group, region and country.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Count participants by category, status, gender, age group, region and country.",
    discussion: "Exact counts for the organisers; they are not suppressed for small groups, so keep them in the workspace.")

  @Option(help: "Count only this status (repeatable; default: everyone).") var status: [ParticipantStatus] = []
  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var output: JSONOutputOption

  func run() throws {
    let people = try ParticipantsLoader.load(options).filter { status.isEmpty || status.contains($0.status) }
    let statistics = ParticipantStatistics(people)
    if output.json {
      Terminal.print(JSONWriter.string(.object(
        [("total", .number(statistics.total))] + statistics.breakdowns.map { breakdown in
          (breakdown.field, .array(breakdown.counts.map { .object([("group", .string($0.group)), ("count", .number($0.count))]) }))
        })), terminator: "")
      return
    }
    var sections = ["\(statistics.total) participants"]
    for breakdown in statistics.breakdowns {
      sections.append("\nBy \(breakdown.field.replacingOccurrences(of: "_", with: " ")):")
      sections.append(Terminal.table(["", "count", "%"], breakdown.counts.map { group, count in
        ["  " + group, String(count), Self.percent(count, of: statistics.total)]
      }))
    }
    Terminal.print(sections.joined(separator: "\n"))
  }

  /// `count` as a whole percentage of `total`, rounded to the nearest (half up), `<1` for a
  /// group too small to reach 0.5 %, `-` of nobody.
  static func percent(_ count: Int, of total: Int) -> String {
    guard total > 0 else { return "-" }
    let rounded = (count * 200 + total) / (2 * total)
    return rounded == 0 && count > 0 ? "<1" : String(rounded)
  }
}

extension StatsCommand: JSONReporting {}
