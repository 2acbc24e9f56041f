import ConveneCalendar
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
    let ws = try convene.dakarWithReleaseOne()
    let release = try JSONSerialization.jsonObject(with: convene.bytes(ws + "/releases/v1.json")) as! [String: Any]
    return (convene, ws, release)
  }

  @Test func everyInvitationParsesEverywhereNamesOnlyItsRecipientAndKeepsTheTimes() throws {
    let (convene, ws, release) = try published()
    let result = try convene.run("invite", "--workspace", ws)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.hasPrefix("Wrote 55 messages for 55 participants to outbox/v1/ (533 new session invitations, 0 updates, 0 cancellations); 4 participants have nothing new."))
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
      #expect(try CalendarWriter.restrictionProblems(inText: String(decoding: convene.bytes(file), as: UTF8.self)) == [], "\(file)")
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
    for file in files where file.hasSuffix(".ics") {
      #expect(try CalendarWriter.restrictionProblems(inText: String(decoding: convene.bytes(file), as: UTF8.self)) == [], "\(file)")
    }
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

  /// event.json moved to a zone of the same clock after publishing (`Africa/Dakar` to
  /// `Africa/Abidjan`): `publish` has nothing to publish, and the invitations of release 1 carry
  /// what it published. Before, `invite` wrote an update of every session to every person, in
  /// the new zone and with a higher SEQUENCE, which also undid every answer collected.
  @Test func aZoneOfTheSameClockAfterPublishingSendsNothing() throws {
    let (convene, ws, _) = try published()
    #expect(try convene.run("invite", "--workspace", ws).status == 0)
    let path = ws + "/event.json"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let moved = text.replacingOccurrences(of: "\"Africa/Dakar\"", with: "\"Africa/Abidjan\"")
    #expect(moved != text)
    try moved.write(toFile: path, atomically: true, encoding: .utf8)
    #expect(try convene.run("publish", "--workspace", ws).output == "Nothing changed since v1; nothing was published.\n")
    let again = try convene.run("invite", "--workspace", ws)
    #expect(again.status == 0, "\(again.error)")
    #expect(again.output == "Nothing to send: every participant's calendar matches the latest release.\n")
    // The agenda of release 1 is in its zone too.
    let agenda = try convene.run("agenda", "--format", "ics", "--workspace", ws)
    #expect(agenda.output.contains("TZID=Africa/Dakar:"), "\(agenda.output.prefix(600))")
    #expect(!agenda.output.contains("Africa/Abidjan"))
    let markdown = try convene.run("agenda", "--workspace", ws)
    #expect(markdown.output.contains("Africa/Dakar"), "\(markdown.output.prefix(600))")
    #expect(!markdown.output.contains("Africa/Abidjan"))
  }

  /// `--dry-run --send` previews the send: messages written but never sent are planned again
  /// (and superseded when a later release changes them), as `--send` counts them. Before,
  /// `--dry-run` counted them as given and could not be given `--send`: it said 14 updates
  /// where the send wrote 7 and superseded 7.
  @Test func aDryRunOfASendSaysWhatTheSendDoes() throws {
    let (convene, ws, _) = try published()
    #expect(try convene.run("invite", "--workspace", ws).status == 0)
    let path = ws + "/sessions.csv"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let retitled = text.replacingOccurrences(of: "opening,Ouverture / Opening,", with: "opening,Opening of the workshop,")
    #expect(retitled != text)
    try retitled.write(toFile: path, atomically: true, encoding: .utf8)
    #expect(try convene.run("publish", "--workspace", ws).status == 0)
    let preview = try convene.run("invite", "--dry-run", "--send", "--sendmail", "cat >/dev/null", "--workspace", ws)
    #expect(preview.status == 0, "\(preview.error)")
    let sent = try convene.run("invite", "--send", "--sendmail", "cat >/dev/null", "--workspace", ws)
    #expect(sent.status == 0, "\(sent.error)")
    let previewed = preview.output.replacingOccurrences(of: "Would write", with: "Wrote")
      .replacingOccurrences(of: "would be superseded", with: "were superseded")
    #expect(previewed + "Sent 55 messages with `cat >/dev/null`.\n" == sent.output, "\(preview.output)\n---\n\(sent.output)")
    #expect(sent.output.contains("55 messages never sent were superseded"), "\(sent.output)")
    // Without --send the preview is of a run that writes: what was written counts as given.
    #expect(try convene.run("invite", "--dry-run", "--workspace", ws).output.contains("Nothing to send"))
  }

  @Test func invitationsNeedARelease() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let result = try convene.run("invite", "--workspace", ws)
    #expect(result.status == 1)
    #expect(result.error.contains("no release yet: run `convene schedule` and `convene publish` first"))
  }

  /// A speaker changed, or a session deleted, in sessions.csv without publishing: the roles
  /// would come from the draft and the times from the release (a speaker invited at a time of
  /// another session of theirs, the old one sent a cancellation of a session still published).
  @Test func invitationsWaitForAChangeOfSessionsToBePublished() throws {
    let (convene, ws, _) = try published()
    let path = ws + "/sessions.csv"
    let original = try String(contentsOfFile: path, encoding: .utf8)
    let lines = original.components(separatedBy: "\r\n")
    let speakerChanged = lines.map { line in
      guard line.hasPrefix("keynote,") else { return line }
      var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      fields[4] = "p047"
      return fields.joined(separator: ",")
    }
    for changed in [
      speakerChanged.joined(separator: "\r\n"), lines.filter { !$0.hasPrefix("bilateral-1,") }.joined(separator: "\r\n"),
    ] {
      #expect(changed != original)
      try changed.write(toFile: path, atomically: true, encoding: .utf8)
      let result = try convene.run("invite", "--workspace", ws)
      #expect(result.status == 1)
      #expect(result.error.contains("sessions.csv or the places it refers to have changed since release 1 (releases/v1.json) was published"), "\(result.error)")
      #expect(result.error.contains("run `convene publish` first"))
      #expect(!FileManager.default.fileExists(atPath: ws + "/outbox"))
    }
    try original.write(toFile: path, atomically: true, encoding: .utf8)
    #expect(try convene.run("invite", "--workspace", ws).status == 0)
  }

  @Test func theWholeAgendaAsOneCalendar() throws {
    let (convene, ws, release) = try published()
    let result = try convene.run("agenda", "--format", "ics", "--workspace", ws)
    #expect(result.status == 0)
    let path = try convene.write(result.output, to: "agenda.ics")
    let calendar = try #require(try parseWithPython([path])[path])
    #expect(try CalendarWriter.restrictionProblems(inText: result.output) == [])
    #expect(calendar["method"] as? String == "PUBLISH")
    let events = calendar["events"] as! [[String: Any]]
    #expect(events.count == (release["sessions"] as! [Any]).count)
    #expect(events.allSatisfy { ($0["attendees"] as! [String]).isEmpty })
    // Right after publishing, the agenda is release 1: its SEQUENCE is 1, as `--release 1`'s.
    let sequences = result.output.components(separatedBy: "\r\n").filter { $0.hasPrefix("SEQUENCE:") }
    #expect(!sequences.isEmpty && sequences.allSatisfy { $0 == "SEQUENCE:1" }, "\(Set(sequences))")
    #expect(try convene.run("agenda", "--format", "ics", "--release", "1", "--workspace", ws).output
      .components(separatedBy: "\r\n").filter { $0.hasPrefix("SEQUENCE:") } == sequences)
  }

  /// `2027-03-09T09:00:00+00:00` as `2027-03-09T09:00:00Z`.
  static func utc(_ stamp: String) -> String {
    let formatter = ISO8601DateFormatter()
    let date = formatter.date(from: stamp)!
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
  }
}

