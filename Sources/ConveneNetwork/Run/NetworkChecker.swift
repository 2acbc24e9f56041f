import ConveneCore

/// The checks across the network's files: requests from member cities, framework questions
/// that some event asks, event ids used once, and the participants' cities that match no
/// member city (warnings, one per city and event).
public enum NetworkChecker {
  /// The problems across the files of `records` (each file's own are found where it is read).
  public static func check(_ records: NetworkRecords) -> [Finding] {
    var findings: [Finding] = []
    let cityIDs = Set(records.cities.map(\.id))
    for request in records.requests where !cityIDs.contains(request.city) {
      findings.append(
        .error(
          RequestsFile.name, line: request.line, field: "city", "\"\(request.city)\" is not a city of \(CitiesFile.name)",
          hint: "use the city's id"))
    }
    findings += frameworkQuestions(records)
    var seen: [String: String] = [:]
    for event in records.events {
      if let first = seen[event.id] {
        findings.append(
          .error(
            NetworkFile.name, line: event.line, field: "events", "\(event.path) is the event \(event.id), like \(first): each event counts once"))
      }
      seen[event.id] = event.path
    }
    findings += unmatchedCities(records)
    return findings
  }

  /// Framework indicators that read a feedback question no event asks (or not as a scale,
  /// for a mean).
  static func frameworkQuestions(_ records: NetworkRecords) -> [Finding] {
    var findings: [Finding] = []
    let questions = records.events.flatMap(\.records.evaluation.questions)
    for indicator in records.framework.indicators {
      guard let id = indicator.question else { continue }
      let asked = questions.filter { $0.id == id }
      if records.events.isEmpty { continue }
      if asked.isEmpty {
        findings.append(
          .error(
            FrameworkFile.name, line: indicator.line, field: "\(indicator.id).question",
            "no event of the network asks the question \"\(id)\""))
      } else if indicator.measure == .mean && !asked.contains(where: { $0.kind == .scale }) {
        findings.append(
          .error(
            FrameworkFile.name, line: indicator.line, field: "\(indicator.id).question",
            "\"\(id)\" is not a scale question, so it has no mean"))
      }
    }
    return findings
  }

  /// A warning for each city participants wrote that matches no member city.
  static func unmatchedCities(_ records: NetworkRecords) -> [Finding] {
    let matcher = CityMatcher(cities: records.cities)
    return records.events.flatMap { event in
      matcher.unmatched(in: event.records.plan).map { city in
        .warning(
          joinedPath(event.path, "participants.csv"), line: city.line, field: "city",
          "\"\(city.city)\" (\(city.country)) matches no member city; \(city.people) participant\(city.people == 1 ? " of \(city.event) counts" : "s of \(city.event) count") under other cities",
          hint: "add the city to \(CitiesFile.name), or this spelling to a member city's aliases")
      }
    }
  }

  /// `folder/name`.
  static func joinedPath(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }
}
