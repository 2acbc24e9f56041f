import Foundation
import Testing

@Suite struct AttendanceMarkTests {
  /// A check-in time on another day than the session's is refused; someone without a place who
  /// came is recorded, with a note.
  @Test func aTimeOnAnotherDayIsRefusedAndAPersonWithoutAPlaceIsNoted() throws {
    let convene = ConveneRunner()
    let ws = try convene.dakarWithReleaseOne()
    let release = try JSONSerialization.jsonObject(with: convene.bytes(ws + "/releases/v1.json")) as! [String: Any]
    let opening = (release["sessions"] as! [[String: Any]]).first { $0["id"] as? String == "opening" }!
    let day = String((opening["start"] as! String).prefix(10))
    #expect(day == "2027-03-09")
    let wrong = try convene.run("attendance", "mark", "p001", "--session", "opening", "--at", "2027-03-10 08:55", "--workspace", ws)
    #expect(wrong.status == 1)
    #expect(wrong.error.contains("--at 2027-03-10 08:55: opening is on 2027-03-09, not 2027-03-10"), "\(wrong.error)")
    #expect(!FileManager.default.fileExists(atPath: ws + "/attendance.csv"))
    let dayMark = try convene.run("attendance", "mark", "p001", "--session", "day2", "--at", "2027-03-09 08:55", "--workspace", ws)
    #expect(dayMark.status == 1)
    #expect(try convene.run("participants", "cancel", "p004", "--workspace", ws).status == 0)
    let cancelled = try convene.run("attendance", "mark", "p004", "--session", "opening", "--at", "2027-03-09 08:55", "--workspace", ws)
    #expect(cancelled.status == 0, "\(cancelled.error)")
    #expect(cancelled.output.contains("Note: p004 is cancelled in participants.csv (no place held); recorded present all the same."))
    let rows = String(decoding: convene.bytes(ws + "/attendance.csv"), as: UTF8.self)
    #expect(rows.contains("p004,opening,present,2027-03-09 08:55"))
  }
}
