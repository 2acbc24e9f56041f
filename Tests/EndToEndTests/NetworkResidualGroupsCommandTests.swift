import Foundation
import Testing

/// A network over an event whose residual groups are its own, through the binary: the
/// attacker's 69 − 34 − 26 − 7 = 2 rebuilt from the files `report` and `network report` write.
@Suite struct NetworkResidualGroupsCommandTests {
  let runner = ConveneRunner()

  /// Tunis with "prefer not to say" an answer, not a residual group, and 6 of the women who
  /// came giving `other` (who came: man 34, woman 26, other 6, non-binary 2, prefer not to say
  /// 1), its report published and its follow-ups collected; a network folder over it alone.
  func tunisNetwork() throws -> (event: String, network: String) {
    let event = try runner.copyExample("tunis-2028", as: "tunis")
    let settings = runner.text(event + "/event.json").replacingOccurrences(
      of: "\"capacity\": 80,",
      with: "\"capacity\": 80, \"disclosure\": {\"threshold\": 5, \"residual_groups\": [\"other\", \"not-given\", \"unknown\"]},")
    try settings.write(toFile: event + "/event.json", atomically: true, encoding: .utf8)
    let came = Set(
      runner.text(event + "/attendance.csv").split(whereSeparator: \.isNewline).filter { $0.contains(",present,") }
        .map { String($0.prefix { $0 != "," }) })
    var changed = 0
    let rows = runner.text(event + "/participants.csv").split(whereSeparator: \.isNewline).map {
      line -> String in
      var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      guard changed < 6, fields.count > 9, came.contains(fields[0]), fields[9] == "woman" else { return String(line) }
      fields[9] = "other"
      changed += 1
      return fields.joined(separator: ",")
    }
    #expect(changed == 6)
    try (rows.joined(separator: "\r\n") + "\r\n").write(toFile: event + "/participants.csv", atomically: true, encoding: .utf8)
    let report = try runner.run("report", "--workspace", event)
    #expect(report.status == 0, "\(report.error)")
    for batch in ["followup", "followup-late"] {
      #expect(try runner.run("followup", "collect", runner.example("returns/tunis/\(batch)"), "--workspace", event).status == 0)
    }
    let network = runner.path("network")
    #expect(try runner.run("network", "init", network, "--events", event).status == 0)
    for file in ["cities.csv", "framework.json", "requests.csv"] {
      try FileManager.default.removeItem(atPath: network + "/" + file)
      try FileManager.default.copyItem(atPath: runner.example("network/" + file), toPath: network + "/" + file)
    }
    return (event, network)
  }

  /// The rows of `year,indicator,...` of a CSV file whose indicator and field are given:
  /// group → value as written.
  func rows(_ file: String, _ first: String, _ indicator: String, _ field: String) -> [String: String] {
    var result: [String: String] = [:]
    for line in runner.text(file).split(whereSeparator: \.isNewline) {
      let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      if cells.count > 5, cells[0] == first, cells[1] == indicator, cells[2] == field { result[cells[3]] = cells[4] }
    }
    return result
  }

  @Test func theNetworkHidesTheMergedGroupTheEventHidAndItsAuditPasses() throws {
    let (event, network) = try tunisNetwork()
    let own = rows(event + "/reports/indicators.csv", "tunis-2028", "attended", "gender")
    #expect(own["man"] == "34" && own["woman"] == "26" && own["non-binary"] == "suppressed", "\(own)")
    let result = try runner.run("network", "report", "--network", network)
    #expect(result.status == 0, "\(result.error)")
    let genders = rows(network + "/reports/indicators.csv", "2028", "participants", "gender")
    let total = rows(network + "/reports/indicators.csv", "2028", "participants", "total")["all"]
    #expect(total == "69")
    #expect(genders["other-or-not-stated"] == "suppressed" && genders["non-binary"] == "suppressed", "\(genders)")
    // The attacker's subtraction leaves the 2 non-binary people with the 7 others.
    var rest = Int(total ?? "") ?? 0
    for (group, value) in genders { rest -= Int(value) ?? Int(own[group] ?? "") ?? 0 }
    #expect(rest == 9)
    let audit = try runner.run("network", "report", "--audit", "--network", network)
    #expect(audit.status == 0, "\(audit.output) \(audit.error)")
  }

  @Test func aMainGroupAmongTheResidualGroupsOrNoEventIsRefusedWithItsLine() throws {
    let (_, network) = try tunisNetwork()
    let settings = runner.text(network + "/network.json")
    try settings.replacingOccurrences(of: "\"events\"", with: "\"disclosure\": {\"residual_groups\": [\"woman\"]},\n  \"events\"")
      .write(toFile: network + "/network.json", atomically: true, encoding: .utf8)
    let check = try runner.run("network", "check", "--network", network)
    #expect(check.status == 1)
    #expect(
      check.output.split(separator: "\n").contains {
          $0.hasPrefix("error: network.json:") && $0.contains(": disclosure.residual_groups[0]: \"woman\" is not a residual group")
        }, "\(check.output)")
    let report = try runner.run("network", "report", "--network", network)
    #expect(report.status == 1 && report.error.contains("nothing was written"), "\(report.error)")
    #expect(!FileManager.default.fileExists(atPath: network + "/reports"))
    try #"{ "title": "Strong Cities", "events": [] }"#.write(toFile: network + "/network.json", atomically: true, encoding: .utf8)
    let empty = try runner.run("network", "check", "--network", network)
    #expect(empty.status == 1)
    #expect(empty.output.contains("error: network.json:1: events: lists no event workspace"), "\(empty.output)")
    let none = try runner.run("network", "report", "--network", network)
    #expect(none.status == 1 && none.error.contains("nothing was written"), "\(none.error)")
    #expect(!FileManager.default.fileExists(atPath: network + "/reports"))
  }
}
