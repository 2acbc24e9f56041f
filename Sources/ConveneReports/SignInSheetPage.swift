import ConveneCore
import ConveneEvaluation
import Mustache

/// Printable sign-in sheets for one day: one page per session, names escaped.
public enum SignInSheetPage {
  /// Empty lines at the end of each page, for people not on the list.
  public static let blankRows = 5

  /// The HTML of one day's pages, from `template` (Mustache).
  public static func html(
    _ day: SignInSheets.Day, event: Event, language: String, template: String
  ) throws -> String {
    let labels = FormLabels(language: language)
    let compiled = try MustacheTemplate(string: template)
    let pages: [[String: Any]] = day.pages.map { page in
      [
        "key": page.key, "title": page.title, "time": page.time, "room": page.room,
        "isDay": page.title.isEmpty, "hasTime": !page.time.isEmpty, "hasRoom": !page.room.isEmpty,
        "count": page.rows.count,
        "rows": page.rows.map {
          [
            "number": $0.number, "participant": $0.participant, "name": $0.name,
            "organisation": $0.organisation,
          ]
        },
        "blank": Array(repeating: ["blank": true], count: blankRows),
      ]
    }
    let context: [String: Any] = [
      "lang": labels.language, "dir": labels.direction, "event": event.title,
      "date": day.date, "pages": pages,
      "labels": labels.table.words,
    ]
    return compiled.render(context)
  }
}
