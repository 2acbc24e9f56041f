import ConveneCore
import Testing

@testable import ConveneEvaluation

@Suite struct AttendanceBookTests {
  @Test func whatWasObservedWinsOverAnRSVPAnswer() {
    var book = AttendanceBook([
      AttendanceRecord(participant: "p001", session: "s1", status: .present, checkedInAt: "09:01")
    ])
    book.record(AttendanceRecord(participant: "p001", session: "s1", status: .declined))
    #expect(book.record(participant: "p001", session: "s1")?.status == .present)
    book.record(AttendanceRecord(participant: "p002", session: "s1", status: .declined))
    book.record(
      AttendanceRecord(participant: "p002", session: "s1", status: .present, checkedInAt: "09:30"))
    #expect(book.record(participant: "p002", session: "s1")?.status == .present)
    #expect(book.presentParticipants == ["p001", "p002"])
  }

  @Test func theEarlierCheckInIsKeptAndALaterObservationReplaces() {
    var book = AttendanceBook()
    book.record(
      AttendanceRecord(
        participant: "p001", session: "s1", status: .present, checkedInAt: "2027-03-09 09:10"))
    book.record(
      AttendanceRecord(
        participant: "p001", session: "s1", status: .present, checkedInAt: "2027-03-09 09:40"))
    #expect(book.record(participant: "p001", session: "s1")?.checkedInAt == "2027-03-09 09:10")
    book.record(AttendanceRecord(participant: "p001", session: "s1", status: .absent))
    #expect(book.record(participant: "p001", session: "s1")?.status == .absent)
    #expect(book.records.count == 1)
  }

  @Test func sortsDaysFirstThenSessionsInFileOrder() {
    let book = AttendanceBook([
      AttendanceRecord(participant: "p002", session: "s2", status: .present),
      AttendanceRecord(participant: "p001", session: "s2", status: .present),
      AttendanceRecord(participant: "p001", session: "s1", status: .present),
      AttendanceRecord(participant: "p001", session: "2027-03-10", status: .present),
      AttendanceRecord(participant: "p001", session: "2027-03-09", status: .present),
    ])
    let order = book.sorted(sessionOrder: ["s2", "s1"]).map { "\($0.session)/\($0.participant)" }
    #expect(order == ["2027-03-09/p001", "2027-03-10/p001", "s2/p001", "s2/p002", "s1/p001"])
  }

  @Test func rsvpAnswersAloneAreNotObservations() {
    let book = AttendanceBook([
      AttendanceRecord(participant: "p001", session: "s1", status: .accepted)
    ])
    #expect(!book.hasObservations)
    #expect(book.presentParticipants.isEmpty)
  }
}
