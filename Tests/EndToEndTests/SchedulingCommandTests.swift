import Foundation
import Testing

@Suite struct SchedulingCommandTests {
  @Test func scheduleExplainPublishRescheduleAndPublishAgain() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let scheduled = try convene.run("schedule", "--iterations", "6000", "--seed", "3", "--workspace", ws)
    #expect(scheduled.status == 0, "\(scheduled.error)")
    #expect(scheduled.output.contains("Wrote schedule.json: 20 sessions scheduled, 0 left out."))
    #expect(scheduled.output.contains("Score 0hard/0medium/"))
    // The best score as it improves, on standard error, ending with the one kept.
    let lines = scheduled.error.split(separator: "\n").filter { $0.hasPrefix("best ") }
    #expect(!lines.isEmpty, "\(scheduled.error)")
    let kept = try #require(scheduled.output.split(separator: "\n").first { $0.hasPrefix("Score ") }?.split(separator: " ")[1])
    #expect(lines.last?.split(separator: " ")[1] == kept)
    let schedule = try JSONSerialization.jsonObject(with: convene.bytes(ws + "/schedule.json")) as! [String: Any]
    let sessions = schedule["sessions"] as! [[String: Any]]
    #expect(sessions.count == 20)
    let opening = try #require(sessions.first { $0["id"] as? String == "opening" })
    #expect(opening["start"] as? String == "2027-03-09T09:00:00+00:00")
    #expect(opening["room"] as? String == "salle-pleniere")

    // The same seed and iterations give the same file.
    let first = convene.bytes(ws + "/schedule.json")
    try convene.run("schedule", "--iterations", "6000", "--seed", "3", "--workspace", ws)
    #expect(convene.bytes(ws + "/schedule.json") == first)

    let explained = try convene.run("explain", "--workspace", ws)
    #expect(explained.status == 0)
    #expect(explained.output.hasPrefix("Score 0hard/0medium/"))
    let explainedJSON = try JSONSerialization.jsonObject(with: Data(try convene.run("explain", "--json", "--workspace", ws).output.utf8)) as! [String: Any]
    #expect((explainedJSON["violations"] as! [[String: Any]]).allSatisfy { ($0["sentence"] as! String).count > 10 })

    let published = try convene.run("publish", "--workspace", ws)
    #expect(published.status == 0, "\(published.error)")
    #expect(published.output.contains("Published releases/v1.json (20 sessions"))
    #expect(FileManager.default.fileExists(atPath: ws + "/releases/v1.json"))
    #expect(try convene.run("publish", "--workspace", ws).output.contains("Nothing changed since v1"))

