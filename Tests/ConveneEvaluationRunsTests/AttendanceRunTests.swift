import ConveneCore
import ConveneEvaluationRuns
import ConveneTemplates
import ConveneWorkspace
import Foundation
import Testing

/// `attendance sheets|import|mark` as transactions, on the Dakar example in memory.
@Suite struct AttendanceRunTests {
  let dakar: DakarInMemory

  init() throws { dakar = try DakarInMemory() }

  func attendance() -> [String] {
    (dakar.text("attendance.csv") ?? "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
  }

  @Test func anImportRecordsTheMatchedRowsInAttendanceCSV() throws {
    let imported = try dakar.importSheet("badge-scans.csv")
    #expect(imported.written && !imported.refused)
    #expect(imported.result.records.count > 0)
    #expect(attendance().first == "participant,session,status,checked_in_at")
    #expect(attendance().contains("p001,2027-03-10,present,2027-03-10 08:28"))
    #expect(attendance().count == imported.result.records.count + 1)
  }

  @Test func anImportUnderAHeldLockStopsWithExitCode3AndWritesNothing() throws {
    let lock = try dakar.holdLock()
    defer { lock.release() }
    #expect {
      try dakar.importSheet("badge-scans.csv")
    } throws: { error in
      (error as? any ConveneError)?.exitCode == 3
    }
    #expect(dakar.files.writes.isEmpty)
  }

  @Test func aStrictImportWithAnUnmatchedRowRecordsNothing() throws {
    try dakar.files.write("badge,session,time\r\np001,2027-03-10,\r\nnobody,2027-03-10,\r\n", to: dakar.path("scans.csv"))
    let imported = try AttendanceRun.importRecords(
      try dakar.files.contents(of: dakar.path("scans.csv")), file: "scans.csv", session: nil, strict: true, dryRun: false,
      in: dakar.workspace, standard: DakarInMemory.standard(), purpose: "test")
    #expect(imported.refused && !imported.written)
    #expect(imported.result.unmatched.map(\.line) == [3])
    #expect(dakar.text("attendance.csv") == nil)
  }

  @Test func anUnreadableFileIsNamedAfterTheWorkspaceIsFoundValid() throws {
    #expect(throws: CommandFailure("gone.csv: cannot read the file")) {
      try AttendanceRun.importRecords(
        nil, file: "gone.csv", session: nil, strict: false, dryRun: false, in: dakar.workspace,
        standard: DakarInMemory.standard(), purpose: "test")
    }
  }

  /// 2027-03-10 09:15 in Dakar (UTC+0), on the second day of the event.
  static let secondDayMorning = Date(timeIntervalSince1970: 1_804_670_100)

  @Test func aMarkOnADayOfTheEventRecordsTheTimeAndKeepsEarlierRecords() throws {
    try dakar.importSheet("badge-scans.csv")
    let before = attendance().count
    let marked = try AttendanceRun.mark(
      "p002", session: "day2", absent: false, at: nil, now: Self.secondDayMorning, in: dakar.workspace,
      standard: DakarInMemory.standard(), purpose: "test")
    #expect(marked.localNow == "2027-03-10 09:15")
    #expect(marked.target == "2027-03-10" && marked.checkedInAt == "2027-03-10 09:15")
    #expect(attendance().contains("p002,2027-03-10,present,2027-03-10 09:15"))
    #expect(attendance().count == before + 1)
  }

  @Test func aMarkMadeBeforeTheEventRecordsNoTime() throws {
    let marked = try AttendanceRun.mark(
      "p002", session: "day2", absent: false, at: nil, now: Date(timeIntervalSince1970: 1_790_000_000),
      in: dakar.workspace, standard: DakarInMemory.standard(), purpose: "test")
    #expect(marked.checkedInAt == "")
    #expect(attendance() == ["participant,session,status,checked_in_at", "p002,2027-03-10,present,"])
  }

  /// `--at` reads a time as the import reads a time cell: 12-hour clocks in French and
  /// Arabic, Arabic-Indic digits, a meeting report's date, a day-first date the event's days
  /// settle.
  @Test(arguments: [
    ("٨:٥٥ ص", "08:55"), ("8:55 p. m.", "20:55"), ("8h55", "08:55"), ("2027-03-10 8:55 PM", "2027-03-10 20:55"),
    ("10/03/2027 08:55", "2027-03-10 08:55"), ("3/10/27, 9:01:02 AM", "2027-03-10 09:01"),
  ])
  func aMarkTakesATimeAsTheImportReadsIt(typed: String, recorded: String) throws {
    let marked = try AttendanceRun.mark(
      "p002", session: "day2", absent: false, at: typed, now: Self.secondDayMorning, in: dakar.workspace,
      standard: DakarInMemory.standard(), purpose: "test")
    #expect(marked.checkedInAt == recorded)
    #expect(attendance() == ["participant,session,status,checked_in_at", "p002,2027-03-10,present,\(recorded)"])
  }

  @Test func aMarkAtATimeThatIsTwoDaysOrNoneIsRefusedAndWritesNothing() throws {
    #expect(
      throws: CommandFailure(
        "--at: \"04/03/2027 08:55\" is 2027-03-04 read day first and 2027-04-03 month first: both or neither are days of the event (write it YYYY-MM-DD HH:MM)")
    ) {
      try AttendanceRun.mark(
        "p002", session: "day2", absent: false, at: "04/03/2027 08:55", now: Self.secondDayMorning, in: dakar.workspace,
        standard: DakarInMemory.standard(), purpose: "test")
    }
    #expect(throws: CommandFailure("--at: \"25:00\" is not a check-in time (YYYY-MM-DD HH:MM, a year from 1900 to 2200, or HH:MM; 00:00 to 23:59)")) {
      try AttendanceRun.mark(
        "p002", session: "day2", absent: false, at: "25:00", now: Self.secondDayMorning, in: dakar.workspace,
        standard: DakarInMemory.standard(), purpose: "test")
    }
    #expect(dakar.files.writes.isEmpty)
  }

  @Test func aMarkForAnUnknownPersonOrSessionIsRefusedAndWritesNothing() throws {
    #expect(throws: CommandFailure("\"p999\": no participant has this id (see `convene participants list`)")) {
      try AttendanceRun.mark(
        "p999", session: "day2", absent: false, at: nil, now: Self.secondDayMorning, in: dakar.workspace,
        standard: DakarInMemory.standard(), purpose: "test")
    }
    #expect(throws: CommandFailure("--session day9: neither a session id nor a day of the event")) {
      try AttendanceRun.mark(
        "p002", session: "day9", absent: false, at: nil, now: Self.secondDayMorning, in: dakar.workspace,
        standard: DakarInMemory.standard(), purpose: "test")
    }
    #expect(dakar.files.writes.isEmpty)
  }

  @Test func sheetsWithoutAScheduleGoToOneUnscheduledFileInTheWorkspace() throws {
    let sheets = try AttendanceRun.writeSheets(
      in: dakar.workspace, output: nil, language: nil, publicNames: false,
      template: try #require(TemplateBundle.text(of: "sign-in.html.mustache")), standard: DakarInMemory.standard(),
      purpose: "test")
    #expect(!sheets.scheduled)
    // The sessions pinned to a day are on that day's sheets, the others on unscheduled.html.
    #expect(
      sheets.files.map(\.path) == ["sign-in/2027-03-09.html", "sign-in/2027-03-10.html", "sign-in/unscheduled.html"].map(
        dakar.path))
    let html = try #require(dakar.text("sign-in/2027-03-09.html"))
    #expect(html.contains("Aminata Koné") && html.contains("p001"))
  }
}
