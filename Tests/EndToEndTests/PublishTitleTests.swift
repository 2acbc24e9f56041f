import Foundation
import Testing

/// A session title corrected in `sessions.csv` after publishing is a change worth publishing:
/// `publish` makes a release of it, and the agenda and the invitations' updates carry it.
@Suite struct PublishTitleTests {
  @Test func aTitleFixIsPublishedAndReachesTheAgendaAndTheUpdates() throws {
    let convene = ConveneRunner()
    let ws = try convene.invitedExample()
    let path = ws + "/sessions.csv"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let old = "Keynote: cities at the front line of prevention"
    try text.replacingOccurrences(of: "keynote,\(old),", with: "keynote,Keynote: cities first,")
      .write(toFile: path, atomically: true, encoding: .utf8)
    let published = try convene.run("publish", "--workspace", ws)
    #expect(published.status == 0, "\(published.error)")
    #expect(published.output.contains("Published releases/v2.json"), "\(published.output)")
    #expect(published.output.contains("Since v1: 0 moved, 0 changed room, 0 added, 0 removed, 1 retitled."))
    #expect(published.output.contains("  title    keynote: \"\(old)\" -> \"Keynote: cities first\""))
    #expect(try convene.run("publish", "--workspace", ws).output.contains("Nothing changed since v2"))
    let agenda = try convene.run("agenda", "--format", "ics", "--workspace", ws).output.replacingOccurrences(of: "\r\n ", with: "")
    #expect(agenda.contains("Keynote: cities first") && !agenda.contains(old))
    #expect(try convene.run("invite", "--workspace", ws).status == 0)
    let updates = try FileManager.default.contentsOfDirectory(atPath: ws + "/outbox/v2").filter { $0.hasSuffix(".ics") }
    #expect(!updates.isEmpty)
    let carried = updates.filter {
      String(decoding: convene.bytes(ws + "/outbox/v2/" + $0), as: UTF8.self).replacingOccurrences(of: "\r\n ", with: "")
        .contains("Keynote: cities first")
    }
    #expect(!carried.isEmpty, "\(updates)")
  }

  /// A speaker changed in `sessions.csv` after scheduling, or written into `schedule.json` by
  /// hand, is published only as `sessions.csv` has it: the people the hard constraints were
  /// counted with.
  @Test func theReleaseNamesTheSpeakersTheConstraintsWereCountedWith() throws {
    let convene = ConveneRunner()
    let ws = try convene.invitedExample()
    let path = ws + "/sessions.csv"
    let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: .newlines).filter { !$0.isEmpty }
    let keynote = try #require(lines.firstIndex { $0.hasPrefix("keynote,") })
    var cells = lines[keynote].components(separatedBy: ",")
    let before = cells[4]
    cells[4] = "p001"
    var edited = lines
    edited[keynote] = cells.joined(separator: ",")
    try edited.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    // And a hand edit of schedule.json naming someone else again.
    let schedulePath = ws + "/schedule.json"
    let schedule = try String(contentsOfFile: schedulePath, encoding: .utf8)
    try schedule.replacingOccurrences(of: "\"speakers\": [\"\(before)\"]", with: "\"speakers\": [\"p002\"]")
      .write(toFile: schedulePath, atomically: true, encoding: .utf8)
    let published = try convene.run("publish", "--workspace", ws)
    #expect(published.status == 0, "\(published.error)")
    #expect(published.output.contains("1 with other speakers or moderators"), "\(published.output)")
    #expect(published.output.contains("  people   keynote: \(before); "), "\(published.output)")
    let release = try JSONSerialization.jsonObject(with: Data(convene.bytes(ws + "/releases/v2.json"))) as? [String: Any]
    let sessions = release?["sessions"] as? [[String: Any]] ?? []
    #expect(sessions.first { $0["id"] as? String == "keynote" }?["speakers"] as? [String] == ["p001"])
  }
}
