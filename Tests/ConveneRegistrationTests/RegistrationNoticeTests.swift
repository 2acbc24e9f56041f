import ConveneCore
import Testing

@testable import ConveneRegistration

/// Which notice each status change calls for, and what the ledger remembers.
@Suite struct RegistrationNoticeTests {
  typealias Kind = RegistrationNotice.Kind

  @Test(arguments: [
    // status, last notice given, notice due
    (ParticipantStatus.registered, nil, Kind.registered),
    (.registered, .waitlisted, .offered),
    (.registered, .registered, nil),
    (.registered, .offered, nil),
    (.registered, .cancelled, .registered),
    (.confirmed, nil, .confirmed),
    (.confirmed, .registered, .confirmed),
    (.confirmed, .waitlisted, .confirmed),
    (.confirmed, .confirmed, nil),
    (.waitlisted, nil, .waitlisted),
    (.waitlisted, .registered, .waitlisted),
    (.waitlisted, .waitlisted, nil),
    (.cancelled, nil, nil),
    (.cancelled, .registered, .cancelled),
    (.cancelled, .waitlisted, .cancelled),
    (.cancelled, .cancelled, nil),
    (.declined, .confirmed, .cancelled),
    (.invited, nil, nil),
  ] as [(ParticipantStatus, Kind?, Kind?)])
  func eachStatusCallsForOneNoticeUnlessThePersonAlreadyKnows(
    status: ParticipantStatus, last: Kind?, due: Kind?
  ) {
    #expect(RegistrationNotice.kind(for: status, lastGiven: last) == due)
  }

  @Test func waitlistPositionsFollowTheOrderOfTheFileAndPeopleWithoutAnAddressAreLeftOut() {
    let people = [
      Build.person("p001", "a@x.org", status: .confirmed),
      Build.person("p002", "b@x.org", status: .waitlisted),
      Build.person("p003", "", status: .waitlisted),
      Build.person("p004", "d@x.org", status: .waitlisted),
      Build.person("p005", "e@x.org", status: .invited),
    ]
    let notices = RegistrationNotice.planned(
      for: people, ledger: NotificationLedger(), basis: .written)
    #expect(
      notices == [
        RegistrationNotice(participant: "p001", kind: .confirmed),
        RegistrationNotice(participant: "p002", kind: .waitlisted, position: 1),
        RegistrationNotice(participant: "p004", kind: .waitlisted, position: 3),
      ])
  }

  /// When sending, only what went out counts: a notice written but never sent is no news to
  /// its person, so a later status is told as if it were the first.
  @Test func whenSendingOnlyDeliveredNoticesCountAsGiven() {
    var ledger = NotificationLedger()
    ledger.record(
      RegistrationNotice(participant: "p001", kind: .waitlisted, position: 2),
      message: "outbox/notify/p001-waitlisted.eml", state: .sent)
    ledger.record(
      RegistrationNotice(participant: "p002", kind: .waitlisted, position: 3),
      message: "outbox/notify/p002-waitlisted.eml", state: .written)
    let people = [
      Build.person("p001", "a@x.org", status: .registered),
      Build.person("p002", "b@x.org", status: .registered),
    ]
    let sending = RegistrationNotice.planned(
      for: people, ledger: ledger, basis: .delivered(resendingUncertain: false))
    #expect(sending.map(\.kind) == [.offered, .registered])
    let writing = RegistrationNotice.planned(for: people, ledger: ledger, basis: .written)
    #expect(writing.map(\.kind) == [.offered, .offered])
    #expect(ledger.nextNumber(for: "p001") == 2 && ledger.nextNumber(for: "p009") == 1)
    #expect(
      ledger.message(
        carrying: RegistrationNotice(participant: "p002", kind: .waitlisted, position: 3),
        among: [.written]) == "outbox/notify/p002-waitlisted.eml")
    #expect(
      ledger.message(
        carrying: RegistrationNotice(participant: "p002", kind: .waitlisted, position: 2),
        among: [.written]) == nil)
  }

  @Test func theLedgerReadsBackWhatItWritesAndRefusesRowsItCannotRead() throws {
    var ledger = NotificationLedger()
    ledger.record(
      RegistrationNotice(participant: "p001", kind: .waitlisted, position: 4),
      message: "outbox/notify/p001-waitlisted.eml")
    ledger.record(
      RegistrationNotice(participant: "p001", kind: .offered),
      message: "outbox/notify/p001-offered.eml")
    ledger.setState(.sent, of: "outbox/notify/p001-waitlisted.eml")
    let text = ledger.csv()
    #expect(
      text == "participant,number,notice,position,message,state\r\n"
        + "p001,1,waitlisted,4,outbox/notify/p001-waitlisted.eml,sent\r\n"
        + "p001,2,offered,,outbox/notify/p001-offered.eml,written\r\n")
    #expect(try NotificationLedger(csv: Array(text.utf8)) == ledger)
    let header = NotificationLedger.columns.joined(separator: ",")
    for (bad, reason) in [
      ("p001,one,offered,,outbox/notify/a.eml,sent", "expected"),
      ("p001,1,promoted,,outbox/notify/a.eml,sent", "expected"),
      ("p001,1,offered,,outbox/notify/a.eml,lost", "expected"),
      ("p001,1,offered,,,sent", "expected"),
      ("p001,1,offered,0,outbox/notify/a.eml,sent", "position: 0 is not a whole number from 1 to 100,000"),
      ("p001,99999999999999999999,offered,,outbox/notify/a.eml,sent", "expected"),
      ("p001,100001,offered,,outbox/notify/a.eml,sent", "number: 100001 is not a whole number from 1 to 100,000"),
      ("../p001,1,offered,,outbox/notify/a.eml,sent", "participant: \"../p001\" is not a valid id"),
      ("p001,1,offered,,/etc/passwd,sent", "message: /etc/passwd is not a message in outbox/"),
      ("p001,1,offered,,outbox/../../x.eml,sent", "message: outbox/../../x.eml is not a message in outbox/"),
    ] {
      let error = #expect(throws: LedgerError.self) {
        try NotificationLedger(csv: Array("\(header)\n\(bad)\n".utf8))
      }
      #expect(error?.message.hasPrefix(".convene/notifications.csv:2: \(reason)") == true, "\(bad)")
    }
    let notUTF8 = Array("\(header)\np001,1,offered,,outbox/notify/a".utf8) + [0xE9] + Array(".eml,sent\n".utf8)
    let error = #expect(throws: LedgerError.self) { try NotificationLedger(csv: notUTF8) }
    #expect(error?.message == ".convene/notifications.csv:2: column 5 holds bytes that are not UTF-8")
    let twice = "\(header)\np001,1,offered,,outbox/notify/m.eml,sent\np002,1,offered,,outbox/notify/m.eml,sent\n"
    #expect(throws: LedgerError.self) { try NotificationLedger(csv: Array(twice.utf8)) }
  }
}
