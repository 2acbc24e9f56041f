import Foundation
import Testing

/// A real SMTP server on 127.0.0.1 (PyPI's aiosmtpd) writing what it accepts to a folder.
final class SMTPSink {
  let process = Process()
  let folder: String
  let port: Int

  init(folder: String) throws {
    self.folder = folder
    process.executableURL = ConveneRunner.repository.appendingPathComponent(".build/venv/bin/python")
    process.arguments = [ConveneRunner.repository.appendingPathComponent("Tests/EndToEndTests/Interop/smtp_sink.py").path, folder, "60"]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    var line = Data()
    while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) { line += byte }
    port = Int(String(decoding: line, as: UTF8.self)) ?? 0
  }

  /// The messages received so far.
  var messages: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".eml") }.sorted().map {
      String(decoding: FileManager.default.contents(atPath: folder + "/" + $0) ?? Data(), as: UTF8.self)
    }
  }

  deinit {
    // SIGKILL: a process started by Foundation may have SIGTERM blocked.
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
  }
}

@Suite struct SendCommandTests {
  @Test func killedInTheMiddleAndRunAgainEveryMessageArrivesExactlyOnce() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    #expect(try convene.run("schedule", "--iterations", "3000", "--workspace", ws).status == 0)
    #expect(try convene.run("publish", "--workspace", ws).status == 0)
    let sink = try SMTPSink(folder: convene.path("mailbox"))
    #expect(sink.port > 0)
    let msmtp = "msmtp --host=127.0.0.1 --port=\(sink.port) --auth=off --tls=off --from=events@example.org -t"
    // Slow each message down a little so that the kill lands in the middle of the run.
    // `exec` hands the process to msmtp, which then dies with convene (setpriv --pdeathsig).
    let first = try convene.start(["invite", "--send", "--sendmail", "sleep 0.1; exec \(msmtp)", "--workspace", ws])
    let deadline = Date().addingTimeInterval(60)
    func recorded() -> Int {
      let ledger = String(decoding: convene.bytes(ws + "/.convene/invitations.csv"), as: UTF8.self)
      return Set(ledger.components(separatedBy: "\r\n").filter { $0.hasSuffix(",yes") }.map { $0.components(separatedBy: ",")[5] }).count
    }
    while recorded() < 10 && Date() < deadline { usleep(5_000) }
    // Kill while the next message is on its way to the mail program (its 0.1 s pause). The one
    // moment this cannot cover is between the server accepting a message and the ledger
    // recording it (docs/decisions.md).
    kill(first.processIdentifier, SIGKILL)
    first.waitUntilExit()
    usleep(500_000)
    let beforeRerun = sink.messages.count
    #expect(beforeRerun >= 10 && beforeRerun < 55, "\(beforeRerun) messages before the rerun")

    let second = try convene.run("invite", "--send", "--sendmail", msmtp, "--workspace", ws)
    #expect(second.status == 0, "\(second.error)")
    #expect(second.output.contains("Nothing to send"))
    #expect(second.output.contains("Sent \(55 - beforeRerun) messages"))
    let third = try convene.run("invite", "--send", "--sendmail", msmtp, "--workspace", ws)
    #expect(third.output.contains("Sent 0 messages"))

    let received = sink.messages
    #expect(received.count == 55)
    let recipients = received.compactMap { message in message.components(separatedBy: "\r\n").first { $0.hasPrefix("To: ") } }
    #expect(Set(recipients).count == 55, "a recipient got two messages")
    #expect(received.allSatisfy { $0.contains("Content-Type: text/calendar; charset=UTF-8; method=REQUEST") })
  }

  @Test func failuresAreReportedAndRetriedOnTheNextRun() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    #expect(try convene.run("schedule", "--iterations", "3000", "--workspace", ws).status == 0)
    #expect(try convene.run("publish", "--workspace", ws).status == 0)
    let failed = try convene.run("invite", "--send", "--sendmail", "echo 'connection refused' >&2; exit 75", "--workspace", ws)
    #expect(failed.status == 1)
    #expect(failed.error.contains("not sent: outbox/v1/p001-request.eml: `echo 'connection refused' >&2; exit 75` exited with 75: connection refused"))
    #expect(failed.error.contains("55 messages failed; `convene invite --send` retries them."))
    let spool = convene.path("spool")
    try FileManager.default.createDirectory(atPath: spool, withIntermediateDirectories: true)
    let retried = try convene.run("invite", "--send", "--sendmail", "cat > \"$(mktemp -p \(spool))\"", "--workspace", ws)
    #expect(retried.status == 0, "\(retried.error)")
    #expect(retried.output.contains("Sent 55 messages"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: spool).count == 55)
  }
}
