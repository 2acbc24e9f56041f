import Foundation
import Testing

/// The inputs that once crashed convene or led it outside the workspace, through the binary:
/// each is refused with a message naming file, line and field, and a non-zero exit.
@Suite struct HostileInputTests {
  let convene = ConveneRunner()

  /// Runs convene with an argument list.
  func run(_ arguments: [String]) throws -> ConveneRunner.Result {
    let process = try convene.start(arguments)
    let output = (process.standardOutput as! Pipe).fileHandleForReading.readDataToEndOfFile()
    let error = (process.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return .init(
      status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
      error: String(decoding: error, as: UTF8.self))
  }

  func replace(_ ws: String, _ file: String, _ change: (String) -> String) throws {
    let path = "\(ws)/\(file)"
    try change(try String(contentsOfFile: path, encoding: .utf8)).write(toFile: path, atomically: true, encoding: .utf8)
  }

  /// A standard error that cannot be written (`2>/dev/full`, a closed pipe) loses the message,
  /// never the exit code: a failed command still exits 1, a refused usage 2.
  @Test func aStandardErrorThatCannotBeWrittenKeepsTheExitCode() throws {
    let ws = try convene.copyExample("dakar-regional-workshop")
    let before = try String(contentsOfFile: ws + "/participants.csv", encoding: .utf8)
    for (arguments, status) in [
      (["participants", "cancel", "nosuch", "--workspace", ws], Int32(1)),
      (["attendance", "mark", "p001", "--session", "nosuch", "--workspace", ws], 1),
      (["participants", "import", ws + "/no-such-file.csv", "--workspace", ws], 1),
      (["schedule", "--time-limit", "-1", "--workspace", ws], 2),
    ] {
      let process = Process()
      process.executableURL = ConveneRunner.binary
      process.arguments = arguments
      process.standardOutput = Pipe()
      process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
      try process.run()
      _ = (process.standardOutput as! Pipe).fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      #expect(process.terminationReason == .exit && process.terminationStatus == status, "\(arguments): \(process.terminationStatus)")
    }
    #expect(try String(contentsOfFile: ws + "/participants.csv", encoding: .utf8) == before)
  }

  /// A record file emptied to no bytes is not written over as if it were new: what it lost
  /// would go unreported.
  @Test func aRecordFileOfNoBytesIsNotWrittenOver() throws {
    let ws = try convene.copyExample("dakar-regional-workshop")
    try Data().write(to: URL(fileURLWithPath: ws + "/attendance.csv"))
    let marked = try run(["attendance", "mark", "p001", "--session", "opening", "--workspace", ws])
    #expect(marked.status == 1)
    #expect(marked.error.contains("attendance.csv: the file is empty, without even its header line"), "\(marked.error)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: ws + "/attendance.csv")).isEmpty)
  }

  @Test func jsonNested40000DeepIsAnErrorInEveryReader() throws {
    let ws = try convene.copyExample("dakar-regional-workshop")
    let deep = String(repeating: "[", count: 40_000)
    try deep.write(toFile: "\(ws)/event.json", atomically: true, encoding: .utf8)
    let check = try convene.run("check", "--workspace", ws)
    #expect(check.status == 1)
    #expect(check.output.contains("error: event.json:1: not valid JSON: lists and objects nest more than 64 deep"))
    let forms = convene.path("forms")
    try FileManager.default.createDirectory(atPath: forms, withIntermediateDirectories: true)
    try deep.write(toFile: "\(forms)/feedback-dakar-2027-p019.json", atomically: true, encoding: .utf8)
    let fresh = try convene.copyExample("dakar-regional-workshop", as: "fresh")
    let collect = try convene.run("feedback", "collect", forms, "--workspace", fresh)
    #expect(collect.status == 0 || collect.status == 1)
    #expect((collect.output + collect.error).contains("nest more than 64 deep"))
  }

  /// Files that never end or block: an export that is a device is read only up to the largest
  /// file convene reads, and a pipe or a link to a device among returned feedback or
  /// follow-up forms is rejected by name and reason instead of hanging the command.
  @Test func devicesAndPipesAreRefusedInsteadOfReadForever() throws {
    let ws = try convene.copyExample("dakar-regional-workshop")
    let before = convene.bytes(ws + "/participants.csv")
    let zeros = try run(["participants", "import", "/dev/zero", "--workspace", ws])
    #expect(zeros.status == 1)
    #expect(zeros.error.contains("/dev/zero: is larger than 256 MiB; nothing was imported"), "\(zeros.error)")
    #expect(convene.bytes(ws + "/participants.csv") == before)

    let forms = convene.path("forms")
    try FileManager.default.createDirectory(atPath: forms, withIntermediateDirectories: true)
    #expect(mkfifo(forms + "/feedback-dakar-2027-p019.json", 0o600) == 0)
    try FileManager.default.createSymbolicLink(atPath: forms + "/feedback-dakar-2027-p020.json", withDestinationPath: "/dev/zero")
    let fresh = try convene.copyExample("dakar-regional-workshop", as: "fresh")
    for kind in ["feedback", "followup"] {
      let collect = try run([kind, "collect", forms, "--workspace", fresh])
      #expect(collect.status == 0, "\(collect.output)\n\(collect.error)")
      for (form, kind) in [("feedback-dakar-2027-p019.json", "a pipe"), ("feedback-dakar-2027-p020.json", "a device")] {
        #expect(
          collect.output.contains("\(form): cannot read the file: it is not a plain file (\(kind))"),
          "\(collect.output)")
      }
    }
    #expect(mkfifo(forms + "/reply.ics", 0o600) == 0)
    let replies = try run(["rsvp", "collect", forms, "--workspace", fresh])
    #expect(replies.status == 0, "\(replies.error)")
    #expect(
      replies.output.contains(
        "rejected \(forms)/reply.ics: cannot read the file: it is not a plain file (a pipe)"),
      "\(replies.output)")
  }

  @Test func linksToFoldersAmongReturnedFormsAreNotFollowed() throws {
    let forms = convene.path("returned")
    let elsewhere = convene.path("elsewhere")
    for folder in [forms, elsewhere] { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
    try Data("not a form".utf8).write(to: URL(fileURLWithPath: elsewhere + "/outside.json"))
    try FileManager.default.createSymbolicLink(atPath: forms + "/elsewhere", withDestinationPath: elsewhere)
    try FileManager.default.createSymbolicLink(atPath: forms + "/loop", withDestinationPath: forms)
    try Data("not a form either".utf8).write(to: URL(fileURLWithPath: forms + "/inside.json"))
    let ws = try convene.copyExample("dakar-regional-workshop")
    for kind in ["feedback", "followup"] {
      let collect = try run([kind, "collect", forms, "--workspace", ws])
      #expect(collect.output.contains("inside.json: "), "\(collect.output)")
      #expect(!collect.output.contains("outside.json"), "\(collect.output)")
      #expect(!collect.output.contains("loop/"), "\(collect.output)")
    }
  }

  @Test func hugeNumbersInSessionsAreRefusedByCheckScheduleAndExplain() throws {
    let ws = try convene.copyExample("dakar-regional-workshop")
    try replace(ws, "sessions.csv") { text in
      var lines = text.components(separatedBy: "\r\n")
      var cells = lines[1].components(separatedBy: ",")
      cells[3] = "9223372036854775807"
      cells[11] = "9223372036854775807"
      lines[1] = cells.joined(separator: ",")
      return lines.joined(separator: "\r\n")
    }
    for command in ["check", "schedule", "explain"] {
      let result = try convene.run(command, "--workspace", ws)
      #expect(result.status == 1, "\(command)")
      let text = result.output + result.error
      #expect(text.contains("sessions.csv:2: duration: \"9223372036854775807\" is not a whole number from 1 to 1,440"), "\(command)")
      #expect(text.contains("sessions.csv:2: expected: \"9223372036854775807\" is not a whole number from 0 to 1,000,000"), "\(command)")
    }
  }

  /// A number too large for any count, or another spelling of one (`+4`, `04`: an answer of
  /// its own in the distribution, a 4 in the mean).
  @Test(arguments: ["9223372036854775807", "+4", "04"])
  func hugeOrMisspeltAnswersInFeedbackAreRefusedByCheckAndReport(_ answer: String) throws {
    let ws = try convene.dakarAfterTheEvent()
    try replace(ws, "feedback/feedback.csv") { text in
      var lines = text.components(separatedBy: "\r\n")
      let header = lines[0].components(separatedBy: ",")
      let column = try! #require(header.firstIndex(of: "satisfaction"))
      var cells = lines[1].components(separatedBy: ",")
      cells[column] = answer
      lines[1] = cells.joined(separator: ",")
      return lines.joined(separator: "\r\n")
    }
    let before = try String(contentsOfFile: "\(ws)/feedback/feedback.csv", encoding: .utf8)
    for command in ["check", "report"] {
      let result = try convene.run(command, "--workspace", ws)
      #expect(result.status == 1, "\(command)")
      #expect(
        (result.output + result.error).contains(
          "feedback/feedback.csv:2: satisfaction: \"\(answer)\" is not a whole number from 1 to 5"), "\(command)")
    }
    #expect(!FileManager.default.fileExists(atPath: "\(ws)/reports"))
    #expect(try String(contentsOfFile: "\(ws)/feedback/feedback.csv", encoding: .utf8) == before)
  }

  @Test func hugeTimestampsAndYearsInReturnedFeedbackAreRejectedRowByRow() throws {
    let ws = try convene.copyExample("dakar-regional-workshop")
    let returned = convene.path("returned")
    try FileManager.default.createDirectory(atPath: returned, withIntermediateDirectories: true)
    let form = try String(contentsOfFile: convene.example("returns/dakar/feedback/forms/feedback-dakar-2027-p019.json"), encoding: .utf8)
    let stamp = try #require(form.range(of: "\"submitted_at\": \"[^\"]*\"", options: .regularExpression))
    for (name, value) in [("p019", "99999999999999999999-03-10T17:45:33Z"), ("p020", "99999999999999-03-10T17:45:33Z")] {
      try form.replacingCharacters(in: stamp, with: "\"submitted_at\": \"\(value)\"")
        .replacingOccurrences(of: "p019", with: name)
        .write(toFile: "\(returned)/feedback-dakar-2027-\(name).json", atomically: true, encoding: .utf8)
    }
    let result = try convene.run("feedback", "collect", returned, "--strict", "--workspace", ws)
    #expect(result.status == 1)
    let text = result.output + result.error
    #expect(text.contains("submitted_at: \"99999999999999999999-03-10T17:45:33Z\" is not a date and time"))
    #expect(text.contains("submitted_at: \"99999999999999-03-10T17:45:33Z\" is not a date and time"))
    #expect(!FileManager.default.fileExists(atPath: "\(ws)/feedback/feedback.csv"))
  }

  @Test(arguments: ["../../../tmp/x", "/abs/x", "p001\r\nBcc: victim@example.org", "two words", "<b>x</b>", String(repeating: "x", count: 1000)])
  func hostileParticipantIdsStopEveryCommand(id: String) throws {
    let ws = try convene.copyExample("dakar-regional-workshop")
    _ = try convene.run("schedule", "--iterations", "20", "--workspace", ws)
    _ = try convene.run("publish", "--workspace", ws)
    try replace(ws, "participants.csv") { text in
      let quoted = "\"" + id + "\""
      return text.replacingOccurrences(of: "\r\np002,", with: "\r\n\(quoted),")
    }
    let listing = try FileManager.default.contentsOfDirectory(atPath: convene.folder.path)
    for arguments in [["check"], ["invite"], ["schedule", "--iterations", "5"], ["agenda", "--for", id], ["report"]] {
      let result = try run(arguments + ["--workspace", ws])
      #expect(result.status == 1, "\(arguments)")
      #expect((result.output + result.error).contains("participants.csv:3: id: "), "\(arguments)")
    }
    #expect(!FileManager.default.fileExists(atPath: "\(ws)/outbox"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: convene.folder.path) == listing)
  }

  @Test(arguments: ["/etc/passwd", "../../outside.eml", "outbox/v1/../../../outside.eml"])
  func aLedgerNamingAFileOutsideTheWorkspaceSendsNothing(message: String) throws {
    let ws = try convene.copyExample("dakar-regional-workshop")
    _ = try convene.run("schedule", "--iterations", "20", "--workspace", ws)
    _ = try convene.run("publish", "--workspace", ws)
    #expect(try convene.run("invite", "--workspace", ws).status == 0)
    try "Subject: stolen\r\n\r\nsecret\r\n".write(toFile: convene.path("outside.eml"), atomically: true, encoding: .utf8)
    try replace(ws, ".convene/invitations.csv") { text in
      var lines = text.components(separatedBy: "\r\n")
      var cells = lines[1].components(separatedBy: ",")
      cells[5] = message
      lines[1] = cells.joined(separator: ",")
      return lines.joined(separator: "\r\n")
    }
    let mbox = convene.path("mbox")
    let result = try convene.run("invite", "--send", "--sendmail", "cat >> \(mbox)", "--workspace", ws)
    #expect(result.status == 1)
    #expect(result.error.contains(".convene/invitations.csv:2: message: "), "\(result.error)")
    let sent = String(decoding: convene.bytes(mbox), as: UTF8.self)
    #expect(!sent.contains("secret") && !sent.contains("root:"))
  }
}
