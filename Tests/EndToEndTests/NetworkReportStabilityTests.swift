import Foundation
import Testing

/// `convene network report` run again over the same records writes the same files.
@Suite struct NetworkReportStabilityTests {
  let runner = ConveneRunner()

  /// The files of `reports/` in `network`, by name.
  func files(_ network: String) throws -> [String: Data] {
    let reports = network + "/reports"
    let names = try FileManager.default.contentsOfDirectory(atPath: reports)
    return Dictionary(uniqueKeysWithValues: names.map { ($0, runner.bytes(reports + "/" + $0)) })
  }

  @Test func aSecondReportOfUnchangedRecordsIsByteForByteTheFirst() throws {
    // Dakar and Tunis only: the people of no member city took part in 2027 and none answered;
    // Dakar hides their countries' rows of no one among its respondents, so their means of no
    // one are listed hidden (a 0 would give those rows back).
    let network = try runner.networkExample()
    let settings = runner.text(network + "/network.json").replacingOccurrences(
      of: "\"../amman-global-summit\",", with: "")
    try settings.write(toFile: network + "/network.json", atomically: true, encoding: .utf8)
    let first = try runner.run("network", "report", "--network", network)
    #expect(first.status == 0, "\(first.error)")
    let firstFiles = try files(network)
    let record = runner.bytes(network + "/.convene/network-published.json")
    let second = try runner.run("network", "report", "--network", network)
    #expect(second.status == 0, "\(second.error)")
    #expect(firstFiles.count == 5)
    #expect(try files(network) == firstFiles)
    // Nothing changed, so no new edition is recorded.
    #expect(runner.bytes(network + "/.convene/network-published.json") == record)
    let cities = runner.text(network + "/reports/cities.csv")
    for question in ["satisfaction", "knowledge_before", "knowledge_after", "recommend"] {
      #expect(
        cities.contains("\r\nother-cities,2027,mean:\(question),total,all,suppressed,suppressed\r\n"), "\(question)")
    }
    // The JSON alone, a third time, lists them too.
    let json = try runner.run("network", "report", "--network", network, "--format", "json")
    #expect(json.status == 0, "\(json.error)")
    #expect(runner.bytes(network + "/reports/network-report.json") == firstFiles["network-report.json"])
  }
}
