import ConveneCore
import Testing

@testable import ConveneCalendar

@Suite struct InvitationLedgerTests {
  func entry(_ uid: String, _ sequence: Int, _ digest: String = "00ff", _ method: CalendarDocument.Method = .request) -> InvitationLedger.Entry {
    .init(participant: "p001", uid: uid, sequence: sequence, digest: digest, method: method)
  }

  @Test func roundTripsThroughCSVWithEachMessagesState() throws {
    var ledger = InvitationLedger()
    ledger.record(message: "outbox/v1/p001-request.eml", entries: [entry("a@e.convene", 0), entry("b@e.convene", 0)], state: .sent)
    ledger.record(message: "outbox/v2/p001-request.eml", entries: [entry("a@e.convene", 1, "11aa")])
    ledger.record(message: "outbox/v2/p001-cancel.eml", entries: [entry("b@e.convene", 1, "00ff", .cancel)], state: .sending)
    ledger.setState(.failed, of: "outbox/v2/p001-request.eml")
    #expect(ledger.messages(in: [.failed, .written]) == ["outbox/v2/p001-request.eml"])
    let text = ledger.csv()
    #expect(text.hasPrefix("participant,uid,sequence,digest,method,message,state\r\np001,a@e.convene,0,00ff,REQUEST,outbox/v1/p001-request.eml,sent\r\n"))
    #expect(try InvitationLedger(csv: Array(text.utf8)) == ledger)
  }

  @Test func theHistoryTellsTheLatestVersionAmongTheStatesThatCount() {
    var ledger = InvitationLedger()
    ledger.record(message: "m1", entries: [entry("a", 0, "d0")], state: .sent)
    ledger.record(message: "m2", entries: [entry("a", 1, "d1")], state: .written)
    ledger.record(message: "m3", entries: [entry("a", 2, "d2")], state: .superseded)
    #expect(ledger.latest("p001", "a", among: [.sent])?.digest == "d0")
    #expect(ledger.latest("p001", "a", among: [.sent, .written])?.digest == "d1")
    #expect(ledger.entry("p001", "a")?.sequence == 1)
    #expect(ledger.highestSequence("p001", "a") == 2)
    #expect(ledger.reusable("p001", "a", digest: "d1", method: .request, after: 0, among: [.written])?.message == "m2")
    #expect(ledger.reusable("p001", "a", digest: "d1", method: .request, after: 1, among: [.written]) == nil)
  }

  @Test func ledgersOfTheFormerLayoutAreRead() throws {
    let ledger = try InvitationLedger(csv: Array("""
      participant,uid,sequence,digest,method,message,delivered\r
      p001,a,0,d,REQUEST,outbox/v1/p001-request.eml,yes\r
      p002,a,0,d,REQUEST,outbox/v1/p002-request.eml,no\r

      """.utf8))
    #expect(ledger.state(of: "outbox/v1/p001-request.eml") == .sent)
    #expect(ledger.state(of: "outbox/v1/p002-request.eml") == .written)
  }

  @Test(arguments: [
    ("participant,uid,sequence,digest,method,message,state\np001,a,x,d,REQUEST,m,sent\n", 2),
    ("participant,uid,sequence,digest,method,message,state\np001,a,0,d,REQUEST,m,gone\n", 2),
    ("participant,uid,sequence,digest,method,message,state\np001,a,-1,d,REQUEST,m,sent\n", 2),
    ("participant,uid,sequence,digest,method,message,state\np001,a,0,d,REQUEST,outbox/v1/m.eml,sent\np001,b,0,d,REQUEST,outbox/v1/m.eml,written\n", 3),
    ("participant,uid\n", 1),
    ("participant,uid,sequence,digest,method,message,state\np001,a,0,d,REQUEST,/etc/passwd,sent\n", 2),
  ])
  func aDamagedFileNamesTheLine(_ text: String, _ line: Int) {
    #expect(throws: LedgerError.self) { try InvitationLedger(csv: Array(text.utf8)) }
    do {
      _ = try InvitationLedger(csv: Array(text.utf8))
    } catch {
      #expect(error.line == line)
    }
  }

  @Test func aLedgerThatIsNotUTF8IsRefusedNotReadAnotherWay() {
    let bytes = Array("participant,uid,sequence,digest,method,message,delivered\np001,a@x,0,d,REQUEST,m".utf8) + [0xE9]
      + Array(",no\n".utf8)
    #expect(throws: LedgerError(file: InvitationLedger.fileName, line: 2, reason: "column 6 holds bytes that are not UTF-8")) {
      try InvitationLedger(csv: bytes)
    }
  }
}
