import ConveneCore
import ConveneJSON

/// `framework.json`: the results framework.
public enum FrameworkFile {
  /// The file's name in the network folder.
  public static let name = "framework.json"

  static let resultFields = ["id", "title", "indicators", "outputs"]
  static let indicatorFields = [
    "id", "label", "measure", "question", "answers", "days", "disaggregate_by", "baseline", "targets",
    "source",
  ]

  /// The fields a measure is broken down by when the indicator does not say.
  public static func standardDisaggregations(_ measure: NetworkMeasure) -> [String] {
    switch measure.unit {
    case .people: ["category", "gender", "age_group", "region", "city_size", "event_kind"]
    case .cities: ["region", "city_size"]
    case .events: ["event_kind"]
    case .requests: ["region", "topic"]
    }
  }

  /// Reads the framework and the problems found; what could not be read is left out. The
  /// questions every indicator names (those left out for an error too) come with it, so that
  /// one no event asks is reported whatever else is wrong.
  public static func read(_ bytes: [UInt8]) -> (
    framework: ResultsFramework, findings: [Finding], questions: [NetworkChecker.QuestionMention]
  ) {
    var decoder = Decoder(reader: JSONFileReader(file: name))
    guard let document = decoder.reader.parse(bytes) else {
      return (ResultsFramework(), decoder.reader.findings, [])
    }
    decoder.reader.unknownMembers(document, "", known: ["title", "outcomes"])
    let title = decoder.reader.localized(document, "", "title")
    var outcomes: [ResultsFramework.Result] = []
    for (index, node) in decoder.reader.array(document, "", "outcomes", required: true).enumerated() {
      if let outcome = decoder.result(node, path: "outcomes[\(index)]", isOutcome: true) {
        outcomes.append(outcome)
      }
    }
    return (ResultsFramework(title: title, outcomes: outcomes), decoder.reader.findings, decoder.questions)
  }

  struct Decoder {
    var reader: JSONFileReader
    var resultIDs: [String: Int] = [:]
    var indicatorIDs: [String: Int] = [:]
    var questions: [NetworkChecker.QuestionMention] = []

    mutating func result(_ node: JSONNode, path: String, isOutcome: Bool) -> ResultsFramework.Result? {
      guard node.members != nil else {
        reader.error(path, node.line, "must be an object with id, title and indicators")
        return nil
      }
      reader.unknownMembers(
        node, path, known: isOutcome ? resultFields : resultFields.filter { $0 != "outputs" })
      guard let id = reader.identifier(node, path, "id") else { return nil }
      if let first = resultIDs[id] {
        reader.error("\(path).id", node.line, "\"\(id)\" is used twice (first on line \(first))")
      }
      resultIDs[id] = node.line
      let title = reader.localized(node, path, "title")
      if title.isEmpty { reader.error("\(path).title", node.line, "is missing") }
      var indicators: [FrameworkIndicator] = []
      for (index, item) in reader.array(node, path, "indicators").enumerated() {
        if let indicator = indicator(item, path: "\(path).indicators[\(index)]") {
          indicators.append(indicator)
        }
      }
      var outputs: [ResultsFramework.Result] = []
      if isOutcome {
        for (index, item) in reader.array(node, path, "outputs").enumerated() {
          if let output = result(item, path: "\(path).outputs[\(index)]", isOutcome: false) {
            outputs.append(output)
          }
        }
      }
      return ResultsFramework.Result(id: id, title: title, indicators: indicators, outputs: outputs)
    }

