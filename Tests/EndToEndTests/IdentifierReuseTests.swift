import Foundation
import Testing

/// Participant ids are never given twice in a workspace: a person deleted from
/// participants.csv keeps theirs, so that a newcomer inherits none of their history.
@Suite struct IdentifierReuseTests {
  func notices(_ result: ConveneRunner.Result) throws -> [String: String] {
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any], "\(result.error)")
    let notices = report["notices"] as! [[String: Any]]
    return Dictionary(
      uniqueKeysWithValues: notices.map { ($0["participant"] as! String, $0["notice"] as! String) })
  }

  @Test func aDeletedLastRowsIdGoesToNobodyElseAndTheNewcomerIsTold() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let first = try convene.run("notify", "--send", "--sendmail", "cat > /dev/null", "--json", "--workspace", ws)
    #expect(try notices(first)["p059"] == "confirmed")
    // The organiser deletes the last row (p059) in a spreadsheet.
    let path = ws + "/participants.csv"
    let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n")
    try lines.filter { !$0.hasPrefix("p059,") }.joined(separator: "\r\n")
      .write(toFile: path, atomically: true, encoding: .utf8)
    // check says what the ledger still holds, as a warning (the sessions, sign-ups and travel
    // rows that still name p059 are errors of their own).
    let check = try convene.run("check", "--workspace", ws)
    #expect(
      check.output.contains(
        "warning: .convene/notifications.csv:")
        && check.output.contains("participant: p059 is no longer in participants.csv"), "\(check.output)")
    // A newcomer gets a new id, and is told they registered.
    let export = try convene.write(
      "Name,Email,Category\nNew Comer,new.comer@example.org,network-staff\n", to: "export.csv")
    let imported = try convene.run("participants", "import", export, "--workspace", ws)
    #expect(imported.status == 0, "\(imported.error)")
    let newcomer = try #require(
      try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n")
        .first { $0.contains("new.comer@example.org") })
    #expect(newcomer.hasPrefix("p060,"), "\(newcomer)")
    let second = try convene.run("notify", "--send", "--sendmail", "cat > /dev/null", "--json", "--workspace", ws)
    #expect(second.status == 0, "\(second.error)")
    let told = try notices(second)
    #expect(told.keys.sorted() == ["p060"])
    #expect(told["p060"] == "registered" || told["p060"] == "waitlisted")
    // The high-water mark keeps p060 taken even once p060 is deleted too and no record names them.
    try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n")
      .filter { !$0.hasPrefix("p060,") }.joined(separator: "\r\n")
      .write(toFile: path, atomically: true, encoding: .utf8)
    try FileManager.default.removeItem(atPath: ws + "/.convene/notifications.csv")
    try? FileManager.default.removeItem(atPath: ws + "/.convene/notifications.journal")
    let again = try convene.write(
      "Name,Email,Category\nLater Comer,later.comer@example.org,network-staff\n", to: "later.csv")
    #expect(try convene.run("participants", "import", again, "--workspace", ws).status == 0)
    #expect(try String(contentsOfFile: path, encoding: .utf8).contains("p061,Later Comer"))
  }

  /// In a workspace from before the high-water mark, an id named only by feedback, follow-up
  /// answers, RSVPs or a session's speakers is not given to a newcomer either.
  @Test(arguments: ["feedback", "followup", "rsvp", "speakers"])
  func anIdNamedInOneRecordOnlyIsNotGivenAgain(record: String) throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    #expect(!FileManager.default.fileExists(atPath: ws + "/.convene/participant-ids"))
    func write(_ name: String, _ text: String) throws {
      try FileManager.default.createDirectory(
        atPath: ws + "/" + (name as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try text.write(toFile: ws + "/" + name, atomically: true, encoding: .utf8)
    }
    switch record {
    case "feedback": try write("feedback/feedback.csv", "response,participant,submitted_at\r\nr1,p075,2027-03-20T10:00:00Z\r\n")
    case "followup": try write("followup/followup.csv", "response,participant,submitted_at\r\nr1,p075,2027-07-20T10:00:00Z\r\n")
    case "rsvp": try write("rsvp.csv", "participant,session,answer,file,stamp\r\np075,opening,accepted,reply.ics,1\r\n")
    default:
      let sessions = try String(contentsOfFile: ws + "/sessions.csv", encoding: .utf8)
      try write("sessions.csv", sessions + "extra,Extra,workshop,60,p075" + String(repeating: ",", count: 18) + "\r\n")
    }
    let export = try convene.write("Name,Email,Category\nNew Comer,new.comer@example.org,network-staff\n", to: "export.csv")
    let imported = try convene.run("participants", "import", export, "--workspace", ws)
    #expect(imported.status == 0, "\(imported.error)")
    let newcomer = try String(contentsOfFile: ws + "/participants.csv", encoding: .utf8).components(separatedBy: "\r\n")
      .first { $0.contains("new.comer@example.org") }
    #expect(newcomer?.hasPrefix("p076,") == true, "\(newcomer ?? "")")
  }
}
