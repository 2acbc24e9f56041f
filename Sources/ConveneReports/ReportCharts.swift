import ConveneCore
import ConveneEvaluation

/// The four charts of a report, drawn from its published cells.
struct ReportCharts {
  let report: IndicatorReport
  let labels: ReportLabels

  var event: String { report.headline }

  /// Participants by category: attended when attendance was recorded, else confirmed.
  func participationByCategory() -> String? {
    let measure: IndicatorDefinition.Measure =
      report.definition(measure: .attended).flatMap({ report.total(event: event, indicator: $0.id) }
      ) != nil
      ? .attended : .confirmed
    guard let definition = report.definition(measure: measure) else { return nil }
    let cells = report.values(event: event, indicator: definition.id).filter {
      $0.value.disaggregation == "category"
    }
    guard !cells.isEmpty else { return nil }
    return SVGChart.bars(
      id: "chart-participation",
      title: "\(labels["participationByCategory"]) (\(labels[measure.rawValue]))",
      bars: cells.map { cell in
        SVGChart.Bar(
          label: label(cell), value: cell.suppression == nil ? cell.value.value : nil,
          text: cell.valueText)
      })
  }

  /// Registered, confirmed, attended.
  func funnel() -> String? {
    let steps: [IndicatorDefinition.Measure] = [.registered, .confirmed, .attended]
    let bars = steps.compactMap { measure -> SVGChart.Bar? in
      guard let definition = report.definition(measure: measure),
        let cell = report.total(event: event, indicator: definition.id)
      else { return nil }
      return SVGChart.Bar(
        label: labels[measure.rawValue], value: cell.suppression == nil ? cell.value.value : nil,
        text: cell.valueText)
    }
    guard bars.count >= 2 else { return nil }
    return SVGChart.bars(id: "chart-funnel", title: labels["funnel"], bars: bars)
  }

  /// How many gave each answer to the first distribution indicator.
  func satisfaction() -> String? {
    guard let definition = report.definition(measure: .distribution) else { return nil }
    let cells = report.values(event: event, indicator: definition.id).filter {
      $0.value.disaggregation == "answer"
    }
    guard let total = report.total(event: event, indicator: definition.id), total.value.n > 0 else {
      return nil
    }
    return SVGChart.bars(
      id: "chart-satisfaction", title: definition.label(in: labels.language),
      bars: cells.map { cell in
        SVGChart.Bar(
          label: cell.value.group, value: cell.suppression == nil ? cell.value.value : nil,
          text: cell.valueText)
      })
  }

  /// The mean before and after, overall and by category.
  func knowledge() -> String? {
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
            label: series == 0 ? name : "",
            value: published.suppression == nil ? published.value.value : nil,
            text: published.valueText, series: series))
      }
    }
    guard !bars.isEmpty, beforeCells.first?.value.value != nil else { return nil }
    return SVGChart.bars(
      id: "chart-knowledge", title: labels["knowledge"], bars: bars, maximum: 5,
      series: [labels["before"], labels["after"]])
  }

  func label(_ cell: PublishedValue) -> String {
    cell.value.group == IndicatorCalculator.notGiven
      ? labels["notGiven"] : report.groupLabel(cell.value)
  }

  /// Every chart there is data for, with its title.
  var all: [(title: String, svg: String)] {
    [participationByCategory(), funnel(), satisfaction(), knowledge()].compactMap { svg in
      guard let svg else { return nil }
      // The title element holds the escaped title; show the same text as the caption.
      let start = svg.range(of: "-title\">")!.upperBound
      let end = svg.range(of: "</title>", range: start..<svg.endIndex)!.lowerBound
      return (String(svg[start..<end]), svg)
    }
  }
}
