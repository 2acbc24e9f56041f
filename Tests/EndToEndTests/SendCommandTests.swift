import Foundation
import Testing

/// A real SMTP server on 127.0.0.1 (PyPI's aiosmtpd) writing what it accepts to a folder.
final class SMTPSink {
  let process = Process()
  let folder: String
  let port: Int

  init(folder: String) throws {
    self.folder = folder
    process.executableURL = ConveneRunner.repository.appendingPathComponent(
      ".build/venv/bin/python")
    process.arguments = [
      ConveneRunner.repository.appendingPathComponent("Tests/EndToEndTests/Interop/smtp_sink.py")
        .path, folder, "120",
    ]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    var line = Data()
    while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty,
      byte != Data("\n".utf8)
    { line += byte }
    port = Int(String(decoding: line, as: UTF8.self)) ?? 0
  }

  /// The messages received so far.
  var messages: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
      $0.hasSuffix(".eml")
    }.sorted().map {
      String(
        decoding: FileManager.default.contents(atPath: folder + "/" + $0) ?? Data(), as: UTF8.self)
    }
  }

  /// msmtp delivering to this server.
  var msmtp: String {
    "msmtp --host=127.0.0.1 --port=\(port) --auth=off --tls=off --from=events@example.org -t"
  }

  deinit {
    // SIGKILL: a process started by Foundation may have SIGTERM blocked.
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
  }
}

/// A message ledger of a workspace (invitations by default), as the tests read it.
struct LedgerView {
  /// Message path → state.
  var states: [String: String] = [:]
  /// Message path → participant.
  var recipients: [String: String] = [:]

  /// The ledger with its journal's states applied, as the next command will read it.
  init(_ runner: ConveneRunner, _ workspace: String, ledger name: String = "invitations") {
    let rows = CSVLines.parse(
      String(decoding: runner.bytes(workspace + "/.convene/\(name).csv"), as: UTF8.self))
    if let header = rows.first, let message = header.firstIndex(of: "message"),
      let state = header.firstIndex(of: "state")
    {
      for cells in rows.dropFirst() where cells.count == header.count {
        states[cells[message]] = cells[state]
        recipients[cells[message]] = cells[0]
      }
    }
    let journal = String(
      decoding: runner.bytes(workspace + "/.convene/\(name).journal"), as: UTF8.self)
    // RUN NUMBER STATE MESSAGE CHECKSUM (a run's `start` line names no message).
    for line in journal.split(separator: "\n") {
      let parts = line.split(separator: " ").map(String.init)
      guard parts.count >= 5 else { continue }
      let message = parts[3..<(parts.count - 1)].joined(separator: " ")
      if states[message] != nil { states[message] = parts[2] }
    }
  }

  func messages(_ state: String) -> Set<String> { Set(states.filter { $0.value == state }.keys) }
}

/// True while a process runs (a zombie whose parent died has ended, whoever reaps it).
func isRunning(_ pid: Int32) -> Bool {
  guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
    let close = stat.lastIndex(of: ")")
  else { return false }
  return stat[stat.index(close, offsetBy: 2)] != "Z"
}

/// The Message-ID header of a message.
func messageID(_ message: String) -> String {
  message.components(separatedBy: "\r\n").first { $0.hasPrefix("Message-ID: ") } ?? ""
}

/// A copy of an example scheduled and published as release v1 (made once per run).
func publishedExample(_ name: String, _ convene: ConveneRunner) throws -> String {
  try convene.copyPrepared("\(name) published") { maker in
    let ws = try maker.copyExample(name)
    #expect(try maker.run("schedule", "--iterations", "2000", "--workspace", ws).status == 0)
    #expect(try maker.run("publish", "--workspace", ws).status == 0)
  }
  return convene.path("ws")
}

