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
    for (index, participant) in ["p001", "p002"].enumerated() {
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

  @Test func theJournalIsReplayedOverTheLedgerThenFoldedIntoIt() throws {
    let workspace = try scratchWorkspace()
    let store = LedgerStore<InvitationLedger>(workspace: workspace)
    try store.save(ledger())
    try store.journal(.sending, of: "outbox/v1/p001-request.eml")
    try store.journal(.sent, of: "outbox/v1/p001-request.eml")
    try store.journal(.sending, of: "outbox/v1/p002-request.eml")
    let loaded = try store.load()
    #expect(loaded.state(of: "outbox/v1/p001-request.eml") == .sent)
    #expect(loaded.state(of: "outbox/v1/p002-request.eml") == .sending)
    // Folded: the CSV says it and the journal is empty.
    #expect(try workspace.fileSystem.contents(of: workspace.path(InvitationLedger.journalName)) == [])
    #expect(
      try InvitationLedger(
        csv: workspace.fileSystem.contents(of: workspace.path(InvitationLedger.fileName))!)
        == loaded)
  }

  @Test func aLineCutShortByACrashIsIgnored() {
    let lines = DeliveryJournal.lines(
      of: Array("sending outbox/v1/a.eml\nsent outbox/v1/a.eml\nsending outbox/v1/b".utf8))
    #expect(
      lines.map { "\($0.0.rawValue) \($0.1)" } == [
        "sending outbox/v1/a.eml", "sent outbox/v1/a.eml",
      ])
    #expect(DeliveryJournal.lines(of: Array("sen".utf8)).isEmpty)
    #expect(DeliveryJournal.lines(of: Array("lost outbox/v1/a.eml\n".utf8)).isEmpty)
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
        == "participant,session,answer,file,stamp\r\np001,opening,accepted,r.ics,5\r\np002,lab,declined,r.ics,5\r\n"
    )
    #expect(try RSVPFile.read(Array(text.utf8)) == answers)
    #expect(
      throws: CommandFailure(
        "rsvp.csv:4: expected participant,session,answer,file,stamp with an answer (accepted, tentative, declined) and a stamp"
      )
    ) {
      try RSVPFile.read(Array((text + "p003,lab,maybe,r.ics,5\r\n").utf8))
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
