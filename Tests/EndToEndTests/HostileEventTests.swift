import Foundation
import Testing

/// What `check` refuses in `event.json` and the releases, every command refuses too; a value
/// quoted in a finding stays on its line.
@Suite struct HostileEventTests {
  /// `event.json` with `timezone` replaced (the JSON text of `value`).
  func withTimeZone(_ value: String, _ convene: ConveneRunner) throws -> String {
    let ws = try publishedExample("dakar-regional-workshop", convene)
    let path = ws + "/event.json"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let changed = text.replacingOccurrences(
      of: #""timezone": "Africa/Dakar""#, with: #""timezone": "# + value)
    #expect(changed != text)
    try changed.write(toFile: path, atomically: true, encoding: .utf8)
    return ws
  }

  @Test func everyCommandUsingTheTimeZoneRefusesOneCheckRefuses() throws {
    let convene = ConveneRunner()
    let ws = try withTimeZone(#""../../../../etc/passwd""#, convene)
    let check = try convene.run("check", "--workspace", ws)
    #expect(check.status == 1)
    let finding = try #require(
      check.output.components(separatedBy: "\n").first { $0.contains("unknown time zone") })
    #expect(finding.hasPrefix(#"error: event.json:"#))
    #expect(finding.contains(#"timezone: unknown time zone "../../../../etc/passwd""#))
    #expect(check.output.components(separatedBy: "unknown time zone").count == 2, "reported once")
    for arguments in [
      ["agenda", "--format", "ics"], ["agenda"], ["badges"], ["report", "--format", "md"],
      ["invite"],
    ] {
      let before = try FileManager.default.subpathsOfDirectory(atPath: ws).sorted()
      let run = try convene.run(arguments + ["--workspace", ws])
      #expect(run.status == 1, "\(arguments): \(run.output.prefix(200))")
      #expect(run.error.contains(finding), "\(arguments): \(run.error)")
      #expect(!run.output.contains("TZID"), "\(arguments)")
      #expect(try FileManager.default.subpathsOfDirectory(atPath: ws).sorted() == before)
    }
  }

  @Test func aLineBreakInAQuotedValueStaysOnTheFindingsLine() throws {
    let convene = ConveneRunner()
    let ws = try withTimeZone(#""Africa/Dakar\r\nBEGIN:VALARM\r\nX""#, convene)
    let check = try convene.run("check", "--workspace", ws)
    #expect(check.status == 1)
    #expect(
      check.output.contains(#"timezone: unknown time zone "Africa/Dakar\r\nBEGIN:VALARM\r\nX""#),
      "\(check.output)")
    #expect(!check.output.contains("\nBEGIN:VALARM"))
  }

  @Test func aLineBreakInARejectedCellStaysOnTheRowsLine() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let file = convene.path("hostile.csv")
    try "name,email,country\r\nAna Test,\"e3@x.org\r\nBcc: evil@x.org\",Senegal\r\n"
      .write(toFile: file, atomically: true, encoding: .utf8)
    let before = convene.bytes(ws + "/participants.csv")
    let run = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(
      run.output.contains(#"hostile.csv:2: email: "e3@x.org\r\nBcc: evil@x.org" holds more than one address"#),
      "\(run.output)")
    #expect(!run.output.contains("\nBcc:"))
    #expect(convene.bytes(ws + "/participants.csv") == before)
  }

  @Test func controlCharactersInEventTextAreRefusedAsInCSVCells() throws {
    let convene = ConveneRunner()
    let ws = try publishedExample("dakar-regional-workshop", convene)
    let path = ws + "/event.json"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let title = try #require(text.range(of: #""title": ""#))
    try text.replacingCharacters(in: title, with: #""title": "T\u001b[31mRED\u202eevil "#)
      .write(toFile: path, atomically: true, encoding: .utf8)
    let check = try convene.run("check", "--workspace", ws)
    #expect(check.status == 1)
    #expect(
      check.output.contains("title: holds U+001B (ESC), a control character"), "\(check.output)")
    let agenda = try convene.run("agenda", "--workspace", ws)
    #expect(agenda.status == 1)
  }

  @Test func checkReadsTheReleases() throws {
    let convene = ConveneRunner()
    let ws = try publishedExample("dakar-regional-workshop", convene)
    try
      (String(repeating: #"{"a":"#, count: 100_000) + "1" + String(repeating: "}", count: 100_000))
      .write(toFile: ws + "/releases/v1.json", atomically: true, encoding: .utf8)
    let check = try convene.run("check", "--workspace", ws)
    #expect(check.status == 1, "\(check.output)")
    #expect(check.output.contains("error: releases/v1.json"), "\(check.output)")
    #expect(!check.output.contains("valid ("))
  }
}