/// The crash test of a command that sends (`invite`, `notify`): kill -9 at random moments while
/// it hands messages to msmtp and a real SMTP server, then a clean run.
struct SendingCrash {
  let convene: ConveneRunner
  let workspace: String
  let command: String
  /// The ledger's name in `.convene/` (`invitations`, `notifications`).
  let ledger: String
  let sink: SMTPSink

  init(convene: ConveneRunner, workspace: String, command: String, ledger: String) throws {
    self.convene = convene
    self.workspace = workspace
    self.command = command
    self.ledger = ledger
    sink = try SMTPSink(folder: convene.path("mailbox"))
    #expect(sink.port > 0)
  }

  /// Starts the command with `--send` again and again and, once each run is handing messages
  /// over (a `sending` line in the journal), kills it within `within` microseconds; returns how
  /// many runs were killed before one finished.
  func killRuns(times: Int, within: UInt32) throws -> Int {
    let journal = workspace + "/.convene/\(ledger).journal"
    var random = SystemRandomNumberGenerator()
    var kills = 0
    while kills < times {
      let before = convene.bytes(journal)
      let run = try convene.start([command, "--send", "--sendmail", sink.msmtp, "--workspace", workspace])
      let deadline = Date().addingTimeInterval(60)
      while run.isRunning && Date() < deadline {
        let now = convene.bytes(journal)
        if now != before && String(decoding: now, as: UTF8.self).contains("sending ") { break }
        usleep(1_000)
      }
      usleep(UInt32.random(in: 0..<within, using: &random))
      guard run.isRunning else { break }
      kill(run.processIdentifier, SIGKILL)
      run.waitUntilExit()
      kills += 1
    }
    return kills
  }

  /// A clean run: it sends the rest and reports the uncertain ones; no Message-ID reaches the
  /// server twice, every message recorded as sent arrived, nothing arrived that the ledger
  /// does not know. Returns the ledger.
  func cleanRunSendsEachMessageAtMostOnce(kills: Int) throws -> LedgerView {
    let clean = try convene.run(
      command, "--send", "--json", "--sendmail", sink.msmtp, "--workspace", workspace)
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(clean.output.utf8)) as? [String: Any],
      "\(clean.error)")
    let reported = Set((report["uncertain"] as! [[String: Any]]).map { $0["message"] as! String })
    #expect(clean.status == (reported.isEmpty ? 0 : 1), "\(clean.error)")
    #expect((report["failed"] as! [Any]).isEmpty)
    usleep(300_000)
    let ledger = LedgerView(convene, workspace, ledger: self.ledger)
    #expect(
      Set(ledger.states.values).isSubset(of: ["sent", "sending"]), "\(Set(ledger.states.values))")
    #expect(ledger.messages("sending") == reported)
    #expect(reported.count <= kills)
    let received = sink.messages.map(messageID)
    let counts = Dictionary(received.map { ($0, 1) }, uniquingKeysWith: +)
    #expect(
      counts.values.allSatisfy { $0 == 1 },
      "duplicates: \(counts.filter { $0.value > 1 }.keys.sorted())")
    let ids = Dictionary(
      uniqueKeysWithValues: ledger.states.keys.map {
        ($0, messageID(String(decoding: convene.bytes(workspace + "/" + $0), as: UTF8.self)))
      })
    for message in ledger.messages("sent") {
      #expect(counts[ids[message]!] == 1, "\(message) was recorded as sent but not received")
    }
    // Nothing arrived that the ledger does not know as sent or uncertain.
    #expect(Set(received).isSubset(of: Set(ids.values)))
    #expect(
      Set(received).count == ledger.messages("sent").count
        + ledger.messages("sending").filter { counts[ids[$0]!] != nil }.count)
    return ledger
  }
}

