import ConveneCSV
import ConveneCore
import ConveneJSON
import Mustache

/// Writes a `LogisticsTable` as Markdown, CSV (formula-safe, one row per line with the section
/// in its first column), HTML for print (from `Templates/logistics.html.mustache`, every value
/// escaped, names isolated with `<bdi>`) or JSON.
public enum LogisticsRenderer {
  /// The Markdown text.
  public static func markdown(_ table: LogisticsTable) -> String {
    var lines = ["# \(table.title.markdownEscaped)", ""]
    for section in table.sections {
      lines += ["## \(section.heading.markdownEscaped)", ""]
      if !section.rows.isEmpty {
        lines.append("| " + table.columns.map(\.markdownEscaped).joined(separator: " | ") + " |")
        lines.append("|" + String(repeating: "---|", count: table.columns.count))
        for row in section.rows {
          lines.append("| " + row.map(\.markdownEscaped).joined(separator: " | ") + " |")
        }
        lines.append("")
      }
      for note in section.notes { lines += [note.markdownEscaped, ""] }
    }
    for note in table.notes { lines += [note.markdownEscaped, ""] }
    return lines.joined(separator: "\n")
  }

  /// The CSV text.
  public static func csv(_ table: LogisticsTable) -> String {
    CSVWriter.document(
      header: [table.groupColumn] + table.columns,
      rows: table.sections.flatMap { section in section.rows.map { [section.heading] + $0 } })
  }

  /// The JSON document: title, columns, and each section's rows and notes.
  public static func json(_ table: LogisticsTable) -> JSONNode {
    .object([
      ("title", .string(table.title)), ("language", .string(table.language)),
      ("columns", .strings(table.columns)),
      (
        "sections",
        .array(
          table.sections.map { section in
            .object([
              ("heading", .string(section.heading)),
              ("rows", .array(section.rows.map(JSONNode.strings))),
              ("notes", .strings(section.notes)),
            ])
          })
      ),
      ("notes", .strings(table.notes)),
    ])
  }

  /// The HTML page, from `template` (the text of `logistics.html.mustache`).
  public static func html(_ table: LogisticsTable, template: String) throws -> String {
    let parsed = try MustacheTemplate(string: template)
    let context: [String: Any] = [
      "title": table.title, "lang": table.language, "dir": table.direction,
      "columns": table.columns,
      "sections": table.sections.map { section -> [String: Any] in
        [
          "heading": section.heading, "notes": section.notes, "hasRows": !section.rows.isEmpty,
          "rows": section.rows.map { row in ["cells": row.map(cell)] },
        ]
      },
      "notes": table.notes,
    ]
    return parsed.render(context)
  }

  /// A cell as parts, each isolated in `<bdi>` by the template, so that a right-to-left name
  /// among left-to-right ones keeps its place: the parts of a list (`A; B`) separately.
  static func cell(_ text: String) -> [String: Any] {
    let parts = text.pieces(between: "; ")
    return [
      "parts": parts.enumerated().map { index, part in
        ["text": part, "separator": index < parts.count - 1]
      }
    ]
  }
}

extension String {
  /// The pieces between each `separator`.
  func pieces(between separator: String) -> [String] {
    split(separator: separator, omittingEmptySubsequences: false).map(String.init)
  }
}
