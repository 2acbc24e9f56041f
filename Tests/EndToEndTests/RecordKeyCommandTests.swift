import Foundation
import Testing

extension ConveneRunner {
  /// The Dakar example scheduled, published (v1) and invited.
  func invitedExample() throws -> String {
    let ws = try copyExample("dakar-regional-workshop")
    for step in [["schedule", "--iterations", "3000"], ["publish"], ["invite"]] {
      let result = try run(step + ["--workspace", ws])
      #expect(result.status == 0, "\(step): \(result.error)")
    }
    return ws
  }
}

/// The records that decide what is kept or published, attacked through the binary: a reply's
/// stamp, an emptied disclosure record, a network over one event given twice.
@Suite struct RecordKeyCommandTests {
  let runner = ConveneRunner()

  @Test func aReplyWithAStampThatIsNoDateIsRejectedAndAHugeAddressQuotedShort() throws {
    let ws = try runner.invitedExample()
    let invitation = String(decoding: runner.bytes(ws + "/outbox/v1/p001-request.ics"), as: UTF8.self)
    let replies = runner.path("replies")
    try FileManager.default.createDirectory(atPath: replies, withIntermediateDirectories: true)
    let good = RSVPCommandTests.reply(from: invitation, event: 0, answer: "ACCEPTED")
    let stampLine = try #require(good.components(separatedBy: "\r\n").first { $0.hasPrefix("DTSTAMP:") })
    try good.replacingOccurrences(of: stampLine, with: "DTSTAMP:99999999T999999Z")
      .write(toFile: replies + "/r1.ics", atomically: true, encoding: .utf8)
    try good.replacingOccurrences(of: stampLine, with: stampLine + "\r\nSEQUENCE:99999999999999999999")
      .replacingOccurrences(of: "\r\nSEQUENCE:0\r\n", with: "\r\n")
      .write(toFile: replies + "/r2.ics", atomically: true, encoding: .utf8)
    let huge = "yao@" + String(repeating: "x", count: 200_000) + ".org"
    try RSVPCommandTests.reply(from: invitation, event: 1, answer: "ACCEPTED", attendee: huge)
      .write(toFile: replies + "/r8.ics", atomically: true, encoding: .utf8)
    let result = try runner.run("rsvp", "collect", replies, "--workspace", ws)
    #expect(result.output.hasPrefix("Read 3 reply files: 0 accepted, 0 tentative, 0 declined in rsvp.csv; 3 rejected."), "\(result.output.prefix(500))")
    let lines = result.output.split(separator: "\n")
    #expect(lines.contains { $0.hasSuffix(#"r1.ics: not a readable iCalendar file: DTSTAMP "99999999T999999Z" is not a date and time (YYYYMMDDTHHMMSSZ, in the years 1900 to 2200)"#) })
    #expect(lines.contains { $0.contains(#"r2.ics: not a readable iCalendar file: SEQUENCE "99999999999999999999" is not a whole number"#) })
    #expect(lines.allSatisfy { $0.count < 400 }, "\(lines.map(\.count))")
    #expect(lines.contains { $0.contains("r8.ics: ") && $0.hasSuffix("… is not a participant") })
    #expect(!FileManager.default.fileExists(atPath: ws + "/rsvp.csv"))
  }

