import ConveneCore
import ConveneNetwork
import Mustache

extension NetworkReportRenderer {
  /// What the Markdown and HTML reports show, worked out once for both.
  public struct Pages: Sendable {
    let view: NetworkReportView

    /// The pages of `report` in `labels`' language.
    public init(_ report: NetworkReport, labels: NetworkLabels) {
      view = NetworkReportView(report: report, labels: labels)
    }
  }

  /// `network-report.md`: the framework's indicators year by year, then the city records.
  public static func markdown(_ report: NetworkReport, labels: NetworkLabels) -> String {
    markdown(Pages(report, labels: labels))
  }

  /// `network-report.md` of `pages`.
  public static func markdown(_ pages: Pages) -> String {
    let view = pages.view
    let (report, labels) = (view.report, view.labels)
    var lines = ["# \(title(report, labels).markdownEscaped)", ""]
    lines += ["| \(labels["event"]) | \(labels["kind"]) | \(labels["dates"]) |", "|---|---|---|"]
    for event in report.events {
      lines.append("| \(event.title.markdownEscaped) (\(event.id.markdownEscaped)) | \(labels.eventKind(event.kind).markdownEscaped) | \(event.dates) |")
    }
    let framework = report.framework.title[labels.language] ?? report.framework.title["en"] ?? labels["framework"]
    lines += ["", "_\(privacy(report, labels).markdownEscaped)_", "", "## \(framework.markdownEscaped)", ""]
    for result in view.results {
      lines += ["### \(result.level): \(result.title.markdownEscaped)", ""]
      for indicator in result.indicators { lines += markdownLines(of: indicator, in: view) }
    }
    lines += ["## \(labels["cityRecords"])", ""]
    for city in view.cities { lines += markdownLines(of: city, in: view) }
    if !report.quietCities.isEmpty {
      lines += ["_\(labels["quietCities"].markdownEscaped)_: " + report.quietCities.map { "\($0.name) (\($0.country))".markdownEscaped }.joined(separator: ", "), ""]
    }
    return lines.joined(separator: "\n")
  }

  /// One indicator of `network-report.md`: its measure and source, then its value, n and target
  /// year by year after the baseline.
  static func markdownLines(of indicator: NetworkReportView.Indicator, in view: NetworkReportView) -> [String] {
    let labels = view.labels
    var lines = ["#### \(indicator.label.markdownEscaped)", ""]
    lines.append(
      "\(labels["measure"]): `\(indicator.definition.measure.rawValue)`"
        + (indicator.definition.question.map { " (\($0.markdownEscaped))" } ?? "")
        + (indicator.definition.source.isEmpty ? "" : " · \(labels["source"]): \(indicator.definition.source.markdownEscaped)"))
    lines += ["", "| \(labels["year"]) | \(labels["value"]) | n | \(labels["target"]) |", "|---|---:|---:|---:|"]
    if let baseline = indicator.definition.baseline {
      lines.append("| \(baseline.year) (\(labels["baseline"])) | \(view.format(baseline.value, indicator.definition)) | | |")
    }
    for row in indicator.years {
      let target = row.target + (row.status.isEmpty ? "" : " (\(row.status))")
      lines.append(
        "| \(row.year) | \((row.cell.map(labels.value) ?? "–").markdownEscaped) | \((row.cell.map(labels.n) ?? "").markdownEscaped) | \(target) |")
    }
    lines.append("")
    return lines
  }

  /// One city's record in `network-report.md`: its years, then its officials.
  static func markdownLines(of city: NetworkReportView.City, in view: NetworkReportView) -> [String] {
    let (report, labels) = (view.report, view.labels)
    var lines = ["### \(city.name.markdownEscaped)", ""]
    if !city.details.isEmpty { lines += [city.details.markdownEscaped, ""] }
    lines.append(
      "| \(labels["year"]) | \(labels["events"]) | \(labels["participants"]) | \(labels["commitmentsMade"]) | \(labels["followedUp"]) | "
        + report.questions.map { "\($0.text(in: labels.language).markdownEscaped) |" }.joined(separator: " ")
        + " \(labels["requests"]) |")
    lines.append("|---|---|---|---:|---|" + String(repeating: "---:|", count: report.questions.count) + "---|")
    for year in city.years {
      let took = year.categories.isEmpty ? year.participants : "\(year.participants) (\(year.categories))"
      let followed = year.statuses.isEmpty ? year.followedUp : "\(year.followedUp) (\(year.statuses))"
      lines.append(
        "| \(year.year) | \(year.events.joined(separator: ", ").markdownEscaped) | \(took.markdownEscaped) | \(year.commitments.markdownEscaped) | \(followed.markdownEscaped) | "
          + year.means.map { "\($0.markdownEscaped) |" }.joined(separator: " ") + " \(year.requests.markdownEscaped) |")
    }
    let officials = city.officials
    if !officials.isEmpty {
      lines += [
        "",
        "\(labels["officials"]): "
          + officials.map { "\($0.name) (\($0.title); \($0.events.joined(separator: ", ")))".markdownEscaped }
          .joined(separator: "; "),
      ]
    }
    lines.append("")
    return lines
  }

