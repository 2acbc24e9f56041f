import ConveneCore
import Testing

@testable import ConveneCalendar

@Suite struct ReplyCollectorTests {
  func reply(uid: String, email: String, answer: CalendarAttendee.Answer, stamp: Int = 1) throws -> String {
    try CalendarWriter.ics(CalendarDocument(method: .reply, timezones: [], events: [
      CalendarEvent(
        uid: uid, sequence: 0, stamp: stamp, start: LocalDateTime("2027-03-09 09:00")!, end: LocalDateTime("2027-03-09 10:00")!,
        timezone: "Africa/Nairobi", summary: "Panel", location: "", description: "", status: .confirmed,
        organizer: CalendarPerson(name: "Unit", email: "events@example.org"),
        attendees: [CalendarAttendee(person: CalendarPerson(name: "x", email: email), role: .optional, answer: answer, rsvp: false)])
    ]))
  }

  @Test func keepsAnswersToInvitationsAndRejectsTheRestWithReasons() throws {
    var ledger = InvitationLedger()
    ledger.record(
      message: "outbox/v1/p003-request.eml",
      entries: [.init(participant: "p003", uid: "panel@nbo.convene", sequence: 0, digest: "d", method: .request)], state: .sent)
    let collector = ReplyCollector(plan: PlanFixture.plan, ledger: ledger)
    let (answers, rejected) = collector.collect([
      ("yes.ics", try reply(uid: "panel@nbo.convene", email: "NUSRAT@example.org", answer: .accepted)),
      ("later.ics", try reply(uid: "panel@nbo.convene", email: "nusrat@example.org", answer: .tentative, stamp: 5)),
      ("lab.ics", try reply(uid: "lab@nbo.convene", email: "nusrat@example.org", answer: .accepted)),
      ("stranger.ics", try reply(uid: "panel@nbo.convene", email: "who@example.org", answer: .accepted)),
      ("other.ics", try reply(uid: "panel@elsewhere.convene", email: "nusrat@example.org", answer: .accepted)),
      ("request.ics", try CalendarWriter.ics(CalendarDocument(method: .request, timezones: [], events: []))),
    ], into: [])
    #expect(answers.map { "\($0.participant) \($0.session) \($0.answer.rawValue) \($0.file)" } == ["p003 panel TENTATIVE later.ics"])
    #expect(rejected.map(\.reason) == [
      "lab@nbo.convene: p003 was not invited to this session",
      "panel@nbo.convene: who@example.org is not a participant",
      "panel@elsewhere.convene is not a session of nbo",
      "METHOD is REQUEST, not REPLY",
    ])
  }
}
