import Foundation
import Testing

@Suite struct InitAndCheckTests {
  static let kinds = ["workshop", "regional-workshop", "global-summit", "webinar", "briefing", "training", "exchange", "site-visit", "leadership-initiative"]

  @Test(arguments: kinds)
  func everyKindStartsAsAValidWorkspace(kind: String) throws {
    let convene = ConveneRunner()
    let created = try convene.run("init", "new-event", "--kind", kind, "--timezone", "Africa/Nairobi", "--start", "2027-03-08")
    #expect(created.status == 0, "\(created.error)")
    let check = try convene.run("check", "--workspace", "new-event")
    #expect(check.status == 0, "\(check.output)")
    #expect(check.output.contains("The workspace is valid (0 errors"))
    let schedule = try convene.run("schedule", "--iterations", "2000", "--workspace", "new-event")
    #expect(schedule.status == 0, "\(schedule.output)\(schedule.error)")
    #expect(schedule.output.contains(" 0 left out."))
    let event = try String(contentsOfFile: convene.path("new-event/event.json"), encoding: .utf8)
    #expect(event.contains("\"id\": \"new-event\""))
    #expect(event.contains("\"date\": \"2027-03-08\""))
    #expect(event.contains("\"timezone\": \"Africa/Nairobi\""))
  }

  @Test func initRefusesAFolderWithFiles() throws {
    let convene = ConveneRunner()
    _ = try convene.write("keep me", to: "notes.txt")
    let result = try convene.run("init", ".", "--kind", "webinar")
    #expect(result.status == 1)
    #expect(result.error.contains("is not empty"))
    #expect(try String(contentsOfFile: convene.path("notes.txt"), encoding: .utf8) == "keep me")
  }

