import ConveneCore
import Testing

@testable import ConveneEvaluation

@Suite struct AttendanceImportTests {
  let plan = Build.plan(
    people: [
      Build.person("p001", name: "Aïcha Koné", organisation: "Ville de Bamako"),
      Build.person("p002", name: "Jean Dupont", organisation: "Ville de Lomé"),
      Build.person("p003", name: "Jean Dupont", organisation: "Ville de Dakar"),
      Build.person("p004", name: "Omar Haddad", organisation: "Municipality of Irbid"),
    ],
    sessions: [Build.session("s1", title: "Opening"), Build.session("s2")])

  @Test func aMarkWithoutATimeIsTimedOnlyOnADayOfTheEvent() {
    let matcher = AttendanceImport(plan: plan)
    let during = LocalDateTime("2027-03-10 09:42:17")!
    #expect(matcher.checkInTime(now: during, target: "s1") == "2027-03-10 09:42")
    #expect(matcher.checkInTime(now: during, target: "2027-03-10") == "2027-03-10 09:42")
    // Marking the first day on the second, or anything months before the event: no time.
    #expect(matcher.checkInTime(now: during, target: "2027-03-09") == nil)
    #expect(matcher.checkInTime(now: LocalDateTime("2026-11-30 10:00")!, target: "s1") == nil)
    #expect(matcher.checkInTime(now: LocalDateTime("2027-03-11 08:00")!, target: "s2") == nil)
  }

  @Test func matchesByIdEmailNameAndOrganisation() throws {
    let table = Build.table(
      "participant,email,name,organisation,session,time",
      "p004,,,,s1,09:02",
      ",P002@Example.org,,,s1,09:05",
      ",,aicha kone,VILLE DE BAMAKO,Opening,09:07",
      ",,Jean Dupont,Ville de Dakar,s2,")
    let result = try AttendanceImport(plan: plan).read(
      table, file: "in.csv", defaults: .init(checkedInAt: "now"))
    #expect(result.unmatched.isEmpty)
    #expect(result.records.map(\.participant) == ["p004", "p002", "p001", "p003"])
    #expect(result.records.map(\.session) == ["s1", "s1", "s1", "s2"])
    #expect(result.records.map(\.checkedInAt) == ["09:02", "09:05", "09:07", "now"])
    #expect(result.matchedBy == ["id": 1, "e-mail": 1, "name and organisation": 2])
  }

