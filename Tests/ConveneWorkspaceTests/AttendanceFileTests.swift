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

  /// A check-in time is read by the one rule of the import and `attendance mark --at`.
  @Test func aCheckInTimeOutsideItsRangesIsAnErrorOfItsLine() {
    let text =
      "participant,session,status,checked_in_at\n"
      + "p001,s1,present,99999999999999999999-01-01 10:00\n"
      + "p002,s1,present,2027-03-09 99:99\n"
      + "p003,s1,present,not a time at all\n"
      + "p004,s1,present,2300-01-01 10:00\n"
      + "p005,s1,present,2027-03-09 08:52\n"
      + "p006,s1,present,08:52\n"
    let (records, findings) = AttendanceFile.read(Array(text.utf8))
    #expect(records.map(\.participant) == ["p005", "p006"])
    #expect(findings.map { "\($0.line!):\($0.field!)" } == ["2:checked_in_at", "3:checked_in_at", "4:checked_in_at", "5:checked_in_at"])
    #expect(
      findings.first?.description
        == "error: attendance.csv:2: checked_in_at: \"99999999999999999999-01-01 10:00\" is not a check-in time (YYYY-MM-DD HH:MM, a year from 1900 to 2200, or HH:MM; 00:00 to 23:59)"
    )
  }
}
