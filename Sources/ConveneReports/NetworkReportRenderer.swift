import ConveneCSV
import ConveneCore
import ConveneEvaluation
import ConveneJSON
import ConveneNetwork

/// Writes a network report: the framework's indicators as long-form CSV, the city records as
/// CSV, everything as JSON, and a Markdown and an HTML report (line charts as inline SVG).
public enum NetworkReportRenderer {
  /// The columns of `indicators.csv`.
  public static let csvColumns = ["year", "indicator", "disaggregation", "group", "value", "n", "target"]
  /// The columns of `cities.csv`.
  public static let cityColumns = ["city", "year", "figure", "disaggregation", "group", "value", "n"]

  /// `indicators.csv`: one row per cell of the framework's indicators, hidden values and n as
  /// `suppressed`.
  public static func csv(_ report: NetworkReport) -> String {
    CSVWriter.document(
      header: csvColumns,
      rows: report.frameworkValues.map { cell in
        [
          String(cell.value.year), cell.value.indicator, cell.value.disaggregation, cell.value.group,
          cell.valueText, cell.nText, cell.targetText,
        ]
      })
  }

  /// `cities.csv`: one row per cell of the city records (`network` for the network's rows
  /// they add up to, `other-cities` for people from no member city).
  public static func citiesCSV(_ report: NetworkReport) -> String {
    CSVWriter.document(
      header: cityColumns,
      rows: report.cityValues.map { cell in
        [
          cell.value.scope, String(cell.value.year), figureName(cell.value.indicator), cell.value.disaggregation,
          cell.value.group, cell.valueText, cell.nText,
        ]
      })
  }

  /// A city figure's name without its `city:` prefix (`participants`, `mean:satisfaction`).
  static func figureName(_ indicator: String) -> String {
    indicator.hasPrefix("city:") ? String(indicator.dropFirst(5)) : indicator
  }

  /// `network-report.json`: the events, the framework with each indicator's definition,
  /// baseline and targets, every cell, and the city records.
  public static func json(_ report: NetworkReport) -> String {
    func cell(_ cell: PublishedNetworkValue, scope: Bool) -> JSONNode {
      var members: [(String, JSONNode?)] = []
      if scope { members.append(("city", .string(cell.value.scope))) }
      members += [
        ("year", .number(cell.value.year)),
        (scope ? "figure" : "indicator", .string(scope ? figureName(cell.value.indicator) : cell.value.indicator)),
        ("disaggregation", .string(cell.value.disaggregation)), ("group", .string(cell.value.group)),
        ("value", cell.hiddenText.map(JSONNode.string) ?? cell.value.value.map { number($0, cell.value.kind) } ?? .null),
        ("n", cell.isCountHidden ? .string(PublishedValue.hiddenMark) : .number(cell.value.n)),
      ]
      if !scope { members.append(("target", cell.value.target.map(JSONNode.number) ?? .null)) }
      // The people the cell counts, as `report` names them: cells of the same people are one
      // number to an attacker, and `network report --audit` reads them so.
      if let population = cell.value.population { members.append(("population", .string(population))) }
      if let numerator = cell.value.numeratorPopulation { members.append(("numerator_population", .string(numerator))) }
      return .object(members)
    }
    let document = JSONNode.object([
      ("title", .string(report.title)),
      ("years", .array(report.years.map { .number($0) })),
      ("disclosure", ReportRenderer.disclosure(report.policy)),
      (
        "events",
        .array(
          report.events.map {
            .object([
              ("id", .string($0.id)), ("title", .string($0.title)), ("kind", .string($0.kind)),
              ("dates", .string($0.dates)), ("year", .number($0.year)),
              ("editions", .object($0.editions.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
              ("attendance_recorded", .bool($0.recordedAttendance)),
            ])
          })
      ),
      ("framework", framework(report.framework)),
      ("values", .array(report.frameworkValues.map { cell($0, scope: false) })),
      ("cities", .array(report.cities.map(city))),
      ("city_values", .array(report.cityValues.map { cell($0, scope: true) })),
    ])
    return JSONWriter.string(document)
  }

  static func number(_ value: Double, _ kind: NetworkMeasure.Kind) -> JSONNode {
    .number(Double(PublishedValue.format(value, kind: kind.indicatorKind)) ?? value)
  }

  static func framework(_ framework: ResultsFramework) -> JSONNode {
    func indicator(_ indicator: FrameworkIndicator) -> JSONNode {
      .object([
        ("id", .string(indicator.id)), ("label", texts(indicator.label)),
        ("measure", .string(indicator.measure.rawValue)), ("question", indicator.question.map(JSONNode.string)),
        ("answers", indicator.answers.isEmpty ? nil : .strings(indicator.answers)),
        ("days", indicator.days.map { .number($0) }),
        ("disaggregate_by", .strings(indicator.disaggregations)),
        (
          "baseline",
          indicator.baseline.map { .object([("year", .number($0.year)), ("value", .number($0.value))]) }
        ),
        (
          "targets",
          .object(indicator.targets.sorted { $0.key < $1.key }.map { (String($0.key), JSONNode.number($0.value)) })
        ),
        ("source", .string(indicator.source)),
      ])
    }
    func result(_ item: ResultsFramework.Result) -> JSONNode {
      .object([
        ("id", .string(item.id)), ("title", texts(item.title)),
        ("indicators", .array(item.indicators.map(indicator))),
        ("outputs", item.outputs.isEmpty ? nil : .array(item.outputs.map { result($0) })),
      ])
    }
    return .object([("title", texts(framework.title)), ("outcomes", .array(framework.outcomes.map(result)))])
  }

  static func texts(_ texts: [String: String]) -> JSONNode {
    .object(texts.sorted { $0.key < $1.key }.map { ($0.key, JSONNode.string($0.value)) })
  }

  static func city(_ record: CityRecord) -> JSONNode {
    let city = record.city
    return .object([
      ("id", .string(record.scope)), ("name", city.map { .string($0.name) }),
      ("country", city.map { .string($0.country) }), ("region", city.map { .string($0.region) }),
      ("joined", city?.joined.map { .string($0.description) }), ("status", city.map { .string($0.status.rawValue) }),
      ("size", city.map { .string($0.size) }),
      (
        "years",
        .array(
          record.years.map { year in
            .object([
              ("year", .number(year.year)), ("events", .strings(year.events)),
              (
                "officials",
                .array(
                  year.officials.map {
                    .object([("name", .string($0.name)), ("title", .string($0.title)), ("events", .strings($0.events))])
                  })
              ),
            ])
          })
      ),
    ])
  }
}
