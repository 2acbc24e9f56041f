import ConveneCore
import Testing

@testable import ConveneCalendar

@Suite struct ReplyCollectorTests {
  func reply(uid: String, email: String, answer: CalendarAttendee.Answer, stamp: Int = 1, sequence: Int = 0) throws -> String {
    try CalendarWriter.ics(CalendarDocument(method: .reply, timezones: [], events: [
      CalendarEvent(
        uid: uid, sequence: sequence, stamp: stamp, start: LocalDateTime("2027-03-09 09:00")!, end: LocalDateTime("2027-03-09 10:00")!,
        timezone: "Africa/Nairobi", summary: "Panel", location: "", description: "", status: .confirmed,
        organizer: CalendarPerson(name: "Unit", email: "events@example.org"),
        attendees: [CalendarAttendee(person: CalendarPerson(name: "x", email: email), role: .optional, answer: answer, rsvp: false)])
    ]))
  }

  /// A ledger that records p003 (Nusrat) invited to the panel, version 0, and the
  /// invitation sent.
  static var p003InvitedToThePanel: InvitationLedger {
    var ledger = InvitationLedger()
    ledger.record(
      message: "outbox/v1/p003-request.eml",
      entries: [.init(participant: "p003", uid: "panel@nbo.convene", sequence: 0, digest: "d", method: .request)], state: .sent)
    return ledger
  }