  /// The note on small groups, with the threshold the report was published under.
  static func privacy(_ report: NetworkReport, _ labels: NetworkLabels) -> String {
    labels["networkPrivacy"].replacingOccurrences(of: "{threshold}", with: String(report.policy.threshold))
  }

  static func title(_ report: NetworkReport, _ labels: NetworkLabels) -> String {
    let years = report.years.isEmpty ? "" : report.years.count == 1 ? " \(report.years[0])" : " \(report.years.first!)–\(report.years.last!)"
    return "\(report.title)\(years)"
  }

  /// `network-report.html` from `template` (Mustache): escaped text, inline SVG line charts,
  /// print styles, nothing fetched from anywhere.
  public static func html(_ report: NetworkReport, labels: NetworkLabels, template: String) throws -> String {
    try html(Pages(report, labels: labels), template: template)
  }

  /// `network-report.html` of `pages`, from `template`.
  public static func html(_ pages: Pages, template: String) throws -> String {
    let view = pages.view
    let (report, labels) = (view.report, view.labels)
    let compiled = try MustacheTemplate(string: template)
    let results: [[String: Any]] = view.results.map { result in
      [
        "level": result.level, "title": result.title,
        "indicators": result.indicators.map { htmlContext(of: $0, in: view) },
      ]
    }
    let cities = view.cities.map(htmlContext(of:))
    let context: [String: Any] = [
      "lang": labels.language, "dir": labels.direction, "title": title(report, labels),
      "frameworkTitle": report.framework.title[labels.language] ?? report.framework.title["en"] ?? labels["framework"],
      "events": report.events.map { ["id": $0.id, "title": $0.title, "kind": labels.eventKind($0.kind), "dates": $0.dates] },
      "years": report.years.map(String.init), "results": results, "cities": cities,
      "questions": report.questions.map { $0.text(in: labels.language) },
      "quietCities": report.quietCities.map { "\($0.name) (\($0.country))" }.joined(separator: ", "),
      "hasQuietCities": !report.quietCities.isEmpty,
      "labels": labels.table.words, "privacy": privacy(report, labels),
    ]
    return compiled.render(context)
  }

  /// One indicator of the HTML report: its values year by year, chart and breakdown.
  static func htmlContext(of indicator: NetworkReportView.Indicator, in view: NetworkReportView) -> [String: Any] {
    let labels = view.labels
    var item: [String: Any] = [
      "id": indicator.definition.id, "label": indicator.label, "measure": indicator.definition.measure.rawValue,
      "question": indicator.definition.question ?? "", "hasQuestion": indicator.definition.question != nil,
      "source": indicator.definition.source, "hasSource": !indicator.definition.source.isEmpty,
      "years": indicator.years.map { row -> [String: Any] in
        [
          "year": String(row.year), "value": row.cell.map(labels.value) ?? "–", "n": row.cell.map(labels.n) ?? "",
          "hidden": row.cell?.suppression != nil, "target": row.target, "status": row.status,
          "hasStatus": !row.status.isEmpty, "met": row.met,
        ]
      },
      "svg": indicator.chart,
      "hasBreakdown": !indicator.breakdown.isEmpty,
      "breakdown": indicator.breakdown.map { row -> [String: Any] in
        [
          "label": row.label,
          "cells": row.cells.map { cell -> [String: Any] in
            ["value": cell.map(labels.value) ?? "–", "n": cell.map(labels.n) ?? "", "hidden": cell?.suppression != nil]
          },
        ]
      },
    ]
    if let baseline = indicator.definition.baseline {
      item["baseline"] = ["year": String(baseline.year), "value": view.format(baseline.value, indicator.definition)]
    }
    return item
  }

  /// One city's record in the HTML report.
  static func htmlContext(of city: NetworkReportView.City) -> [String: Any] {
    [
      "id": city.id, "name": city.name, "details": city.details, "hasDetails": !city.details.isEmpty,
      "years": city.years.map { year -> [String: Any] in
        [
          "year": String(year.year), "events": year.events.joined(separator: ", "),
          "participants": year.participants, "categories": year.categories, "commitments": year.commitments,
          "followedUp": year.followedUp, "statuses": year.statuses, "means": year.means, "requests": year.requests,
        ]
      },
      "officials": city.officials.map { ["name": $0.name, "title": $0.title, "events": $0.events.joined(separator: ", ")] },
      "hasOfficials": !city.officials.isEmpty,
    ]
  }
}
