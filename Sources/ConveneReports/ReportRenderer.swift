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

  /// `indicators.csv`: one row per cell, what is hidden as `suppressed`.
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

  /// `indicators.json`: the events, the disclosure policy, the indicators' definitions and
  /// every cell, with the same field names as the CSV and the people each n (and a
  /// percentage's numerator) counts.
  /// The editions of an event's records (which reports show the same people), if named.
  static func editions(_ record: DisclosureRecord?) -> JSONNode? {
    guard let record, !record.editions.isEmpty else { return nil }
    return .object(
      record.editions.sorted { DisclosureRecord.name(of: $0.key) < DisclosureRecord.name(of: $1.key) }
        .map { (DisclosureRecord.name(of: $0.key), JSONNode.string($0.value)) })
  }

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
              ("disclosure", report.policies[event.id].map(disclosure)),
              ("editions", editions(report.records[event.id])),
            ])
          })
      ),
      ("suppression_threshold", .number(report.threshold)),
      (
        "indicators",
        .array(
          report.definitions.map { definition in
            .object([
              ("id", .string(definition.id)), ("label", .string(definition.label(in: "en"))),
              ("measure", .string(definition.measure.rawValue)),
              ("question", definition.question.map(JSONNode.string)),
              ("answers", definition.answers.isEmpty ? nil : .strings(definition.answers)),
              ("before", definition.before.map(JSONNode.string)),
              ("after", definition.after.map(JSONNode.string)),
              ("disaggregate_by", .strings(definition.disaggregations)),
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
              ("n", cell.isCountHidden ? .string(PublishedValue.hiddenMark) : .number(cell.value.n)),
              ("target", cell.value.target.map(JSONNode.number) ?? .null),
              ("population", .string(cell.value.population)),
              ("numerator_population", cell.value.numeratorPopulation.map(JSONNode.string)),
            ])
          })
      ),
    ])
    return JSONWriter.string(document)
  }

  /// An event's disclosure policy in `indicators.json`.
  static func disclosure(_ policy: DisclosurePolicy) -> JSONNode {
    .object([
      ("threshold", .number(policy.threshold)),
      ("residual_groups", .strings(policy.residualGroups)),
      ("distribution_minimum", .number(policy.respondentsForAnswers)),
      ("merged_group", .string(DisclosureControl.mergedGroup)),
      ("hidden_mark", .string(PublishedValue.hiddenMark)),
    ])
  }

  /// A cell's value as the Markdown and HTML reports show it (the hidden mark in words).
  static func valueText(_ cell: PublishedValue, _ labels: ReportLabels) -> String {
    cell.isValueHidden ? labels["suppressed"] : cell.valueText
  }

  /// A cell's n as the Markdown and HTML reports show it.
  static func nText(_ cell: PublishedValue, _ labels: ReportLabels) -> String {
    cell.isCountHidden ? labels["suppressed"] : cell.nText
  }

  /// The privacy note, with the event's threshold (in a roll-up whose events set different
  /// ones, the smallest, and a sentence giving the range).
  static func privacy(_ report: IndicatorReport, _ labels: ReportLabels) -> String {
    let answers = report.policies.values.map(\.respondentsForAnswers).min() ?? report.threshold
    let note = labels["privacy"].replacingOccurrences(of: "{threshold}", with: String(report.threshold))
      .replacingOccurrences(of: "{answers}", with: String(answers))
    guard report.largestThreshold > report.threshold else { return note }
    return note + " "
      + labels["thresholdByEvent"].replacingOccurrences(of: "{min}", with: String(report.threshold))
      .replacingOccurrences(of: "{max}", with: String(report.largestThreshold))
  }

  /// The Markdown summary: key figures, then each breakdown.
  public static func markdown(_ report: IndicatorReport, labels: ReportLabels) -> String {
    var lines = ["# \(title(report, labels).markdownEscaped)", ""]
    for event in report.events {
      lines.append(
        "- **\(event.title.markdownEscaped)** (\(event.id.markdownEscaped), \(labels.eventKind(event.kind).markdownEscaped), \(labels.value(event.dates)))"
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
        let value = valueText(cell, labels)
        return value.isEmpty ? "–" : "\(value) (n=\(nText(cell, labels)))"
      }
      let target =
        definition.target.map {
          PublishedValue.format($0, kind: IndicatorValue.Kind(definition.measure))
        } ?? ""
      lines.append(
        "| \(labels.text(indicatorLabel(report, definition, labels).markdownEscaped)) | "
          + cells.map { "\(labels.value($0.markdownEscaped)) |" }.joined(separator: " ") + " \(labels.value(target)) |")
    }
    lines += ["", "## \(labels["breakdowns"])", ""]
    for definition in report.definitions {
      let cells = report.values(event: report.headline, indicator: definition.id).filter {
        !$0.value.isTotal
      }
      guard !cells.isEmpty else { continue }
      lines += ["### \(labels.text(indicatorLabel(report, definition, labels).markdownEscaped))", ""]
      lines += ["| \(labels["group"]) | \(labels["value"]) | n |", "|---|---:|---:|"]
      for cell in cells {
        let group =
          "\(labels[cell.value.disaggregation].markdownEscaped): \(labels.group(groupLabel(report, cell, labels).markdownEscaped))"
        lines.append(
          "| \(group) | \(labels.value(valueText(cell, labels).markdownEscaped)) | \(labels.value(nText(cell, labels).markdownEscaped)) |"
        )
      }
      lines.append("")
    }
    if !report.commitments.isEmpty || report.withheldCommitments > 0 {
      lines += ["## \(labels["commitments"])", ""]
      lines += report.commitments.map { "- \($0.markdownEscaped)" }
      if report.withheldCommitments > 0 { lines += ["", withheld(report, labels).markdownEscaped] }
      lines.append("")
    }
    lines += ["_\(labels.text(privacy(report, labels).markdownEscaped))_", ""]
    return lines.joined(separator: "\n")
  }

  /// The HTML report from `template` (Mustache): escaped text, inline SVG charts, print styles,
  /// nothing fetched from anywhere.
  public static func html(_ report: IndicatorReport, labels: ReportLabels, template: String) throws
    -> String
  {
    let compiled = try MustacheTemplate(string: template)
    let columns = keyColumns(report, labels)
    let context: [String: Any] = [
      "lang": labels.language, "dir": labels.direction, "title": title(report, labels),
      "events": report.events.map {
        ["id": $0.id, "title": $0.title, "kind": labels.eventKind($0.kind), "dates": $0.dates]
      },
      "columns": columns.map { ["name": $0.name] },
      "rows": keyRows(report, labels, columns: columns), "breakdowns": breakdownTables(report, labels),
      "charts": ReportCharts(report: report, labels: labels).all.map {
        ["title": $0.title, "svg": $0.svg]
      },
      "commitments": report.commitments,
      "hasCommitments": !report.commitments.isEmpty || report.withheldCommitments > 0,
      "hasWithheld": report.withheldCommitments > 0,
      "withheld": report.withheldCommitments > 0 ? withheld(report, labels) : "",
      "labels": labels.table.words, "privacy": labels.text(privacy(report, labels)),
    ]
    return compiled.render(context)
  }

  /// "2 more are not printed: they name a person or give contact details."
  static func withheld(_ report: IndicatorReport, _ labels: ReportLabels) -> String {
    labels.text(labels.table.phrase("commitmentsWithheld", count: report.withheldCommitments))
  }

  /// The key figures' table for the HTML report: each indicator's total in each of `columns`,
  /// its target and whether the headline meets it.
  static func keyRows(_ report: IndicatorReport, _ labels: ReportLabels, columns: [(id: String, name: String)])
    -> [[String: Any]]
  {
    report.definitions.map { definition in
      let cells = columns.map { column -> [String: Any] in
        guard let cell = report.total(event: column.id, indicator: definition.id) else {
          return ["value": "–", "n": "", "hasN": false, "hidden": false]
        }
        let value = valueText(cell, labels)
        return [
          "value": value.isEmpty ? "–" : value, "n": nText(cell, labels), "hasN": true,
          "hidden": cell.isValueHidden,
        ]
      }
      // A target is met when the value as published reaches it (a rate over no one has no
      // value, and no status).
      var status = ""
      if let target = definition.target,
        let cell = report.total(event: report.headline, indicator: definition.id),
        let value = cell.shownValue
      {
        status = value >= target ? labels["met"] : labels["notMet"]
      }
      return [
        "label": labels.text(indicatorLabel(report, definition, labels)), "cells": cells,
        "target": definition.target.map {
          PublishedValue.format($0, kind: IndicatorValue.Kind(definition.measure))
        }
          ?? "",
        "status": status, "hasStatus": !status.isEmpty, "met": status == labels["met"],
      ]
    }
  }

  /// The breakdowns for the HTML report: each indicator's headline values by group.
  static func breakdownTables(_ report: IndicatorReport, _ labels: ReportLabels) -> [[String: Any]] {
    report.definitions.compactMap { definition in
      let cells = report.values(event: report.headline, indicator: definition.id).filter {
        !$0.value.isTotal
      }
      guard !cells.isEmpty else { return nil }
      return [
        "label": labels.text(indicatorLabel(report, definition, labels)),
        "rows": cells.map { cell -> [String: Any] in
          [
            "disaggregation": labels[cell.value.disaggregation],
            "group": groupLabel(report, cell, labels),
            "value": valueText(cell, labels), "n": nText(cell, labels),
            "valueHidden": cell.isValueHidden, "nHidden": cell.isCountHidden,
          ]
        },
      ]
    }
  }

  /// A group as the report's reader reads it: a stored gender or age limit in the report's
  /// language, a default category under the language's name for it (an event's own label
  /// stays), a session's title.
  static func groupLabel(_ report: IndicatorReport, _ cell: PublishedValue, _ labels: ReportLabels)
    -> String
  {
    let group = cell.value.group
    switch cell.value.disaggregation {
    case "gender" where DemographicValues.genders.contains(group):
      return labels["gender." + group]
    case "age_group" where group.hasPrefix("under-"):
      return labels.table.phrase("ageUnder", ["n": group.dropFirst("under-".count)])
    case "category" where report.categoryLabels[group] != nil:
      return ReportLabels.categoryName(group, label: report.categoryLabels[group], in: labels.categories)
    case "region", "country":
      return labels.placeName(cell.value.disaggregation, group)
        ?? report.groupLabel(cell.value, notGiven: labels["notGiven"], merged: labels["otherOrNotStated"])
    default:
      return report.groupLabel(cell.value, notGiven: labels["notGiven"], merged: labels["otherOrNotStated"])
    }
  }

  /// An indicator's label in the report's language; a count of places (countries, cities
  /// represented) says whom it counts (those who attended, or those confirmed), since it may
  /// count fewer than the registered.
  static func indicatorLabel(_ report: IndicatorReport, _ definition: IndicatorDefinition, _ labels: ReportLabels)
    -> String
  {
    let label = definition.label(in: labels.language)
    guard [.cities, .countries].contains(definition.measure),
      let population = report.total(event: report.headline, indicator: definition.id)?.value.population,
      let among = labels.table.words["among." + population]
    else { return label }
    return "\(label) (\(among))"
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
