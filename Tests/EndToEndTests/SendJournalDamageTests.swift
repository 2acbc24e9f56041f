import Foundation
import Testing

/// `invite --send` and `notify --send` killed with -9 while the mail program holds the third
/// message (the first three delivered), then the journal — the only record of what went out —
/// damaged: one byte flipped in its last line, emptied or deleted. The next run never takes
/// that for "nothing sent": it names the journal, records every message of the killed run not
/// read as sent or failed as "may have been sent", exits 1 and sends nothing again.
@Suite(.serialized) struct SendJournalDamageTests {
  enum Damage: String, CaseIterable {
    case untouched, flippedByte, emptied, deleted
  }

  /// The Message-IDs in a file of delivered messages.
  func messageIDs(_ convene: ConveneRunner, _ mbox: String) -> [String] {
    String(decoding: convene.bytes(mbox), as: UTF8.self).components(separatedBy: "\r\n")
      .filter { $0.hasPrefix("Message-ID: ") }
  }

  /// Starts `command --send` with a program that appends each message to `mbox` and hangs
  /// once three have arrived; kills convene with -9 then.
  func killOnTheThirdMessage(
    _ convene: ConveneRunner, _ ws: String, command: String, mbox: String
  ) throws {
    let program = "cat >> \(mbox); [ $(grep -c '^Message-ID: ' \(mbox)) -lt 3 ] || sleep 30"
    let run = try convene.start([command, "--send", "--sendmail", program, "--workspace", ws])
    let deadline = Date().addingTimeInterval(60)
    while messageIDs(convene, mbox).count < 3 && run.isRunning && Date() < deadline {
      usleep(2_000)
    }
    usleep(100_000)
    kill(run.processIdentifier, SIGKILL)
    run.waitUntilExit()
    #expect(messageIDs(convene, mbox).count == 3)
  }

  func damage(_ journal: String, _ damage: Damage) throws {
    switch damage {
    case .untouched: break
    case .flippedByte:
      var text = try String(contentsOfFile: journal, encoding: .utf8)
      let range = try #require(text.range(of: " sending ", options: .backwards))
      text.replaceSubrange(range, with: " sendinf ")
      try text.write(toFile: journal, atomically: false, encoding: .utf8)
    case .emptied: try Data().write(to: URL(fileURLWithPath: journal))
    case .deleted: try FileManager.default.removeItem(atPath: journal)
    }
  }

  func attack(command: String, ledger: String, workspace: (ConveneRunner) throws -> String) throws {
    for damage in Damage.allCases {
      let convene = ConveneRunner()
      let ws = try workspace(convene)
      let first = convene.path("first.mbox")
      try killOnTheThirdMessage(convene, ws, command: command, mbox: first)
      let journal = ws + "/.convene/\(ledger).journal"
      #expect(String(decoding: convene.bytes(journal), as: UTF8.self).contains(" 5 sending "))
      try self.damage(journal, damage)
      let total = LedgerView(convene, ws, ledger: ledger).states.count

      let second = convene.path("second.mbox")
      let next = try convene.run(
        command, "--send", "--sendmail", "cat >> \(second)", "--workspace", ws)
      #expect(next.status == 1, "\(damage): \(next.error)")
      let resent = Set(messageIDs(convene, first)).intersection(messageIDs(convene, second))
      #expect(resent.isEmpty, "\(damage): sent twice: \(resent.sorted())")
      // Read as sent: the two whose `sent` lines survive; none when the journal is gone.
      let sentBefore = [.untouched, .flippedByte].contains(damage) ? 2 : 0
      let uncertain = damage == .untouched ? 1 : total - sentBefore
      let view = LedgerView(convene, ws, ledger: ledger)
      #expect(view.messages("sent").count == total - uncertain, "\(damage)")
      #expect(view.messages("sending").count == uncertain, "\(damage)")
      switch damage {
      case .untouched:
        #expect(messageIDs(convene, second).count == total - 3)
        #expect(next.error.contains("may have been sent:"))
      case .flippedByte:
        #expect(
          next.error.contains(
            ".convene/\(ledger).journal:6: the line does not match its checksum (it was changed or damaged)"
          ),
          "\(next.error)")
      case .emptied, .deleted:
        #expect(
          next.error.contains(".convene/\(ledger).journal: missing or empty, though a send run"),
          "\(next.error)")
      }
      if damage != .untouched {
        #expect(messageIDs(convene, second).isEmpty, "\(damage)")
        #expect(
          next.error.contains(
            "\(uncertain) messages it does not show sent or failed are now recorded as \"may have been sent\""))
        // The run after lists them and still sends nothing.
        let after = try convene.run(
          command, "--send", "--sendmail", "cat >> \(second)", "--workspace", ws)
        #expect(after.status == 1)
        #expect(after.error.contains("\(uncertain) messages may have been sent"), "\(after.error)")
        #expect(messageIDs(convene, second).isEmpty)
      }
    }
  }

  @Test func aDamagedOrMissingInvitationJournalNeverSendsTwice() throws {
    try attack(command: "invite", ledger: "invitations") {
      try publishedExample("dakar-regional-workshop", $0)
    }
  }

  @Test func aDamagedOrMissingNoticeJournalNeverSendsTwice() throws {
    try attack(command: "notify", ledger: "notifications") {
      try $0.copyExample("dakar-regional-workshop")
    }
  }
}