  @Test func aTimeOutsideItsRangesIsARowNotTaken() throws {
    let table = Build.table(
      "participant,session,time",
      "p001,s1,99999999999999999999-01-01 10:00",
      "p002,s1,2027-03-09 99:99",
      "p003,s1,not a time at all",
      "p004,s1,-9223372036854775808",
      "p004,s2,2027-03-09 10:00")
    let result = try AttendanceImport(plan: plan).read(table, file: "in.csv", defaults: .init())
    #expect(result.records.map(\.participant) == ["p004"])
    #expect(result.unmatched.map(\.line) == [2, 3, 4, 5])
    #expect(
      result.unmatched.first?.reason
        == "time: \"99999999999999999999-01-01 10:00\" is not a check-in time (YYYY-MM-DD HH:MM, a year from 1900 to 2200, or HH:MM; 00:00 to 23:59)"
    )
  }

  /// A time written with an offset is on the day it is where the event is held; the end of
  /// a day (24:00) and fractions finer than a nanosecond are no check-in.
  @Test func aTimeWithAnOffsetIsOnItsDayWhereTheEventIsHeld() throws {
    var plan = plan
    plan.event.timezone = "Africa/Dakar"
    let table = Build.table(
      "participant,session,time",
      "p001,s1,2027-03-09T00:30+14:00",
      "p002,s1,2027-03-08 23:59 -01:00",
      "p003,s1,24:00",
      "p004,s1,2027-03-09 08:52:00.999999999999999999999",
      "p004,s2,2027-03-09 08:52:00.1234567")
    let result = try AttendanceImport(plan: plan).read(table, file: "in.csv", defaults: .init())
    #expect(result.records.map(\.participant) == ["p002", "p004"])
    #expect(result.records.first?.checkedInAt == "2027-03-08 23:59 -01:00")
    #expect(
      result.unmatched.map(\.reason) == [
        "time: 2027-03-09T00:30+14:00 (2027-03-08 10:30 in Africa/Dakar) is not a day of the event",
        "time: \"24:00\" is not a check-in time (YYYY-MM-DD HH:MM, a year from 1900 to 2200, or HH:MM; 00:00 to 23:59)",
        "time: \"2027-03-09 08:52:00.999999999999999999999\" is not a check-in time (YYYY-MM-DD HH:MM, a year from 1900 to 2200, or HH:MM; 00:00 to 23:59)",
      ])
  }

  /// Zoom's report in Spanish, French and Portuguese names its columns in the language; a
  /// check-in time of a 12-hour clock without a date is read as forms write it.
  @Test(arguments: [
    ("Nombre (nombre original),Correo electrónico del usuario,Hora de entrada", "8:55 p. m.", "20:55"),
    ("Nom (nom d'origine),E-mail de l'utilisateur,Heure d'arrivée", "8:55 AM", "08:55"),
    ("Nome (nome original),E-mail do usuário,Horário de entrada", "٨:٥٥ ص", "08:55"),
    ("Name (Original Name),User Email,Join Time", "12:05 PM", "12:05"),
  ])
  func aMeetingReportInTheLanguageAndA12HourClockAreRead(header: String, time: String, stored: String) throws {
    let table = Build.table(header, "Aïcha Koné (Aïcha K.),p001@example.org,\(time)")
    let result = try AttendanceImport(plan: plan).read(table, file: "zoom.csv", defaults: .init(session: "s1"))
    #expect(result.unmatched.map(\.reason) == [])
    #expect(result.records.map(\.participant) == ["p001"])
    #expect(result.records.first?.checkedInAt == stored)
  }

  /// A typed-up sheet with a `Présent` column ticked for those who came: blank is absent; an
  /// `Absent` column ticked says absent; a signature left blank is absent; both is no record.
  @Test func presentAbsentAndSignatureColumnsSayWhoCame() throws {
    let ticks = Build.table(
      "N°,Nom,Présent,Absent", "p001,Aïcha Koné,x,", "p002,,,x", "p003,,,", "p004,,x,x")
    let read = try AttendanceImport(plan: plan).read(ticks, file: "j1.csv", defaults: .init(session: "s1"))
    #expect(read.records.map { "\($0.participant) \($0.status)" } == ["p001 present", "p002 absent", "p003 absent"])
    #expect(read.unmatched.map(\.reason) == ["absent column says absent, present column says present: the row says two things"])
    let absentOnly = Build.table("participant,Absent", "p001,", "p002,X")
    let second = try AttendanceImport(plan: plan).read(absentOnly, file: "j2.csv", defaults: .init(session: "s1"))
    #expect(second.records.map { "\($0.participant) \($0.status)" } == ["p001 present", "p002 absent"])
    let signed = Build.table("#,N°,Nom,Organisation,Signature", "1,p001,Aïcha Koné,Ville de Bamako,AK", "2,p002,Jean Dupont,Ville de Lomé,")
    let third = try AttendanceImport(plan: plan).read(signed, file: "j3.csv", defaults: .init(session: "s1"))
    #expect(third.records.map { "\($0.participant) \($0.status)" } == ["p001 present", "p002 absent"])
    // A word of absence written in the signature box is no signature; a dash alone says nothing.
    let written = Build.table("N°,Nom,Émargement", "p001,Aïcha Koné,absent", "p002,Jean Dupont,excusée", "p003,,-")
    let fifth = try AttendanceImport(plan: plan).read(written, file: "j5.csv", defaults: .init(session: "s1"))
    #expect(fifth.records.map { "\($0.participant) \($0.status)" } == ["p001 absent", "p002 absent"])
    #expect(fifth.unmatched.map(\.reason) == ["signature \"-\" is neither a signature nor absent"])
    // A status column of words keeps its rule: blank is present, as a list of those who came.
    let words = Build.table("participant,status", "p001,", "p002,absent")
    let fourth = try AttendanceImport(plan: plan).read(words, file: "j4.csv", defaults: .init(session: "s1"))
    #expect(fourth.records.map { "\($0.participant) \($0.status)" } == ["p001 present", "p002 absent"])
  }

  @Test func arabicSheetsMatchNamesWhateverTheirHamzaTaMarbutaOrDigits() throws {
    let plan = Build.plan(
      people: [
        Build.person("p001", name: "أحمد الشوابكة", organisation: "أمانة عمان"),
        Build.person("p002", name: "فاطمة الزهراء", organisation: "بلدية إربد"),
        Build.person("p003", name: "مصطفى علي", organisation: "بلدية الزرقاء"),
      ],
      sessions: [Build.session("s1", title: "الافتتاح")])
    let table = Build.table(
      "الاسم,المؤسسة,الجلسة,الحالة,الوقت",
      "احمد الشوابكه,امانة عمّان,s1,حاضر,٠٩:٠٢",
      "فاطمه الزهراء,بلدية اربد,الافتتاح,,",
      "مصطفي علی,بلديه الزرقاء,s1,غائب,")
    let result = try AttendanceImport(plan: plan).read(table, file: "in.csv", defaults: .init(checkedInAt: "now"))
    #expect(result.unmatched.isEmpty)
    #expect(
      result.records == [
        AttendanceRecord(participant: "p001", session: "s1", status: .present, checkedInAt: "09:02"),
        AttendanceRecord(participant: "p002", session: "s1", status: .present, checkedInAt: "now"),
        AttendanceRecord(participant: "p003", session: "s1", status: .absent),
      ])
  }

  /// Meeting reports write `3/9/27, 9:01:02 AM`: day and month in the order a value proves,
  /// else the one that puts more times on a day of the event (9 and 10 March here).
  @Test(arguments: [
    (["3/9/27, 9:01:02 AM", "3/10/27, 2:15:00 PM"], ["2027-03-09 09:01", "2027-03-10 14:15"], DateOrder?.some(.monthDayYear)),
    (["9/3/2027 09:01", "10/03/2027 14:15"], ["2027-03-09 09:01", "2027-03-10 14:15"], .dayMonthYear),
    // A value proving day first decides, wherever that puts the other times; times that
    // fall on no day of the event are not taken.
    (["3/9/2027 9:01 AM", "13/3/2027 2:15 PM"], [], .dayMonthYear),
    (["4/5/27, 9:01:02 AM", "5/4/27, 9:01:02 AM"], [], nil),
  ])
  func meetingReportTimesAreReadInTheOrderTheEventsDaysAllow(times: [String], read: [String], order: DateOrder?) throws {
    let table = Build.table(
      "Name\tFirst Join\tEmail", "Aïcha Koné\t\(times[0])\t", "Omar Haddad\t\(times[1])\t")
    let result = try AttendanceImport(plan: plan).read(table, file: "in.csv", defaults: .init(session: "s1"))
    #expect(result.timeOrder == order)
    #expect(result.records.map(\.checkedInAt) == read)
    #expect(result.unmatched.count == (read.isEmpty ? 2 : 0))
    if order == nil {
      #expect(
        result.unmatched.first?.reason
          == "time: \"4/5/27, 9:01:02 AM\" is 2027-05-04 read day first and 2027-04-05 month first: no time of the column "
          + "says which, and neither order puts most of them on a day of the event")
    }
  }

  /// A sheet whose one row is dated the day after the event (`11/03`): the order that puts
  /// the others on the event's days is the column's, and that row alone is not taken.
  @Test func aStrayDayDoesNotUnsettleTheOrderOfTheOthers() throws {
    let table = Build.table(
      "participant,session,time", "p001,s1,09/03/2027 09:01", "p002,s1,10/03/2027 14:15", "p004,s1,11/03/2027 09:00")
    let result = try AttendanceImport(plan: plan).read(table, file: "in.csv", defaults: .init())
    #expect(result.timeOrder == .dayMonthYear)
    #expect(result.records.map(\.checkedInAt) == ["2027-03-09 09:01", "2027-03-10 14:15"])
    #expect(result.unmatched.map(\.line) == [4])
    #expect(result.unmatched.map(\.reason) == ["time: 2027-03-11 is not a day of the event"])
  }

  /// A typed-up sign-in sheet's number column (`N.º`, `Nº`, `#`) holds ids or row numbers:
  /// ids are read as ids, and row numbers give way to the row's name.
  @Test(arguments: ["N.º", "Nº", "N°", "#", "No."])
  func aSignInSheetsNumberColumnHoldsIdsOrRowNumbers(header: String) throws {
    let ids = Build.table("\(header),Firma", "p001,Aïcha Koné", "p004,O. Haddad")
    let byID = try AttendanceImport(plan: plan).read(ids, file: "in.csv", defaults: .init(session: "s1"))
    #expect(byID.records.map(\.participant) == ["p001", "p004"])
    #expect(byID.matchedBy == ["id": 2])
    let numbered = Build.table("\(header),Participante,Firma", "1,Aïcha Koné,AK", "2,Omar Haddad,OH")
    let byName = try AttendanceImport(plan: plan).read(numbered, file: "in.csv", defaults: .init(session: "s1"))
    #expect(byName.records.map(\.participant) == ["p001", "p004"])
    #expect(byName.matchedBy == ["name": 2])
  }

  /// A sign-in sheet's column of names headed by the word for a participant, in the table's
  /// languages, is read as names (English `Participant` is the id column, whose values that
  /// are someone's name are read as that name).
  @Test(arguments: ["Participante", "Participant", "Participant·e", "Asistente", "المشارك", "Attendee"])
  func aSignInSheetsColumnOfParticipantsHoldsTheirNames(header: String) throws {
    let table = Build.table("\(header),Firma", "Aïcha Koné,AK", "OMAR HADDAD,OH", "Fatou Sow,FS")
    let result = try AttendanceImport(plan: plan).read(table, file: "in.csv", defaults: .init(session: "s1"))
    #expect(result.records.map(\.participant) == ["p001", "p004"])
    #expect(result.unmatched.map(\.line) == [4])
    #expect(result.unmatched.first?.reason.hasSuffix("\"Fatou Sow\"") == true)
  }

  /// The join-time headers Teams and Zoom write in the table's languages.
  @Test(arguments: [
    "First Join", "Première participation", "Heure d'arrivée", "Heure de participation", "Primera entrada",
    "Hora de entrada", "Hora para unirse", "Primeira entrada", "وقت الانضمام",
  ])
  func aMeetingReportsJoinTimeIsTheCheckInTime(header: String) throws {
    let table = Build.table("Name\t\(header)\tEmail", "Aïcha Koné\t3/9/27, 9:01:02 AM\t")
    let result = try AttendanceImport(plan: plan).read(table, file: "in.csv", defaults: .init(session: "s1"))
    #expect(result.records.map(\.checkedInAt) == ["2027-03-09 09:01"])
  }

  @Test func aMeetingReportsDisplayNamesAreReadAsThePersonsName() throws {
    #expect(AttendanceImport.readings(ofDisplayName: "Koné, Aïcha (Externe)").contains("Aïcha Koné"))
    let table = Build.table(
      "Name (Original Name),User Email,Join Time",
      "\"Koné, Aïcha (Externe)\",,03/09/2027 09:01:02 AM",
      "Omar H. (Omar Haddad),,03/09/2027 09:05:00 AM",
      "Jean Dupont (Guest),,03/09/2027 09:06:00 AM")
    let result = try AttendanceImport(plan: plan).read(table, file: "in.csv", defaults: .init(session: "s1"))
    #expect(result.records.map(\.participant) == ["p001", "p004"])
    #expect(result.unmatched.map(\.reason) == ["2 participants are called \"Jean Dupont (Guest)\"; give the organisation, id or e-mail"])
  }

  @Test func listsWhatItCannotMatchWithLineAndReason() throws {
    let table = Build.table(
      "Nom;Organisation;Jour",
      "Jean Dupont;;day1",
      "Fatou Sow;Ville de Thiès;day1",
      "Omar Haddad;Municipality of Irbid;day9",
      "Omar Haddad;Municipality of Irbid;2027-03-10",
      "Jean Dupont;Mairie de Paris;day1",
      "OMAR HADDAD;Municipalité d'Irbid;day1")
    let result = try AttendanceImport(plan: plan).read(table, file: "in.csv", defaults: .init())
    #expect(
      result.records == [
        AttendanceRecord(participant: "p004", session: "2027-03-10", status: .present)
      ])
    #expect(result.unmatched.map(\.line) == [2, 3, 4, 6, 7])
    #expect(result.unmatched[0].reason.contains("2 participants are called \"Jean Dupont\""))
    #expect(
      result.unmatched[1].reason == "no participant called \"Fatou Sow\" at \"Ville de Thiès\"")
    #expect(result.unmatched[2].reason == "day \"day9\" is not a day of the event")
    // Someone of the name elsewhere is named, not taken on a guess (the organisation in
    // another language, or another person).
    #expect(
      result.unmatched[3].reason
        == "no participant called \"Jean Dupont\" at \"Mairie de Paris\"; p002 of that name is at \"Ville de Lomé\" and 1 more: give the id or e-mail if it is them"
    )
    #expect(
      result.unmatched[4].reason
        == "no participant called \"OMAR HADDAD\" at \"Municipalité d'Irbid\"; p004 of that name is at \"Municipality of Irbid\": give the id or e-mail if it is them"
    )
  }

  /// A day written as a spreadsheet writes dates is the day of the event one order of day and
  /// month gives; a date that is no day of the event either way is a row not taken.
  @Test func aDayColumnReadsDatesInTheOrderThatGivesADayOfTheEvent() throws {
    let table = Build.table(
      "participant,day", "p001,09/03/2027", "p002,3/10/27", "p003,04/03/2027", "p004,2027-03-10")
    let result = try AttendanceImport(plan: plan).read(table, file: "in.csv", defaults: .init())
    #expect(result.records.map(\.session) == ["2027-03-09", "2027-03-10", "2027-03-10"])
    #expect(result.unmatched.map(\.reason) == ["day \"04/03/2027\" is not a day of the event"])
  }

  @Test func aSessionOptionAppliesToRowsThatDoNotSayAndAbsentIsRecorded() throws {
    let table = Build.table("participant,status", "p001,absent", "p004,x", "p999,")
    let result = try AttendanceImport(plan: plan).read(
      table, file: "in.csv", defaults: .init(session: "day2"))
    #expect(result.records.map(\.status) == [.absent, .present])
    #expect(result.records.allSatisfy { $0.session == "2027-03-10" })
    #expect(result.unmatched.map(\.reason) == ["no participant has the id \"p999\""])
  }

  @Test func readsAnOnlineMeetingsAttendanceReport() throws {
    let table = Build.table(
      "Name (Original Name),User Email,Join Time,Leave Time",
      "Omar H,p004@example.org,2027-03-09 10:01,2027-03-09 11:00")
    let result = try AttendanceImport(plan: plan).read(
      table, file: "zoom.csv", defaults: .init(session: "s2"))
    #expect(
      result.records == [
        AttendanceRecord(
          participant: "p004", session: "s2", status: .present, checkedInAt: "2027-03-09 10:01")
      ])
  }

  /// A Zoom meeting report as Zoom writes it, with its `Guest` and `Recording Consent` yes/no
  /// columns: they say nothing of attendance, and are not taken for marks of who came.
  @Test func aMeetingReportsGuestColumnIsNoMarkOfWhoCame() throws {
    let table = Build.table(
      "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent",
      "Omar H,p004@example.org,2027-03-09 10:01,2027-03-09 11:00,59,No,Yes",
      "Aïcha Koné,p001@example.org,2027-03-09 10:03,2027-03-09 11:00,57,Yes,No")
    let result = try AttendanceImport(plan: plan).read(table, file: "zoom.csv", defaults: .init(session: "s2"))
    #expect(result.records.map(\.participant) == ["p004", "p001"])
    #expect(result.records.allSatisfy { $0.status == .present })
  }

  /// Zoom's webinar report says who came in `Attended` (`Yes`, `No`), French sheets write
  /// `ABS`: a `No` row is absent. Both were recorded present.
  @Test func aWebinarsAttendedColumnAndAFrenchAbsAreAbsent() throws {
    let webinar = Build.table(
      "Attended,User Name (Original Name),Email,Join Time", "Yes,Omar H,p004@example.org,2027-03-09 10:01",
      "No,Aïcha Koné,p001@example.org,")
    let read = try AttendanceImport(plan: plan).read(webinar, file: "webinar.csv", defaults: .init(session: "s2"))
    #expect(read.records.map { "\($0.participant) \($0.status.rawValue)" } == ["p004 present", "p001 absent"])
    let sheet = Build.table("N°,Nom,Émargement", "1,Aïcha Koné,ABS", "2,Omar Haddad,Abs.")
    let french = try AttendanceImport(plan: plan).read(sheet, file: "feuille.csv", defaults: .init(session: "s1"))
    #expect(french.records.map(\.status) == [.absent, .absent])
  }

  /// A column the import does not read but that holds what one it reads would — who came
  /// (`Checked in?`: `No`), which session (a form's question) — is refused, named, rather
  /// than every row recorded present or for `--session`.
  @Test(arguments: [
    (["badge,Checked in?", "p001,Yes", "p004,No"], "column 2 (\"Checked in?\") holds marks of who came and who did not, but its header is not one of a status column: everyone on it would be recorded present"),
    (["badge,Which session are you checking in to?", "p001,Opening", "p004,Session s2"], "column 2 (\"Which session are you checking in to?\") holds sessions or days, but its header is not one of a session column: the rows would all be recorded for --session"),
  ])
  func aColumnLikeOneItReadsUnderAnUnknownHeaderIsRefused(lines: [String], message: String) {
    do {
      _ = try AttendanceImport(plan: plan).read(Build.table(lines: lines), file: "in.csv", defaults: .init(session: "s1"))
      Issue.record("expected an error")
    } catch {
      #expect(error.findings.map(\.message) == [message])
      #expect(error.findings.first?.hint?.hasPrefix("head the column `") == true)
    }
  }

  /// A form filled in at the door stamps each answer (`Timestamp`): that is the check-in time.
  @Test func aFormsTimestampIsTheCheckInTime() throws {
    let table = Build.table("Timestamp,Participant ID", "3/9/2027 8:41:02,p001", "3/10/2027 8:45:10,p004")
    let result = try AttendanceImport(plan: plan).read(table, file: "form.csv", defaults: .init(session: "2027-03-09"))
    #expect(result.records.map(\.checkedInAt) == ["2027-03-09 08:41"])
    #expect(result.unmatched.map(\.line) == [3])
  }

  /// A badge scanner's `Check-in time` (and its words in the other languages) is the
  /// check-in time: a scan on another day than the session's is a row not taken. They were
  /// left unread, and a day's scans were recorded for the day given with `--session`.
  @Test(arguments: ["Check-in time", "Scan time", "Scanned at", "Heure de pointage", "Hora de escaneo", "Hora da leitura", "وقت المسح"])
  func aScannersCheckInTimeIsRead(header: String) throws {
    let table = Build.table("badge,\(header)", "p001,2027-03-10 08:41", "p004,2027-03-09 08:45")
    let result = try AttendanceImport(plan: plan).read(table, file: "scans.csv", defaults: .init(session: "2027-03-09"))
    #expect(result.records.map(\.participant) == ["p004"])
    #expect(result.records.map(\.checkedInAt) == ["2027-03-09 08:45"])
    #expect(result.unmatched.map(\.line) == [2])
  }

  /// A column of dates and times under a header no language's table knows is refused, named
  /// with its header, rather than the rows recorded without their times (and their days held
  /// to nothing); a column of serial-looking numbers is not taken for one.
  @Test func aColumnOfTimesUnderAnUnknownHeaderIsRefused() throws {
    let table = Build.table(
      "badge,Horodatage lecteur,seat", "p001,13/04/2027 08:41,4", "p004,2027-04-13 08:45,5", "p002,,6")
    do {
      _ = try AttendanceImport(plan: plan).read(table, file: "scans.csv", defaults: .init(session: "2027-03-09"))
      Issue.record("expected an error")
    } catch {
      #expect(error.findings.map(\.file) == ["scans.csv"])
      #expect(error.findings.map(\.line) == [1])
      #expect(
        error.findings.first?.message
          == "column 2 (\"Horodatage lecteur\") holds dates and times, but its header is not one of a check-in time: the rows would be recorded without their times, and their days not held to the session's")
    }
    let numbers = Build.table("badge,seat,phone", "p001,4,45000", "p004,5,45001.5")
    #expect(try AttendanceImport(plan: plan).read(numbers, file: "in.csv", defaults: .init(session: "s1")).records.count == 2)
  }

  @Test func refusesAFileThatNamesNobodyOrNoSession() {
    #expect(throws: FindingsError.self) {
      try AttendanceImport(plan: plan).read(
        Build.table("seat,session", "4,s1"), file: "in.csv", defaults: .init())
    }
    do {
      _ = try AttendanceImport(plan: plan).read(
        Build.table("participant", "p001"), file: "in.csv", defaults: .init())
      Issue.record("expected an error")
    } catch {
      #expect(
        error.findings.first?.message == "nothing says which session or day the rows are about")
      #expect(error.findings.first?.file == "in.csv")
    }
  }
}