/// Imports a calendar into khal (from PyPI, in `.build/venv`) with a configuration of its own.
func importIntoKhal(_ file: String, scratch: String) throws -> (status: Int32, listing: String) {
  let khal = ConveneRunner.repository.appendingPathComponent(".build/venv/bin/khal").path
  let folder = scratch + "/khal-\(UUID().uuidString)"
  try FileManager.default.createDirectory(atPath: folder + "/cal", withIntermediateDirectories: true)
  try """
    [calendars]
    [[convene]]
    path = \(folder)/cal
    [locale]
    timeformat = %H:%M
    dateformat = %Y-%m-%d
    longdateformat = %Y-%m-%d
    datetimeformat = %Y-%m-%d %H:%M
    longdatetimeformat = %Y-%m-%d %H:%M
    """.write(toFile: folder + "/config", atomically: true, encoding: .utf8)
  func run(_ arguments: [String]) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: khal)
    process.arguments = ["-c", folder + "/config"] + arguments
    process.environment = ["TZ": "Africa/Dakar", "HOME": folder, "PATH": "/usr/bin:/bin"]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, text)
  }
  let (status, problems) = try run(["import", "--batch", "-a", "convene", file])
  guard status == 0 else { return (status, problems) }
  return try run(["list", "2027-03-09", "2d"])
}

@Suite struct KhalImportTests {
  @Test func invitationsAndTheAgendaImportIntoKhal() throws {
    let convene = ConveneRunner()
    let ws = try convene.dakarWithReleaseOne()
    #expect(try convene.run("invite", "--workspace", ws).status == 0)
    let agenda = try convene.write(try convene.run("agenda", "--format", "ics", "--workspace", ws).output, to: "agenda.ics")
    for file in [agenda, ws + "/outbox/v1/p001-request.ics", ws + "/outbox/v1/p048-request.ics"] {
      let (status, listing) = try importIntoKhal(file, scratch: convene.folder.path)
      #expect(status == 0, "\(file): \(listing)")
      #expect(listing.contains("Tuesday, 2027-03-09"), "\(listing)")
      #expect(listing.contains("09:00-09:45 Ouverture / Opening"), "\(listing)")
    }
  }
}