/// Kill -9 at random moments of `invite --send`, then a clean run. Run alone with
/// `swift test --filter SendCrashTests`.
@Suite struct SendCrashTests {
  @Test func fiftyKillsDuringSendingThenACleanRunDeliverEveryMessageAtMostOnceOrReportIt() throws {
    let convene = ConveneRunner()
    let ws = try publishedExample("amman-global-summit", convene)
    let crash = try SendingCrash(convene: convene, workspace: ws, command: "invite", ledger: "invitations")
    let kills = try crash.killRuns(times: 50, within: 120_000)
    #expect(kills == 50, "the runs finished sending after \(kills) kills")
    let ledger = try crash.cleanRunSendsEachMessageAtMostOnce(kills: kills)
    #expect(ledger.states.count == 375)
    #expect(Set(ledger.recipients.values).count == 375)
  }

}

/// Kill -9 of `invite --send` with a compound command as the mail program.
@Suite struct SendShellCrashTests {
  /// A compound command that does not `exec` its last step: its shell and `cat` die with
  /// convene (the whole process group), so the message in hand never arrives after the kill.
  @Test func aShellCommandDiesWithConveneSoNoDeliveryOutlivesIt() throws {
    let convene = ConveneRunner()
    let ws = try publishedExample("dakar-regional-workshop", convene)
    let mbox = convene.path("mbox")
    let started = convene.path("started")
    FileManager.default.createFile(atPath: mbox, contents: nil)
    FileManager.default.createFile(atPath: started, contents: nil)
    // Each run of the program notes its process id and the time before its pause.
    let command = "echo $$ $(date +%s.%N) >> '\(started)'; sleep 0.05; cat >> '\(mbox)'"
    var conclusive = 0
    for _ in 0..<10 {
      let markers = convene.bytes(started).count
      let uncertainBefore = LedgerView(convene, ws).messages("sending")
      let run = try convene.start(["invite", "--send", "--sendmail", command, "--workspace", ws])
      let deadline = Date().addingTimeInterval(60)
      while convene.bytes(started).count == markers && run.isRunning && Date() < deadline {
        usleep(500)
      }
      guard run.isRunning else { break }
      let killed = Date().timeIntervalSince1970
      kill(run.processIdentifier, SIGKILL)
      run.waitUntilExit()
      let last =
        String(decoding: convene.bytes(started), as: UTF8.self).split(separator: "\n").last ?? ""
      let paused = Double(last.split(separator: " ").last ?? "") ?? 0
      let landedInThePause = killed - paused < 0.04
      usleep(400_000)
      // Every shell started is gone.
      let pids = String(decoding: convene.bytes(started), as: UTF8.self).split(separator: "\n")
        .compactMap { Int32($0.split(separator: " ")[0]) }
      #expect(!pids.contains(where: isRunning), "a mail program outlived convene")
      let ledger = LedgerView(convene, ws)
      let inFlight = ledger.messages("sending").subtracting(uncertainBefore)
      #expect(inFlight.count <= 1)
      let delivered = Set(
        String(decoding: convene.bytes(mbox), as: UTF8.self).components(separatedBy: "\r\n").filter
        { $0.hasPrefix("Message-ID: ") })
      for message in inFlight where landedInThePause {
        conclusive += 1
        let id = messageID(String(decoding: convene.bytes(ws + "/" + message), as: UTF8.self))
        #expect(!delivered.contains(id), "\(message) arrived after convene was killed")
      }
      // What arrived was recorded as sent, or is one of the uncertain messages.
      let sent = ledger.messages("sent").count
      #expect(delivered.count >= sent && delivered.count <= sent + ledger.messages("sending").count)
    }
    #expect(conclusive >= 3, "too few kills landed while the program was in its pause")
  }
}

