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
    // The same keys, empty, when nothing is published.
    let unchanged = try JSONSerialization.jsonObject(
      with: Data(try convene.run("publish", "--json", "--workspace", ws).output.utf8)) as? [String: Any]
    #expect(unchanged?["published"] as? Bool == false && unchanged?["latest"] as? Int == 2)
    for key in ["moved", "room_changed", "retitled", "recast", "redescribed", "added", "removed", "new_rooms"] {
      #expect((unchanged?[key] as? [Any])?.isEmpty == true, "\(key)")
    }
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

  /// A release records what agendas and calendars say of each session (kind, track, language,
  /// interpretation, room name, place): a track or a room's name changed afterwards is a change
  /// to publish before invitations carry it, and release 1 still reads as it was published.
  @Test func aSessionsDetailsAreRecordedByItsReleaseAndPublishedWhenTheyChange() throws {
    let convene = ConveneRunner()
    let ws = try convene.invitedExample()
    let path = ws + "/sessions.csv"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let row = "plenary,45,p048,p058,,,en,en>fr,"
    #expect(text.contains(row))
    try text.replacingOccurrences(of: row, with: "plenary,45,p048,p058,,prevention,en,en>fr;fr>en,")
      .write(toFile: path, atomically: true, encoding: .utf8)

    let refused = try convene.run("invite", "--workspace", ws)
    #expect(refused.status == 1)
    #expect(
      refused.error.contains("(the track, interpretation of keynote, in sessions.csv): run `convene publish` first"),
      "\(refused.error)")
    #expect(!FileManager.default.fileExists(atPath: ws + "/outbox/v2"))

    let published = try convene.run("publish", "--workspace", ws)
    #expect(published.status == 0, "\(published.error)")
    #expect(published.output.contains("0 removed, 1 with other details."), "\(published.output)")
    #expect(
      published.output.contains(
        "  details  keynote: track: ; interpretation: en>fr -> track: prevention; interpretation: en>fr;fr>en"),
      "\(published.output)")

    func keynoteRow(_ release: String) throws -> [String] {
      let agenda = try convene.run("agenda", "--format", "csv", "--release", release, "--workspace", ws)
      #expect(agenda.status == 0, "\(agenda.error)")
      let line = try #require(agenda.output.components(separatedBy: "\r\n").first { $0.contains(",keynote,") })
      return line.components(separatedBy: ",")
    }
    let header = try convene.run("agenda", "--format", "csv", "--workspace", ws).output
      .components(separatedBy: "\r\n")[0].components(separatedBy: ",")
    let track = try #require(header.firstIndex(of: "track"))
    #expect(try keynoteRow("1")[track] == "")
    #expect(try keynoteRow("2")[track] == "prevention")
    let first = try convene.run("agenda", "--format", "ics", "--release", "1", "--lang", "en", "--workspace", ws).output
      .replacingOccurrences(of: "\r\n ", with: "")
    #expect(first.contains("Language: English\\; interpretation: en>fr\r\n") && !first.contains("Track: prevention"))

    #expect(try convene.run("invite", "--workspace", ws).status == 0)
    let updates = try FileManager.default.contentsOfDirectory(atPath: ws + "/outbox/v2").filter { $0.hasSuffix(".ics") }
    #expect(!updates.isEmpty)
    // Each in its recipient's language, English or French.
    #expect(
      updates.allSatisfy {
        let text = String(decoding: convene.bytes(ws + "/outbox/v2/" + $0), as: UTF8.self).replacingOccurrences(of: "\r\n ", with: "")
        return text.contains("Track: prevention\\nLanguage: English\\; interpretation: en>fr\\, fr>en")
          || text.contains("Parcours: prevention\\nLangue: Anglais\\; interprétation: en>fr\\, fr>en")
      }, "\(updates)")

    // A room renamed in rooms.csv is a change of the place every session there is held in.
    let rooms = ws + "/rooms.csv"
    try String(contentsOfFile: rooms, encoding: .utf8)
      .replacingOccurrences(of: "salle-pleniere,Salle plénière,", with: "salle-pleniere,Grande salle,")
      .write(toFile: rooms, atomically: true, encoding: .utf8)
    let moved = try convene.run("invite", "--workspace", ws)
    #expect(moved.status == 1)
    #expect(moved.error.contains("room name, place of "), "\(moved.error)")
    #expect(moved.error.contains(", in rooms.csv or event.json's venues)"), "\(moved.error)")
    let renamed = try convene.run("publish", "--workspace", ws)
    #expect(renamed.output.contains("with other details"), "\(renamed.output)")
    #expect(renamed.output.contains("room name: Salle plénière; place: Salle plénière, "), "\(renamed.output)")
    #expect(try keynoteRow("2")[track + 0] == "prevention")
  }
}
