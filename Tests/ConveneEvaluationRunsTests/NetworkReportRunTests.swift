import ConveneCore
import ConveneEvaluationRuns
import ConveneNetwork
import ConveneTemplates
import ConveneWorkspace
import Foundation
import Testing

/// `network report` as one transaction, over a network folder of the Dakar example (after the
/// event) in memory.
@Suite struct NetworkReportRunTests {
  let dakar: DakarInMemory
  let folder: NetworkFolder

  init() throws {
    dakar = try DakarInMemory()
    try dakar.afterTheEvent()
    let root = dakar.workspace.root + "-network"
    let example = DakarInMemory.repository + "/Examples/network/"
    for name in ["cities.csv", "framework.json", "requests.csv"] {
      try dakar.files.write(try String(contentsOfFile: example + name, encoding: .utf8), to: joinPath(root, name))
    }
    try dakar.files.write(
      "{\n  \"title\": \"Network\",\n  \"languages\": [\"en\"],\n  \"events\": [\"\(dakar.workspace.root)\"]\n}\n",
      to: joinPath(root, NetworkFile.name))
    let files = dakar.files
    folder = NetworkFolder(root: root, fileSystem: files) { Workspace(root: $0, fileSystem: files) }
  }

  func report(audit: Bool = false, formats: [NetworkReportRun.Format] = NetworkReportRun.Format.allCases) throws
    -> NetworkReportRun.Outcome
  {
    try NetworkReportRun.run(
      folder, outside: dakar.files,
      request: .init(
        formats: formats, output: nil, language: nil, audit: audit,
        template: try #require(TemplateBundle.text(of: "network-report.html.mustache"))),
      standard: DakarInMemory.standard(), purpose: "test")
  }

  /// The writes made under the network folder or the workspace since `start`.
  func writes(since start: Int) -> [String] { Array(dakar.files.writes[start...]) }

  @Test func aReportWritesEachFormatsFilesAndRecordsWhatItShowed() throws {
    let outcome = try report()
    #expect(outcome.written && outcome.audit == nil)
    let reports = folder.path("reports")
    #expect(outcome.folder == reports)
    #expect(
      outcome.fileNames == ["network-report.html", "network-report.md", "indicators.csv", "cities.csv", "network-report.json"])
    for path in outcome.paths { #expect(dakar.files.text(path)?.isEmpty == false, "\(path)") }
    #expect(dakar.files.text(joinPath(reports, "indicators.csv"))!.hasPrefix("year,indicator,disaggregation,group,value,n,target\r\n"))
    #expect(outcome.report.events.count == 1)
    // The record the next report is checked against, written last.
    #expect(dakar.files.writes.last == folder.path(NetworkPublicationRecord.path))
    // One format: its files only.
    let start = dakar.files.writes.count
    #expect(try report(formats: [.csv]).fileNames == ["indicators.csv", "cities.csv"])
    #expect(
      writes(since: start) == [
        joinPath(reports, "indicators.csv"), joinPath(reports, "cities.csv"), folder.path(NetworkPublicationRecord.path),
      ])
  }

  @Test func anAuditedReportIsCheckedWithTheEventsOwnReports() throws {
    _ = try ReportRun.run(
      [dakar.workspace], outside: dakar.files,
      request: .init(
        formats: [.csv, .json], output: nil, language: nil, audit: false,
        template: try #require(TemplateBundle.text(of: "report.html.mustache"))),
      standard: DakarInMemory.standard(), newEdition: { "e1" }, purpose: "test")
    let outcome = try report(audit: true)
    #expect(outcome.written)
    #expect(outcome.audit?.result.passed == true)
    #expect(outcome.audit?.earlier == [dakar.path("reports")])
  }

  @Test func anEventReportThatGivesASmallGroupAwayStopsTheAuditedReportBeforeAnyWrite() throws {
    // Dakar's report as written before the disclosure policy: its three youngest respondents
    // are 40 less the 37 shown by age.
    let fixture = DakarInMemory.repository + "/Tests/ConveneDisclosureAuditTests/Fixtures/dakar-old-policy/"
    for name in ["indicators.csv", "indicators.json"] {
      try dakar.files.write(try String(contentsOfFile: fixture + name, encoding: .utf8), to: dakar.path("reports/" + name))
    }
    let start = dakar.files.writes.count
    let outcome = try report(audit: true)
    #expect(!outcome.written)
    let refusal = try #require(outcome.audit?.refusal)
    #expect(refusal.message.hasPrefix("the disclosure audit failed, nothing was written:\n"))
    #expect(refusal.message.contains("recoverable: dakar-2027 knowledge-after age_group 18-24 = 3"), "\(refusal.message)")
    #expect(writes(since: start).isEmpty)
  }

  @Test func aFolderWithErrorsIsRefusedWithEveryErrorInOrderAndNothingIsWritten() throws {
    let requests = try #require(dakar.files.text(folder.path("requests.csv")))
    try dakar.files.write(requests + "atlantis-zz,2027-13-45,funding,open,\r\n", to: folder.path("requests.csv"))
    try dakar.files.write(
      try #require(dakar.files.text(folder.path("cities.csv"))) + "broken-zz,Broken,ZZ,,,active,,\r\n",
      to: folder.path("cities.csv"))
    let start = dakar.files.writes.count
    #expect {
      try report()
    } throws: { error in
      guard let failure = error as? CommandFailure, failure.exitCode == 1 else { return false }
      let lines = failure.message.split(separator: "\n").map(String.init)
      // cities.csv before requests.csv, whatever order the checks found them in; the count last.
      let cities = lines.firstIndex { $0.hasPrefix("error: cities.csv:") && $0.contains("\"ZZ\"") }
      let request = lines.firstIndex { $0.hasPrefix("error: requests.csv:") && $0.contains("atlantis-zz") }
      return cities != nil && request != nil && cities! < request!
        && lines.last == "the network has \(lines.count - 1) errors; nothing was written (see `convene network check`)"
    }
    #expect(writes(since: start).isEmpty)
  }

  @Test func aReportUnderAHeldLockStopsWithExitCode3() throws {
    let start = dakar.files.writes.count
    let lock = try dakar.files.lock(folder.workspace.lockPath, purpose: "convene network report")
    defer { lock.release() }
    #expect {
      try report()
    } throws: { error in
      (error as? any ConveneError)?.exitCode == 3
    }
    #expect(writes(since: start).isEmpty)
  }
}
