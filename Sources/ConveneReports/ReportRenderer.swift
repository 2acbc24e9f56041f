import ConveneCSV
import ConveneCore
import ConveneEvaluation
import ConveneJSON
import Mustache

/// Writes an indicator report as long-form CSV, JSON, Markdown and HTML with inline SVG charts.
public enum ReportRenderer {
  /// The columns of `indicators.csv`.
  public static let csvColumns = [
    "event", "indicator", "disaggregation", "group", "value", "n", "target",
  ]

  /// `indicators.csv`: one row per cell, hidden cells as `<5` or `suppressed`.
  public static func csv(_ report: IndicatorReport) -> String {
    CSVWriter.document(
      header: csvColumns,
      rows: report.values.map { cell in
        [
          cell.value.event, cell.value.indicator, cell.value.disaggregation, cell.value.group,
          cell.valueText, cell.nText, cell.targetText,
        ]
      })
  }

  /// `indicators.json`: the events, the indicators' definitions and every cell, with the
  /// same field names as the CSV.
  public static func json(_ report: IndicatorReport) -> String {
    func number(_ cell: PublishedValue, _ value: Double?) -> JSONNode {
      if let hidden = cell.hiddenText { return .string(hidden) }
      guard let value else { return .null }
      return .number(Double(PublishedValue.format(value, kind: cell.value.kind)) ?? value)
    }
    let document = JSONNode.object([
      (
        "events",
        .array(
          report.events.map { event in
            .object([
              ("id", .string(event.id)), ("title", .string(event.title)),
              ("kind", .string(event.kind)), ("dates", .string(event.dates)),
            ])
          })
      ),
      ("suppression_threshold", .number(DisclosureControl.threshold)),
      (
        "indicators",
        .array(
          report.definitions.map { definition in
            .object([
              ("id", .string(definition.id)), ("label", .string(definition.label(in: "en"))),
              ("measure", .string(definition.measure.rawValue)),
              ("question", definition.question.map(JSONNode.string)),
              ("target", definition.target.map(JSONNode.number)),
            ])
          })
      ),
      (
        "values",
        .array(
          report.values.map { cell in
            .object([
              ("event", .string(cell.value.event)), ("indicator", .string(cell.value.indicator)),
              ("disaggregation", .string(cell.value.disaggregation)),
              ("group", .string(cell.value.group)),
              ("value", number(cell, cell.value.value)),
              ("n", cell.hiddenText.map(JSONNode.string) ?? .number(cell.value.n)),
              ("target", cell.value.target.map(JSONNode.number) ?? .null),
            ])
          })
      ),
    ])
    return JSONWriter.string(document)
  }

  /// The Markdown summary: key figures, then each breakdown.
  public static func markdown(_ report: IndicatorReport, labels: ReportLabels) -> String {
    var lines = ["# \(title(report, labels).markdownEscaped)", ""]
    for event in report.events {
      lines.append(
        "- **\(event.title.markdownEscaped)** (\(event.id.markdownEscaped), \(event.kind), \(event.dates))"
      )
    }
    lines += ["", "## \(labels["keyFigures"])", ""]
    let columns = keyColumns(report, labels)
    lines.append(
      "| \(labels["indicator"]) | "
        + columns.map { "\($0.name.markdownEscaped) |" }.joined(separator: " ")
        + " \(labels["target"]) |")
    lines.append("|---|" + String(repeating: "---:|", count: columns.count) + "---:|")
    for definition in report.definitions {
      let cells = columns.map { column -> String in
        guard let cell = report.total(event: column.id, indicator: definition.id) else {
          return "–"
        }
        return cell.valueText.isEmpty ? "–" : "\(cell.valueText) (n=\(cell.nText))"
      }
      let target =
        definition.target.map {
          PublishedValue.format($0, kind: IndicatorValue.Kind(definition.measure))
        } ?? ""
      lines.append(
        "| \(definition.label(in: labels.language).markdownEscaped) | "
          + cells.map { "\($0.markdownEscaped) |" }.joined(separator: " ") + " \(target) |")
    }
    lines += ["", "## \(labels["breakdowns"])", ""]
    for definition in report.definitions {
      let cells = report.values(event: report.headline, indicator: definition.id).filter {
        !$0.value.isTotal
      }
      guard !cells.isEmpty else { continue }
      lines += ["### \(definition.label(in: labels.language).markdownEscaped)", ""]
      lines += ["| \(labels["group"]) | \(labels["value"]) | n |", "|---|---:|---:|"]
      for cell in cells {
        let group =
          "\(labels[cell.value.disaggregation]): \(report.groupLabel(cell.value, notGiven: labels["notGiven"]))"
        lines.append(
          "| \(group.markdownEscaped) | \(cell.valueText.markdownEscaped) | \(cell.nText.markdownEscaped) |"
        )
      }
      lines.append("")
    }
    if !report.commitments.isEmpty {
      lines += ["## \(labels["commitments"])", ""]
      lines += report.commitments.map { "- \($0.markdownEscaped)" }
      lines.append("")
    }
    lines += ["_\(labels["privacy"].markdownEscaped)_", ""]
    return lines.joined(separator: "\n")
  }

