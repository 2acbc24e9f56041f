import Foundation
import Testing

/// A city's breakdown in the network report lists every group of the network's, empty ones
/// included, through the binary: a city row listing only the groups it has would say that each
/// holds someone (Amman's 8 people over 5 listed categories: each 1 to 4).
@Suite struct NetworkCityGroupsCommandTests {
  let runner = ConveneRunner()

  /// The example network over Dakar 2027 and Tunis 2028 alone: Dakar's badge scans, feedback
  /// and follow-ups collected, Tunis's follow-ups, both events reported.
  func twoEventNetwork() throws -> String {
    for name in ["dakar-regional-workshop", "tunis-2028", "network"] { _ = try runner.copyExample(name, as: name) }
    let dakar = runner.path("dakar-regional-workshop")
    let tunis = runner.path("tunis-2028")
    #expect(try runner.run("attendance", "import", runner.example("returns/dakar/badge-scans.csv"), "--workspace", dakar).status == 0)
    #expect(try runner.run("feedback", "collect", runner.example("returns/dakar/feedback"), "--workspace", dakar).status == 0)
    for (workspace, returns) in [(dakar, "dakar"), (tunis, "tunis")] {
      #expect(try runner.run("followup", "collect", runner.example("returns/\(returns)/followup"), "--workspace", workspace).status == 0)
      #expect(try runner.run("report", "--workspace", workspace).status == 0)
    }
    let network = runner.path("network")
    let settings = runner.text(network + "/network.json").replacingOccurrences(
      of: "\"../amman-global-summit\",", with: "")
    try settings.write(toFile: network + "/network.json", atomically: true, encoding: .utf8)
    return network
  }

  /// The rows of `cities.csv`: scope, year, figure, field, group, value, n.
  func cityRows(_ network: String) -> [[String]] {
    runner.text(network + "/reports/cities.csv").split(separator: "\r\n").dropFirst().map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
  }

  @Test func everyCityListsTheNetworksGroupsAndNoneIsNarrowedToASmallOne() throws {
    let network = try twoEventNetwork()
    let result = try runner.run("network", "report", "--network", network)
    #expect(result.status == 0, "\(result.error)")
    let rows = cityRows(network)
    // The network's groups of each year, figure and field.
    var listed: [String: Set<String>] = [:]
    for row in rows where row[0] == "network" && row[3] != "total" {
      listed["\(row[1]) \(row[2]) \(row[3])", default: []].insert(row[4])
    }
    #expect(listed["2028 participants category"]?.count == 8)
    #expect(listed["2028 followed-up status"]?.count == 4)
    let tables = Dictionary(grouping: rows.filter { $0[0] != "network" }) { "\($0[0]) \($0[1]) \($0[2])" }
    var checked = 0
    for (_, table) in tables {
      guard let total = table.first(where: { $0[3] == "total" }), let people = Int(total[6]), people > 0 else { continue }
      for (field, groups) in Dictionary(grouping: table.filter { $0[3] != "total" }, by: { $0[3] }) {
        let key = "\(total[1]) \(total[2]) \(field)"
        #expect(Set(groups.map { $0[4] }) == listed[key], "\(total[0]) \(key): \(groups.map { $0[4] })")
        let hidden = groups.filter { $0[5] == "suppressed" }
        let rest = people - groups.compactMap { Int($0[5]) }.reduce(0, +)
        // What the hidden groups hold together: none, or enough that none is pinned to 1 to 4.
        #expect(rest == 0 || (rest >= 5 && hidden.count > 1), "\(total[0]) \(key): \(rest) in \(hidden.count)")
        checked += 1
      }
    }
    #expect(checked >= 5)
    let amman = rows.filter { $0[0] == "amman-jo" && $0[1] == "2028" && $0[2] == "participants" && $0[3] == "category" }
    #expect(amman.count == 8)
    #expect(amman.filter { $0[5] == "suppressed" }.count == 5)
    #expect(amman.first { $0[4] == "media" }?[5] == "0")
    let irbid = rows.filter { $0[0] == "irbid-jo" && $0[1] == "2028" && $0[2] == "followed-up" && $0[3] == "status" }
    #expect(irbid.map { $0[4] }.sorted() == ["done", "dropped", "in-progress", "not-started"])
    // The same rows in the JSON, and the audit passes with the events' own reports.
    let json = try JSONSerialization.jsonObject(with: Data(runner.text(network + "/reports/network-report.json").utf8)) as? [String: Any]
    let cells = (json?["city_values"] as? [[String: Any]]) ?? []
    let ammanJSON = cells.filter {
      $0["city"] as? String == "amman-jo" && $0["year"] as? Int == 2028 && $0["figure"] as? String == "participants"
        && $0["disaggregation"] as? String == "category"
    }
    #expect(ammanJSON.count == 8, "\(cells.first ?? [:])")
    let audit = try runner.run("network", "report", "--audit", "--network", network)
    #expect(audit.status == 0, "\(audit.output) \(audit.error)")
  }
}