  @Test func anEmptiedDisclosureRecordStopsTheReportAndCheckNamesIt() throws {
    let ws = try runner.copyExample("amman-global-summit")
    #expect(try runner.run("attendance", "import", runner.example("returns/amman/badge-scans.csv"), "--workspace", ws).status == 0)
    #expect(try runner.run("feedback", "collect", runner.example("returns/amman/feedback"), "--workspace", ws).status == 0)
    #expect(try runner.run("report", "--format", "md", "--workspace", ws).status == 0)
    let record = ws + "/.convene/disclosure.json"
    let report = ws + "/reports/report.md"
    let published = runner.bytes(report)
    #expect(!published.isEmpty && !runner.bytes(record).isEmpty)
    #expect(try runner.run("check", "--workspace", ws).status == 0)
    try Data().write(to: URL(fileURLWithPath: record))
    let again = try runner.run("report", "--format", "md", "--workspace", ws)
    #expect(again.status == 1)
    #expect(again.error.contains(".convene/disclosure.json:1: not valid JSON: the file is empty (0 bytes); it records what earlier reports hid"), "\(again.error)")
    #expect(again.error.contains("restore it, or delete it only if no report of this event was ever shared"))
    #expect(runner.bytes(report) == published && runner.bytes(record).isEmpty)
    let check = try runner.run("check", "--workspace", ws)
    #expect(check.status == 1)
    #expect(check.output.contains("error: .convene/disclosure.json:1: not valid JSON: the file is empty (0 bytes)"), "\(check.output)")
    // A cut record is reported the same way.
    try Data(#"{"sources": {"#.utf8).write(to: URL(fileURLWithPath: record))
    #expect(try runner.run("check", "--workspace", ws).output.contains("error: .convene/disclosure.json:1: not valid JSON"))
  }

  @Test func networkInitRefusesAnEventGivenTwiceOrAFolderInsideAnEvent() throws {
    _ = try runner.copyExample("dakar-regional-workshop", as: "ev1")
    _ = try runner.copyExample("amman-global-summit", as: "ev2")
    let scratch = URL(fileURLWithPath: runner.path("ev1")).deletingLastPathComponent().lastPathComponent
    let twice = try runner.run("network", "init", "n3", "--events", "ev1", "./ev1", "../\(scratch)/ev1")
    #expect(twice.status == 1)
    #expect(twice.error.contains(#"./ev1: is the same event workspace as "ev1""#), "\(twice.error)")
    #expect(!FileManager.default.fileExists(atPath: runner.path("n3")))
    try FileManager.default.createSymbolicLink(atPath: runner.path("link1"), withDestinationPath: runner.path("ev1"))
    let linked = try runner.run("network", "init", "n4", "--events", "ev1", "link1")
    #expect(linked.status == 1 && linked.error.contains(#"link1: is the same event workspace as "ev1""#), "\(linked.error)")
    // A copy of a workspace is another folder holding the same event.
    _ = try runner.copyExample("dakar-regional-workshop", as: "ev1-copy")
    let copied = try runner.run("network", "init", "n5", "--events", "ev1", "ev2", "ev1-copy")
    #expect(copied.status == 1)
    #expect(
      copied.error.contains(#"ev1-copy: holds the event dakar-2027, like "ev1"; each event counts once"#), "\(copied.error)")
    #expect(!FileManager.default.fileExists(atPath: runner.path("n5")))
    let inside = try runner.run("network", "init", "ev1/netin", "--events", "ev1", "ev2")
    #expect(inside.status == 1)
    #expect(inside.error.contains(#"ev1/netin: is inside the event workspace "ev1""#), "\(inside.error)")
    #expect(!FileManager.default.fileExists(atPath: runner.path("ev1/netin")))
  }

  @Test func followupCollectRejectsAnAnswerWithoutItsTimeOrWithAnIDThatIsNoKeyAndNamesATie() throws {
    let ws = try runner.copyExample("amman-global-summit")
    #expect(try runner.run("feedback", "collect", runner.example("returns/amman/feedback"), "--workspace", ws).status == 0)
    let form = String(decoding: runner.bytes(runner.example("returns/amman/followup-late/followup-amman-2027-p138.json")), as: UTF8.self)
    let time = #""submitted_at": "2028-06-20T12:00:00Z","#
    #expect(form.contains(time))
    let returns = runner.path("returns")
    try FileManager.default.createDirectory(atPath: returns, withIntermediateDirectories: true)
    let files = [
      "absent.json": form.replacingOccurrences(of: time, with: ""),
      "number.json": form.replacingOccurrences(of: time, with: #""submitted_at": 1e308,"#),
      "path.json": form.replacingOccurrences(of: "f-amman-2027-late-014", with: #"../../etc/passwd\r\nX: y"#),
      "same-a.json": form,
      "same-b.json": form.replacingOccurrences(of: "in-progress", with: "done"),
    ]
    for (name, text) in files { try text.write(toFile: returns + "/" + name, atomically: true, encoding: .utf8) }
    var bytes = Array(form.utf8)
    let offset = try #require(bytes.firstIndex(of: UInt8(ascii: "T")))
    bytes.insert(0xFF, at: offset)
    try Data(bytes).write(to: URL(fileURLWithPath: returns + "/utf8.json"))
    let result = try runner.run("followup", "collect", returns, "--workspace", ws)
    #expect(result.status == 0, "\(result.error)")
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("Read 6 files (3 answers): 1 new, 0 replaced by a later answer, 1 already recorded or older; 4 rejected.") == true, "\(result.output)")
    #expect(lines.contains { $0.hasSuffix("absent.json: submitted_at: missing (the form writes the date and time it was saved)") })
    #expect(lines.contains { $0.hasSuffix(#"number.json: submitted_at: "1e+308" is not a date and time"#) || $0.contains("number.json: submitted_at: ") }, "\(lines)")
    #expect(lines.contains { $0.contains(#"path.json: response: "../../etc/passwd\r\nX: y" holds U+000D"#) }, "\(lines)")
    #expect(lines.contains { $0.hasSuffix("utf8.json: byte \(offset) (0xFF) is not UTF-8; the form saves its files in UTF-8") }, "\(lines)")
    #expect(lines.contains { $0.hasPrefix("  same time: p138 gave two different answers at 2028-06-20T12:00:00Z; kept ") && $0.contains("same-b.json (last by name), left out ") })
    let stored = runner.text(ws + "/followup/followup.csv")
    #expect(stored.contains("f-amman-2027-late-014,p138,2028-06-20T12:00:00Z,same-b.json,") && !stored.contains("passwd"))
  }

  /// Whatever way the events are written, what `network init` writes, `network check` accepts.
  @Test(arguments: [
    ["ev1", "ev2"], ["./ev1", "ev1/../ev2"], ["ABSOLUTE/ev1", "ABSOLUTE/ev2"], ["ev2"],
  ])
  func whatNetworkInitWritesNetworkCheckAccepts(events: [String]) throws {
    _ = try runner.copyExample("dakar-regional-workshop", as: "ev1")
    _ = try runner.copyExample("amman-global-summit", as: "ev2")
    let root = URL(fileURLWithPath: runner.path("ev1")).deletingLastPathComponent().path
    let given = events.map { $0.replacingOccurrences(of: "ABSOLUTE", with: root) }
    for folder in ["net", "deeper/still/net"] {
      let created = try runner.run(["network", "init", folder, "--events"] + given)
      #expect(created.status == 0, "\(created.error)")
      let check = try runner.run("network", "check", "--network", runner.path(folder))
      #expect(check.status == 0 && check.output.contains("(0 errors"), "\(folder) \(given): \(check.output)")
    }
  }
}
