import Foundation
import Testing

/// Runs the independent Python parsers (PyPI's icalendar and vobject, in `.build/venv`) over
/// files and returns what they found.
func parseWithPython(_ files: [String]) throws -> [String: [String: Any]] {
  let python = ConveneRunner.repository.appendingPathComponent(".build/venv/bin/python").path
  guard FileManager.default.isExecutableFile(atPath: python) else {
    Issue.record("\(python) is missing: run `make test`, which installs the Python calendar parsers")
    return [:]
  }
  let process = Process()
  process.executableURL = URL(fileURLWithPath: python)
  process.arguments = [ConveneRunner.repository.appendingPathComponent("Tests/EndToEndTests/Interop/check_calendars.py").path] + files
  let output = Pipe(), errors = Pipe()
  process.standardOutput = output
  process.standardError = errors
  try process.run()
  let data = output.fileHandleForReading.readDataToEndOfFile()
  let problems = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  process.waitUntilExit()
  #expect(process.terminationStatus == 0, "\(problems)")
  return (try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]]) ?? [:]
}

@Suite struct InviteCommandTests {
  /// Publishes the Dakar workshop and writes the invitations.
  func published() throws -> (ConveneRunner, String, [String: Any]) {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    #expect(try convene.run("schedule", "--iterations", "3000", "--workspace", ws).status == 0)
    #expect(try convene.run("publish", "--workspace", ws).status == 0)
    let release = try JSONSerialization.jsonObject(with: convene.bytes(ws + "/releases/v1.json")) as! [String: Any]
    return (convene, ws, release)
  }

  @Test func everyInvitationParsesEverywhereNamesOnlyItsRecipientAndKeepsTheTimes() throws {
    let (convene, ws, release) = try published()
    let result = try convene.run("invite", "--workspace", ws)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.hasPrefix("Wrote 55 messages for 55 participants to outbox/v1/"))
    let folder = ws + "/outbox/v1"
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map { folder + "/" + $0 }
    #expect(files.count == 110)
    let parsed = try parseWithPython(files)
    #expect(parsed.count == 110)

