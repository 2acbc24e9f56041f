import Foundation
import Testing

/// Attendance, feedback and reports, end to end on the Dakar example and what came back from it.
@Suite struct EvaluationCommandTests {
  let runner = ConveneRunner()

  func text(_ path: String) -> String { String(decoding: runner.bytes(path), as: UTF8.self) }

  /// Every file under `folder` with its bytes and modification date, to show nothing changed.
  func digest(of folder: String) throws -> [String: Data] {
    var contents: [String: Data] = [:]
    let files = FileManager.default.enumerator(atPath: folder)!.allObjects as! [String]
    for file in files.sorted() {
      let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/" + file)
      let stamp = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
      contents[file] = runner.bytes(folder + "/" + file) + Data("\(stamp)".utf8)
    }
    return contents
  }

  @Test func importsSignInSheetsAndBadgeScansAndListsWhatItCouldNotMatch() throws {
    let ws = try runner.copyExample("dakar-regional-workshop")
    let sheet = try runner.run(
      "attendance", "import", runner.example("returns/dakar/sign-in-day1.csv"), "--session", "day1",
      "--workspace", ws)
    #expect(sheet.status == 0)
    #expect(sheet.output.contains("by name and organisation"))
    #expect(
      sheet.output.contains(
        "sign-in-day1.csv:5: no participant called \"Fatou Diagne-Sow\" at \"Ville de Thiès\""))
    let scans = try runner.run(
      "attendance", "import", runner.example("returns/dakar/badge-scans.csv"), "--workspace", ws,
      "--json")
    #expect(scans.output.contains("\"reason\": \"no participant has the id \\\"p999\\\"\""))
    let attendance = text(ws + "/attendance.csv")
    #expect(attendance.hasPrefix("participant,session,status,checked_in_at\r\n"))
    #expect(attendance.contains("p001,2027-03-09,present,2027-03-09 08:"))
    #expect(attendance.contains(",keynote,present,"))
    // Importing the same scans again changes nothing.
    let before = runner.bytes(ws + "/attendance.csv")
    #expect(
      try runner.run(
        "attendance", "import", runner.example("returns/dakar/badge-scans.csv"), "--workspace", ws
      ).status == 0)
    #expect(runner.bytes(ws + "/attendance.csv") == before)
  }

  @Test func badSignInDataIsRefusedAndAttendanceIsLeftAlone() throws {
    let ws = try runner.dakarAfterTheEvent()
    let before = runner.bytes(ws + "/attendance.csv")
    let noPeople = try runner.run(
      "attendance", "import", try runner.write("seat,session\n4,keynote\n", to: "seats.csv"),
      "--workspace", ws)
    #expect(noPeople.status == 1)
    #expect(noPeople.error.contains("seats.csv:1: no column says who signed in"))
    let strict = try runner.run(
      "attendance", "import", runner.example("returns/dakar/badge-scans.csv"), "--strict",
      "--workspace", ws)
    #expect(strict.status == 1)
    let mark = try runner.run(
      "attendance", "mark", "p001", "--session", "gala-dinner", "--workspace", ws)
    #expect(mark.status == 1)
    #expect(
      mark.error.contains("--session gala-dinner: neither a session id nor a day of the event"))
    #expect(
      try runner.run("attendance", "mark", "p404", "--session", "keynote", "--workspace", ws).status
        == 1)
    #expect(runner.bytes(ws + "/attendance.csv") == before)
    let marked = try runner.run(
      "attendance", "mark", "p010", "--session", "closing", "--at", "2027-03-10 16:31",
      "--workspace", ws)
    #expect(marked.status == 0)
    #expect(text(ws + "/attendance.csv").contains("p010,closing,present,2027-03-10 16:31\r\n"))
    // Without --at, outside the days of the event: present, with no made-up time. (Dakar
    // keeps UTC.)
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd"
    let today = formatter.string(from: Date())
    if !["2027-03-09", "2027-03-10"].contains(today) {
      let untimed = try runner.run(
        "attendance", "mark", "p011", "--session", "closing", "--workspace", ws)
      #expect(untimed.status == 0)
      #expect(text(ws + "/attendance.csv").contains("p011,closing,present,\r\n"))
      #expect(
        untimed.output.contains(
          "No check-in time was recorded: today (\(today)) is not a day of the event; give --at"))
    }
  }

  @Test func collectsEveryKindOfReturnedFileTheSameWayTwiceAndNeverTouchesThem() throws {
    let ws = try runner.copyExample("dakar-regional-workshop")
    let returned = runner.folder.appendingPathComponent("returned").path
    try FileManager.default.copyItem(
      atPath: runner.example("returns/dakar/feedback"), toPath: returned)
    try Data("%PDF-1.4 scanned".utf8).write(to: URL(fileURLWithPath: returned + "/scan.pdf"))
    let originals = try digest(of: returned)
    let first = try runner.run("feedback", "collect", returned, "--workspace", ws)
    #expect(first.status == 0)
    #expect(first.output.contains("40 new"))
    #expect(
      first.output.contains(
        "rejected \(returned)/kobotoolbox.csv:3: satisfaction: 7 is outside 1-5"))
    #expect(first.output.contains("google-forms-fr.csv:9: unknown participant"))
    #expect(first.output.contains("scan.pdf: not a feedback file"))
    let records = runner.bytes(ws + "/feedback/feedback.csv")
    let second = try runner.run("feedback", "collect", returned, "--workspace", ws)
    #expect(second.output.contains("0 new, 0 replaced"))
    #expect(runner.bytes(ws + "/feedback/feedback.csv") == records)
    #expect(try digest(of: returned) == originals)
    // The person who answered with the form and later online is kept once, with the later answer.
    let csv = text(ws + "/feedback/feedback.csv")
    let lines = csv.split(separator: "\r\n").filter {
      $0.contains(",p005,") || $0.hasPrefix("r-") && $0.contains("p005")
    }
    #expect(
      csv.hasPrefix(
        "response,participant,submitted_at,source,language,satisfaction,usefulness:opening,"))
    #expect(lines.count <= 1)
    // The opening's grid column, whose title holds a `/` (`Ouverture / Opening`), is read.
    let rows = csv.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    #expect(rows.first(where: { $0.count > 6 && $0[1] == "p001" && $0[3].hasPrefix("google-forms-fr.csv") })?[6] == "5")
    #expect(rows.first(where: { $0.count > 6 && $0[1] == "p002" && $0[3].hasPrefix("google-forms-fr.csv") })?[6] == "3")
  }

  @Test func aColumnMapReadsASurveyToolsOwnHeadings() throws {
    let ws = try runner.copyExample("dakar-regional-workshop")
    let folder = runner.folder.appendingPathComponent("survey").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try "Who,Q1,Q2,Q3\np001,5,9,oui\n".write(
      toFile: folder + "/survey.csv", atomically: true, encoding: .utf8)
    let unmapped = try runner.run("feedback", "collect", folder, "--workspace", ws)
    #expect(
      unmapped.output.contains("no column is a question of this event (use --map COLUMN=QUESTION)"))
    let mapped = try runner.run(
      "feedback", "collect", folder, "--map", "Who=participant", "Q1=satisfaction", "Q2=recommend",
      "Q3=intend_to_act",
      "--workspace", ws)
    #expect(mapped.status == 0)
    #expect(text(ws + "/feedback/feedback.csv").contains(",p001,,survey.csv:2,,5,"))
  }

  @Test func theReportHidesSmallGroupsInEveryFormat() throws {
    let ws = try runner.dakarAfterTheEvent()
    let result = try runner.run("report", "--workspace", ws)
    #expect(result.status == 0)
    for name in ["report.html", "report.md", "indicators.csv", "indicators.json"] {
      #expect(FileManager.default.fileExists(atPath: ws + "/reports/" + name), "\(name) is missing")
    }
    let csv = text(ws + "/reports/indicators.csv")
    #expect(csv.hasPrefix("event,indicator,disaggregation,group,value,n,target\r\n"))
    #expect(csv.contains("dakar-2027,registered,total,all,59,59,\r\n"))
    #expect(csv.contains("dakar-2027,attended,total,all,52,52,\r\n"))
    #expect(csv.contains("dakar-2027,satisfied,total,all,"))
    #expect(csv.contains(",suppressed,suppressed,"))
    // No row shows a count from 1 to 4, but the whole event's answer counts (40 answered).
    for line in csv.split(separator: "\r\n").dropFirst() {
      let cells = line.split(separator: ",", omittingEmptySubsequences: false)
      if let n = Int(cells[5]), cells[2] != "answer" { #expect(n == 0 || n >= 5, "\(line)") }
    }
    let html = text(ws + "/reports/report.html")
    #expect(html.components(separatedBy: "<svg class=\"chart\"").count == 5)
    let json = text(ws + "/reports/indicators.json")
    #expect(json.contains("\"indicator\": \"nps\""))
    let only = try runner.run(
      "report", "--format", "md", "--output", runner.path("md"), "--workspace", ws)
    #expect(only.status == 0)
    #expect(try FileManager.default.contentsOfDirectory(atPath: runner.path("md")) == ["report.md"])
  }

  @Test func aNetworkReportRollsSeveralEventsUp() throws {
    let dakar = try runner.dakarAfterTheEvent()
    let amman = try runner.copyExample("amman-global-summit", as: "amman")
    #expect(
      try runner.run(
        "attendance", "import", runner.example("returns/amman/badge-scans.csv"), "--workspace",
        amman
      ).status == 0)
    #expect(
      try runner.run(
        "feedback", "collect", runner.example("returns/amman/feedback"), "--workspace", amman
      ).status == 0)
    let result = try runner.run(
      "report", "--across", dakar, amman, "--output", runner.path("network"), "--format", "csv")
    #expect(result.status == 0)
    let csv = text(runner.path("network/indicators.csv"))
    #expect(csv.contains("dakar-2027,registered,total,all,59,59,"))
    #expect(csv.contains("amman-2027,registered,total,all,400,400,"))
    #expect(csv.contains("all,registered,total,all,459,459,"))
    #expect(csv.contains("all,countries,total,all,"))
    #expect(try runner.run("report", "--across", dakar).status == 2)
    // Without --output the roll-up goes into the workspace (`--workspace`, else the first
    // event's), never into the folder the command runs in.
    let inside = try runner.run("report", "--across", dakar, amman, "--format", "csv", "--workspace", dakar)
    #expect(inside.status == 0, "\(inside.error)")
    #expect(FileManager.default.fileExists(atPath: dakar + "/network-report/indicators.csv"))
    #expect(!FileManager.default.fileExists(atPath: runner.path("network-report")))
    // One event twice (the same folder, or a copy) would count its people twice.
    let copy = try runner.copyExample("dakar-regional-workshop", as: "dakar-copy")
    for second in [dakar, copy] {
      let twice = try runner.run("report", "--across", dakar, second, "--output", runner.path("twice"))
      #expect(twice.status == 1)
      #expect(twice.error.contains("are both the event dakar-2027: a roll-up counts each event once; nothing was written"), "\(twice.error)")
      #expect(!FileManager.default.fileExists(atPath: runner.path("twice")))
    }
  }

  @Test func hostileTextIsEscapedFromRegistrationToReport() throws {
    let ws = try runner.copyExample("dakar-regional-workshop")
    let payload = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">"
    // A participant's name, organisation and region, a session's title and a commitment.
    var participants = text(ws + "/participants.csv")
    participants = participants.replacingOccurrences(
      of: "Yao Ouédraogo", with: "Yao \(payload.replacingOccurrences(of: "\"", with: "\"\""))")
    participants = participants.replacingOccurrences(
      of: "Municipality of Ouagadougou,Ouagadougou,BF,West and Central Africa",
      with: "\"Org \(payload.replacingOccurrences(of: "\"", with: "\"\""))\",Ouagadougou,BF,=1+1")
    try participants.write(toFile: ws + "/participants.csv", atomically: true, encoding: .utf8)
    let sessions = text(ws + "/sessions.csv").replacingOccurrences(
      of: "Keynote: cities at the front line of prevention",
      with: "\"Keynote \(payload.replacingOccurrences(of: "\"", with: "\"\""))\"")
    try sessions.write(toFile: ws + "/sessions.csv", atomically: true, encoding: .utf8)
    let returned = runner.folder.appendingPathComponent("returned").path
    try FileManager.default.createDirectory(atPath: returned, withIntermediateDirectories: true)
    for index in 1...6 {
      let answer = """
        {"format": "convene-feedback/1", "event": "dakar-2027", "response": "r-\(index)", "participant": "p00\(index)",
         "submitted_at": "2027-03-10T17:00:00Z", "language": "fr",
         "answers": {"satisfaction": 4, "recommend": 9, "intend_to_act": "yes", "usefulness": {"keynote": 5},
                     "commitments": \(index == 1 ? "\"=cmd|' /C calc'!A0\"" : "\"\(payload.replacingOccurrences(of: "\"", with: "\\\""))\"")}}
        """
      try answer.write(toFile: returned + "/p\(index).json", atomically: true, encoding: .utf8)
    }
    #expect(try runner.run("check", "--workspace", ws).status == 0)
    #expect(
      try runner.run(
        "attendance", "import", runner.example("returns/dakar/badge-scans.csv"), "--workspace", ws
      ).status == 0)
    #expect(try runner.run("feedback", "collect", returned, "--workspace", ws).status == 0)
    #expect(try runner.run("attendance", "sheets", "--workspace", ws).status == 0)
    #expect(try runner.run("feedback", "form", "--workspace", ws).status == 0)
    #expect(try runner.run("report", "--workspace", ws).status == 0)
    let htmlFiles = [
      ws + "/reports/report.html", ws + "/sign-in/unscheduled.html",
      ws + "/forms/feedback-form-fr.html",
    ]
    for file in htmlFiles {
      let html = text(file)
      #expect(!html.contains("<script>window"), "\(file)")
      #expect(!html.contains("<img"), "\(file)")
    }
    #expect(text(ws + "/sign-in/unscheduled.html").contains("Yao &lt;script&gt;"))
    #expect(
      text(ws + "/reports/report.html").contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;"))
    #expect(
      !text(ws + "/reports/report.md").replacingOccurrences(of: "\\<", with: "").contains("<"))
    #expect(text(ws + "/feedback/feedback.csv").contains("'=cmd|"))
    #expect(text(ws + "/reports/indicators.csv").contains("region,'=1+1,"))
  }

  @Test func rsvpAnswersFeedAttendanceAndTheSignInSheets() throws {
    let ws = try runner.copyExample("dakar-regional-workshop")
    #expect(
      try runner.run("schedule", "--workspace", ws, "--iterations", "2000", "--seed", "1").status
        == 0)
    try
      "participant,session,answer,file,stamp\r\np001,b1-referral,declined,p001.ics,1\r\np002,keynote,accepted,p002.ics,1\r\n"
      .write(toFile: ws + "/rsvp.csv", atomically: true, encoding: .utf8)
    #expect(
      try runner.run(
        "attendance", "mark", "p003", "--session", "keynote", "--at", "2027-03-09 09:01",
        "--workspace", ws
      ).status == 0)
    let attendance = text(ws + "/attendance.csv")
    #expect(attendance.contains("p001,b1-referral,declined,\r\n"))
    #expect(attendance.contains("p002,keynote,accepted,\r\n"))
    #expect(attendance.contains("p003,keynote,present,2027-03-09 09:01\r\n"))
    // Seen on the day wins over the answer.
    #expect(
      try runner.run(
        "attendance", "mark", "p002", "--session", "keynote", "--absent", "--workspace", ws
      ).status == 0)
    #expect(text(ws + "/attendance.csv").contains("p002,keynote,absent,\r\n"))
    #expect(try runner.run("attendance", "sheets", "--workspace", ws).status == 0)
    let sheets = try FileManager.default.contentsOfDirectory(atPath: ws + "/sign-in").sorted()
    #expect(sheets.prefix(2) == ["2027-03-09.html", "2027-03-10.html"])
    let day = sheets.map { text(ws + "/sign-in/" + $0) }.joined()
    let page = try #require(
      day.components(separatedBy: "<section class=\"page\" data-key=\"b1-referral\">").dropFirst()
        .first)
    let referral = page.components(separatedBy: "</section>")[0]
    #expect(!referral.contains("<td class=\"id\">p001</td>"))
    #expect(day.contains("<td class=\"id\">p001</td>"))
  }

  @Test func theCSVTemplateFilledInIsCollected() throws {
    let ws = try runner.copyExample("dakar-regional-workshop")
    #expect(try runner.run("feedback", "form", "--workspace", ws).status == 0)
    let header = text(ws + "/forms/feedback-template.csv").trimmingCharacters(in: .newlines)
    #expect(header.hasPrefix("participant,email,submitted_at,satisfaction,usefulness:opening,"))
    let columns = header.split(separator: ",").map(String.init)
    func row(_ values: [String: String]) -> String {
      columns.map { values[$0] ?? "" }.joined(separator: ",")
    }
    let filled = [
      header,
      row([
        "participant": "p004", "submitted_at": "2027-03-10 18:00", "satisfaction": "5",
        "recommend": "10", "intend_to_act": "oui", "usefulness:keynote": "4",
      ]),
      row([
        "email": "p005@nowhere.example.org", "satisfaction": "4", "recommend": "8",
        "intend_to_act": "yes",
      ]),
    ].joined(separator: "\r\n")
    let folder = runner.folder.appendingPathComponent("sheet").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try filled.write(toFile: folder + "/answers.csv", atomically: true, encoding: .utf8)
    let result = try runner.run("feedback", "collect", folder, "--workspace", ws)
    #expect(result.output.contains("1 new"))
    #expect(result.output.contains("answers.csv:3: unknown participant"))
    #expect(
      text(ws + "/feedback/feedback.csv").contains(",p004,2027-03-10T18:00:00Z,answers.csv:2,,5,"))
  }

  @Test func aNewWorkspaceStartsWithTheStandardQuestionsAndIndicators() throws {
    #expect(
      try runner.run("init", runner.path("new"), "--kind", "webinar", "--start", "2027-05-03")
        .status == 0)
    let event = text(runner.path("new/event.json"))
    #expect(event.contains("\"evaluation\": {"))
    #expect(event.contains("\"measure\": \"nps\""))
    #expect(try runner.run("check", "--workspace", runner.path("new")).status == 0)
    #expect(
      try runner.run("feedback", "form", "--lang", "ar", "--workspace", runner.path("new")).status
        == 0)
    #expect(
      text(runner.path("new/forms/feedback-form-ar.html")).contains("ما مدى احتمال أن توصي زميلاً"))
  }

  @Test func aHeldLockStopsEveryWriterAndLeavesTheFilesAlone() throws {
    let ws = try runner.dakarAfterTheEvent()
    let attendance = runner.bytes(ws + "/attendance.csv")
    let feedback = runner.bytes(ws + "/feedback/feedback.csv")
    let lock = try runner.holdLock(ws, note: "\(ProcessInfo.processInfo.processIdentifier) report\n")
    defer { close(lock) }
    #expect(
      try runner.run("attendance", "mark", "p010", "--session", "closing", "--workspace", ws).status
        == 3)
    #expect(
      try runner.run(
        "attendance", "import", runner.example("returns/dakar/badge-scans.csv"), "--workspace", ws
      ).status == 3)
    #expect(
      try runner.run(
        "feedback", "collect", runner.example("returns/amman/feedback"), "--workspace", ws
      ).status == 3)
    #expect(try runner.run("report", "--workspace", ws).status == 3)
    #expect(runner.bytes(ws + "/attendance.csv") == attendance)
    #expect(runner.bytes(ws + "/feedback/feedback.csv") == feedback)
  }
}
