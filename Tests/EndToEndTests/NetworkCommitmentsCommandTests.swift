import Foundation
import Testing

/// A network folder over Tunis alone, through the binary: the attacker's arithmetic on the
/// commitments. Tunis's report shows commitments 32, Iraq 9, Jordan 7, Tunisia 6 and hides
/// Egypt, Lebanon and Morocco; Rabat, the only member city of Morocco, shown with 8 beside the
/// other cities' 0 made Morocco 8, so Egypt + Lebanon = 2 (Alexandria 1, Saida 1).
@Suite struct NetworkCommitmentsCommandTests {
  let runner = ConveneRunner()

  /// Tunis with its follow-ups collected and its report published; the example network folder
  /// over it alone.
  func tunisNetwork() throws -> String {
    let event = try runner.copyExample("tunis-2028", as: "tunis-2028")
    #expect(try runner.run("followup", "collect", runner.example("returns/tunis/followup"), "--workspace", event).status == 0)
    let report = try runner.run("report", "--workspace", event)
    #expect(report.status == 0, "\(report.error)")
    let network = try runner.copyExample("network", as: "network")
    let settings = runner.text(network + "/network.json")
    let events = try #require(settings.range(of: #""events": \[[^\]]*\]"#, options: .regularExpression))
    try settings.replacingCharacters(in: events, with: #""events": ["../tunis-2028"]"#)
      .write(toFile: network + "/network.json", atomically: true, encoding: .utf8)
    return network
  }

  /// The rows of a CSV file, split at commas (none of the compared fields holds one).
  func rows(_ path: String) -> [[String]] {
    runner.text(path).split(whereSeparator: \.isNewline).dropFirst().map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
  }

  /// The countries whose cell of `indicator` Tunis's own report hides.
  func hiddenCountries(_ indicator: String) -> Set<String> {
    Set(
      rows(runner.path("tunis-2028/reports/indicators.csv")).filter {
        $0[1] == indicator && $0[2] == "country" && $0[4] == "suppressed"
      }.map { $0[3] })
  }

  @Test func noCityShowsTheCommitmentsOfACountryTunisHid() throws {
    let network = try tunisNetwork()
    let result = try runner.run("network", "report", "--network", network)
    #expect(result.status == 0, "\(result.error)")
    let hidden = hiddenCountries("commitments")
    #expect(hidden.isSuperset(of: ["EG", "LB"]))
    let countries = Dictionary(uniqueKeysWithValues: rows(network + "/cities.csv").map { ($0[0], $0[2]) })
    let cells = rows(network + "/reports/cities.csv").filter { $0[1] == "2028" && $0[3] == "total" }
    let commitments = cells.filter { $0[2] == "commitments" }
    #expect(commitments.first { $0[0] == "other-cities" }?[5] == "0")
    for row in commitments where hidden.contains(countries[row[0]] ?? "") {
      #expect(row[5] == "suppressed" || row[5] == "0", "\(row[0]) shows \(row[5]) commitments")
    }
    #expect(commitments.first { $0[0] == "rabat-ma" }?[5] == "suppressed")
    // Who answered each question: a city of a country Tunis hid the respondents of shows no mean.
    let respondents = hiddenCountries("responses")
    for row in cells where row[2].hasPrefix("mean:") && respondents.contains(countries[row[0]] ?? "") {
      #expect(row[6] == "suppressed", "\(row[0]) shows \(row[2]) over \(row[6])")
    }
  }

  @Test func theAuditPassesTheReportOverTunisAlone() throws {
    let network = try tunisNetwork()
    let result = try runner.run("network", "report", "--network", network, "--audit")
    #expect(result.status == 0, "\(result.output) \(result.error)")
    #expect(result.output.contains("0 hidden cells recoverable"), "\(result.output)")
  }
}
