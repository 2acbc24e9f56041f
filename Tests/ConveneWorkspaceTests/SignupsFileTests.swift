import ConveneCore
import Testing

@testable import ConveneWorkspace

@Suite struct SignupsFileTests {
  @Test func readsRowsAndReportsEmptyCells() {
    let (signups, findings) = SignupsFile.read(Array("participant,session\np001,s1\n,s2\n".utf8))
    #expect(signups == [Signup(participant: "p001", session: "s1", line: 2)])
    #expect(findings == [.error("signups.csv", line: 3, field: "participant", "is empty", hint: "every row needs a participant")])
  }
}
