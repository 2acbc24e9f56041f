import ConveneCalendar
import ConveneCore
import ConveneWorkspace
import Foundation
import Testing

@testable import ConveneReleases

/// A scratch workspace folder on the real file system.
func scratchWorkspace() throws -> Workspace {
  let root = NSTemporaryDirectory() + "convene-releases-\(UUID().uuidString)"
  try FileManager.default.createDirectory(
    atPath: root + "/.convene", withIntermediateDirectories: true)
  return Workspace(root: root, fileSystem: LocalFileSystem())
}

@Suite struct LedgerStoreTests {
  func ledger() -> InvitationLedger {
    var ledger = InvitationLedger()
    for (index, participant) in ["p001", "p002", "p003"].enumerated() {
      ledger.record(
        message: "outbox/v1/\(participant)-request.eml",
        entries: [
          .init(
            participant: participant, uid: "a@e.convene", sequence: index, digest: "d",
            method: .request)
        ])
    }
    return ledger
  }

  /// The ledger of three messages and the journal of a run killed while p002 was in hand
  /// (p001 sent).
  func killedWhileP002IsInHand() throws -> (
    Workspace, LedgerStore<InvitationLedger>, LedgerStore<InvitationLedger>.SendRun
  ) {
    let workspace = try scratchWorkspace()
    let store = LedgerStore<InvitationLedger>(workspace: workspace)
    try store.save(ledger())
    var run = try store.startRun()
    try store.journal(.sending, of: "outbox/v1/p001-request.eml", in: &run)
    try store.journal(.sent, of: "outbox/v1/p001-request.eml", in: &run)
    try store.journal(.sending, of: "outbox/v1/p002-request.eml", in: &run)
    return (workspace, store, run)
  }