    // A speaker of a published session becomes unavailable on day 1: rescheduling moves few sessions.
    let breakout = try #require(sessions.first { $0["id"] as? String == "b2-online" })
    let window = try convene.makeUnavailable((breakout["speakers"] as! [String])[0], during: breakout, in: ws)
    // Two seeds agree on the fewest people to tell (the medium score).
    func medium(_ output: String) -> String? {
      output.split(separator: "\n").first { $0.hasPrefix("Score ") }?.split(separator: "/").dropFirst().first.map(String.init)
    }
    let other = try convene.run("schedule", "--iterations", "5000", "--seed", "2", "--workspace", ws)
    let again = try convene.run("schedule", "--iterations", "5000", "--workspace", ws)
    #expect(again.status == 0, "\(again.error)")
    #expect(again.output.contains("published-move"))
    #expect(medium(again.output) != nil && medium(again.output) == medium(other.output), "\(again.output)\n\(other.output)")
    let second = try convene.run("publish", "--workspace", ws)
    #expect(second.output.contains("Published releases/v2.json"))
    #expect(second.output.contains("moved    b2-online: \(window)"))
    let movedCount = second.output.split(separator: "\n").filter { $0.hasPrefix("  moved") }.count
    #expect(movedCount >= 1 && movedCount <= 5, "\(second.output)")
  }

  @Test func explainCountsThePeopleAMoveConcernsAsInviteSendsThemUpdates() throws {
    let convene = ConveneRunner()
    let ws = try convene.dakarWithReleaseOne()
    #expect(try convene.run("invite", "--workspace", ws).status == 0)
    // The keynote speaker can no longer come at the keynote's time: the plenary must move.
    let release = try JSONSerialization.jsonObject(with: convene.bytes(ws + "/releases/v1.json")) as! [String: Any]
    let keynote = try #require((release["sessions"] as! [[String: Any]]).first { $0["id"] as? String == "keynote" })
    try convene.makeUnavailable("p048", during: keynote, in: ws)
    #expect(try convene.run("schedule", "--iterations", "3000", "--workspace", ws).status == 0)
    let explained = try JSONSerialization.jsonObject(with: Data(try convene.run("explain", "--json", "--workspace", ws).output.utf8)) as! [String: Any]
    let told = Dictionary(uniqueKeysWithValues: (explained["violations"] as! [[String: Any]]).filter { $0["constraint"] as? String == "published-move" }
      .map { (($0["sessions"] as! [String])[0], -($0["penalty"] as! Int)) })
    #expect(told["keynote"] != nil)
    #expect(try convene.run("publish", "--workspace", ws).status == 0)
    let invited = try JSONSerialization.jsonObject(with: Data(try convene.run("invite", "--json", "--workspace", ws).output.utf8)) as! [String: Any]
    let requests = (invited["messages"] as! [[String: Any]]).filter { $0["method"] as? String == "REQUEST" }
    for (session, people) in told {
      #expect(requests.filter { ($0["changed"] as! [String]).contains(session) }.count == people, "\(session)")
    }
    #expect(told["keynote"] == requests.count)  // a plenary concerns everyone who holds a place
  }

  @Test func preFlightImpossibilitiesStopTheRunUnlessForced() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    // The keynote speaker leaves the day before the event: no valid schedule can hold the keynote.
    let path = ws + "/participants.csv"
    let text = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\r\n", omittingEmptySubsequences: false).map { line -> String in
      guard line.hasPrefix("p048,") else { return String(line) }
      var cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      cells[cells.count - 5] = "2027-03-08 18:00"  // departure, counted from the end (a title may hold a comma)
      return cells.joined(separator: ",")
    }.joined(separator: "\r\n")
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    // `check` says what `schedule` will refuse, as an error of sessions.csv.
    let checked = try convene.run("check", "--workspace", ws)
    #expect(checked.status == 1)
    #expect(
      (checked.output + checked.error).contains(
        "error: sessions.csv: p048 speaks or moderates 1 session (45 minutes) but is there for 0 minutes of session time"),
      "\(checked.output)")
    let result = try convene.run("schedule", "--iterations", "1000", "--workspace", ws)
    #expect(result.status == 1)
    #expect(result.error.contains("pre-flight: p048 speaks or moderates 1 session (45 minutes) but is there for 0 minutes of session time: \"Keynote: cities at the front line of prevention\" (keynote)"))
    #expect(result.error.contains("run with --force to schedule the rest"))
    #expect(!FileManager.default.fileExists(atPath: ws + "/schedule.json"))
    let forced = try convene.run("schedule", "--iterations", "3000", "--force", "--workspace", ws)
    #expect(forced.status == 0, "\(forced.error)")
    #expect(forced.output.contains("  keynote: "))
    #expect(forced.output.contains("p048 leaves 2027-03-08 18:00"))
    #expect(FileManager.default.fileExists(atPath: ws + "/schedule.json"))
  }

  @Test func aWorkspaceWithErrorsIsNotScheduled() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    try (try String(contentsOfFile: ws + "/signups.csv", encoding: .utf8) + "p999,keynote\r\n").write(toFile: ws + "/signups.csv", atomically: true, encoding: .utf8)
    let result = try convene.run("schedule", "--workspace", ws)
    #expect(result.status == 1)
    #expect(result.error.contains("signups.csv:222: participant: unknown participant id \"p999\""))
    #expect(result.error.contains("fix them first (see `convene check`)"))
  }

  @Test func agendasInEveryFormat() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("amman-global-summit")
    #expect(try convene.run("schedule", "--iterations", "3000", "--workspace", ws).status == 0)
    let markdown = try convene.run("agenda", "--workspace", ws)
    #expect(markdown.output.hasPrefix("# Global Summit of Cities for Cohesion and Prevention"))
    #expect(markdown.output.contains("## 2027-11-16"))
    #expect(markdown.output.contains("| 08:30-09:30 | Plenary Hall | **Opening ceremony"))

    let html = try convene.run("agenda", "--format", "html", "--lang", "ar", "--public", "--workspace", ws)
    #expect(html.output.hasPrefix("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"))
    #expect(html.output.contains("@media print"))

    // Public outputs never name people who did not consent.
    let list = try JSONSerialization.jsonObject(with: Data(try convene.run("participants", "list", "--format", "json", "--workspace", ws).output.utf8)) as! [[String: Any]]
    let hiddenNames = list.filter { $0["publish_name"] as? Bool == false }.map { $0["name"] as! String }
    let publicJSON = try convene.run("agenda", "--format", "json", "--public", "--workspace", ws).output
    let publicMarkdown = try convene.run("agenda", "--public", "--workspace", ws).output
    for name in hiddenNames {
      #expect(!html.output.contains(name))
      #expect(!publicJSON.contains(name))
      #expect(!publicMarkdown.contains(name))
    }

    let csv = try convene.run("agenda", "--format", "csv", "--for", "p001", "--workspace", ws)
    #expect(csv.output.hasPrefix("date,start,end,room,session,title,kind,track,language,interpretation,speakers,moderators\r\n"))
    #expect(csv.output.contains(",opening,"))
    let missing = try convene.run("agenda", "--for", "p9999", "--workspace", ws)
    #expect(missing.status == 1)
    #expect(missing.error.contains("--for \"p9999\": no participant has this id"))
  }
}