  @Test(arguments: ["dakar-regional-workshop", "amman-global-summit"])
  func theExamplesAreValid(example: String) throws {
    let convene = ConveneRunner()
    let result = try convene.run("check", "--workspace", convene.example(example))
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output.hasSuffix("The workspace is valid (0 errors, 0 warnings).\n"))
  }

  @Test func theSummitExampleHasTheAdvertisedSize() throws {
    let convene = ConveneRunner()
    let stats = try convene.run("participants", "stats", "--json", "--workspace", convene.example("amman-global-summit"))
    let json = try JSONSerialization.jsonObject(with: Data(stats.output.utf8)) as! [String: Any]
    #expect((json["total"] as! Int) >= 400)
    #expect((json["country"] as! [Any]).count >= 30)
    let list = try convene.run("participants", "list", "--format", "json", "--workspace", convene.example("amman-global-summit"))
    let people = try JSONSerialization.jsonObject(with: Data(list.output.utf8)) as! [[String: Any]]
    #expect(Set(people.map { $0["city"] as! String }).count >= 50)
    let names = people.map { $0["name"] as! String }.joined()
    #expect(names.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) })  // Arabic
    #expect(names.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) })  // Cyrillic
    #expect(names.contains("é") || names.contains("ë") || names.contains("ç"))
    let sessions = try String(contentsOfFile: convene.example("amman-global-summit/sessions.csv"), encoding: .utf8)
    #expect(sessions.split(separator: "\r\n").count - 1 >= 60)
    let rooms = try String(contentsOfFile: convene.example("amman-global-summit/rooms.csv"), encoding: .utf8)
    #expect(rooms.split(separator: "\r\n").count - 1 == 12)
  }

  @Test func checkReportsEveryProblemOfEveryFileInOneRun() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    func edit(_ file: String, _ change: (String) -> String) throws {
      let path = ws + "/" + file
      try change(try String(contentsOfFile: path, encoding: .utf8)).write(toFile: path, atomically: true, encoding: .utf8)
    }
    try edit("event.json") {
      $0.replacingOccurrences(of: "\"Africa/Dakar\"", with: "\"Africa/Timbuktu2\"")
        .replacingOccurrences(of: "{ \"start\": \"15:30\", \"end\": \"16:00\", \"label\": \"Coffee\" }", with: "{ \"start\": \"17:30\", \"end\": \"18:00\", \"label\": \"Coffee\" }")
    }
    try edit("rooms.csv") { $0 + "salle-d,Salle D,cicad,lots,,\r\n" }
    try edit("sessions.csv") { $0.replacingOccurrences(of: "opening,Ouverture / Opening,ceremony,45,", with: "opening,Ouverture / Opening,ceremony,50,p999;") + "extra,Extra,panel,60,,,,,,,,,,,,,,,,,,,salle-z\r\n" }
    try edit("signups.csv") { $0 + "p404,keynote\r\n" }
    let result = try convene.run("check", "--workspace", ws)
    #expect(result.status == 1)
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.hasPrefix("error: event.json:6: timezone: unknown time zone \"Africa/Timbuktu2\"") })
    #expect(lines.contains { $0.hasPrefix("error: event.json:") && $0.contains("breaks[2]: the break \"Coffee\" (17:30-18:00) is outside the day (09:00-17:30)") })
    #expect(lines.contains("error: rooms.csv:6: capacity: \"lots\" is not a whole number from 1 to 1,000,000"))
    #expect(lines.contains("error: sessions.csv:2: duration: 50 minutes is not a multiple of the 15-minute grid (hint: use 45 or 60)"))
    #expect(lines.contains { $0.hasPrefix("error: sessions.csv:2: speakers: unknown participant id \"p999\"") })
    #expect(lines.contains("error: sessions.csv:22: room: pinned to the room \"salle-z\", which is not in rooms.csv"))
    #expect(lines.contains("error: signups.csv:222: participant: unknown participant id \"p404\""))
    #expect(lines.last == "The workspace has problems: 8 errors, 0 warnings.")

    let json = try convene.run("check", "--json", "--workspace", ws)
    #expect(json.status == 1)
    let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as! [String: Any]
    #expect(object["valid"] as? Bool == false)
    #expect(object["errors"] as? Int == 8)
    let first = (object["findings"] as! [[String: Any]])[0]
    #expect(first["file"] as? String == "event.json")
    #expect(first["line"] as? Int == 6)
    #expect(first["field"] as? String == "timezone")
  }

  /// `--json` lists errors before warnings, as the text does, whatever the files' order.
  @Test func checkJSONListsErrorsFirst() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let rooms = ws + "/rooms.csv"
    var lines = try String(contentsOfFile: rooms, encoding: .utf8).components(separatedBy: "\r\n")
    lines = lines.enumerated().map { $0.offset == 0 ? $0.element + ",notes" : $0.element.isEmpty ? "" : $0.element + "," }
    try lines.joined(separator: "\r\n").write(toFile: rooms, atomically: true, encoding: .utf8)
    let signups = ws + "/signups.csv"
    try (try String(contentsOfFile: signups, encoding: .utf8) + "p404,keynote\r\n").write(
      toFile: signups, atomically: true, encoding: .utf8)
    let text = try convene.run("check", "--workspace", ws)
    #expect(text.output.contains("warning: rooms.csv"), "\(text.output)")
    let json = try convene.run("check", "--json", "--workspace", ws)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
    let severities = (object["findings"] as? [[String: Any]] ?? []).map { $0["severity"] as? String ?? "" }
    #expect(severities == ["error", "warning"], "\(json.output)")
  }

  /// `init` takes a title `check` accepts, or none: a line break or an invisible control in it
  /// is a usage error, and no workspace is made.
  @Test(arguments: ["Evil\r\nTitle", "A \u{202E} B", "  "])
  func initRefusesATitleCheckWouldRefuse(_ title: String) throws {
    let convene = ConveneRunner()
    let result = try convene.run("init", "ws", "--kind", "workshop", "--title", title)
    #expect(result.status == 2, "\(result.error)")
    #expect(result.error.contains("--title"), "\(result.error)")
    #expect(!FileManager.default.fileExists(atPath: convene.path("ws")))
  }

  @Test func aFolderThatIsNotAWorkspace() throws {
    let convene = ConveneRunner()
    let result = try convene.run("check")
    #expect(result.status == 1)
    #expect(result.error.contains("is not an event workspace (no event.json)"))
  }

  /// Earlier versions wrote language names (`English`, `Français`) where a code is now
  /// required: the workspace stays valid, the next write holds the codes, and a language
  /// that is neither is one message, in feedback.csv as in participants.csv.
  @Test func languageNamesOfEarlierVersionsAreReadAsTheirCodes() throws {
    let convene = ConveneRunner()
    let ws = try convene.dakarAfterTheEvent()
    let files = [ws + "/feedback/feedback.csv", ws + "/participants.csv"]
    let codes = files.map { String(decoding: convene.bytes($0), as: UTF8.self) }
    let names = codes.map {
      $0.replacingOccurrences(of: ",en,", with: ",English,").replacingOccurrences(of: ",fr,", with: ",Français,")
    }
    for (file, text) in zip(files, names) { try text.write(toFile: file, atomically: true, encoding: .utf8) }
    #expect(zip(names, codes).allSatisfy { $0.contains(",Français,") && $0 != $1 })
    let check = try convene.run("check", "--workspace", ws)
    #expect(check.status == 0, "\(check.output)")
    #expect(check.output.contains("The workspace is valid (0 errors"), "\(check.output)")

    // The next write of each file holds the codes.
    let forms = convene.path("late")
    try FileManager.default.createDirectory(atPath: forms, withIntermediateDirectories: true)
    let form = try String(
      contentsOfFile: convene.example("returns/dakar/feedback/forms/feedback-dakar-2027-p019.json"), encoding: .utf8)
    try form.replacingOccurrences(of: "r-20270000", with: "r-late").replacingOccurrences(of: "\"p019\"", with: "\"\"")
      .write(toFile: forms + "/late.json", atomically: true, encoding: .utf8)
    #expect(try convene.run("feedback", "collect", forms, "--workspace", ws).status == 0)
    #expect(try convene.run("participants", "cancel", "p004", "--workspace", ws).status == 0)
    let rewritten = files.map { String(decoding: convene.bytes($0), as: UTF8.self) }
    #expect(rewritten.allSatisfy { !$0.contains("English") && !$0.contains("Français") })
    let feedbackLines = Set(rewritten[0].split(separator: "\r\n"))
    #expect(codes[0].split(separator: "\r\n").allSatisfy(feedbackLines.contains))

    // A language that is no code and no name: one message, whichever file holds it.
    let feedback = rewritten[0].replacingOccurrences(of: ",ar,", with: ",Klingon,")
    let participants = rewritten[1].replacingOccurrences(of: ",ar;fr,", with: ",Klingon,")
    try feedback.write(toFile: files[0], atomically: true, encoding: .utf8)
    try participants.write(toFile: files[1], atomically: true, encoding: .utf8)
    let refused = try convene.run("check", "--workspace", ws)
    #expect(refused.status == 1)
    let errors = refused.output.split(separator: "\n").filter { $0.contains("Klingon") || $0.contains("klingon") }
    let messages = Set(errors.map { $0.components(separatedBy: ": ").dropFirst(3).joined(separator: ": ").lowercased() })
    #expect(errors.contains { $0.hasPrefix("error: feedback/feedback.csv:") } && errors.contains { $0.hasPrefix("error: participants.csv:") })
    #expect(
      messages == ["\"klingon\" is not an iso 639-1 language code (hint: for example en, fr, ar)"], "\(errors)")
  }

  @Test func usageErrorsExitWithTwo() throws {
    let convene = ConveneRunner()
    #expect(try convene.run("init", "x", "--kind", "party").status == 2)
    #expect(try convene.run("init", "x", "--kind", "webinar", "--start", "09/03/2027").status == 2)
    #expect(try convene.run("participants", "import").status == 2)
    let map = try convene.run("participants", "import", "file.csv", "--map", "Phone=telephone")
    #expect(map.status == 2)
    #expect(map.error.contains("\"telephone\" is not a field"))
  }
}

extension String {
  func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