  @Test func theJournalIsReplayedOverTheLedgerThenFoldedIntoIt() throws {
    let (workspace, store, run) = try killedWhileP002IsInHand()
    #expect(try text(InvitationLedger.runMarkerName, in: workspace) == "\(run.id)\n")
    let loaded = try store.load()
    #expect(loaded.state(of: "outbox/v1/p001-request.eml") == .sent)
    #expect(loaded.state(of: "outbox/v1/p002-request.eml") == .sending)
    #expect(loaded.state(of: "outbox/v1/p003-request.eml") == .written)
    // Folded: the CSV says it, the marker is cleared and the journal is empty.
    #expect(try text(InvitationLedger.journalName, in: workspace) == "")
    #expect(try text(InvitationLedger.runMarkerName, in: workspace) == "")
    #expect(
      try InvitationLedger(
        csv: workspace.fileSystem.contents(of: workspace.path(InvitationLedger.fileName))!)
        == loaded)
  }

  /// A run killed while the mail program held p002, its journal then damaged: every message
  /// of the run without a `sent` or `failed` read is "may have been sent", never "not sent";
  /// the error names the journal and its line; the uncertain states are folded into the CSV.
  @Test func aDamagedJournalMakesEveryUnsettledMessageOfTheRunUncertain() throws {
    let cases: [(String, (inout String) -> Void, String)] = [
      (
        "flipped",
        {
          $0 = $0.replacingOccurrences(
            of: " sending outbox/v1/p002", with: " sendinf outbox/v1/p002")
        },
        ".convene/invitations.journal:4: the line does not match its checksum (it was changed or damaged)"
      ),
      (
        "emptied", { $0 = "" },
        ".convene/invitations.journal: missing or empty, though a send run"
      ),
      (
        "garbage",
        { $0 = $0.split(separator: "\n", maxSplits: 1).joined(separator: "\nnonsense\n") },
        ".convene/invitations.journal:2: the line does not read as RUN NUMBER STATE MESSAGE CHECKSUM"
      ),
      (
        "line deleted",
        { text in
          var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
          lines.remove(at: 1)
          text = lines.joined(separator: "\n")
        },
        ".convene/invitations.journal:2: line 1 of run "
      ),
      (
        "cut short", { $0.removeLast() },
        ".convene/invitations.journal:4: the last line is cut short"
      ),
    ]
    for (name, damage, expected) in cases {
      let (workspace, store, _) = try killedWhileP002IsInHand()
      var journal = try text(InvitationLedger.journalName, in: workspace)
      damage(&journal)
      try workspace.fileSystem.write(
        Array(journal.utf8), to: workspace.path(InvitationLedger.journalName))
      do {
        _ = try store.load()
        Issue.record("\(name): the damaged journal was read as whole")
      } catch let error as JournalDamage {
        #expect(error.message.hasPrefix(expected), "\(name): \(error.message)")
        #expect(error.message.contains("recorded as \"may have been sent\""))
      }
      let folded = try store.load()
      // An emptied journal has no `sent` left to read: p001 too may have been sent.
      let settled = name == "emptied" ? [] : ["outbox/v1/p001-request.eml"]
      #expect(folded.messages(in: [.sent]) == settled, "\(name)")
      #expect(
        folded.messages(in: [.sending])
          == [
            "outbox/v1/p001-request.eml", "outbox/v1/p002-request.eml",
            "outbox/v1/p003-request.eml",
          ]
          .filter { !settled.contains($0) }, "\(name)")
      #expect(folded.messages(in: [.written, .failed]).isEmpty, "\(name)")
    }
  }

  /// `save` writes the seal naming the new and the replaced ledger, then the ledger, then the
  /// seal naming the new one alone: a kill after either write leaves a ledger the seal names,
  /// while a ledger it names in no state is damage.
  @Test func aLedgerKilledWhileBeingReplacedIsOneItsSealNames() throws {
    let workspace = try scratchWorkspace()
    let store = LedgerStore<InvitationLedger>(workspace: workspace)
    let before = ledger()
    try store.save(before)
    var after = before
    after.setState(.sent, of: "outbox/v1/p003-request.eml")
    let digest = { (ledger: InvitationLedger) in
      LedgerStore<InvitationLedger>.digest(Array(ledger.csv().utf8))
    }
    #expect(try text(InvitationLedger.sealName, in: workspace) == "\(digest(before))\n")

    // Killed after the first write of the seal: the old ledger is read.
    try workspace.fileSystem.write(
      Array("\(digest(after))\n\(digest(before))\n".utf8),
      to: workspace.path(InvitationLedger.sealName))
    #expect(try store.read().ledger == before)
    // Killed after the ledger was replaced: the new one is read.
    try workspace.fileSystem.write(after.csv(), to: workspace.path(InvitationLedger.fileName))
    #expect(try store.read().ledger == after)
    // Any other ledger is damage, whatever it says.
    var other = after
    other.setState(.failed, of: "outbox/v1/p001-request.eml")
    try workspace.fileSystem.write(other.csv(), to: workspace.path(InvitationLedger.fileName))
    #expect(throws: LedgerDamage.self) { try store.read() }
    // A whole save names the new ledger alone.
    try store.save(after)
    #expect(try text(InvitationLedger.sealName, in: workspace) == "\(digest(after))\n")
    #expect(try store.read().ledger == after)
  }

  /// The first save, killed between the seal's rename and the ledger's: the seal names the new
  /// ledger and "none", so that no ledger is read as the state before (nothing recorded or
  /// sent), not as a ledger lost that only a backup could restore. A seal naming no "none"
  /// still makes a missing ledger damage.
  @Test func aFirstLedgerKilledBeforeItsRenameIsNoLedgerYet() throws {
    let workspace = try scratchWorkspace()
    let store = LedgerStore<InvitationLedger>(workspace: workspace)
    let first = ledger()
    let digest = LedgerStore<InvitationLedger>.digest(Array(first.csv().utf8))
    try workspace.fileSystem.createDirectory(workspace.path(".convene"))
    try workspace.fileSystem.write(Array("\(digest)\nnone\n".utf8), to: workspace.path(InvitationLedger.sealName))
    #expect(try store.read().ledger == InvitationLedger())
    try store.save(first)
    #expect(try text(InvitationLedger.sealName, in: workspace) == "\(digest)\n")
    #expect(try store.read().ledger == first)
    try FileManager.default.removeItem(atPath: workspace.path(InvitationLedger.fileName))
    let damage = try #require(throws: LedgerDamage.self) { try store.read() }
    #expect(damage.message.contains("is missing, though .convene/invitations.seal says it was written"))
  }

  /// A ledger without its seal and without the row of the message in hand: the journal's
  /// record of the hand-off is not dropped as "a message the ledger does not know".
  @Test func aMessageTheJournalRecordsMustBeInTheLedger() throws {
    let (workspace, store, _) = try killedWhileP002IsInHand()
    let csv = try text(InvitationLedger.fileName, in: workspace)
    try FileManager.default.removeItem(atPath: workspace.path(InvitationLedger.sealName))
    try workspace.fileSystem.write(
      csv.components(separatedBy: "\r\n").filter { !$0.hasPrefix("p002,") }.joined(
        separator: "\r\n"),
      to: workspace.path(InvitationLedger.fileName))
    let damage = try #require(throws: LedgerDamage.self) { try store.load() }
    #expect(
      damage.message.hasPrefix(
        ".convene/invitations.csv: does not hold \"outbox/v1/p002-request.eml\", which .convene/invitations.journal records as sending"
      ), "\(damage.message)")
    #expect(try text(InvitationLedger.fileName, in: workspace) != csv)
    #expect(!(try text(InvitationLedger.journalName, in: workspace).isEmpty))
  }

  @Test func aJournalMissingWhileARunIsOpenIsDamage() throws {
    let workspace = try scratchWorkspace()
    let store = LedgerStore<InvitationLedger>(workspace: workspace)
    try store.save(ledger())
    var run = try store.startRun()
    try store.journal(.sending, of: "outbox/v1/p001-request.eml", in: &run)
    try FileManager.default.removeItem(atPath: workspace.path(InvitationLedger.journalName))
    #expect(throws: JournalDamage.self) { try store.load() }
    #expect(try store.load().messages(in: [.sending]).count == 3)
  }

  /// Killed between the run's start line and its marker: nothing was handed over, and the
  /// journal reads whole. Journals of the former layout are still read.
  @Test func aStartWithoutMarkerAndTheFormerLayoutReadWhole() throws {
    let start = DeliveryJournal.line(run: "abc", number: 0, word: "start", message: nil)
    let reading = DeliveryJournal.read(Array(start.utf8), openRun: nil)
    #expect(reading.damage == nil && reading.states.isEmpty)
    let former = DeliveryJournal.read(
      Array("sending outbox/v1/a.eml\nsent outbox/v1/a.eml\nsending outbox/v1/b".utf8), openRun: nil
    )
    #expect(former.damage == nil)
    #expect(
      former.states.map { "\($0.state.rawValue) \($0.message)" } == [
        "sending outbox/v1/a.eml", "sent outbox/v1/a.eml",
      ])
    let garbage = DeliveryJournal.read(
      Array("sending outbox/v1/a.eml\nlost outbox/v1/a.eml\n".utf8), openRun: nil)
    #expect(garbage.damage?.line == 2)
  }

  /// A line rewritten with its checksum made to match still has to name a state.
  @Test func aLineWithAMatchingChecksumMustStillNameAState() {
    let journal =
      DeliveryJournal.line(run: "abc", number: 0, word: "start", message: nil)
      + DeliveryJournal.line(run: "abc", number: 1, word: "sendinf", message: "outbox/v1/a.eml")
    let reading = DeliveryJournal.read(Array(journal.utf8), openRun: "abc")
    #expect(reading.damage?.line == 2)
    #expect(reading.damage?.reason == "\"sendinf\" is not a delivery state of a message")
  }

  func text(_ name: String, in workspace: Workspace) throws -> String {
    String(
      decoding: try workspace.fileSystem.contents(of: workspace.path(name)) ?? [], as: UTF8.self)
  }
}

