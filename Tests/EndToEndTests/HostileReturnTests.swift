import Foundation
import Testing

/// Returned forms and sign-in sheets built to break the records: a number too large for its
/// type, control characters, a language that is a path, a line break in an id, a check-in
/// time outside every range. Each is listed with its reason and kept out of the records, so
/// that `check` still accepts the workspace afterwards.
@Suite struct HostileReturnTests {
  let convene = ConveneRunner()

  /// The first form of the Dakar returns with `old` replaced by `new`, written as `name`.
  func form(_ name: String, in folder: String, _ old: String, _ new: String) throws {
    let source = convene.example("returns/dakar/feedback/forms/feedback-dakar-2027-p019.json")
    let text = try String(contentsOfFile: source, encoding: .utf8)
    precondition(text.contains(old), "the form does not contain \(old)")
    try text.replacingOccurrences(of: old, with: new).write(
      toFile: folder + "/" + name, atomically: true, encoding: .utf8)
  }

  @Test func hostileFeedbackFormsAreRejectedAndTheWorkspaceStaysValid() throws {
    let ws = try convene.copyExample("dakar-regional-workshop")
    let forms = convene.path("forms")
    try FileManager.default.createDirectory(atPath: forms, withIntermediateDirectories: true)
    try form("huge.json", in: forms, #""recommend": 10"#, #""recommend": 99999999999999999999"#)
    try form("float.json", in: forms, #""recommend": 10"#, #""recommend": 1e+308"#)
    try form(
      "comm.json", in: forms, #""Pilot a women peacebuilders network in two districts""#,
      #""=HYPERLINK(\"http://x\")\r\n\u001B[31mred\u202E""#)
    try form("lang.json", in: forms, #""language": "ar""#, #""language": "../../fr\r\n""#)
    try form("pcrlf.json", in: forms, #""participant": "p019""#, #""participant": "p031\r\nBcc: x""#)

    let collect = try convene.run("feedback", "collect", forms, "--workspace", ws)
    #expect(collect.status == 0, "\(collect.error)")
    #expect(collect.output.contains("0 new, 0 replaced by a later answer, 0 already recorded or older; 5 rejected."))
    let lines = collect.output.components(separatedBy: "\n")
    for expected in [
      "  rejected \(forms)/huge.json: recommend: \"1e+20\" is not a number from 0 to 10",
      "  rejected \(forms)/float.json: recommend: \"1e+308\" is not a number from 0 to 10",
      "  rejected \(forms)/comm.json: commitments: holds U+001B (ESC), a control character that no one types and a terminal obeys",
      "  rejected \(forms)/lang.json: language: \"../../fr\" is not a language code (for example en, fr, ar)",
      #"  rejected \#(forms)/pcrlf.json: unknown participant "p031\r\nBcc: x""#,
    ] {
      #expect(lines.contains(expected), "\(collect.output)")
    }
    #expect(!collect.output.contains("\r"), "one line per rejected file")
    #expect(!lines.contains { $0.hasPrefix("Bcc") })
    let stored = String(decoding: convene.bytes(ws + "/feedback/feedback.csv"), as: UTF8.self)
    #expect(stored.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count <= 1, "no response: \(stored)")

    // What remains valid is still taken, and check accepts the records.
    try FileManager.default.copyItem(
      atPath: convene.example("returns/dakar/feedback/forms/feedback-dakar-2027-p020.json"),
      toPath: forms + "/good.json")
    #expect(try convene.run("feedback", "collect", forms, "--workspace", ws).status == 0)
    let check = try convene.run("check", "--workspace", ws)
    #expect(check.status == 0, "\(check.output)\(check.error)")
  }

  @Test func checkInTimesOutsideTheirRangesAreRefusedAtImportMarkAndCheck() throws {
    let ws = try convene.copyExample("dakar-regional-workshop")
    let sheet = try convene.write(
      "participant,session,time\r\n"
        + "p001,day1,99999999999999999999-01-01 10:00\r\n"
        + "p002,day1,2027-03-09 99:99\r\n"
        + "p003,day1,not a time at all\r\n"
        + "\"p004\r\nBcc: x\",day1,\r\n"
        + "p005,day1,2027-03-09 08:15\r\n",
      to: "att.csv")
    let imported = try convene.run("attendance", "import", sheet, "--workspace", ws)
    #expect(imported.status == 0, "\(imported.error)")
    let lines = imported.output.components(separatedBy: "\n")
    for expected in [
      "  \(sheet):2: time: \"99999999999999999999-01-01 10:00\" is not a check-in time (YYYY-MM-DD HH:MM, a year from 1900 to 2200, or HH:MM; 00:00 to 23:59)",
      "  \(sheet):3: time: \"2027-03-09 99:99\" is not a check-in time (YYYY-MM-DD HH:MM, a year from 1900 to 2200, or HH:MM; 00:00 to 23:59)",
      "  \(sheet):4: time: \"not a time at all\" is not a check-in time (YYYY-MM-DD HH:MM, a year from 1900 to 2200, or HH:MM; 00:00 to 23:59)",
      #"  \#(sheet):5: no participant has the id or the name "p004\r\nBcc: x""#,
    ] {
      #expect(lines.contains(expected), "\(imported.output)")
    }
    #expect(!imported.output.contains("\r"))
    let attendance = String(decoding: convene.bytes(ws + "/attendance.csv"), as: UTF8.self)
    #expect(attendance.contains("p005,2027-03-09,present,2027-03-09 08:15\r\n"))
    #expect(!attendance.contains("p001,") && !attendance.contains("99:99") && !attendance.contains("not a time"))

    for at in ["99999999999999999999-01-01 10:00", "2300-01-01 10:00", "2027-03-09 24:30"] {
      let mark = try convene.run("attendance", "mark", "p007", "--session", "day1", "--at", at, "--workspace", ws)
      #expect(mark.status == 1, "\(at)")
      #expect(mark.error.contains("--at: \"\(at)\" is not a check-in time"), "\(mark.error)")
    }
    #expect(String(decoding: convene.bytes(ws + "/attendance.csv"), as: UTF8.self) == attendance)

    // Written by hand, check names the file, line and column.
    try (attendance + "p006,2027-03-09,present,2027-03-09 99:99\r\n").write(
      toFile: ws + "/attendance.csv", atomically: true, encoding: .utf8)
    let check = try convene.run("check", "--workspace", ws)
    #expect(check.status == 1)
    #expect(check.output.contains("attendance.csv:"), "\(check.output)")
    #expect(check.output.contains("checked_in_at: \"2027-03-09 99:99\" is not a check-in time"), "\(check.output)")
  }

  /// A participants.csv that check refuses stops every command that writes or sends from it,
  /// as it stops `invite`.
  @Test func aParticipantsFileCheckRefusesStopsNoticesBadgesAndAgendas() throws {
    for (column, value) in [
      ("languages", "fr\r\nBcc: x@y"), ("organisation", String(repeating: "O", count: 501)),
      ("timezone", "../../../../etc/passwd"),
    ] {
      let ws = try convene.copyExample("dakar-regional-workshop", as: "ws-\(column)")
      try convene.setCell(ws, id: "p003", column, value)
      let box = ws + "/box"
      let notify = try convene.run("notify", "--send", "--sendmail", "cat >> \(box)", "--workspace", ws)
      #expect(notify.status == 1, "\(column): \(notify.output)")
      #expect(notify.error.contains("participants.csv:"), "\(notify.error)")
      #expect(notify.error.contains(" \(column): "), "\(notify.error)")
      #expect(!FileManager.default.fileExists(atPath: box))
      let badges = try convene.run("badges", "--workspace", ws)
      #expect(badges.status == 1, "\(column)")
      #expect(!FileManager.default.fileExists(atPath: ws + "/badges/badges.html"))
      let agenda = try convene.run("agenda", "--for", "p003", "--format", "ics", "--workspace", ws)
      #expect(agenda.status == 1, "\(column)")
      #expect(try convene.run("check", "--workspace", ws).status == 1)
    }
  }
}

/// A Ctrl-C or SIGTERM while a collect or an import reads its input stops it before it writes.
@Suite struct SignalBeforeCommitTests {
  let convene = ConveneRunner()

  /// Starts `arguments`, sends `signal` once the command holds the lock, and returns its exit
  /// status and standard error.
  func interrupt(_ arguments: [String], workspace ws: String, with signal: Int32) throws -> (Int32, String) {
    let process = try convene.start(arguments)
    let deadline = Date().addingTimeInterval(60)
    while convene.lockIsFree(ws) && process.isRunning && Date() < deadline { usleep(500) }
    kill(process.processIdentifier, signal)
    let errors = String(
      decoding: (process.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, errors)
  }

  @Test(arguments: [SIGTERM, SIGINT]) func anAttendanceImportStopsBeforeWriting(_ signal: Int32) throws {
    let ws = try convene.copyExample("dakar-regional-workshop")
    let rows = (0..<400_000).map { "p\(String(format: "%03d", $0 % 55 + 1)),day1,2027-03-09 08:\(String(format: "%02d", $0 % 60))" }
    let sheet = try convene.write("participant,session,time\n" + rows.joined(separator: "\n") + "\n", to: "huge.csv")
    let (status, errors) = try interrupt(["attendance", "import", sheet, "--workspace", ws], workspace: ws, with: signal)
    #expect(status == 128 + signal, "\(errors)")
    #expect(errors.contains("interrupted (\(signal == SIGTERM ? "SIGTERM" : "Ctrl-C")): nothing was written"), "\(errors)")
    #expect(!FileManager.default.fileExists(atPath: ws + "/attendance.csv"))
    #expect(convene.lockIsFree(ws))
  }

  /// A folder of 10,000 returned forms, made once and only read by the tests.
  static let manyForms: Result<String, any Error> = Result {
    let maker = ConveneRunner()
    let forms = maker.path("forms")
    try FileManager.default.createDirectory(atPath: forms, withIntermediateDirectories: true)
    let source = maker.example("returns/dakar/feedback/forms/feedback-dakar-2027-p019.json")
    let text = try String(contentsOfFile: source, encoding: .utf8)
    for index in 0..<10_000 {
      try text.replacingOccurrences(of: "r-20270000", with: "r-\(index)").write(
        toFile: forms + "/f\(index).json", atomically: false, encoding: .utf8)
    }
    return forms
  }

  @Test(arguments: [SIGTERM, SIGINT]) func aFeedbackCollectStopsBeforeWriting(_ signal: Int32) throws {
    let ws = try convene.copyExample("dakar-regional-workshop")
    let forms = try Self.manyForms.get()
    let (status, errors) = try interrupt(["feedback", "collect", forms, "--workspace", ws], workspace: ws, with: signal)
    #expect(status == 128 + signal, "\(errors)")
    #expect(errors.contains("nothing was written"), "\(errors)")
    #expect(!FileManager.default.fileExists(atPath: ws + "/feedback/feedback.csv"))
  }
}

/// A file-size limit (`ulimit -f`), as a full disk, fails the write with a message; the old
/// file stays whole and no temporary file is left.
@Suite struct HostileFileSizeLimitTests {
  @Test func aWriteOverTheLimitIsAnErrorNotACrash() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    #expect(try convene.run("badges", "--workspace", ws).status == 0)
    let before = convene.bytes(ws + "/badges/badges.html")
    #expect(before.count > 16 * 1024)
    let result = try convene.run(limitingFilesTo: 16, "badges", "--workspace", ws)
    let errors = result.error
    #expect(result.status == 1, "\(errors)")
    #expect(errors.contains("badges.html: cannot be written (File too large)"), "\(errors)")
    #expect(convene.bytes(ws + "/badges/badges.html") == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: ws + "/badges").filter { $0.hasSuffix(".tmp") }.isEmpty)
  }
}

/// An outbox that cannot be written whole (a file-size limit stops the larger e-mails) is
/// left without any of the run's files: no calendar without its e-mail, no e-mail the ledger
/// does not know; the next run writes them all.
@Suite struct OutboxWriteFailureTests {
  @Test func aFailedOutboxLeavesNoFileOfTheRun() throws {
    let convene = ConveneRunner()
    let ws = try convene.dakarWithReleaseOne()
    let result = try convene.run(limitingFilesTo: 12, "invite", "--workspace", ws)
    #expect(result.status == 1, "\(result.output)")
    #expect(
      result.error.contains("outbox/v1/p001-request.ics: cannot be written (File too large); nothing was recorded"),
      "\(result.error)")
    let outbox = ws + "/outbox/v1"
    let left = (try? FileManager.default.contentsOfDirectory(atPath: outbox)) ?? []
    #expect(left.isEmpty, "\(left.prefix(5))")
    let written = try convene.run("invite", "--workspace", ws)
    #expect(written.status == 0, "\(written.error)")
    let files = try FileManager.default.contentsOfDirectory(atPath: outbox)
    #expect(files.filter { $0.hasSuffix(".eml") }.count == files.filter { $0.hasSuffix(".ics") }.count)
    #expect(files.count > 100 && !files.contains { $0.hasSuffix(".tmp") })
  }
}
