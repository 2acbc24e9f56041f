import Foundation
import Testing

/// Everything has been sent; then the ledger, the record of what was sent to whom, is damaged:
/// emptied, deleted, a row deleted, a state, digest or one byte of a UID changed, with its
/// seal or without it. The next `--send` never takes that for "not sent yet": it exits 1
/// naming the ledger, sends nothing and leaves the ledger as it found it. Restored, it sends
/// nothing again and exits 0.
@Suite(.serialized) struct SendLedgerDamageTests {
  enum Damage: String, CaseIterable {
    case emptied, deleted, rowDeleted, stateChanged, digestGarbage, uidByteFlipped
    case emptiedWithoutSeal, deletedWithoutSeal, digestGarbageWithoutSeal
    case uidByteFlippedWithoutSeal

    var removesSeal: Bool { rawValue.hasSuffix("WithoutSeal") }
    /// Damage that only an invitation ledger can have (its UIDs and digests).
    var ofEvents: Bool { rawValue.hasPrefix("digest") || rawValue.hasPrefix("uid") }
  }

  func messageIDs(_ convene: ConveneRunner, _ mbox: String) -> [String] {
    String(decoding: convene.bytes(mbox), as: UTF8.self).components(separatedBy: "\r\n")
      .filter { $0.hasPrefix("Message-ID: ") }
  }

  /// Applies `damage` to the ledger's CSV at `path` (its row `row`).
  func damage(_ path: String, _ damage: Damage, row: Int) throws {
    var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n")
    switch damage {
    case .emptied, .emptiedWithoutSeal: lines = [""]
    case .deleted, .deletedWithoutSeal:
      try FileManager.default.removeItem(atPath: path)
      return
    case .rowDeleted: lines.remove(at: row)
    case .stateChanged:
      // Every row of the message, so that the rows agree.
      let cells = lines[row].components(separatedBy: ",")
      let message = try ",\(#require(cells.first { $0.hasPrefix("outbox/") })),"
      for index in lines.indices where lines[index].contains(message) {
        #expect(lines[index].hasSuffix(",sent"))
        lines[index] = lines[index].dropLast("sent".count) + "written"
      }
    case .digestGarbage, .digestGarbageWithoutSeal:
      var cells = lines[row].components(separatedBy: ",")
      #expect(cells[3].count == 16)
      cells[3] = "zzzz"
      lines[row] = cells.joined(separator: ",")
    case .uidByteFlipped, .uidByteFlippedWithoutSeal:
      // One byte of the event's id, as a flipped bit would change it.
      let at = try #require(lines[row].range(of: ".convene,")).lowerBound
      let before = lines[row].index(before: at)
      lines[row].replaceSubrange(before...before, with: lines[row][before] == "8" ? "9" : "8")
    }
    try lines.joined(separator: "\r\n").write(toFile: path, atomically: false, encoding: .utf8)
  }

  func attack(
    command: String, ledger: String, reports sent: String,
    workspace: (ConveneRunner) throws -> String
  ) throws {
    let convene = ConveneRunner()
    let ws = try workspace(convene)
    let first = convene.path("first.mbox")
    let all = try convene.run(command, "--send", "--sendmail", "cat >> \(first)", "--workspace", ws)
    #expect(all.status == 0, "\(all.error)")
    let count = messageIDs(convene, first).count
    #expect(count > 20)
    let csv = "/.convene/\(ledger).csv"
    for damage in Damage.allCases where command == "invite" || !damage.ofEvents {
      let copy = convene.path("ws-\(damage)")
      try FileManager.default.copyItem(atPath: ws, toPath: copy)
      if damage.removesSeal {
        try FileManager.default.removeItem(atPath: copy + "/.convene/\(ledger).seal")
      }
      try self.damage(copy + csv, damage, row: 10)
      let damaged = FileManager.default.contents(atPath: copy + csv)

      let mbox = convene.path("\(damage).mbox")
      let next = try convene.run(
        command, "--send", "--sendmail", "cat >> \(mbox)", "--workspace", copy)
      #expect(next.status == 1, "\(command) \(damage): \(next.output) \(next.error)")
      #expect(messageIDs(convene, mbox).isEmpty, "\(command) \(damage): sent again")
      #expect(
        next.error.contains(".convene/\(ledger).csv: ")
          && next.error.contains("restore it (with .convene/\(ledger).seal) from the same backup"),
        "\(command) \(damage): \(next.error)")
      #expect(FileManager.default.contents(atPath: copy + csv) == damaged, "\(command) \(damage)")
      let reason: String =
        switch damage {
        case .emptied: "is empty, though .convene/\(ledger).seal says it was written"
        case .deleted: "is missing, though .convene/\(ledger).seal says it was written"
        case .rowDeleted, .stateChanged, .digestGarbage, .uidByteFlipped:
          "does not match its seal (.convene/\(ledger).seal): it was changed or damaged"
        case .emptiedWithoutSeal: "holds no message, though outbox/"
        case .deletedWithoutSeal: "is missing, though outbox/"
        case .digestGarbageWithoutSeal: "holds the digest zzzz in"
        case .uidByteFlippedWithoutSeal: "which is not one of this event (SESSION@"
        }
      #expect(next.error.contains(reason), "\(command) \(damage): \(next.error)")
      // `check` reports it too (all but what only `invite` knows: the event's UIDs and digests).
      if !(damage.ofEvents && damage.removesSeal) {
        let check = try convene.run("check", "--workspace", copy)
        #expect(check.status == 1, "\(command) \(damage): \(check.output)")
        #expect(
          check.output.contains("error: .convene/\(ledger).csv: \(reason)"),
          "\(command) \(damage): \(check.output)")
      }
    }

    // Untouched, or restored with its seal: nothing is sent again.
    let restored = convene.path("ws-\(Damage.rowDeleted)")
    for file in ["\(ledger).csv", "\(ledger).seal"] {
      try FileManager.default.removeItem(atPath: restored + "/.convene/" + file)
      try FileManager.default.copyItem(
        atPath: ws + "/.convene/" + file, toPath: restored + "/.convene/" + file)
    }
    for folder in [ws, restored] {
      let mbox = convene.path("again.mbox")
      let again = try convene.run(
        command, "--send", "--sendmail", "cat >> \(mbox)", "--workspace", folder)
      #expect(again.status == 0, "\(again.error)")
      #expect(again.output.contains("Sent 0 \(sent)"), "\(again.output)")
      #expect(messageIDs(convene, mbox).isEmpty)
      let check = try convene.run("check", "--workspace", folder)
      #expect(!check.output.contains(".convene/\(ledger)"), "\(check.output)")
    }
  }

  @Test func aDamagedOrMissingInvitationLedgerNeverSendsTwice() throws {
    try attack(command: "invite", ledger: "invitations", reports: "messages") {
      try publishedExample("dakar-regional-workshop", $0)
    }
  }

  @Test func aDamagedOrMissingNoticeLedgerNeverSendsTwice() throws {
    try attack(command: "notify", ledger: "notifications", reports: "notices") {
      try $0.copyExample("dakar-regional-workshop")
    }
  }
}
