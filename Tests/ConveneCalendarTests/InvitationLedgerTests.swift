import Testing

@testable import ConveneCalendar

@Suite struct InvitationLedgerTests {
  @Test func roundTripsThroughCSVAndTracksDelivery() throws {
    var ledger = InvitationLedger()
    ledger.record(.init(participant: "p001", uid: "a@e.convene", sequence: 2, digest: "00ff", method: .request, message: "outbox/v2/p001-request.eml", delivered: false))
    ledger.record(.init(participant: "p001", uid: "b@e.convene", sequence: 1, digest: "00aa", method: .cancel, message: "outbox/v2/p001-cancel.eml", delivered: true))
    #expect(ledger.undelivered.map(\.message) == ["outbox/v2/p001-request.eml"])
    ledger.markDelivered("outbox/v2/p001-request.eml")
    #expect(ledger.undelivered.isEmpty)
    let read = try InvitationLedger(csv: Array(ledger.csv().utf8))
    #expect(read == ledger)
  }

  @Test func aLedgerThatIsNotUTF8IsRefusedNotReadAnotherWay() {
    let bytes = Array("participant,uid,sequence,digest,method,message,delivered\np001,a@x,0,d,REQUEST,m".utf8) + [0xE9]
      + Array(",no\n".utf8)
    #expect(throws: LedgerError(line: 2, reason: "column 6 holds bytes that are not UTF-8")) {
      try InvitationLedger(csv: bytes)
    }
  }

  @Test func aDamagedFileNamesTheLine() {
    #expect(throws: LedgerError(line: 2, reason: "expected participant,uid,sequence,digest,method,message,delivered")) {
      try InvitationLedger(csv: Array("participant,uid,sequence,digest,method,message,delivered\np001,a,x,d,REQUEST,m,no\n".utf8))
    }
  }
}