@Suite struct RSVPCommandTests {
  /// A participant's client answering one event of their invitation.
  static func reply(from invitation: String, event index: Int, answer: String, attendee: String? = nil) -> String {
    let unfolded = invitation.replacingOccurrences(of: "\r\n ", with: "")
    let events = unfolded.components(separatedBy: "BEGIN:VEVENT\r\n").dropFirst().map { $0.components(separatedBy: "END:VEVENT")[0] }
    let lines = events[index].components(separatedBy: "\r\n").filter { !$0.isEmpty }
    var attendeeLine = lines.first { $0.hasPrefix("ATTENDEE") }!
      .replacingOccurrences(of: "PARTSTAT=NEEDS-ACTION", with: "PARTSTAT=\(answer)").replacingOccurrences(of: ";RSVP=TRUE", with: "")
    if let attendee { attendeeLine = String(attendeeLine.prefix { $0 != ":" }) + ":mailto:" + attendee }
    let kept = lines.filter { !$0.hasPrefix("ATTENDEE") && !$0.hasPrefix("DESCRIPTION") && !$0.hasPrefix("LOCATION") }
    return (["BEGIN:VCALENDAR", "PRODID:-//Client//EN", "VERSION:2.0", "METHOD:REPLY", "BEGIN:VEVENT"] + kept + [attendeeLine, "END:VEVENT", "END:VCALENDAR", ""]).joined(separator: "\r\n")
  }

  @Test func repliesFromInviteesAreRecordedAndTheRestRejected() throws {
    let convene = ConveneRunner()
    let ws = try convene.dakarWithReleaseOne()
    #expect(try convene.run("invite", "--workspace", ws).status == 0)
    let invitation = String(decoding: convene.bytes(ws + "/outbox/v1/p001-request.ics"), as: UTF8.self)
    let replies = convene.path("replies")
    try FileManager.default.createDirectory(atPath: replies, withIntermediateDirectories: true)
    try Self.reply(from: invitation, event: 0, answer: "ACCEPTED").write(toFile: replies + "/yes.ics", atomically: true, encoding: .utf8)
    try Self.reply(from: invitation, event: 1, answer: "DECLINED").write(toFile: replies + "/no.ics", atomically: true, encoding: .utf8)
    try Self.reply(from: invitation, event: 2, answer: "ACCEPTED", attendee: "intruder@example.org").write(toFile: replies + "/intruder.ics", atomically: true, encoding: .utf8)
    let before = try FileManager.default.contentsOfDirectory(atPath: replies).map { convene.bytes(replies + "/" + $0) }
    // `--strict` records nothing while a file is rejected, and says so with exit 1.
    let strict = try convene.run("rsvp", "collect", replies, "--strict", "--workspace", ws)
    #expect(strict.status == 1)
    #expect(strict.error.contains("1 file(s) rejected; rsvp.csv is unchanged (--strict)"), "\(strict.error)")
    #expect(!FileManager.default.fileExists(atPath: ws + "/rsvp.csv"))
    let result = try convene.run("rsvp", "collect", replies, "--workspace", ws)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.hasPrefix("Read 3 reply files: 1 accepted, 0 tentative, 1 declined in rsvp.csv; 1 rejected."))
    #expect(result.output.contains("intruder.ics: ") && result.output.contains("intruder@example.org is not a participant"))
    let records = String(decoding: convene.bytes(ws + "/rsvp.csv"), as: UTF8.self)
    #expect(records.contains("p001,opening,accepted,yes.ics,"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: replies).map { convene.bytes(replies + "/" + $0) } == before)
  }
}

@Suite struct CalendarTextTests {
  /// A title with everything that breaks naive writers survives libical, icalendar's round trip
  /// and vobject exactly, folded at 75 octets.
  @Test func awkwardTextRoundTripsExactly() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let awkward = "Panel, \"what works\"; a\\b 🙂 السلام عليكم — " + String(repeating: "une très longue phrase ", count: 6) + "fin"
    let path = ws + "/sessions.csv"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let quoted = "\"" + awkward.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    try text.replacingOccurrences(of: "keynote,Keynote: cities at the front line of prevention,", with: "keynote,\(quoted),")
      .write(toFile: path, atomically: true, encoding: .utf8)
    #expect(try convene.run("schedule", "--iterations", "3000", "--workspace", ws).status == 0)
    #expect(try convene.run("publish", "--workspace", ws).status == 0)
    #expect(try convene.run("invite", "--workspace", ws).status == 0)
    let file = ws + "/outbox/v1/p001-request.ics"
    let raw = String(decoding: convene.bytes(file), as: UTF8.self)
    #expect(raw.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
    let parsed = try #require(try parseWithPython([file])[file])
    let summaries = (parsed["events"] as! [[String: Any]]).map { $0["summary"] as! String }
    #expect(summaries.contains(awkward), "\(summaries)")
    let descriptions = (parsed["events"] as! [[String: Any]]).map { $0["description"] as! String }
    // p001 reads French: the description is in French too (Langue, interprétation), as the e-mail.
    #expect(descriptions.contains { $0.contains("\n") && $0.contains("Langue: Français; interprétation: ") }, "\(descriptions)")
    #expect(!descriptions.contains { $0.contains("Speakers") || $0.contains("Language") }, "\(descriptions)")
  }
}
