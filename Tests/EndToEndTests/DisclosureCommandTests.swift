import Foundation
import Testing

/// The disclosure policy of `event.json`, the record of what reports hid, and `report --audit`,
/// end to end on the Dakar example after the event.
@Suite struct DisclosureCommandTests {
  let runner = ConveneRunner()

  func text(_ path: String) -> String { String(decoding: runner.bytes(path), as: UTF8.self) }

  /// Sets `disclosure` in the workspace's `event.json`.
  func setDisclosure(_ ws: String, _ json: String) throws {
    let event = text(ws + "/event.json")
    var lines = event.components(separatedBy: "\n")
    if let index = lines.firstIndex(where: { $0.contains("\"disclosure\"") }) { lines.remove(at: index) }
    lines.insert("  \"disclosure\": \(json),", at: 1)
    try lines.joined(separator: "\n").write(toFile: ws + "/event.json", atomically: true, encoding: .utf8)
  }

  /// A workshop `name` (starter files) whose people, one per row, have a gender, and answered
  /// satisfaction and recommendation as given (knowledge 3 then 4, intend to act yes), their
  /// feedback collected.
  func workshop(_ name: String, _ rows: [(gender: String, satisfaction: Int, recommend: Int)]) throws -> String {
    let ws = runner.path(name)
    let created = try runner.run("init", ws, "--kind", "workshop", "--start", "2027-05-03", "--timezone", "UTC")
    #expect(created.status == 0, "\(created.error)")
    var people = ["id,name,email,category,city,country,gender,age_group,languages,publish_name,status"]
    var forms = ["participant,submitted_at,satisfaction,knowledge_before,knowledge_after,intend_to_act,recommend"]
    for (index, row) in rows.enumerated() {
      let id = String(format: "p%03d", index + 1)
      people.append("\(id),Person \(index + 1),\(id)@example.org,civil-society,Dakar,SN,\(row.gender),35-44,en,no,confirmed")
      forms.append("\(id),2027-05-04T18:00:00Z,\(row.satisfaction),3,4,yes,\(row.recommend)")
    }
    try (people.joined(separator: "\n") + "\n").write(toFile: ws + "/participants.csv", atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(atPath: runner.path("fb-\(name)"), withIntermediateDirectories: true)
    _ = try runner.write(forms.joined(separator: "\n") + "\n", to: "fb-\(name)/fb.csv")
    let collected = try runner.run("feedback", "collect", runner.path("fb-\(name)"), "--workspace", ws)
    #expect(collected.status == 0, "\(collected.output) \(collected.error)")
    return ws
  }

  @Test func theAuditPassesOnTheDakarReportAndTheReportsAreWritten() throws {
    let ws = try runner.dakarAfterTheEvent()
    let result = try runner.run("report", "--audit", "--workspace", ws)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("Disclosure audit of this report: 0 hidden cells recoverable of "))
    let csv = text(ws + "/reports/indicators.csv")
    // The women are shown; the one person who preferred not to say is hidden with the men.
    #expect(csv.contains("dakar-2027,registered,gender,woman,25,25,\r\n"))
    #expect(csv.contains("dakar-2027,registered,gender,prefer-not-to-say,suppressed,suppressed,\r\n"))
    #expect(csv.contains("dakar-2027,registered,gender,man,suppressed,suppressed,\r\n"))
    // The whole event's answers to a question are counted from 5 respondents, even 1 answer.
    #expect(csv.contains("dakar-2027,satisfaction-distribution,answer,2,1,1,\r\n"))
    // The record of what was hidden, read by the next report.
    #expect(text(ws + "/.convene/disclosure.json").contains("\"registered\""))
    // Audited again with the first report in the folder: the same figures, the same pattern.
    let again = try runner.run("report", "--audit", "--workspace", ws)
    #expect(again.status == 0, "\(again.error)")
    #expect(again.output.contains("with the reports in \(ws)/reports: 0 hidden cells recoverable"))
  }

  @Test func anEarlierReportThatCannotBeReadStopsTheAuditInsteadOfBeingLeftOut() throws {
    let ws = try runner.dakarAfterTheEvent()
    #expect(try runner.run("report", "--workspace", ws).status == 0)
    let markdown = ws + "/reports/report.md"
    try FileManager.default.removeItem(atPath: markdown)
    #expect(mkfifo(markdown, 0o600) == 0)
    let csv = runner.bytes(ws + "/reports/indicators.csv")
    let result = try runner.run("report", "--audit", "--workspace", ws)
    #expect(result.status == 1)
    #expect(result.error.contains("\(markdown): is not a plain file"), "\(result.error)")
    #expect(runner.bytes(ws + "/reports/indicators.csv") == csv)
  }