    let starts = Dictionary(uniqueKeysWithValues: (release["sessions"] as! [[String: Any]]).map { entry in
      ("\(entry["id"] as! String)@dakar-2027.convene", Self.utc(entry["start"] as! String))
    })
    let people = try JSONSerialization.jsonObject(with: Data(try convene.run("participants", "list", "--format", "json", "--workspace", ws).output.utf8)) as! [[String: Any]]
    let emails = Dictionary(uniqueKeysWithValues: people.map { ($0["id"] as! String, $0["email"] as! String) })
    for file in files where file.hasSuffix(".ics") {
      let participant = String(file.split(separator: "/").last!.split(separator: "-").first!)
      let calendar = try #require(parsed[file])
      #expect(calendar["method"] as? String == "REQUEST")
      #expect(calendar["tzids"] as? [String] == ["Africa/Dakar"])
      for event in calendar["events"] as! [[String: Any]] {
        #expect(event["attendees"] as? [String] == ["mailto:\(emails[participant]!)"])
        #expect(event["start"] as? String == starts[event["uid"] as! String])
        #expect(event["organizer"] as? String == "mailto:events@example.org")
      }
      // Nobody else's address appears anywhere in the files meant for this participant.
      for name in [file, file.replacingOccurrences(of: ".ics", with: ".eml")] {
        let text = String(decoding: convene.bytes(name), as: UTF8.self)
        for (other, address) in emails where other != participant && address != emails[participant] {
          #expect(!text.contains(address), "\(name) names \(address)")
        }
      }
    }
    let eml = try #require(parsed[folder + "/p001-request.eml"])
    #expect(eml["to"] as? String == "Yao Ouédraogo <yao.ouedraogo@ouagadougou.example.org>")
    #expect((eml["subject"] as? String)?.hasPrefix("Invitation: Atelier régional") == true)
    #expect((eml["structure"] as! [[Any]]).map { $0.map { ($0 as? String) ?? "-" } } == [
      ["multipart/mixed", "-", "-"], ["multipart/alternative", "-", "-"], ["text/plain", "-", "-"],
      ["text/calendar", "REQUEST", "-"], ["application/ics", "-", "invite.ics"],
    ])
    #expect((eml["text"] as? String)?.hasPrefix("Bonjour Yao Ouédraogo,") == true)
  }

  @Test func aSecondRunSendsNothingAndAChangeSendsOnlyTheChangeWithAHigherSequence() throws {
    let (convene, ws, release) = try published()
    #expect(try convene.run("invite", "--workspace", ws).status == 0)
    #expect(try convene.run("invite", "--workspace", ws).output == "Nothing to send: every participant's calendar matches the latest release.\n")

    // A session is dropped and a speaker can no longer come at their session's time: schedule
    // again and publish v2.
    let droppedID = "networking"
    for file in ["sessions.csv", "signups.csv"] {
      let path = ws + "/" + file
      let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n")
      try lines.filter { !$0.hasPrefix(droppedID + ",") && !$0.hasSuffix("," + droppedID) }.joined(separator: "\r\n")
        .write(toFile: path, atomically: true, encoding: .utf8)
    }
    let entry = try #require((release["sessions"] as! [[String: Any]]).first { $0["id"] as? String == "b6-national" })
    let speaker = (entry["speakers"] as! [String])[0]
    let window = "\((entry["start"] as! String).prefix(10)) \((entry["start"] as! String).dropFirst(11).prefix(5))-\((entry["end"] as! String).dropFirst(11).prefix(5))"
    let path = ws + "/participants.csv"
    let rows = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n").map { line -> String in
      guard line.hasPrefix(speaker + ",") else { return line }
      var cells = line.components(separatedBy: ",")
      cells[cells.count - 4] = window
      return cells.joined(separator: ",")
    }
    try rows.joined(separator: "\r\n").write(toFile: path, atomically: true, encoding: .utf8)
    #expect(try convene.run("schedule", "--iterations", "3000", "--workspace", ws).status == 0)
    let published = try convene.run("publish", "--workspace", ws)
    #expect(published.status == 0, "\(published.error)")
    let moved = Set(published.output.split(separator: "\n").filter { $0.hasPrefix("  moved") || $0.hasPrefix("  room") }
      .map { String($0.split(separator: " ", omittingEmptySubsequences: true)[1].dropLast()) })
    #expect(moved.contains("b6-national"))
    let again = try convene.run("invite", "--json", "--workspace", ws)
    #expect(again.status == 0, "\(again.error)")
    let report = try JSONSerialization.jsonObject(with: Data(again.output.utf8)) as! [String: Any]
    let messages = report["messages"] as! [[String: Any]]
    let requests = messages.filter { $0["method"] as? String == "REQUEST" }
    let cancels = messages.filter { $0["method"] as? String == "CANCEL" }
    #expect(requests.allSatisfy { Set($0["changed"] as! [String]).isSubset(of: moved) && ($0["added"] as! [String]).isEmpty })
    #expect(!requests.isEmpty)
    #expect(!cancels.isEmpty)
    #expect(cancels.allSatisfy { ($0["cancelled"] as! [String]) == [droppedID] })

    let folder = ws + "/outbox/v2"
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map { folder + "/" + $0 }
    let parsed = try parseWithPython(files.filter { $0.hasSuffix(".ics") })
    for (file, calendar) in parsed {
      for event in calendar["events"] as! [[String: Any]] {
        #expect(event["sequence"] as? Int == 1, "\(file)")
        if calendar["method"] as? String == "CANCEL" {
          #expect(event["status"] as? String == "CANCELLED")
          #expect(event["uid"] as? String == "\(droppedID)@dakar-2027.convene")
        } else {
          #expect(moved.contains(String((event["uid"] as! String).prefix { $0 != "@" })))
        }
      }
    }
  }

  @Test func invitationsNeedARelease() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let result = try convene.run("invite", "--workspace", ws)
    #expect(result.status == 1)
    #expect(result.error.contains("no release yet: run `convene schedule` and `convene publish` first"))
  }

  @Test func theWholeAgendaAsOneCalendar() throws {
    let (convene, ws, release) = try published()
    let result = try convene.run("agenda", "--format", "ics", "--workspace", ws)
    #expect(result.status == 0)
    let path = try convene.write(result.output, to: "agenda.ics")
    let calendar = try #require(try parseWithPython([path])[path])
    #expect(calendar["method"] as? String == "PUBLISH")
    let events = calendar["events"] as! [[String: Any]]
    #expect(events.count == (release["sessions"] as! [Any]).count)
    #expect(events.allSatisfy { ($0["attendees"] as! [String]).isEmpty })
  }

  /// `2027-03-09T09:00:00+00:00` as `2027-03-09T09:00:00Z`.
  static func utc(_ stamp: String) -> String {
    let formatter = ISO8601DateFormatter()
    let date = formatter.date(from: stamp)!
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
  }
}
