import ArgumentParser
import ConveneCalendar
import ConveneCore
import ConveneJSON
import ConvenePlanning
import ConveneReleases
import Foundation

/// The formats of `convene plan`.
enum PlanFormat: String, ExpressibleByArgument, CaseIterable {
  case text, ics
}

/// `convene plan`: the planning timeline, each task done, due or late.
struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Show the planning timeline of tasks.csv: each task done, due or late today.",
    discussion: """
      Each task is due at its offset from day 1 (-16w, +1d) or from the last day (end+3w). It \
      is done when tasks.csv gives the date it was done, or when its auto rule sees it in the \
      workspace: registrations-open, registrations-closed, schedule-published, \
      invitations-sent, notices-sent, visa-letters-written, feedback-collected, \
      report-written. --format ics prints the tasks as to-dos (VTODO) for the organiser's \
      own calendar.
      """)

  @Option(help: "The day to judge by (YYYY-MM-DD; default: today on this computer).")
  var today: String?
  @Option(help: "text, or ics (the tasks as VTODOs, in the language of --lang).")
  var format: PlanFormat = .text
  @Option(
    help:
      "The language of the task names and labels (\(LanguagePack.codes.joined(separator: ", ")); default: the event's first language)."
  )
  var lang: String?
  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var output: JSONOutputOption

  func validate() throws {
    try validateLanguage(lang)
    if let today, LocalDate(today) == nil {
      throw ValidationError("--today must be a date such as 2027-01-20 (not \"\(today)\")")
    }
    if output.json && format == .ics { throw ValidationError("--json and --format ics cannot be used together") }
  }

  func run() throws {
    let outcome = try TimelineRun.load(options.open())
    let event = outcome.plan.event
    let timeline = Timeline(
      tasks: outcome.tasks, event: event, signals: outcome.signals, today: day,
      language: lang ?? event.languages.first ?? "en")
    let words = LabelSet(language: timeline.language, sections: ["plan"])
    if format == .ics {
      // With --today the calendar is made as of that day (00:00 UTC): the same input, the same file.
      let stamp = today.flatMap(LocalDate.init).map { $0.daysSinceEpoch * 86_400 } ?? Int(Date().timeIntervalSince1970)
      let todos = timeline.todos(event: event.id, stamp: stamp)
      Terminal.print(try CalendarWriter.ics(todos: todos), terminator: "")
    } else if output.json {
      Terminal.print(JSONWriter.string(Self.json(timeline)), terminator: "")
    } else {
      Terminal.print(Self.text(timeline, words: words, title: event.title))
    }
  }

  /// `--today`, or today's date on this computer.
  var day: LocalDate { today.flatMap(LocalDate.init) ?? .today }

  static func text(_ timeline: Timeline, words: LabelSet, title: String) -> String {
    let rows = timeline.items.map { item -> [String] in
      let when: String
      switch item.status {
      case .done:
        when = item.task.done.map { words.phrase("doneOn", ["date": $0]) } ?? words["seen"]
      case .due:
        when =
          item.days == 0
          ? words["today"] : item.days == 1 ? words["tomorrow"] : words.phrase("inDays", count: item.days)
      case .late: when = words.phrase("daysLate", count: -item.days)
      }
      let status = words[item.status == .due ? "open" : item.status.rawValue]
      return [
        item.due.description, status, item.title, item.task.owner,
        when + (item.evidence.map { " — \($0)" } ?? ""),
      ]
    }
    let table = Terminal.table(
      [words["due"], words["status"], words["task"], words["owner"], ""], rows, maxWidth: 100)
    let summary = words.phrase(
      "summary",
      [
        "done": timeline.count(.done), "open": timeline.count(.due), "late": timeline.count(.late),
        "today": timeline.today,
      ])
    return "\(words["plan"]) — \(title)\n\n\(table)\n\n\(summary)"
  }

  static func json(_ timeline: Timeline) -> JSONNode {
    .object([
      ("today", .string(timeline.today.description)), ("language", .string(timeline.language)),
      ("done", .number(timeline.count(.done))), ("due", .number(timeline.count(.due))),
      ("late", .number(timeline.count(.late))),
      (
        "tasks",
        .array(
          timeline.items.map { item in
            .object([
              ("id", .string(item.task.id)), ("task", .string(item.title)),
              ("offset", .string(item.task.offset.description)),
              ("due", .string(item.due.description)), ("status", .string(item.status.rawValue)),
              ("days", .number(item.days)), ("owner", .string(item.task.owner)),
              ("done_on", item.task.done.map { .string($0.description) } ?? .null),
              ("seen", .bool(item.seen)),
              ("auto", item.task.rule.map { .string($0.rawValue) } ?? .null),
              ("evidence", item.evidence.map(JSONNode.string) ?? .null),
            ])
          })
      ),
    ])
  }
}

extension PlanCommand: JSONReporting {}