@Suite struct OutboxTests {
  @Test func onlyFilesReallyInsideTheOutboxAreRead() throws {
    let workspace = try scratchWorkspace()
    try FileManager.default.createDirectory(
      atPath: workspace.path("outbox/v1"), withIntermediateDirectories: true)
    try "message".write(
      toFile: workspace.path("outbox/v1/p001-request.eml"), atomically: true, encoding: .utf8)
    try "secret".write(toFile: workspace.path("secret.eml"), atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: workspace.path("outbox/v1/p002-request.eml"),
      withDestinationPath: workspace.path("secret.eml"))
    #expect(
      try Outbox.verifiedPath("outbox/v1/p001-request.eml", in: workspace)
        == workspace.path("outbox/v1/p001-request.eml"))
    for hostile in [
      workspace.path("secret.eml"), "/etc/passwd", "outbox/../secret.eml",
      "outbox/v1/../../secret.eml", "outbox/./v1/p001-request.eml",
      "outbox//v1/p001-request.eml", "outbox/v1/p001-request.eml\n", "secret.eml",
      "outbox/v1/p001-request.ics",
      "outbox/v1/p002-request.eml", "outbox/v1/missing.eml",
    ] {
      #expect(throws: CommandFailure.self, "\(hostile)") {
        try Outbox.verifiedPath(hostile, in: workspace)
      }
    }
  }

  @Test func newMessagesGetAFreeNameAndIdsThatAreNotFileNamesAreRefused() throws {
    let taken: Set<String> = ["outbox/v2/p001-request.eml", "outbox/v2/p001-request-2.eml"]
    #expect(
      try Outbox.stem(release: 2, participant: "p001", method: "REQUEST", isTaken: taken.contains)
        == "outbox/v2/p001-request-3")
    #expect(
      try Outbox.stem(release: 2, participant: "p002", method: "CANCEL", isTaken: taken.contains)
        == "outbox/v2/p002-cancel")
    for hostile in ["../../tmp/x", "a/b", ".hidden", "p001\r\nBcc", ""] {
      #expect(throws: CommandFailure.self) {
        try Outbox.stem(
          release: 1, participant: hostile, method: "REQUEST", isTaken: { _ in false })
      }
    }
  }
}

