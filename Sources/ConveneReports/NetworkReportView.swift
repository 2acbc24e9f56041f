import ConveneCore
import ConveneEvaluation
import ConveneNetwork

/// What the Markdown and HTML network reports show, worked out once from the published cells.
struct NetworkReportView: Sendable {
  /// One year of an indicator.
  struct YearRow {
    var year: Int
    var cell: PublishedNetworkValue?
    var target: String
    /// `met`, `not met`, or empty.
    var status: String
    var met: Bool
  }

  /// One group of an indicator's breakdown, across the years.
  struct GroupRow {
    var label: String
    var cells: [PublishedNetworkValue?]
  }

  /// One indicator.
  struct Indicator {
    var definition: FrameworkIndicator
    var label: String
    var years: [YearRow]
    var breakdown: [GroupRow]
    var chart: String
  }

  /// An outcome or an output with its indicators.
  struct Result {
    var level: String
    var title: String
    var indicators: [Indicator]
  }

  /// One year of a city record.
  struct CityYear {
    var year: Int
    var events: [String]
    var participants: String
    var categories: String
    var commitments: String
    var followedUp: String
    var statuses: String
    var means: [String]
    var requests: String
    var officials: [CityRecord.Official]
  }

  /// One city record (or the network's, or the other cities').
  struct City {
    var id: String
    var name: String
    var details: String
    var years: [CityYear]

    /// The officials named in any year, each once, with every event they took part in.
    var officials: [CityRecord.Official] {
      var merged: [CityRecord.Official] = []
      for official in years.flatMap(\.officials) {
        if let index = merged.firstIndex(where: { $0.name == official.name && $0.title == official.title }) {
          merged[index].events += official.events.filter { !merged[index].events.contains($0) }
        } else {
          merged.append(official)
        }
      }
      return merged
    }
  }

  let report: NetworkReport
  let labels: NetworkLabels
  /// The framework's outcomes and outputs, in order.
  private(set) var results: [Result] = []
  /// The network's record, then each city's.
  private(set) var cities: [City] = []

  /// What `report` shows in `labels`' language, worked out once (the city records on every
  /// core).
  init(report: NetworkReport, labels: NetworkLabels) {
    self.report = report
    self.labels = labels
    results = report.framework.outcomes.flatMap { outcome in
      [result(outcome, level: labels["outcome"])] + outcome.outputs.map { result($0, level: labels["output"]) }
    }
    cities = cityRecords()
  }

  func result(_ result: ResultsFramework.Result, level: String) -> Result {
    Result(level: level, title: result.title(in: labels.language), indicators: result.indicators.map(indicator))
  }

  func indicator(_ definition: FrameworkIndicator) -> Indicator {
    let years = report.years.map { year -> YearRow in
      let met = report.meetsTarget(definition, year: year)
      return YearRow(
        year: year, cell: report.cell(year: year, indicator: definition.id),
        target: definition.targets[year].map { format($0, definition) } ?? "",
        status: met.map { $0 ? labels["met"] : labels["notMet"] } ?? "", met: met ?? false)
    }
    var groups: [(key: String, label: String)] = []
    var seen = Set<String>()
    for year in report.years {
      for cell in report.cells(year: year, indicator: definition.id) where !cell.value.isTotal {
        let key = cell.value.disaggregation + "\u{1F}" + cell.value.group
        if seen.insert(key).inserted {
          groups.append((key, "\(labels[cell.value.disaggregation]): \(groupLabel(cell.value))"))
        }
      }
    }
    let ordered = definition.disaggregations.flatMap { field in groups.filter { $0.key.hasPrefix(field + "\u{1F}") } }
    let breakdown = ordered.map { group -> GroupRow in
      let parts = group.key.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
      return GroupRow(
        label: group.label,
        cells: report.years.map {
          report.cell(year: $0, indicator: definition.id, disaggregation: parts[0], group: parts[1])
        })
    }
    return Indicator(
      definition: definition, label: definition.label(in: labels.language), years: years, breakdown: breakdown,
      chart: chart(definition, years: years))
  }

