import ConveneCore
import ConveneEvaluation

/// The four charts of a report, drawn from its published cells.
struct ReportCharts {
  /// One chart: its title (also its caption) and its SVG.
  struct Chart {
    let title: String
    let svg: String
  }

  let report: IndicatorReport
  let labels: ReportLabels

  var event: String { report.headline }

  /// Participants by category: attended when attendance was recorded, else confirmed.
  func participationByCategory() -> Chart? {
    let measure: IndicatorDefinition.Measure =
      report.definition(measure: .attended).flatMap({ report.total(event: event, indicator: $0.id) }
      ) != nil
      ? .attended : .confirmed
    guard let definition = report.definition(measure: measure) else { return nil }
    let cells = report.values(event: event, indicator: definition.id).filter {
      $0.value.disaggregation == "category"
    }
    guard !cells.isEmpty else { return nil }
    return chart(
      id: "chart-participation",
      title: "\(labels["participationByCategory"]) (\(labels[measure.rawValue]))",
      bars: cells.map { SVGChart.Bar(label: label($0), value: $0.shownValue, text: text($0)) })
  }

  /// Registered, confirmed, attended.
  func funnel() -> Chart? {
    let steps: [IndicatorDefinition.Measure] = [.registered, .confirmed, .attended]
    let bars = steps.compactMap { measure -> SVGChart.Bar? in
      guard let definition = report.definition(measure: measure),
        let cell = report.total(event: event, indicator: definition.id)
      else { return nil }
      return SVGChart.Bar(
        label: labels[measure.rawValue], value: cell.shownValue, text: text(cell))
    }
    guard bars.count >= 2 else { return nil }
    return chart(id: "chart-funnel", title: labels["funnel"], bars: bars)
  }

  /// How many gave each answer to the first distribution indicator.
  func satisfaction() -> Chart? {
    guard let definition = report.definition(measure: .distribution) else { return nil }
    let cells = report.values(event: event, indicator: definition.id).filter {
      $0.value.disaggregation == "answer"
    }
    guard let total = report.total(event: event, indicator: definition.id), total.value.n > 0 else {
      return nil
    }
    return chart(
      id: "chart-satisfaction", title: definition.label(in: labels.language),
      bars: cells.map {
        SVGChart.Bar(label: $0.value.group, value: $0.shownValue, text: text($0))
      })
  }

  /// The mean before and after, overall and by category.
  func knowledge() -> Chart? {
    guard let change = report.definition(measure: .change),
      let before = report.definition(measure: .mean, question: change.before),
      let after = report.definition(measure: .mean, question: change.after)
    else { return nil }
    let beforeCells = report.values(event: event, indicator: before.id)
    let afterCells = report.values(event: event, indicator: after.id)
    var bars: [SVGChart.Bar] = []
    for cell in beforeCells
    where cell.value.disaggregation == "total" || cell.value.disaggregation == "category" {
      guard
        let match = afterCells.first(where: {
          $0.value.disaggregation == cell.value.disaggregation && $0.value.group == cell.value.group
        })
      else { continue }
      let name = cell.value.isTotal ? labels["all"] : label(cell)
      for (series, published) in [cell, match].enumerated() {
        bars.append(
          SVGChart.Bar(
            label: series == 0 ? name : "", value: published.shownValue,
            text: text(published), series: series))
      }
    }
    guard !bars.isEmpty, beforeCells.first?.value.value != nil else { return nil }
    return chart(
      id: "chart-knowledge", title: labels["knowledge"], bars: bars, maximum: 5,
      series: [labels["before"], labels["after"]])
  }

  /// What a bar says: the published value, or the hidden mark.
  func text(_ cell: PublishedValue) -> String { ReportRenderer.valueText(cell, labels) }

  func label(_ cell: PublishedValue) -> String {
    ReportRenderer.groupLabel(report, cell, labels)
  }

  func chart(
    id: String, title: String, bars: [SVGChart.Bar], maximum: Double? = nil, series: [String] = []
  ) -> Chart {
    let title = labels.text(title)
    return Chart(
      title: title,
      svg: SVGChart.bars(
        id: id, title: title, bars: bars, maximum: maximum, series: series, leftToRight: labels.isRightToLeft))
  }

  /// Every chart there is data for.
  var all: [Chart] {
    [participationByCategory(), funnel(), satisfaction(), knowledge()].compactMap { $0 }
  }
}