@Suite struct RSVPFileTests {
  @Test func answersRoundTripAndADamagedRowIsAnErrorNotALoss() throws {
    let answers = [
      ReplyCollectorAnswerFixture.make("p001", "opening", .accepted),
      ReplyCollectorAnswerFixture.make("p002", "lab", .declined),
    ]
    let text = RSVPFile.write(answers)
    #expect(
      text
        == "participant,session,answer,file,stamp,sequence\r\np001,opening,accepted,r.ics,5,0\r\np002,lab,declined,r.ics,5,0\r\n"
    )
    #expect(try RSVPFile.read(Array(text.utf8)) == answers)
    #expect(
      throws: CommandFailure(
        "rsvp.csv:4: expected participant,session,answer,file,stamp,sequence with an answer (accepted, tentative, declined), a stamp and a sequence"
      )
    ) {
      try RSVPFile.read(Array((text + "p003,lab,maybe,r.ics,5\r\n").utf8))
    }
  }

  @Test func aFileWrittenBeforeTheSequenceColumnIsReadAsAnswersToTheFirstVersion() throws {
    let old = "participant,session,answer,file,stamp\r\np001,opening,accepted,r.ics,5\r\n"
    #expect(try RSVPFile.read(Array(old.utf8)) == [ReplyCollectorAnswerFixture.make("p001", "opening", .accepted)])
    #expect(throws: CommandFailure.self) {
      try RSVPFile.read(Array("participant,session,answer,file,stamp,sequence\r\np001,opening,delegated,r.ics,5,0\r\n".utf8))
    }
  }
}

enum ReplyCollectorAnswerFixture {
  static func make(_ participant: String, _ session: String, _ answer: CalendarAttendee.Answer)
    -> ReplyCollector.Answer
  {
    .init(participant: participant, session: session, answer: answer, file: "r.ics", stamp: 5)
  }
}
