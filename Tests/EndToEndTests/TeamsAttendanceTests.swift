import Foundation
import Testing

/// A Microsoft Teams attendance report as Teams downloads it (UTF-16LE with a byte-order mark,
/// tabs, CRLF; a summary, the participants, then each join), read by `attendance import`.
@Suite struct TeamsAttendanceTests {
  static let report = [
    "1. Summary",
    "Meeting title\tOuverture / Opening",
    "Attended participants\t4",
    "Start time\t3/9/27, 8:55:12 AM",
    "End time\t3/9/27, 10:01:40 AM",
    "Meeting duration\t1h 6m 28s",
    "Average attendance time\t58m 10s",
    "",
    "2. Participants",
    "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole",
    "Ouédraogo, Yao (External)\t3/9/27, 9:01:02 AM\t3/9/27, 10:00:00 AM\t58m 58s\tyao.ouedraogo@ouagadougou.example.org\tyao.ouedraogo@ouagadougou.example.org\tPresenter",
    "Aminata Koné\t3/9/27, 8:55:12 AM\t3/9/27, 10:01:40 AM\t1h 6m 28s\tAMINATA.KONE@ouagadougou.example.org\tAMINATA.KONE@ouagadougou.example.org\tOrganizer",
    "Efua Boateng (Guest)\t3/9/27, 9:10:00 AM\t3/9/27, 9:12:00 AM\t2m 0s\t\t\tAttendee",
    "Jean Inconnu (External)\t3/9/27, 9:05:00 AM\t3/9/27, 9:20:00 AM\t15m 0s\tjean.inconnu@example.com\tjean.inconnu@example.com\tAttendee",
    "",
    "3. In-Meeting Activities",
    "Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole",
    "Ouédraogo, Yao (External)\t3/9/27, 9:01:02 AM\t3/9/27, 9:30:00 AM\t28m 58s\tyao.ouedraogo@ouagadougou.example.org\tPresenter",
    "Ouédraogo, Yao (External)\t3/9/27, 9:31:02 AM\t3/9/27, 10:00:00 AM\t28m 58s\tyao.ouedraogo@ouagadougou.example.org\tPresenter",
  ]

  @Test func theParticipantsTableIsReadWithItsUSTimesAndGuestNames() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let file = try convene.writeTeamsReport(Self.report, to: "teams.csv")
    let run = try convene.run("attendance", "import", file, "--session", "opening", "--workspace", ws)
    #expect(run.status == 0, "\(run.error)")
    #expect(
      run.output == """
        Recorded 3 attendances from \(file) (2 by e-mail, 1 by name); 1 row not matched.
        Read the table under the header on line 10 (2. Participants); lines 1-9 before it and the table on line 17 (3. In-Meeting Activities) left out.
          \(file):14: no participant has the e-mail address "jean.inconnu@example.com" or is called "Jean Inconnu (External)"

        """)
    let rows = try String(contentsOfFile: ws + "/attendance.csv", encoding: .utf8).split(separator: "\r\n").map(String.init)
    #expect(
      rows == [
        "participant,session,status,checked_in_at",
        "p001,opening,present,2027-03-09 09:01",
        "p002,opening,present,2027-03-09 08:55",
        "p003,opening,present,2027-03-09 09:10",
      ])
    #expect(try convene.run("check", "--workspace", ws).status == 0)
  }

  /// Someone who joined twice (their address in another case the second time) is one
  /// attendance: the summary counts what attendance.csv gains, and says a row repeated.
  @Test func someoneOnTwoRowsIsOneAttendance() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    var report = Array(Self.report.prefix(15))
    report.insert(
      "Aminata Koné\t3/9/27, 9:40:00 AM\t3/9/27, 10:01:40 AM\t21m 40s\taminata.kone@OUAGADOUGOU.example.org\taminata.kone@OUAGADOUGOU.example.org\tAttendee",
      at: 13)
    let file = try convene.writeTeamsReport(report, to: "teams.csv")
    let run = try convene.run("attendance", "import", file, "--session", "opening", "--workspace", ws)
    #expect(run.status == 0, "\(run.error)")
    #expect(
      run.output.hasPrefix(
        "Recorded 3 attendances from \(file) (3 by e-mail, 1 by name); 1 row repeats a person's earlier row; 1 row not matched.\n"),
      "\(run.output)")
    let rows = try String(contentsOfFile: ws + "/attendance.csv", encoding: .utf8).split(separator: "\r\n")
    #expect(rows.count == 4)
    let json = try convene.run("attendance", "import", file, "--session", "opening", "--dry-run", "--json", "--workspace", ws)
    let answer = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
    #expect(answer?["matched"] as? Int == 4)
  }

  @Test func aReportMatchingNobodyRecordsNothingAndFails() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let strangers = Self.report.prefix(10) + [
      "Jean Inconnu (External)\t3/9/27, 9:05:00 AM\t3/9/27, 9:20:00 AM\t15m 0s\tjean.inconnu@example.com\tjean.inconnu@example.com\tAttendee"
    ]
    let file = try convene.writeTeamsReport(Array(strangers), to: "teams.csv")
    let run = try convene.run("attendance", "import", file, "--session", "opening", "--workspace", ws)
    #expect(run.status == 1)
    #expect(run.output.hasPrefix("Recorded nothing; 0 attendances from \(file); 1 row not matched."))
    #expect(run.error.contains("no row could be recorded; attendance.csv is unchanged"))
    #expect(!FileManager.default.fileExists(atPath: ws + "/attendance.csv"))
  }
}
