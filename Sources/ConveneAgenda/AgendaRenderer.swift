import ConveneCSV
import ConveneCore
import ConveneJSON
import Mustache

/// Renders an agenda as Markdown, CSV or HTML (from a Mustache template).
public enum AgendaRenderer {
  /// Markdown: a heading per day and a table of time, room, session and speakers.
  public static func markdown(_ agenda: Agenda, labels: AgendaLabels) -> String {
    var lines = ["# \(escapeMarkdown(agenda.title))", ""]
    if let person = agenda.person { lines += ["\(labels.personalFor) \(escapeMarkdown(person))", ""] }
    lines += ["\(labels.timesIn) (\(agenda.timezone)), \(labels.edition(agenda.release)).", ""]
    for day in agenda.days where !day.items.isEmpty {
      lines += ["## \(day.date)", "", "| \(labels.time) | \(labels.room) | \(labels.session) | \(labels.speakers) |", "|---|---|---|---|"]
      for item in day.items {
        let time = "\(item.start)-\(item.end)"
        if item.isBreak {
          lines.append("| \(time) | | *\(escapeMarkdown(item.title))* | |")
          continue
        }
        var people = item.speakers.map(escapeMarkdown).joined(separator: peopleSeparator)
        if !item.moderators.isEmpty {
          people += (people.isEmpty ? "" : peopleSeparator) + "\(labels.moderators): "
            + item.moderators.map(escapeMarkdown).joined(separator: peopleSeparator)
        }
        var title = "**\(escapeMarkdown(item.title))**"
        if !item.interpretation.isEmpty { title += " (\(labels.interpretation): \(item.interpretation.joined(separator: ", ")))" }
        lines.append("| \(time) | \(escapeMarkdown(item.roomName)) | \(title) | \(people) |")
      }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  static func escapeMarkdown(_ text: String) -> String { text.markdownEscaped }

  /// Between two people: a semicolon, since a public name holds commas ("Mayor, Kano, Nigeria").
  static let peopleSeparator = "; "

  /// The CSV columns.
  public static let csvColumns = [
    "date", "start", "end", "room", "session", "title", "kind", "track", "language", "interpretation", "speakers", "moderators",
  ]

  /// CSV, one row per session (breaks left out), formula-safe.
  public static func csv(_ agenda: Agenda) -> String {
    CSVWriter.document(
      header: csvColumns,
      rows: agenda.days.flatMap { day in
        day.items.filter { !$0.isBreak }.map { item in
          [
            day.date.description, item.start.description, item.end.description, item.room, item.id, item.title,
            item.kind, item.track, item.language, item.interpretation.joined(separator: ";"),
            item.speakers.joined(separator: ";"), item.moderators.joined(separator: ";"),
          ]
        }
      })
  }


  /// HTML from `template` (Mustache): escaped text, right-to-left for Arabic.
  /// `names` as a template lists them: each with the separator that follows it.
  static func listed(_ names: [String]) -> [[String: String]] {
    names.enumerated().map { index, name in
      ["name": name, "separator": index == names.count - 1 ? "" : peopleSeparator]
    }
  }

  public static func html(_ agenda: Agenda, labels: AgendaLabels, template: String) throws -> String {
    let compiled = try MustacheTemplate(string: template)
    let days: [[String: Any]] = agenda.days.filter { !$0.items.isEmpty }.map { day in
      [
        "date": day.date.description,
        "items": day.items.map { item -> [String: Any] in
          [
            "time": "\(item.start)–\(item.end)", "title": item.title, "room": item.roomName, "isBreak": item.isBreak,
            "speakers": item.speakers.joined(separator: peopleSeparator),
            "moderators": item.moderators.joined(separator: peopleSeparator),
            // Each name on its own, so that the page isolates it (`<bdi>`): an Arabic name
            // beside a Latin one otherwise takes the separator and its neighbour with it.
            "speakerNames": listed(item.speakers), "moderatorNames": listed(item.moderators),
            "hasModerators": !item.moderators.isEmpty, "hasSpeakers": !item.speakers.isEmpty, "interpretation": item.interpretation.joined(separator: ", "),
            "hasInterpretation": !item.interpretation.isEmpty, "kind": item.kind,
          ]
        },
      ]
    }
    let context: [String: Any] = [
      "title": agenda.title, "person": agenda.person ?? "", "hasPerson": agenda.person != nil,
      "timezone": agenda.timezone, "edition": labels.edition(agenda.release), "days": days,
      "labels": [
        "agenda": labels.agenda, "time": labels.time, "room": labels.room, "session": labels.session,
        "speakers": labels.speakers, "moderators": labels.moderators, "interpretation": labels.interpretation,
        "timesIn": labels.timesIn, "personalFor": labels.personalFor,
      ],
      "dir": labels.direction, "lang": labels.language,
    ]
    return compiled.render(context)
  }
}