  @Test func keepsAnswersToInvitationsAndRejectsTheRestWithReasons() throws {
    let ledger = Self.p003InvitedToThePanel
    let collector = ReplyCollector(plan: PlanFixture.plan, ledger: ledger)
    let (answers, rejected, _) = collector.collect([
      ("yes.ics", try reply(uid: "panel@nbo.convene", email: "NUSRAT@example.org", answer: .accepted)),
      ("later.ics", try reply(uid: "panel@nbo.convene", email: "nusrat@example.org", answer: .tentative, stamp: 5)),
      ("lab.ics", try reply(uid: "lab@nbo.convene", email: "nusrat@example.org", answer: .accepted)),
      ("stranger.ics", try reply(uid: "panel@nbo.convene", email: "who@example.org", answer: .accepted)),
      ("other.ics", try reply(uid: "panel@elsewhere.convene", email: "nusrat@example.org", answer: .accepted)),
      ("request.ics", try CalendarWriter.ics(CalendarDocument(method: .request, timezones: [], events: []))),
      (
        "nouid.ics",
        try reply(uid: "panel@nbo.convene", email: "nusrat@example.org", answer: .declined)
          .replacingOccurrences(of: "UID:panel@nbo.convene\r\n", with: "")
      ),
    ], into: [])
    #expect(answers.map { "\($0.participant) \($0.session) \($0.answer.rawValue) \($0.file)" } == ["p003 panel TENTATIVE later.ics"])
    #expect(rejected.map(\.reason) == [
      "lab@nbo.convene: p003 was not invited to this session",
      "panel@nbo.convene: who@example.org is not a participant",
      "panel@elsewhere.convene is not a session of nbo",
      "METHOD is REQUEST, not REPLY",
      "the reply has no UID, so it names no session (a calendar writes the invitation's UID back)",
    ])
  }

  /// One file whose two events each name one attendee, two people in all: one person's file
  /// would answer for another (and decline for them), so the whole file is refused.
  @Test func aReplyFileAnsweringForTwoPeopleIsRefusedWhole() throws {
    let collector = ReplyCollector(plan: PlanFixture.plan, ledger: Self.p003InvitedToThePanel)
    let own = try reply(uid: "panel@nbo.convene", email: "nusrat@example.org", answer: .accepted)
    let other = try reply(uid: "panel@nbo.convene", email: "someone.else@example.org", answer: .declined)
    let event = { (text: String) in
      String(text[text.range(of: "BEGIN:VEVENT")!.lowerBound..<text.range(of: "END:VEVENT\r\n")!.upperBound])
    }
    let both = own.replacingOccurrences(of: "END:VCALENDAR", with: event(other) + "END:VCALENDAR")
    #expect(both.components(separatedBy: "BEGIN:VEVENT").count == 3)
    let (answers, rejected, _) = collector.collect([("from-p003.ics", both)], into: [])
    #expect(answers.isEmpty)
    #expect(rejected.map(\.reason) == [
      "the reply names 2 attendees (nusrat@example.org, someone.else@example.org): a reply is one person's answer, "
        + "and a calendar sends each person's from their own address"
    ])
  }

  /// A ledger in which p003 was invited to the panel at SEQUENCE 0, then sent its update at 1.
  static func ledgerAfterAMove() -> InvitationLedger {
    var ledger = InvitationLedger()
    for sequence in 0...1 {
      ledger.record(
        message: "outbox/v\(sequence + 1)/p003-request.eml",
        entries: [.init(participant: "p003", uid: "panel@nbo.convene", sequence: sequence, digest: "d\(sequence)", method: .request)],
        state: .sent)
    }
    return ledger
  }

  @Test func aReplyToAnEarlierVersionNeverOutranksOneToTheCurrent() throws {
    let collector = ReplyCollector(plan: PlanFixture.plan, ledger: Self.ledgerAfterAMove())
    let old = Answer(participant: "p003", session: "panel", answer: .accepted, file: "v1-yes.ics", stamp: 100, sequence: 0)
    let (answers, rejected, superseded) = collector.collect([
      ("old-but-later.ics", try reply(uid: "panel@nbo.convene", email: "nusrat@example.org", answer: .accepted, stamp: 900, sequence: 0)),
      ("new.ics", try reply(uid: "panel@nbo.convene", email: "nusrat@example.org", answer: .declined, stamp: 500, sequence: 1)),
      ("forged.ics", try reply(uid: "panel@nbo.convene", email: "nusrat@example.org", answer: .accepted, stamp: 400, sequence: 99)),
    ], into: [old])
    #expect(answers.map { "\($0.answer.rawValue) \($0.file) \($0.sequence)" } == ["DECLINED new.ics 1"])
    #expect(superseded == [old])
    #expect(rejected.map(\.reason) == [
      "panel@nbo.convene: the reply answers an earlier version of the session (SEQUENCE 0); the invitation in force is SEQUENCE 1, sent after the session changed, and its answer is still to come",
      "panel@nbo.convene: the reply answers SEQUENCE 99, a version never sent (the invitation sent is SEQUENCE 1)",
    ])
    #expect(!collector.isInForce(old))
    #expect(collector.isInForce(answers[0]))
  }

  @Test func proposalsDelegationsAndWithdrawnInvitationsAreNamedForWhatTheyAre() throws {
    var ledger = Self.ledgerAfterAMove()
    ledger.record(
      message: "outbox/v3/p003-cancel.eml",
      entries: [.init(participant: "p003", uid: "lab@nbo.convene", sequence: 1, digest: "c", method: .cancel)], state: .sent)
    let collector = ReplyCollector(plan: PlanFixture.plan, ledger: ledger)
    let counter = try reply(uid: "panel@nbo.convene", email: "nusrat@example.org", answer: .accepted, sequence: 1)
      .replacingOccurrences(of: "METHOD:REPLY", with: "METHOD:COUNTER")
    let none = try reply(uid: "panel@nbo.convene", email: "nusrat@example.org", answer: .accepted, sequence: 1)
      .replacingOccurrences(of: "METHOD:REPLY\r\n", with: "")
    let delegated = try reply(uid: "panel@nbo.convene", email: "nusrat@example.org", answer: .accepted, sequence: 1)
      .replacingOccurrences(of: "PARTSTAT=ACCEPTED", with: "PARTSTAT=DELEGATED;DELEGATED-TO=\"mailto:deputy@example.org\"")
    let (answers, rejected, _) = collector.collect([
      ("counter.ics", counter), ("none.ics", none), ("delegated.ics", delegated),
      ("withdrawn.ics", try reply(uid: "lab@nbo.convene", email: "nusrat@example.org", answer: .accepted, sequence: 1)),
    ], into: [])
    #expect(answers.isEmpty)
    #expect(rejected.map(\.reason) == [
      "METHOD is COUNTER (a proposal of another time), not REPLY: only answers are recorded; answer the proposal yourself",
      "the calendar has no METHOD; a reply says METHOD:REPLY",
      "panel@nbo.convene: p003 delegated the invitation; only the invited person's own answer is recorded (register the delegate to invite them)",
      "lab@nbo.convene: p003's invitation to this session was withdrawn (a cancellation was sent)",
    ])
  }

  typealias Answer = ReplyCollector.Answer
}