@Suite struct SendCommandTests {
  @Test func failuresAreReportedAndRetriedOnTheNextRun() throws {
    let convene = ConveneRunner()
    let ws = try publishedExample("dakar-regional-workshop", convene)
    let failed = try convene.run(
      "invite", "--send", "--sendmail", "echo 'connection refused' >&2; exit 75", "--workspace", ws)
    #expect(failed.status == 1)
    #expect(
      failed.error.contains(
        "not sent: outbox/v1/p001-request.eml: `echo 'connection refused' >&2; exit 75` exited with 75: connection refused"
      ))
    #expect(failed.error.contains("55 messages failed; `convene invite --send` retries them."))
    let spool = convene.path("spool")
    try FileManager.default.createDirectory(atPath: spool, withIntermediateDirectories: true)
    let retried = try convene.run(
      "invite", "--send", "--sendmail", "cat > \"$(mktemp -p \(spool))\"", "--workspace", ws)
    #expect(retried.status == 0, "\(retried.error)")
    #expect(
      retried.output.contains("55 messages written earlier are still to be sent as they are."))
    #expect(retried.output.contains("Sent 55 messages"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: spool).count == 55)
  }

  /// A message the program had when convene died may have been sent: reported, never sent
  /// again unless asked, then sent again with --resend-uncertain (same file, same Message-ID)
  /// or recorded as sent with --mark-sent.
  @Test func aMessageLeftSendingIsReportedAndSentAgainOnlyWhenAsked() throws {
    let convene = ConveneRunner()
    let ws = try publishedExample("dakar-regional-workshop", convene)
    let spool = convene.path("spool")
    try FileManager.default.createDirectory(atPath: spool, withIntermediateDirectories: true)
    let deliver = "cat > \"$(mktemp -p \(spool))\""
    // The program waits before reading: killed in its pause, it delivers nothing.
    let run = try convene.start([
      "invite", "--send", "--sendmail", "sleep 30; \(deliver)", "--workspace", ws,
    ])
    let deadline = Date().addingTimeInterval(60)
    while !String(decoding: convene.bytes(ws + "/.convene/invitations.journal"), as: UTF8.self)
      .contains("sending ") && Date() < deadline
    {
      usleep(2_000)
    }
    usleep(100_000)
    kill(run.processIdentifier, SIGKILL)
    run.waitUntilExit()

    let next = try convene.run(
      "invite", "--send", "--json", "--sendmail", deliver, "--workspace", ws)
    #expect(next.status == 1)
    let report = try JSONSerialization.jsonObject(with: Data(next.output.utf8)) as! [String: Any]
    #expect(
      report["uncertain"] as? [[String: String]] == [
        [
          "message": "outbox/v1/p001-request.eml", "participant": "p001",
          "reason": "the run handing it to the mail program was interrupted",
        ]
      ])
    #expect((report["sent"] as! [String]).count == 54)
    let text = try convene.run("invite", "--send", "--sendmail", deliver, "--workspace", ws)
    #expect(text.status == 1)
    #expect(
      text.error.contains(
        "may have been sent: outbox/v1/p001-request.eml (to p001): the run handing it to the mail program was interrupted"
      ))
    #expect(text.error.contains("`convene invite --send --resend-uncertain` sends it again"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: spool).count == 54)

    let resent = try convene.run(
      "invite", "--send", "--resend-uncertain", "--sendmail", deliver, "--workspace", ws)
    #expect(resent.status == 0, "\(resent.error)")
    #expect(resent.output.contains("Sent 1 message with"))
    let files = try FileManager.default.contentsOfDirectory(atPath: spool).map {
      String(decoding: convene.bytes(spool + "/" + $0), as: UTF8.self)
    }
    #expect(files.count == 55)
    #expect(Set(files.map(messageID)).count == 55)
    #expect(
      files.map(messageID).contains(
        messageID(
          String(decoding: convene.bytes(ws + "/outbox/v1/p001-request.eml"), as: UTF8.self))))
    #expect(LedgerView(convene, ws).messages("sent").count == 55)

    let refused = try convene.run(
      "invite", "--mark-sent", "outbox/v1/nothing.eml", "--workspace", ws)
    #expect(refused.status == 1)
    #expect(
      refused.error.contains("--mark-sent outbox/v1/nothing.eml: the ledger has no such message"))
  }

  /// A ledger found without its seal (written by hand, or restored without it) is sealed by
  /// a run that writes messages, not by one refused before it writes any.
  @Test func aRefusedRunLeavesAnUnsealedLedgerAsItWas() throws {
    let convene = ConveneRunner()
    let ws = try publishedExample("dakar-regional-workshop", convene)
    #expect(try convene.run("invite", "--workspace", ws).status == 0)
    let seal = ws + "/.convene/invitations.seal"
    try FileManager.default.removeItem(atPath: seal)
    let ledger = convene.bytes(ws + "/.convene/invitations.csv")
    let refused = try convene.run("invite", "--mark-sent", "outbox/v1/nothing.eml", "--workspace", ws)
    #expect(refused.status == 1)
    #expect(!FileManager.default.fileExists(atPath: seal))
    #expect(convene.bytes(ws + "/.convene/invitations.csv") == ledger)
    let again = try convene.run("invite", "--workspace", ws)
    #expect(again.status == 0, "\(again.error)")
    #expect(FileManager.default.fileExists(atPath: seal))
    #expect(convene.bytes(ws + "/.convene/invitations.csv") == ledger)
  }

  /// The published Dakar example, killed during `invite --send` while the mail program had
  /// taken p001's invitation into `spool` and hung: that message is left in `sending`.
  func killedWhileTheProgramHoldsTheFirstInvitation(_ convene: ConveneRunner) throws -> (ws: String, spool: String) {
    let ws = try publishedExample("dakar-regional-workshop", convene)
    let spool = convene.path("spool")
    try FileManager.default.createDirectory(atPath: spool, withIntermediateDirectories: true)
    let run = try convene.start([
      "invite", "--send", "--sendmail", "cat > \"$(mktemp -p \(spool))\"; sleep 30", "--workspace", ws,
    ])
    let deadline = Date().addingTimeInterval(60)
    while (try? FileManager.default.contentsOfDirectory(atPath: spool).count) == 0 && Date() < deadline {
      usleep(2_000)
    }
    usleep(100_000)
    kill(run.processIdentifier, SIGKILL)
    run.waitUntilExit()
    #expect(LedgerView(convene, ws).messages("sending") == ["outbox/v1/p001-request.eml"])
    return (ws, spool)
  }

  @Test func aMessageFoundDeliveredIsRecordedWithMarkSent() throws {
    let convene = ConveneRunner()
    let (ws, spool) = try killedWhileTheProgramHoldsTheFirstInvitation(convene)
    let marked = try convene.run(
      "invite", "--mark-sent", "outbox/v1/p001-request.eml", "--workspace", ws)
    #expect(marked.status == 0, "\(marked.error)")
    #expect(marked.output.contains("Recorded as sent: outbox/v1/p001-request.eml."))
    let rest = try convene.run(
      "invite", "--send", "--sendmail", "cat > \"$(mktemp -p \(spool))\"", "--workspace", ws)
    #expect(rest.status == 0, "\(rest.error)")
    #expect(rest.output.contains("Sent 54 messages"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: spool).count == 55)
    // Marked again, or one sent by convene: nothing changes, and the summary says so.
    let again = try convene.run(
      "invite", "--mark-sent", "outbox/v1/p001-request.eml", "--mark-sent", "outbox/v1/p002-request.eml", "--json",
      "--workspace", ws)
    #expect(again.status == 0, "\(again.error)")
    let report = try #require(try JSONSerialization.jsonObject(with: Data(again.output.utf8)) as? [String: Any])
    #expect(report["marked_sent"] as? [String] == [])
    #expect(report["written"] as? Bool == false)
    #expect(report["already_sent"] as? [String] == ["outbox/v1/p001-request.eml", "outbox/v1/p002-request.eml"])
    let text = try convene.run("invite", "--mark-sent", "outbox/v1/p002-request.eml", "--workspace", ws)
    #expect(!text.output.contains("Recorded as sent"), "\(text.output)")
    #expect(text.output.contains("Already recorded as sent: outbox/v1/p002-request.eml."), "\(text.output)")
  }

  /// A message left in `sending` whose content is planned again (the person's address was
  /// corrected since) is never recorded as superseded, "never sent": with --resend-uncertain
  /// the new message goes to the new address, the old one is not sent again and stays "may
  /// have been sent" until --mark-sent records it.
  @Test func aMessageThatMayHaveBeenSentIsNeverRecordedAsNeverSent() throws {
    let convene = ConveneRunner()
    let (ws, spool) = try killedWhileTheProgramHoldsTheFirstInvitation(convene)
    let deliver = "cat > \"$(mktemp -p \(spool))\""

    try convene.setCell(ws, id: "p001", "email", "yao.ouedraogo@new.example.org")
    let resent = try convene.run("invite", "--send", "--resend-uncertain", "--sendmail", deliver, "--workspace", ws)
    #expect(resent.status == 1, "\(resent.output)")
    #expect(!resent.output.contains("superseded"), "\(resent.output)")
    #expect(
      resent.error.contains("may have been sent: outbox/v1/p001-request.eml (to p001)"), "\(resent.error)")
    let ledger = LedgerView(convene, ws)
    #expect(ledger.messages("sending") == ["outbox/v1/p001-request.eml"])
    #expect(ledger.messages("superseded").isEmpty)
    let delivered = try FileManager.default.contentsOfDirectory(atPath: spool).map {
      String(decoding: convene.bytes(spool + "/" + $0), as: UTF8.self)
    }
    // The one taken before the kill, the 54 others, and p001's at the new address: none twice.
    #expect(delivered.count == 56)
    #expect(Set(delivered.map(messageID)).count == 56)
    #expect(delivered.filter { $0.contains("yao.ouedraogo@new.example.org") }.count == 1)

    let marked = try convene.run("invite", "--mark-sent", "outbox/v1/p001-request.eml", "--workspace", ws)
    #expect(marked.status == 0, "\(marked.error)")
    let settled = try convene.run("invite", "--send", "--sendmail", deliver, "--workspace", ws)
    #expect(settled.status == 0, "\(settled.error)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: spool).count == 56)
  }

  /// v1 written but never sent, then v2: sending delivers each person's calendar at v2 once,
  /// never v1's times nor cancellations of sessions nobody received.
  @Test func messagesOfAReleaseSupersededBeforeTheyWereSentAreDropped() throws {
    let convene = ConveneRunner()
    let ws = try publishedExample("dakar-regional-workshop", convene)
    #expect(try convene.run("invite", "--workspace", ws).status == 0)
    // Drop a session and publish v2.
    for file in ["sessions.csv", "signups.csv"] {
      let path = ws + "/" + file
      let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n")
      try lines.filter { !$0.hasPrefix("networking,") && !$0.hasSuffix(",networking") }.joined(
        separator: "\r\n"
      )
      .write(toFile: path, atomically: true, encoding: .utf8)
    }
    #expect(try convene.run("schedule", "--iterations", "2000", "--workspace", ws).status == 0)
    #expect(try convene.run("publish", "--workspace", ws).status == 0)
    let spool = convene.path("spool")
    try FileManager.default.createDirectory(atPath: spool, withIntermediateDirectories: true)
    let sent = try convene.run(
      "invite", "--send", "--json", "--sendmail", "cat > \"$(mktemp -p \(spool))\"", "--workspace",
      ws)
    #expect(sent.status == 0, "\(sent.error)")
    let report = try JSONSerialization.jsonObject(with: Data(sent.output.utf8)) as! [String: Any]
    let superseded = report["superseded"] as! [String]
    let ledger = LedgerView(convene, ws)
    // A v1 message still right for v2 goes as it was written; the others are superseded, and
    // their people get a v2 message instead.
    #expect(!superseded.isEmpty && superseded.allSatisfy { $0.hasPrefix("outbox/v1/") })
    #expect(
      Set(superseded.map { ledger.recipients[$0]! })
        == Set(
          ledger.messages("sent").filter { $0.hasPrefix("outbox/v2/") }.map {
            ledger.recipients[$0]!
          }))
    #expect(ledger.messages("superseded") == Set(superseded) && ledger.messages("sent").count == 55)
    let messages = try FileManager.default.contentsOfDirectory(atPath: spool).map {
      String(decoding: convene.bytes(spool + "/" + $0), as: UTF8.self)
    }
    #expect(messages.count == 55)
    #expect(messages.allSatisfy { $0.contains("method=REQUEST") && !$0.contains("method=CANCEL") })
    #expect(
      Set(messages.compactMap { $0.components(separatedBy: "\r\n").first { $0.hasPrefix("To: ") } })
        .count == 55)
    // Every calendar sent has v2's times.
    let v2 =
      try JSONSerialization.jsonObject(with: convene.bytes(ws + "/releases/v2.json"))
      as! [String: Any]
    let starts = Dictionary(
      uniqueKeysWithValues: (v2["sessions"] as! [[String: Any]]).map { entry in
        (
          "\(entry["id"] as! String)@dakar-2027.convene",
          (entry["start"] as! String).prefix(16).replacingOccurrences(of: "-", with: "")
            .replacingOccurrences(of: ":", with: "")
        )
      })
    for message in ledger.messages("sent") {
      let calendar = String(
        decoding: convene.bytes(ws + "/" + message.replacingOccurrences(of: ".eml", with: ".ics")),
        as: UTF8.self)
      for event in calendar.components(separatedBy: "BEGIN:VEVENT").dropFirst() {
        let lines = event.components(separatedBy: "\r\n")
        let uid = String(lines.first { $0.hasPrefix("UID:") }!.dropFirst(4))
        #expect(
          lines.contains { $0.hasPrefix("DTSTART") && $0.hasSuffix(":" + starts[uid]! + "00") },
          "\(message): \(uid)")
      }
    }
  }

  /// A ledger naming a file outside the outbox by its path is refused as a damaged ledger,
  /// naming its line; nothing is sent.
  @Test func aLedgerMessageOutsideTheOutboxIsARefusedLedger() throws {
    let convene = ConveneRunner()
    let ws = try publishedExample("dakar-regional-workshop", convene)
    #expect(try convene.run("invite", "--workspace", ws).status == 0)
    let secret = try convene.write("root:x:0:0:secret\n", to: "passwd")
    for hostile in [secret, "outbox/../../passwd"] {
      let ledger = ws + "/.convene/invitations.csv"
      let original = try String(contentsOfFile: ledger, encoding: .utf8)
      let text = original.replacingOccurrences(of: "outbox/v1/p002-request.eml", with: hostile)
      try text.write(toFile: ledger, atomically: true, encoding: .utf8)
      let spool = convene.path("spool")
      let result = try convene.run("invite", "--send", "--sendmail", "cat >> \(spool)", "--workspace", ws)
      #expect(result.status == 1)
      #expect(result.error.contains("invitations.csv:"), "\(result.error)")
      #expect(result.error.contains("message: \(hostile) is not a message in outbox/"), "\(result.error)")
      #expect(!FileManager.default.fileExists(atPath: spool))
      #expect(try String(contentsOfFile: ledger, encoding: .utf8) == text)
      try original.write(toFile: ledger, atomically: true, encoding: .utf8)
    }
  }

  /// A message in the outbox that is a link to a file elsewhere is never read or sent.
  @Test func anOutboxMessageLinkingOutsideIsNeverRead() throws {
    let convene = ConveneRunner()
    let ws = try publishedExample("dakar-regional-workshop", convene)
    #expect(try convene.run("invite", "--workspace", ws).status == 0)
    let secret = try convene.write("root:x:0:0:secret\n", to: "passwd")
    try FileManager.default.removeItem(atPath: ws + "/outbox/v1/p003-request.eml")
    try FileManager.default.createSymbolicLink(
      atPath: ws + "/outbox/v1/p003-request.eml", withDestinationPath: secret)
    let spool = convene.path("spool")
    try FileManager.default.createDirectory(atPath: spool, withIntermediateDirectories: true)
    let result = try convene.run(
      "invite", "--send", "--sendmail", "cat > \"$(mktemp -p \(spool))\"", "--workspace", ws)
    let delivered = try FileManager.default.contentsOfDirectory(atPath: spool).map {
      String(decoding: convene.bytes(spool + "/" + $0), as: UTF8.self)
    }
    #expect(!delivered.contains { $0.contains("root:x:0:0") })
    #expect(result.status == 1)
    #expect(result.error.contains("not sent: outbox/v1/p003-request.eml: leads outside outbox/"))
    #expect(delivered.count == 54)
  }

  /// Hostile names and titles in the workspace cannot add a header to any e-mail: a line break
  /// in `event.json`'s title or organiser is refused by every command (`CalendarEmailTests`
  /// holds the e-mails to the same rule, should one reach them), and header words without one
  /// stay inside their header.
  @Test func lineBreaksInNamesAndTitlesNeverAddAHeader() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let participants = ws + "/participants.csv"
    var lines = try String(contentsOfFile: participants, encoding: .utf8).components(
      separatedBy: "\r\n")
    var cells = lines[1].components(separatedBy: ",")
    // (A line break in a name is an error of participants.csv; a colon is not.)
    cells[1] = "Eve Bcc: victim@example.org"
    lines[1] = cells.joined(separator: ",")
    try lines.joined(separator: "\r\n").write(
      toFile: participants, atomically: true, encoding: .utf8)
    let event = ws + "/event.json"
    let json = try String(contentsOfFile: event, encoding: .utf8)
    try json.replacingOccurrences(
      of: "\"title\": \"",
      with: "\"title\": \"Bcc: victim@example.org\\r\\nBcc: victim@example.org\\n"
    )
    .replacingOccurrences(
      of: "\"name\": \"Network Management Unit\"",
      with: "\"name\": \"Unit\\r\\nBcc: victim@example.org\""
    )
    .write(toFile: event, atomically: true, encoding: .utf8)
    let refused = try convene.run("schedule", "--iterations", "2000", "--workspace", ws)
    #expect(refused.status == 1)
    #expect(refused.error.contains("title: holds a line break (CR, LF or a line separator)"), "\(refused.error)")
    #expect(refused.error.contains("organiser.name: holds a line break"), "\(refused.error)")
    try json.replacingOccurrences(of: "\"title\": \"", with: "\"title\": \"Bcc: victim@example.org ")
      .replacingOccurrences(of: "\"name\": \"Network Management Unit\"", with: "\"name\": \"Unit Bcc: victim@example.org\"")
      .write(toFile: event, atomically: true, encoding: .utf8)
    #expect(try convene.run("schedule", "--iterations", "2000", "--workspace", ws).status == 0)
    #expect(try convene.run("publish", "--workspace", ws).status == 0)
    let result = try convene.run("invite", "--workspace", ws)
    #expect(result.status == 0, "\(result.error)")
    let folder = ws + "/outbox/v1"
    for name in try FileManager.default.contentsOfDirectory(atPath: folder)
    where name.hasSuffix(".eml") {
      let headers = String(decoding: convene.bytes(folder + "/" + name), as: UTF8.self).components(
        separatedBy: "\r\n\r\n")[0]
      let fields = headers.components(separatedBy: "\r\n").filter { !$0.hasPrefix(" ") }.map {
        String($0.prefix { $0 != ":" })
      }
      #expect(
        fields == ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"],
        "\(name)")
    }
    let first = String(decoding: convene.bytes(folder + "/p001-request.eml"), as: UTF8.self)
    #expect(first.contains("To: \"Eve Bcc: victim@example.org\" <"))
  }
}