  /// The HTML report from `template` (Mustache): escaped text, inline SVG charts, print styles,
  /// nothing fetched from anywhere.
  public static func html(_ report: IndicatorReport, labels: ReportLabels, template: String) throws
    -> String
  {
    let compiled = try MustacheTemplate(string: template)
    let columns = keyColumns(report, labels)
    let rows: [[String: Any]] = report.definitions.map { definition in
      let cells = columns.map { column -> [String: Any] in
        guard let cell = report.total(event: column.id, indicator: definition.id) else {
          return ["value": "–", "n": "", "hasN": false, "hidden": false]
        }
        return [
          "value": cell.valueText.isEmpty ? "–" : cell.valueText, "n": cell.nText, "hasN": true,
          "hidden": cell.suppression != nil,
        ]
      }
      var status = ""
      if let target = definition.target,
        let cell = report.total(event: report.headline, indicator: definition.id),
        cell.suppression == nil, let value = cell.value.value
      {
        status = value >= target ? labels["met"] : labels["notMet"]
      }
      return [
        "label": definition.label(in: labels.language), "cells": cells,
        "target": definition.target.map {
          PublishedValue.format($0, kind: IndicatorValue.Kind(definition.measure))
        }
          ?? "",
        "status": status, "hasStatus": !status.isEmpty, "met": status == labels["met"],
      ]
    }
    let breakdowns: [[String: Any]] = report.definitions.compactMap { definition in
      let cells = report.values(event: report.headline, indicator: definition.id).filter {
        !$0.value.isTotal
      }
      guard !cells.isEmpty else { return nil }
      return [
        "label": definition.label(in: labels.language),
        "rows": cells.map { cell -> [String: Any] in
          [
            "disaggregation": labels[cell.value.disaggregation],
            "group": report.groupLabel(cell.value, notGiven: labels["notGiven"]),
            "value": cell.valueText, "n": cell.nText, "hidden": cell.suppression != nil,
          ]
        },
      ]
    }
    let context: [String: Any] = [
      "lang": labels.language, "dir": labels.direction, "title": title(report, labels),
      "events": report.events.map {
        ["id": $0.id, "title": $0.title, "kind": $0.kind, "dates": $0.dates]
      },
      "columns": columns.map { ["name": $0.name] }, "rows": rows, "breakdowns": breakdowns,
      "charts": ReportCharts(report: report, labels: labels).all.map {
        ["title": $0.title, "svg": $0.svg]
      },
      "commitments": report.commitments, "hasCommitments": !report.commitments.isEmpty,
      "labels": labels.table.words,
    ]
    return compiled.render(context)
  }

  static func title(_ report: IndicatorReport, _ labels: ReportLabels) -> String {
    report.isRollUp ? labels["network"] : "\(labels["report"]): \(report.events.first?.title ?? "")"
  }

  static func keyColumns(_ report: IndicatorReport, _ labels: ReportLabels) -> [(
    id: String, name: String
  )] {
    guard report.isRollUp else { return [(report.headline, labels["value"])] }
    return report.events.map { ($0.id, $0.id) } + [("all", labels["allEvents"])]
  }

}