    mutating func indicator(_ node: JSONNode, path: String) -> FrameworkIndicator? {
      guard node.members != nil else {
        reader.error(path, node.line, "must be an object with id, label and measure")
        return nil
      }
      reader.unknownMembers(node, path, known: indicatorFields)
      let before = reader.findings.filter { $0.severity == .error }.count
      guard let id = reader.identifier(node, path, "id"),
        let measureText = reader.string(node, path, "measure", required: true)
      else { return nil }
      if let first = indicatorIDs[id] {
        reader.error("\(path).id", node.line, "\"\(id)\" is used twice (first on line \(first))")
      }
      indicatorIDs[id] = node.line
      if let question = node["question"]?.string {
        questions.append(
          NetworkChecker.QuestionMention(
            indicator: id, question: question, measure: NetworkMeasure(rawValue: measureText), line: node.line))
      }
      guard let measure = NetworkMeasure(rawValue: measureText) else {
        reader.error(
          "\(path).measure", node["measure"]?.line ?? node.line,
          "\"\(Identifier.shown(measureText))\" is not a measure",
          hint: NetworkMeasure.allCases.map(\.rawValue).joined(separator: ", "))
        return nil
      }
      var label = reader.localized(node, path, "label")
      if label.isEmpty { label = ["en": id] }
      let question = reader.string(node, path, "question")
      if (measure == .mean || measure == .share) && question == nil {
        reader.error("\(path).question", node.line, "is missing (the \(measure.rawValue) measure reads one feedback question)")
      }
      let answers = reader.array(node, path, "answers").compactMap { item -> String? in
        item.string ?? item.integer.map(String.init)
      }
      if measure == .share && answers.isEmpty {
        reader.error("\(path).answers", node.line, "the share measure needs the answers that count")
      }
      let days = reader.integer(node, path, "days", in: 0...Limits.eventSpanDays * 10, required: measure == .resolvedWithin)
      let disaggregations = disaggregations(node, path: path, measure: measure)
      let baseline = baseline(node, path: path)
      let targets = targets(node, path: path)
      let source = reader.string(node, path, "source") ?? ""
      guard reader.findings.filter({ $0.severity == .error }).count == before else { return nil }
      return FrameworkIndicator(
        id: id, label: label, measure: measure, question: question, answers: answers, days: days,
        disaggregations: disaggregations, baseline: baseline, targets: targets, source: source,
        line: node.line)
    }

    mutating func disaggregations(_ node: JSONNode, path: String, measure: NetworkMeasure) -> [String] {
      guard node["disaggregate_by"] != nil else { return FrameworkFile.standardDisaggregations(measure) }
      var fields: [String] = []
      for (index, item) in reader.array(node, path, "disaggregate_by").enumerated() {
        guard let field = item.string, measure.disaggregations.contains(field) else {
          reader.error(
            "\(path).disaggregate_by[\(index)]", item.line,
            "\"\(Identifier.shown(item.string ?? item.typeName))\" is not a field the \(measure.rawValue) measure is broken down by",
            hint: measure.disaggregations.joined(separator: ", "))
          continue
        }
        if !fields.contains(field) { fields.append(field) }
      }
      return fields
    }

    mutating func baseline(_ node: JSONNode, path: String) -> FrameworkIndicator.Baseline? {
      guard let value = reader.member(node, path, "baseline") else { return nil }
      let here = "\(path).baseline"
      guard value.members != nil else {
        reader.error(here, value.line, "must be an object with year and value")
        return nil
      }
      reader.unknownMembers(value, here, known: ["year", "value"])
      let year = reader.integer(value, here, "year", in: Limits.years, required: true)
      let number = reader.member(value, here, "value", required: true).flatMap {
        reader.number($0, "\(here).value", in: Limits.target)
      }
      guard let year, let number else { return nil }
      return FrameworkIndicator.Baseline(year: year, value: number)
    }

    mutating func targets(_ node: JSONNode, path: String) -> [Int: Double] {
      guard let value = reader.member(node, path, "targets") else { return [:] }
      guard let members = value.members else {
        reader.error("\(path).targets", value.line, "must be an object of targets by year (\"2027\": 50)")
        return [:]
      }
      var targets: [Int: Double] = [:]
      for (key, item) in members {
        let here = "\(path).targets.\(key)"
        guard key.count == 4, let year = Int(key), Limits.years.contains(year) else {
          reader.error(here, item.line, "\"\(Identifier.shown(key))\" is not a year from \(Limits.years.lowerBound) to \(Limits.years.upperBound)")
          continue
        }
        if let number = reader.number(item, here, in: Limits.target) { targets[year] = number }
      }
      return targets
    }
  }
}