@Suite struct SchedulingInterruptTests {
  /// Ctrl-C and SIGTERM alike: the solver stops, the best schedule found is written, the lock
  /// is released, and the exit code says which signal stopped it (130, 143).
  @Test(arguments: [SIGINT, SIGTERM]) func aSignalStopsCleanlyAndKeepsTheBestScheduleFound(_ signal: Int32) throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("amman-global-summit")
    let process = try convene.start(["schedule", "--time-limit", "120", "--workspace", ws])
    usleep(3_000_000)
    kill(process.processIdentifier, signal)
    let output = String(decoding: (process.standardOutput as! Pipe).fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let error = String(decoding: (process.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(process.terminationStatus == 128 + signal)
    #expect(output.contains("stopped: interrupted"))
    #expect(error.contains("interrupted (\(signal == SIGINT ? "Ctrl-C" : "SIGTERM")): the best schedule found so far was written to schedule.json"))
    #expect(FileManager.default.fileExists(atPath: ws + "/schedule.json"))
    #expect(convene.lockIsFree(ws))
    #expect(try convene.run("explain", "--workspace", ws).output.hasPrefix("Score 0hard/"))
  }
}

@Suite struct PublishAndAgendaTests {
  @Test func publishJSONIsJSONAndTheAgendaNamesTheReleaseItShows() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    #expect(try convene.run("schedule", "--iterations", "2000", "--workspace", ws).status == 0)
    #expect(try convene.run("agenda", "--workspace", ws).output.contains("Heures locales (Africa/Dakar), brouillon, pas encore publié."))
    let published = try convene.run("publish", "--json", "--workspace", ws)
    #expect(published.status == 0, "\(published.error)")
    let report = try #require(try JSONSerialization.jsonObject(with: Data(published.output.utf8)) as? [String: Any], "\(published.output)")
    #expect(report["version"] as? Int == 1)
    #expect(report["published"] as? Bool == true)
    #expect(report["file"] as? String == "releases/v1.json")
    // Right after publishing, schedule.json is release 1 (its own version says 2: the next).
    #expect(try convene.run("agenda", "--workspace", ws).output.contains("Heures locales (Africa/Dakar), version 1."))
    #expect(try convene.run("agenda", "--lang", "en", "--release", "1", "--workspace", ws).output.contains("Times are local (Africa/Dakar), release 1."))
    let nothing = try convene.run("publish", "--json", "--workspace", ws)
    let unchanged = try #require(try JSONSerialization.jsonObject(with: Data(nothing.output.utf8)) as? [String: Any], "\(nothing.output)")
    #expect(unchanged["published"] as? Bool == false)
    #expect(unchanged["latest"] as? Int == 1)
    // The public calendar's UIDs are its own.
    let calendar = try convene.run("agenda", "--format", "ics", "--workspace", ws).output
    #expect(calendar.contains("UID:opening@agenda.dakar-2027.convene"))
    #expect(!calendar.contains("UID:opening@dakar-2027.convene"))
  }
}

@Suite struct PublishLeftOutTests {
  /// A session published in v1 and left out of the next schedule while sessions.csv still holds
  /// it: publishing would cancel it for everyone invited, so it is refused; deleting it from
  /// sessions.csv is how a session is cancelled.
  @Test func aPublishedSessionLeftOutIsNotPublishedAsRemoved() throws {
    let convene = ConveneRunner()
    let ws = try convene.dakarWithReleaseOne()
    var schedule = try JSONSerialization.jsonObject(with: convene.bytes(ws + "/schedule.json")) as! [String: Any]
    schedule["sessions"] = (schedule["sessions"] as! [[String: Any]]).filter { $0["id"] as? String != "closing" }
    schedule["unscheduled"] = [["id": "closing", "reasons": ["no time is left"]]]
    try JSONSerialization.data(withJSONObject: schedule).write(to: URL(fileURLWithPath: ws + "/schedule.json"))
    let refused = try convene.run("publish", "--workspace", ws)
    #expect(refused.status == 1)
    #expect(
      refused.error.contains(
        "\"closing\" is in release v1 but left out of schedule.json, while sessions.csv still holds it: publishing would cancel it for everyone invited."
      ), "\(refused.error)")
    #expect(!FileManager.default.fileExists(atPath: ws + "/releases/v2.json"))
    // Deleted from sessions.csv, it is cancelled.
    let sessions = String(decoding: convene.bytes(ws + "/sessions.csv"), as: UTF8.self)
    let kept = sessions.components(separatedBy: "\r\n").filter { !$0.hasPrefix("closing,") }.joined(separator: "\r\n")
    try Data(kept.utf8).write(to: URL(fileURLWithPath: ws + "/sessions.csv"))
    schedule["unscheduled"] = []
    try JSONSerialization.data(withJSONObject: schedule).write(to: URL(fileURLWithPath: ws + "/schedule.json"))
    let published = try convene.run("publish", "--workspace", ws)
    #expect(published.status == 0, "\(published.error)")
    #expect(published.output.contains("removed  closing"), "\(published.output)")
  }
}