  /// The trend: the yearly values, the targets (dashed) and the baseline as a first point.
  func chart(_ definition: FrameworkIndicator, years rows: [YearRow]) -> String {
    var years = report.years
    var values = rows.map { $0.cell?.shownValue }
    var notes = rows.map { row in row.cell.flatMap { $0.suppression == nil ? nil : labels.value($0) } ?? "" }
    var targets = report.years.map { definition.targets[$0] }
    if let baseline = definition.baseline, baseline.year < (years.first ?? Int.max) {
      years.insert(baseline.year, at: 0)
      values.insert(baseline.value, at: 0)
      notes.insert("", at: 0)
      targets.insert(nil, at: 0)
    }
    var series = [SVGLineChart.Series(name: labels["value"], values: values, notes: notes)]
    if targets.contains(where: { $0 != nil }) {
      series.append(SVGLineChart.Series(name: labels["target"], values: targets, notes: [], dashed: true))
    }
    return SVGLineChart.lines(
      id: "trend-\(definition.id)", title: definition.label(in: labels.language), years: years, series: series,
      maximum: definition.measure.kind == .percent ? 100 : nil)
  }

  func format(_ number: Double, _ definition: FrameworkIndicator) -> String {
    PublishedValue.format(number, kind: definition.measure.kind.indicatorKind)
  }

  /// A group as people read it.
  func groupLabel(_ value: NetworkValue) -> String {
    switch value.disaggregation {
    case "category":
      ReportLabels.categoryName(value.group, label: report.categoryLabels[value.group], in: labels.categories)
    case "city_size": value.group == CitySize.notGiven ? labels["notGiven"] : labels[value.group]
    case "status": labels.status(value.group)
    default:
      value.group == "not-given"
        ? labels["notGiven"] : ReportLabels.placeName(value.disaggregation, value.group, in: labels.table) ?? value.group
    }
  }

  func cityRecords() -> [City] {
    let network = City(
      id: NetworkValue.network, name: labels["allEvents"], details: "",
      years: report.years.map { cityYear(NetworkValue.network, CityRecord.Year(year: $0, events: [], officials: [])) })
    return [network]
      + ParallelMap.map(report.cities) { record in
        let name: String
        var details: [String] = []
        if let city = record.city {
          name = "\(city.name) (\(city.country))"
          details.append(city.region)
          if let joined = city.joined { details.append("\(labels["joined"]) \(joined)") }
          details.append("\(labels["membership"]): \(labels[city.status.rawValue])")
          details.append("\(labels["city_size"]): \(city.size == CitySize.notGiven ? labels["notGiven"] : labels[city.size])")
        } else {
          name = labels["nonMember"]
        }
        return City(
          id: record.scope, name: name, details: details.filter { !$0.isEmpty }.joined(separator: " · "),
          years: record.years.map { cityYear(record.scope, $0) })
      }
  }

  func cityYear(_ scope: String, _ summary: CityRecord.Year) -> CityYear {
    let year = summary.year
    func text(_ figure: String) -> String {
      report.cell(year: year, indicator: figure, scope: scope).map(shown) ?? "0"
    }
    func groups(_ figure: String) -> String {
      report.cells(year: year, indicator: figure, scope: scope).filter { !$0.value.isTotal }
        .map { "\(groupLabel($0.value)) \(shown($0))" }.joined(separator: " · ")
    }
    let means = report.questions.map { question in
      report.cell(year: year, indicator: CityRecordCalculator.Figure.mean(question.id), scope: scope).map(shown) ?? "–"
    }
    var requests = ""
    if let count = report.cell(year: year, indicator: CityRecordCalculator.Figure.requests, scope: scope) {
      let resolved = report.cell(year: year, indicator: CityRecordCalculator.Figure.requestsResolved, scope: scope)
      let days = report.cell(year: year, indicator: CityRecordCalculator.Figure.daysToResolve, scope: scope)
      requests = "\(count.valueText) (\(labels["resolved"]) \(resolved?.valueText ?? "0")"
        + (days.map { $0.valueText.isEmpty ? "" : ", \(labels["daysToResolve"]) \($0.valueText)" } ?? "") + ")"
    }
    return CityYear(
      year: year, events: summary.events, participants: text(CityRecordCalculator.Figure.participants),
      categories: groups(CityRecordCalculator.Figure.participants),
      commitments: text(CityRecordCalculator.Figure.commitments),
      followedUp: text(CityRecordCalculator.Figure.followedUp), statuses: groups(CityRecordCalculator.Figure.followedUp),
      means: means, requests: requests, officials: summary.officials)
  }

  /// A cell as the city tables show it: the value, or the hidden mark in words; a mean with its n.
  func shown(_ cell: PublishedNetworkValue) -> String {
    if cell.value.kind == .mean && cell.suppression == nil { return "\(cell.valueText) (n=\(cell.nText))" }
    return labels.value(cell)
  }
}