  @Test func narrowingTheResidualGroupsOnTheSameRecordsKeepsTheMergedGroupAndSaysSo() throws {
    // 8 women, 6 men, 6 who prefer not to say and one who gave no gender and rated 2.
    let genders = Array(repeating: "woman", count: 8) + Array(repeating: "man", count: 6)
      + Array(repeating: "prefer-not-to-say", count: 6) + [""]
    let ws = try workshop("ev5", genders.map { ($0, $0.isEmpty ? 2 : 4, $0.isEmpty ? 1 : 8) })
    #expect(try runner.run("report", "--audit", "--format", "csv", "--workspace", ws).status == 0)
    let first = text(ws + "/reports/indicators.csv")
    #expect(first.contains("ev5,registered,gender,other-or-not-stated,7,7,\r\n"))
    #expect(first.contains("ev5,satisfaction-mean,gender,other-or-not-stated,3.71,7,"))
    // Only "not-given" is residual now: "prefer not to say" 6 beside the 7 would be the one
    // person who gave no gender, and her rating.
    try setDisclosure(ws, #"{ "threshold": 5, "residual_groups": ["not-given"] }"#)
    let second = try runner.run("report", "--audit", "--format", "csv", "--workspace", ws, "--output", runner.path("out"))
    #expect(second.status == 0, "\(second.error)")
    #expect(
      second.output.contains(
        "Note: ev5: gender's residual groups are published merged into other-or-not-stated (not-given, other, prefer-not-to-say, unknown), as earlier reports of the event published them; disclosure.residual_groups in event.json does not change a field already published."
      ), "\(second.output)")
    let rows = { (csv: String) in csv.components(separatedBy: "\r\n").filter { $0.contains(",gender,") } }
    #expect(rows(text(runner.path("out/indicators.csv"))) == rows(first))
    #expect(!text(runner.path("out/indicators.csv")).contains(",gender,prefer-not-to-say,"))
  }

  @Test func aLowerThresholdLaterKeepsHiddenWhatTheFirstReportHidUnlessTheRecordIsLost() throws {
    let ws = try runner.dakarAfterTheEvent()
    try setDisclosure(ws, "{ \"threshold\": 10 }")
    #expect(try runner.run("report", "--workspace", ws).status == 0)
    let first = text(ws + "/reports/indicators.csv")
    #expect(first.contains("dakar-2027,responses,age_group,45-54,suppressed,suppressed,\r\n"))
    try setDisclosure(ws, "{ \"threshold\": 5 }")
    let kept = try runner.run("report", "--audit", "--workspace", ws, "--output", runner.path("kept"))
    #expect(kept.status == 0, "\(kept.error)")
    #expect(text(runner.path("kept/indicators.csv")).contains("dakar-2027,responses,age_group,45-54,suppressed,"))
    // Without the record, the second report shows groups the first hid: the audit sees it
    // and nothing is written.
    try FileManager.default.removeItem(atPath: ws + "/.convene/disclosure.json")
    let lost = try runner.run("report", "--audit", "--workspace", ws)
    #expect(lost.status == 1)
    #expect(lost.error.contains("the disclosure audit failed, nothing was written"))
    #expect(lost.error.contains("recoverable: dakar-2027 "))
    #expect(text(ws + "/reports/indicators.csv") == first)
    #expect(!FileManager.default.fileExists(atPath: ws + "/.convene/disclosure.json"))
  }

  @Test func aScoreHiddenBeforeStaysHiddenWhenItsIndicatorIsRenamedAndTheThresholdLowered() throws {
    let ws = try runner.dakarAfterTheEvent()
    try setDisclosure(ws, "{ \"threshold\": 10 }")
    #expect(try runner.run("report", "--workspace", ws).status == 0)
    #expect(text(ws + "/reports/indicators.csv").contains("dakar-2027,nps,age_group,25-34,suppressed,14,\r\n"))
    try setDisclosure(ws, "{ \"threshold\": 5 }")
    let event = text(ws + "/event.json")
    #expect(event.contains("\"id\": \"nps\","))
    try event.replacingOccurrences(of: "\"id\": \"nps\",", with: "\"id\": \"nps-v2\",")
      .write(toFile: ws + "/event.json", atomically: true, encoding: .utf8)
    let second = try runner.run("report", "--audit", "--workspace", ws, "--output", runner.path("renamed"))
    #expect(second.status == 0, "\(second.error)")
    let renamed = text(runner.path("renamed/indicators.csv"))
    #expect(renamed.contains("dakar-2027,nps-v2,age_group,25-34,suppressed,14,\r\n"))
    #expect(!renamed.contains("64.3"))
  }

