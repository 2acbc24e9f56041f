import Foundation
import Testing

/// The records that decide what is kept or published, attacked through the binary: a reply's
/// stamp, an emptied disclosure record, a network over one event given twice.
@Suite struct RecordKeyCommandTests {
  let runner = ConveneRunner()

  @Test func aReplyWithAStampThatIsNoDateIsRejectedAndAHugeAddressQuotedShort() throws {
    let ws = try runner.copyExample("dakar-regional-workshop")
    #expect(try runner.run("schedule", "--iterations", "3000", "--workspace", ws).status == 0)
    #expect(try runner.run("publish", "--workspace", ws).status == 0)
    #expect(try runner.run("invite", "--workspace", ws).status == 0)
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
    let inside = try runner.run("network", "init", "ev1/netin", "--events", "ev1", "ev2")
    #expect(inside.status == 1)
    #expect(inside.error.contains(#"ev1/netin: is inside the event workspace "ev1""#), "\(inside.error)")
    #expect(!FileManager.default.fileExists(atPath: runner.path("ev1/netin")))
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
