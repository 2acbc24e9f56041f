import Foundation
import Testing

/// `convene certificates` and `certificates verify`, as an organiser runs them after the event.
@Suite(.serialized) struct CertificateCommandTests {
  let runner = ConveneRunner()

  /// The Dakar example after the event, its schedule published (so that day sign-ins count).
  func dakarPublished() throws -> String {
    try runner.copyPrepared("dakar after the event, published") { maker in
      let ws = try maker.dakarAfterTheEvent()
      #expect(
        try maker.run("schedule", "--iterations", "2000", "--seed", "1", "--workspace", ws).status
          == 0)
      #expect(try maker.run("publish", "--workspace", ws).status == 0)
    }
    return runner.path("ws")
  }

  func rows(_ path: String) -> [[String]] {
    String(decoding: runner.bytes(path), as: UTF8.self).split(whereSeparator: \.isNewline)
      .dropFirst()
      .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
  }

  @Test func certificatesAreIssuedOnceVerifiedAndRefusedWhenAltered() throws {
    let ws = try dakarPublished()
    let before = try runner.run("certificates", "--workspace", ws)
    #expect(before.status == 0, "\(before.error)")
    let list = rows(ws + "/certificates/certificates.csv")
    #expect(list.count >= 40)
    #expect(
      before.output.contains(
        "\(list.count) certificates of attendance (at least 75% of their sessions): \(list.count) new or changed, 0 unchanged."
      ))
    let key = try FileManager.default.attributesOfItem(atPath: ws + "/.convene/certificate-key")
    #expect(key[.posixPermissions] as? Int == 0o600)

    // Every code verifies, naming its person as on the certificate.
    for row in list.prefix(5) {
      let verified = try runner.run(
        "certificates", "verify", row[1].lowercased(), "--workspace", ws)
      #expect(verified.status == 0)
      #expect(
        verified.output.contains("is a valid certificate of attendance")
          && verified.output.contains("(\(row[0]))"))
      let page = String(decoding: runner.bytes(ws + "/certificates/\(row[0]).html"), as: UTF8.self)
      #expect(page.contains(row[1]))
    }
    let split = try runner.run(
      "certificates", "verify", list[0][1].replacingOccurrences(of: "-", with: " "), "--workspace",
      ws)
    #expect(split.status == 0)

    // Running again changes nothing.
    let files = [
      "certificates/certificates.csv", "certificates/\(list[0][0]).html",
      ".convene/certificate-register.csv",
    ]
    let bytes = files.map { runner.bytes(ws + "/" + $0) }
    let again = try runner.run("certificates", "--workspace", ws)
    #expect(again.output.contains("0 new or changed, \(list.count) unchanged"))
    #expect(files.map { runner.bytes(ws + "/" + $0) } == bytes)

    // Codes it did not issue, typos and altered register entries are refused with exit 1.
    let unknown = try runner.run("certificates", "verify", "0000-0000-0000-0000", "--workspace", ws)
    #expect(unknown.status == 1 && unknown.error.contains("is not a code this workspace issued"))
    var typo = Array(list[0][1])
    typo[0] = typo[0] == "A" ? "B" : "A"
    let mistyped = try runner.run("certificates", "verify", String(typo), "--workspace", ws)
    #expect(mistyped.status == 1 && mistyped.error.contains("a character was mistyped"))
    let registerPath = ws + "/.convene/certificate-register.csv"
    let register = String(decoding: runner.bytes(registerPath), as: UTF8.self)
    try register.replacingOccurrences(of: ",opening;", with: ",opening;site-visit;").write(
      toFile: registerPath, atomically: true, encoding: .utf8)
    let altered = try runner.run("certificates", "verify", list[0][1], "--workspace", ws)
    #expect(altered.status == 1 && altered.error.contains("cannot be verified"))
  }

  /// An emptied register, or one deleted (with its seal mark too) while the list of
  /// certificates is there, is a damaged record: `verify`, `certificates` and `check` fail
  /// naming it and asking for it to be restored, and nothing is written.
  @Test(arguments: ["emptied", "deleted", "deleted with its mark"])
  func aDamagedRegisterIsNeverReadAsNothingIssued(damage: String) throws {
    let ws = try dakarPublished()
    #expect(try runner.run("certificates", "--workspace", ws).status == 0)
    let code = rows(ws + "/certificates/certificates.csv")[0][1]
    let register = ws + "/.convene/certificate-register.csv"
    if damage == "emptied" {
      try Data().write(to: URL(fileURLWithPath: register))
    } else {
      try FileManager.default.removeItem(atPath: register)
      if damage == "deleted with its mark" {
        try FileManager.default.removeItem(atPath: ws + "/.convene/certificate-register.sealed")
      }
    }
    let files = [".convene/certificate-register.csv", "certificates/certificates.csv"]
    let before = files.map { runner.bytes(ws + "/" + $0) }
    let reason = damage == "emptied" ? "the file is empty (0 bytes)" : "the file is missing"
    let refusals = [
      try runner.run("certificates", "verify", code, "--workspace", ws),
      try runner.run("certificates", "--workspace", ws),
    ]
    for refused in refusals {
      #expect(refused.status == 1)
      #expect(refused.error.contains("\(register):1: \(reason)"), "\(refused.error)")
      #expect(refused.error.contains("restore it from a backup"))
      #expect(!refused.output.contains("not a code this workspace issued"))
    }
    let checked = try runner.run("check", "--workspace", ws)
    #expect(checked.status == 1)
    #expect((checked.output + checked.error).contains(".convene/certificate-register.csv:1: \(reason)"), "\(checked.output)")
    #expect(files.map { runner.bytes(ws + "/" + $0) } == before)
    #expect(FileManager.default.fileExists(atPath: register) == (damage == "emptied"))
  }

  /// A register cut to its header, with a row deleted, or holding only a blank line: not the
  /// one convene last wrote (its mark names that one's digest), so `verify`, `certificates` and
  /// `check` name it as damaged and nothing is written, never "nothing issued" or "not a code
  /// this workspace issued".
  @Test(arguments: ["cut to its header", "one row deleted", "a blank line"])
  func aRegisterNotTheOneWrittenIsDamaged(damage: String) throws {
    let ws = try dakarPublished()
    #expect(try runner.run("certificates", "--workspace", ws).status == 0)
    let code = rows(ws + "/certificates/certificates.csv")[0][1]
    let register = ws + "/.convene/certificate-register.csv"
    let lines = try String(contentsOfFile: register, encoding: .utf8).components(separatedBy: "\r\n")
    let damaged: String
    switch damage {
    case "cut to its header": damaged = lines[0] + "\r\n"
    case "one row deleted": damaged = lines.enumerated().filter { $0.offset != 2 }.map(\.element).joined(separator: "\r\n")
    default: damaged = "\n"
    }
    try damaged.write(toFile: register, atomically: true, encoding: .utf8)
    let files = [".convene/certificate-register.csv", "certificates/certificates.csv"]
    let before = files.map { runner.bytes(ws + "/" + $0) }
    for refused in [
      try runner.run("certificates", "verify", code, "--workspace", ws),
      try runner.run("certificates", "--workspace", ws),
    ] {
      #expect(refused.status == 1)
      // A register of no row at all has lost its seal column too, which `certificates` names.
      #expect(
        refused.error.contains("\(register):1: the file is not the one convene last wrote")
          || damage == "a blank line" && refused.error.contains("has lost its seal column"), "\(refused.error)")
      #expect(refused.error.contains("restore"))
      #expect(!refused.output.contains("not a code this workspace issued"))
    }
    let checked = try runner.run("check", "--workspace", ws)
    #expect(checked.status == 1)
    #expect((checked.output + checked.error).contains(".convene/certificate-register.csv:1: the file is not the one"))
    #expect(files.map { runner.bytes(ws + "/" + $0) } == before)
  }

  @Test func aChangeOfAttendanceSupersedesTheOldCode() throws {
    let ws = try dakarPublished()
    #expect(try runner.run("certificates", "--workspace", ws).status == 0)
    let first = rows(ws + "/certificates/certificates.csv")[0]
    let absent = try runner.run(
      "attendance", "mark", first[0], "--session", "closing", "--absent", "--workspace", ws)
    #expect(absent.status == 0)
    let second = try runner.run("certificates", "--min-share", "0.5", "--workspace", ws)
    #expect(second.output.contains("Superseded: \(first[0])'s earlier code \(first[1])"))
    let now = rows(ws + "/certificates/certificates.csv").first { $0[0] == first[0] }!
    #expect(now[1] != first[1] && !now[2].contains("closing"))
    let old = try runner.run("certificates", "verify", first[1], "--workspace", ws)
    #expect(old.status == 1 && old.output.contains("has been superseded by \(now[1]) (the attendance record changed)"))
    #expect(try runner.run("certificates", "verify", now[1], "--workspace", ws).status == 0)
  }

  @Test func aCorrectedNameSupersedesTheOldCodeAndVerifySaysWhy() throws {
    let ws = try dakarPublished()
    #expect(try runner.run("certificates", "--workspace", ws).status == 0)
    let first = rows(ws + "/certificates/certificates.csv")[0]
    let people = ws + "/participants.csv"
    let lines = String(decoding: runner.bytes(people), as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
      .components(separatedBy: "\n")
    let edited = lines.map { line -> String in
      guard line.hasPrefix(first[0] + ",") else { return String(line) }
      var cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      cells[1] += " Corrected"
      return cells.joined(separator: ",")
    }
    #expect(edited.filter { $0.contains(" Corrected") }.count == 1)
    try Data(edited.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: people))
    let again = try runner.run("certificates", "--workspace", ws)
    #expect(again.status == 0 && again.output.contains("Superseded: \(first[0])'s earlier code \(first[1])"))
    let now = rows(ws + "/certificates/certificates.csv").first { $0[0] == first[0] }!
    #expect(now[1] != first[1] && now[2] == first[2])
    let old = try runner.run("certificates", "verify", first[1], "--workspace", ws)
    #expect(old.status == 1)
    #expect(old.output.contains("has been superseded by \(now[1]) (the name changed); it certified:"), "\(old.output)")
  }

  /// The register's state is sealed with the key: a withdrawn or superseded code edited back
  /// to `current` is refused by `verify` and by the next issue, and a missing key is named.
  @Test func aWithdrawnOrSupersededCodeEditedBackToCurrentIsRefused() throws {
    let ws = try dakarPublished()
    #expect(try runner.run("certificates", "--workspace", ws).status == 0)
    let list = rows(ws + "/certificates/certificates.csv")
    let (superseded, withdrawn) = (list[0], list[1])
    #expect(
      try runner.run(
        "attendance", "mark", superseded[0], "--session", "closing", "--absent", "--workspace", ws
      ).status == 0)
    for session in withdrawn[2].split(separator: ";") {
      #expect(
        try runner.run(
          "attendance", "mark", withdrawn[0], "--session", String(session), "--absent", "--workspace", ws
        ).status == 0)
    }
    let second = try runner.run("certificates", "--min-share", "0.5", "--workspace", ws)
    #expect(second.status == 0, "\(second.error)")
    let registerPath = ws + "/.convene/certificate-register.csv"
    let sealed = String(decoding: runner.bytes(registerPath), as: UTF8.self)
    #expect(sealed.hasPrefix("code,participant,name,event,sessions,state,replaced_by,seal\r\n"))
    let lines = sealed.components(separatedBy: "\r\n")
    for (old, state) in [(superseded[1], "superseded"), (withdrawn[1], "withdrawn")] {
      let code = old.replacingOccurrences(of: "-", with: "")
      let line = try #require(lines.first { $0.hasPrefix(code + ",") })
      #expect(line.contains(",\(state),"), "\(line)")
      let verified = try runner.run("certificates", "verify", old, "--workspace", ws)
      #expect(verified.status == 1, "\(verified.output)")
      // Edited back to current in a text editor: refused, not valid; also with every seal
      // blanked or the seal column deleted, as if the register had been written before seals.
      var cells = line.components(separatedBy: ",")
      cells[5] = "current"
      cells[6] = ""
      let edited = sealed.replacingOccurrences(of: line, with: cells.joined(separator: ","))
      func eachLine(_ change: ([String]) -> [String]) -> String {
        edited.components(separatedBy: "\r\n").map { $0.isEmpty ? $0 : change($0.components(separatedBy: ",")).joined(separator: ",") }
          .joined(separator: "\r\n")
      }
      let blanked = eachLine { $0[0] == "code" ? $0 : $0.dropLast() + [""] }
      let unsealed = eachLine { Array($0.dropLast()) }
      for (register, refusal) in [
        (edited, "(\(cells[1])) was changed after it was written (its seal does not match)"), (blanked, "was changed after it was written (its seal does not match)"),
        (unsealed, "has lost its seal column although it was sealed before"),
      ] {
        try register.write(toFile: registerPath, atomically: true, encoding: .utf8)
        let verified = try runner.run("certificates", "verify", old, "--workspace", ws)
        #expect(verified.status == 1)
        #expect(!verified.output.contains("is a valid certificate"))
        #expect(verified.error.contains("was changed after it was written"), "\(verified.error)")
        // The next issue refuses to seal an edited register, and writes nothing.
        let reissue = try runner.run("certificates", "--min-share", "0.5", "--workspace", ws)
        #expect(reissue.status == 1)
        #expect(reissue.error.contains(refusal), "\(reissue.error)")
        #expect(String(decoding: runner.bytes(registerPath), as: UTF8.self) == register)
      }
      try sealed.write(toFile: registerPath, atomically: true, encoding: .utf8)
    }
    // Without the key nothing can be checked, and verify says so.
    try FileManager.default.removeItem(atPath: ws + "/.convene/certificate-key")
    let keyless = try runner.run("certificates", "verify", list[2][1], "--workspace", ws)
    #expect(keyless.status == 1)
    #expect(keyless.error.contains("the key it was issued with (.convene/certificate-key) is missing"), "\(keyless.error)")
  }

  @Test func nothingIsWrittenWhileAnotherCommandHoldsTheWorkspace() throws {
    let ws = try dakarPublished()
    let held = try runner.holdLock(ws, note: "4242 convene attendance import")
    defer { close(held) }
    let refused = try runner.run("certificates", "--workspace", ws)
    #expect(refused.status == 3)
    #expect(!FileManager.default.fileExists(atPath: ws + "/certificates"))
    #expect(!FileManager.default.fileExists(atPath: ws + "/.convene/certificate-key"))
    #expect(try runner.run("badges", "--workspace", ws).status == 3)
    #expect(!FileManager.default.fileExists(atPath: ws + "/badges"))
  }

  /// Without a schedule only records for the sessions themselves count, and the day sign-ins
  /// that could not are pointed out.
  /// Check-ins on a day that is not their session's (badge scans typed against the wrong
  /// day) are errors of `check` and refused by `report`: no certificate is issued from them.
  @Test func attendanceCheckRefusesIssuesNoCertificate() throws {
    let ws = try dakarPublished()
    let path = ws + "/attendance.csv"
    let header = try #require(String(decoding: runner.bytes(path), as: UTF8.self).components(separatedBy: "\r\n").first)
    #expect(header == "participant,session,status,checked_in_at")
    try "\(header)\r\np006,opening,present,2031-01-01 08:00\r\np006,keynote,present,2027-03-09 09:00\r\n"
      .write(toFile: path, atomically: true, encoding: .utf8)
    let refused = try runner.run("certificates", "--workspace", ws)
    #expect(refused.status == 1)
    #expect(
      refused.error.contains(
        "error: attendance.csv:2: checked_in_at: p006: opening is on 2027-03-09, not 2031-01-01 (hint: correct the time or the session)\nno certificate was issued"
      ), "\(refused.error)")
    #expect(!FileManager.default.fileExists(atPath: ws + "/certificates"))
    #expect(!FileManager.default.fileExists(atPath: ws + "/.convene/certificate-key"))
  }

  /// A check-in on the event's other day than its session's is an error of `check`, of
  /// `certificates` and of `report` alike: neither issues nor counts from it.
  @Test func aCheckInOnTheSessionsOtherDayIsRefusedByEveryCommand() throws {
    let ws = try dakarPublished()
    let path = ws + "/attendance.csv"
    let header = "participant,session,status,checked_in_at"
    try "\(header)\r\np006,opening,present,2027-03-10 09:05\r\np006,keynote,present,2027-03-09 09:00\r\n"
      .write(toFile: path, atomically: true, encoding: .utf8)
    let wrong = "attendance.csv:2: checked_in_at: p006: opening is on 2027-03-09, not 2027-03-10"
    let check = try runner.run("check", "--workspace", ws)
    #expect(check.status == 1 && (check.output + check.error).contains(wrong), "\(check.output)\(check.error)")
    let refused = try runner.run("certificates", "--workspace", ws)
    #expect(refused.status == 1)
    #expect(refused.error.contains(wrong) && refused.error.contains("no certificate was issued"), "\(refused.error)")
    #expect(!FileManager.default.fileExists(atPath: ws + "/certificates"))
    let report = try runner.run("report", "--format", "csv", "--workspace", ws)
    #expect(report.status == 1)
    #expect(report.error.contains(wrong), "\(report.error)")
    #expect(!FileManager.default.fileExists(atPath: ws + "/reports"))
  }

  /// Someone cancelled after the event (or never given a place) has no sessions of theirs,
  /// as for invitations and agendas: no certificate, and an earlier one is withdrawn.
  @Test func someoneWithoutAPlaceGetsNoCertificate() throws {
    let ws = try dakarPublished()
    #expect(try runner.run("certificates", "--workspace", ws).status == 0)
    let first = try #require(rows(ws + "/certificates/certificates.csv").first)
    try runner.setCell(ws, id: first[0], "status", "cancelled")
    let again = try runner.run("certificates", "--workspace", ws)
    #expect(again.status == 0, "\(again.error)")
    #expect(!rows(ws + "/certificates/certificates.csv").contains { $0[0] == first[0] })
    let verified = try runner.run("certificates", "verify", first[1], "--workspace", ws)
    #expect(!verified.output.contains("is a valid certificate of attendance"), "\(verified.output)")
  }

  /// People holding a place of whom nothing is recorded get no certificate and are no near
  /// miss either: they are listed apart, so that an organiser looks for a lost sign-in sheet.
  @Test func peopleWithNoAttendanceAreListedApart() throws {
    let ws = try dakarPublished()
    let path = ws + "/attendance.csv"
    // p002 is recorded present only at a session that is not theirs: attendance is recorded,
    // none of it counting, so p002 is below the share, not among those of whom nothing is.
    try "participant,session,status,checked_in_at\r\np001,opening,present,\r\np002,donor-roundtable,present,\r\n"
      .write(toFile: path, atomically: true, encoding: .utf8)
    let result = try runner.run("certificates", "--workspace", ws)
    #expect(result.status == 0, "\(result.error)")
    let line = try #require(result.output.split(separator: "\n").first { $0.hasPrefix("No attendance recorded") })
    #expect(line.hasPrefix("No attendance recorded (53, holding a place): p003 (0/"), "\(line)")
    #expect(result.output.contains("p002 (0/"), "\(result.output)")
    #expect(line.hasSuffix(", ...; absent throughout, or missing from the sign-in sheets"))
    #expect(result.output.contains("Below the share (2): p001 (1/"), "\(result.output)")
  }

  @Test func withoutAScheduleDaySignInsCannotCount() throws {
    let ws = try runner.dakarAfterTheEvent()
    let result = try runner.run("certificates", "--workspace", ws)
    #expect(result.status == 0)
    #expect(
      result.output.contains(
        "No release or schedule.json: sign-ins for a whole day could not be matched"))
    #expect(result.output.contains("Below the share (17): p002 (6/10), p007 (6/9)"))
  }

  /// PDFs through headless Chromium: the badge sheet, and a certificate in Arabic.
  @Test func badgesAndCertificatesPrintToPDF() throws {
    let ws = try runner.copyExample("dakar-regional-workshop")
    #expect(
      try runner.run("attendance", "mark", "p004", "--session", "opening", "--workspace", ws).status
        == 0)
    let badges = try runner.run("badges", "--for", "p004", "p001", "--pdf", "--workspace", ws)
    #expect(badges.status == 0, "\(badges.error)")
    #expect(runner.bytes(ws + "/badges/badges.pdf").prefix(5) == Data("%PDF-".utf8))
    let issued = try runner.run(
      "certificates", "--min-share", "0.01", "--lang", "ar", "--pdf", "--workspace", ws)
    #expect(issued.status == 0, "\(issued.error)")
    #expect(runner.bytes(ws + "/certificates/p004.pdf").prefix(5) == Data("%PDF-".utf8))
    let page = String(decoding: runner.bytes(ws + "/certificates/p004.html"), as: UTF8.self)
    #expect(page.contains("<html lang=\"ar\" dir=\"rtl\">") && page.contains("شهادة حضور"))
  }
}
