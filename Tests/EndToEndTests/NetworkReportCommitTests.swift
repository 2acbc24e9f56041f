import Foundation
import Testing

/// `network report` writes its files and its record (`.convene/network-published.json`) as
/// one change: a folder where one of its files goes fails the report naming it, and leaves
/// the earlier report and record byte for byte as they were.
@Suite struct NetworkReportCommitTests {
  let runner = ConveneRunner()

  @Test func aFolderWhereAFileGoesLeavesTheEarlierReportAndRecord() throws {
    // A report under a threshold of 10, then one under 5, which shows more and records it.
    let network = try runner.networkExample()
    try runner.setThreshold(10, in: network)
    #expect(try runner.run("network", "report", "--network", network).status == 0)
    try runner.setThreshold(5, in: network)
    let reports = network + "/reports"
    let names = try FileManager.default.contentsOfDirectory(atPath: reports).sorted()
    #expect(names.count >= 3, "\(names)")
    let blocked = try #require(names.last)
    try FileManager.default.removeItem(atPath: reports + "/" + blocked)
    try FileManager.default.createDirectory(
      atPath: reports + "/" + blocked, withIntermediateDirectories: false)
    let paths = [network + "/.convene/network-published.json"] + names.map { reports + "/" + $0 }
    let before = paths.map(runner.bytes)

    let refused = try runner.run("network", "report", "--network", network)
    #expect(refused.status == 1)
    #expect(
      refused.error.contains("reports/\(blocked): cannot be replaced (Is a directory)"),
      "\(refused.error)")
    #expect(paths.map(runner.bytes) == before)
    for folder in [".convene", "reports"] {
      let left = try FileManager.default.contentsOfDirectory(atPath: network + "/" + folder).filter
      { $0.hasSuffix(".tmp") }
      #expect(left.isEmpty, "\(left)")
    }
    // With the folder gone, the report under 5 is written: files that the failed one kept
    // as they were change now.
    try FileManager.default.removeItem(atPath: reports + "/" + blocked)
    let rerun = try runner.run("network", "report", "--network", network)
    #expect(rerun.status == 0, "\(rerun.error)")
    #expect(
      Array(paths.map(runner.bytes).dropFirst().dropLast()) != Array(before.dropFirst().dropLast()))
  }
}
