import ConveneCore
import Testing

@testable import ConveneWorkspace

@Suite struct AttendanceFileTests {
  @Test func roundTripsTheRecords() {
    let records = [
      AttendanceRecord(
        participant: "p001", session: "2027-03-09", status: .present,
        checkedInAt: "2027-03-09 08:52"),
      AttendanceRecord(participant: "p002", session: "s1", status: .declined),
    ]
    let text = AttendanceFile.write(records)
    #expect(
      text
        == "participant,session,status,checked_in_at\r\np001,2027-03-09,present,2027-03-09 08:52\r\np002,s1,declined,\r\n"
    )
    let (read, findings) = AttendanceFile.read(Array(text.utf8))
    #expect(findings.isEmpty)
    #expect(read == records)
    #expect(read[0].isForDay)
  }

  @Test func aBadStatusIsNamedWithItsLine() {
    let (records, findings) = AttendanceFile.read(
      Array("participant,session,status\np001,s1,here\n".utf8))
    #expect(records.isEmpty)
    #expect(
      findings.map(\.description) == [
        "error: attendance.csv:2: status: \"here\" is not an attendance status (hint: present, absent, accepted, tentative, declined)"
      ])
  }
}