  @Test func theNetworkReportIsAuditedWithTheEventsOwnReportsAndRecordsWhatItHid() throws {
    let dakar = try runner.dakarAfterTheEvent()
    let amman = try runner.copyExample("amman-global-summit", as: "amman")
    #expect(
      try runner.run(
        "attendance", "import", runner.example("returns/amman/badge-scans.csv"), "--workspace", amman
      ).status == 0)
    #expect(
      try runner.run("feedback", "collect", runner.example("returns/amman/feedback"), "--workspace", amman)
        .status == 0)
    #expect(try runner.run("report", "--workspace", dakar).status == 0)
    #expect(try runner.run("report", "--workspace", amman, "--lang", "ar").status == 0)
    let network = try runner.run(
      "report", "--across", dakar, amman, "--audit", "--lang", "fr", "--output", runner.path("network"))
    #expect(network.status == 0, "\(network.error)")
    #expect(
      network.output.contains(
        "with the reports in \(dakar)/reports, \(amman)/reports: 0 hidden cells recoverable"))
    // Every cell of `all` that adds up a hidden event cell is hidden.
    let csv = text(runner.path("network/indicators.csv"))
    #expect(csv.contains("all,registered,total,all,459,459,"))
    #expect(FileManager.default.fileExists(atPath: amman + "/.convene/disclosure.json"))
  }

  @Test func aDamagedRecordOrPolicyIsRefusedWithItsLine() throws {
    let ws = try runner.dakarAfterTheEvent()
    try FileManager.default.createDirectory(atPath: ws + "/.convene", withIntermediateDirectories: true)
    try "{\n  \"sources\": 3\n}\n".write(toFile: ws + "/.convene/disclosure.json", atomically: true, encoding: .utf8)
    let damaged = try runner.run("report", "--workspace", ws)
    #expect(damaged.status == 1)
    #expect(damaged.error.contains(".convene/disclosure.json:1: must have \"sources\" and \"hidden\""))
    #expect(!FileManager.default.fileExists(atPath: ws + "/reports/indicators.csv"))
    try FileManager.default.removeItem(atPath: ws + "/.convene/disclosure.json")
    try setDisclosure(ws, "{ \"threshold\": 1 }")
    let check = try runner.run("check", "--workspace", ws)
    #expect(check.status != 0)
    #expect(check.output.contains("event.json:2: disclosure.threshold: must be a whole number from 2 to 1000"))
    #expect(try runner.run("report", "--workspace", ws).status != 0)
  }

  @Test func aShareRedefinedOnTheSameRecordsIsHiddenWhereTheDifferenceGivesASmallClass() throws {
    // 23 men: 8 answered 5, 3 answered 4, 12 answered 2; 23 women answered 5.
    let ws = try workshop(
      "ev6", (0..<46).map { index in (index < 23 ? "man" : "woman", index >= 23 || index < 8 ? 5 : index < 11 ? 4 : 2, 8) })
    #expect(try runner.run("report", "--audit", "--format", "csv", "--workspace", ws).status == 0)
    #expect(text(ws + "/reports/indicators.csv").contains("ev6,satisfied,gender,man,47.8,23,"))
    #expect(text(ws + "/.convene/disclosure.json").contains(#""shares": ["answer:intend_to_act=yes", "answer:satisfaction=4|5"]"#))
    // The organiser narrows "satisfied" to 5 on the same records: 34.8 % of the same 23 men
    // would say that 11 − 8 = 3 answered 4.
    let event = text(ws + "/event.json")
    #expect(event.contains(#""answers": ["4", "5"],"#))
    try event.replacingOccurrences(of: #""answers": ["4", "5"],"#, with: #""answers": ["5"],"#)
      .write(toFile: ws + "/event.json", atomically: true, encoding: .utf8)
    let second = try runner.run("report", "--audit", "--format", "csv", "--workspace", ws, "--output", runner.path("out6"))
    #expect(second.status == 0, "\(second.error)")
    let csv = text(runner.path("out6") + "/indicators.csv")
    #expect(csv.contains("ev6,satisfied,gender,man,suppressed,23,"), "\(csv)")
    #expect(!csv.contains("ev6,satisfied,gender,man,34.8"))
  }

  @Test func oneDissatisfiedAnswerBesideTheAnswersIsLeftToNoHiddenGroups() throws {
    // 20 men (one answered 3), 20 women and 6 non-binary people, the others 4 or 5.
    let genders = (0..<46).map { $0 < 20 ? "man" : $0 < 40 ? "woman" : "non-binary" }
    let ws = try workshop("ev7", genders.indices.map { (genders[$0], $0 == 0 ? 3 : 4 + $0 % 2, 8) })
    let result = try runner.run("report", "--audit", "--format", "csv", "--workspace", ws)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("0 hidden cells recoverable"), "\(result.output)")
    let csv = text(ws + "/reports/indicators.csv")
    // The answers and the share's total are published; beside them, the non-binary people
    // shown at 100.0 % would leave the one who answered 3 to the men and women hidden.
    #expect(csv.contains("ev7,satisfaction-distribution,answer,3,1,1,"), "\(csv)")
    #expect(csv.contains("ev7,satisfied,total,all,97.8,46,"))
    #expect(csv.contains("ev7,satisfied,gender,non-binary,suppressed,6,"))
    #expect(csv.contains("ev7,satisfied,gender,woman,suppressed,20,"))
    #expect(csv.contains("ev7,satisfied,gender,man,suppressed,20,"))
  }
}
