import ConveneCSV
import ConveneCore
import ConveneWorkspace

/// `requests.csv`: the help desk's requests from member cities, one row each.
public enum RequestsFile {
  /// The file's name in the network folder.
  public static let name = "requests.csv"
  /// The columns.
  public static let columns = ["city", "date", "topic", "status", "resolved_on"]

  /// Reads the requests and the problems found in single rows (a row with an error is left
  /// out), and the city every row names with its line (rows left out too): that each is a
  /// member is checked against `cities.csv` by `NetworkChecker`.
  public static func read(_ bytes: [UInt8]) -> (
    requests: [HelpRequest], findings: [Finding], cities: [NetworkChecker.Mention]
  ) {
    guard !bytes.isEmpty else { return ([], [], []) }
    var file = CSVFile(name: name, bytes: bytes, expected: columns, required: ["city", "date", "topic"])
    var cities: [NetworkChecker.Mention] = []
    let requests = file.rows { row -> HelpRequest? in
      let before = row.findings.count
      let city = row.id("city")
      if !city.isEmpty { cities.append(NetworkChecker.Mention(name: city, line: row.line)) }
      let date = row.date("date")
      if row.text("date").isEmpty { row.error("date", "is empty", hint: "the day the request came in") }
      // A topic is a group of the report's breakdowns: one line, like a city's name.
      let topic = row.required("topic").isEmpty ? "" : row.singleLine("topic")
      let status = row.choice("status", default: HelpRequest.Status.open)
      let resolvedOn = row.date("resolved_on")
      if status == .resolved && resolvedOn == nil && row.text("resolved_on").isEmpty {
        row.error("resolved_on", "is empty for a resolved request", hint: "the day it was answered")
      }
      // A closed request may keep the day it was closed; one still open has no such day.
      if let status, [.open, .inProgress].contains(status), !row.text("resolved_on").isEmpty {
        row.error(
          "resolved_on", "is set for a request that is still \(status.rawValue)",
          hint: "set status to resolved (or closed), or leave resolved_on empty")
      }
      if let date, let resolvedOn, resolvedOn < date {
        row.error("resolved_on", "\(resolvedOn) is before the request came in (\(date))")
      }
      guard row.findings.count == before, let date, let status else { return nil }
      return HelpRequest(
        city: city, date: date, topic: topic, status: status, resolvedOn: resolvedOn, line: row.line)
    }
    return (requests, file.findings, cities)
  }

  /// The file's text.
  public static func write(_ requests: [HelpRequest]) -> String {
    CSVWriter.document(
      header: columns,
      rows: requests.map {
        [$0.city, $0.date.description, $0.topic, $0.status.rawValue, $0.resolvedOn?.description ?? ""]
      })
  }
}
