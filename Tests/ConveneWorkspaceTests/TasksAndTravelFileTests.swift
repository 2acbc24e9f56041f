import ConveneCore
import Testing

@testable import ConveneWorkspace

/// tasks.csv and travel.csv, read strictly: every bad cell named by file, line and field.
@Suite struct TasksAndTravelFileTests {
  @Test func aTaskListIsReadAndEveryBadCellNamed() {
    let text = """
      id,task,offset,owner,done,auto
      venue-booked,,-16w,logistics,2026-11-05,
      menus,Choose the menus,'-2w,,,
      registration-closed,,-7w,,,registrations-closed
      ,Nothing,-1w,,,
      my task,Do it,-1w,,,
      custom,,-1w,,,
      late,Late,sometime,,,
      done,Done,-1w,,2026-02-30,
      auto,Auto,-1w,,,when-i-feel-like-it
      old,Old,-1w,,0027-01-01,
      two,"Two\r\nlines",-1w,,,
      venue-booked,Book it again,0d,,,
      late,Late again,also sometime,,,
      """
    let (tasks, findings) = TasksFile.read(Array(text.utf8))
    #expect(tasks.map(\.id) == ["venue-booked", "menus", "registration-closed", "custom", "done", "auto", "old", "two", "venue-booked"])
    #expect(tasks[0].done == LocalDate("2026-11-05") && tasks[0].offset == TaskOffset("-16w"))
    #expect(tasks[1].offset == TaskOffset(amount: -2, unit: .weeks))
    #expect(tasks[2].rule == .registrationsClosed)
    #expect(
      findings.map(\.description) == [
        "error: tasks.csv:5: id: is empty (hint: every row needs a id)",
        "error: tasks.csv:6: id: \"my task\" is not a task id (hint: letters, digits, - and _ only, such as venue-booked)",
        "error: tasks.csv:7: task: is empty (hint: say what must be done; only standard tasks may leave it empty)",
        "error: tasks.csv:8: offset: \"sometime\" is not an offset from the event (hint: -16w, -10d, 0d or +1d from day 1, end+3w or end+4m from the last day (d days, w weeks, m months))",
        "error: tasks.csv:9: done: \"2026-02-30\" is not a date (hint: write 2027-03-09, in the years 1900 to 2200)",
        "error: tasks.csv:10: auto: \"when-i-feel-like-it\" is not something convene can see (hint: registrations-open, registrations-closed, schedule-published, invitations-sent, notices-sent, visa-letters-written, feedback-collected, report-written)",
        "error: tasks.csv:11: done: \"0027-01-01\" is not a date (hint: write 2027-03-09, in the years 1900 to 2200)",
        "error: tasks.csv:12: task: \"Two\\r\\nlines\" holds a line break (hint: write it on one line)",
        // A repeat is found whatever else its row or the first holds (`plan` would write two
        // to-dos of one UID).
        "error: tasks.csv:14: id: the task id \"venue-booked\" is used twice (hint: first on line 2)",
        "error: tasks.csv:15: id: the task id \"late\" is used twice (hint: first on line 8)",
        "error: tasks.csv:15: offset: \"also sometime\" is not an offset from the event (hint: -16w, -10d, 0d or +1d from day 1, end+3w or end+4m from the last day (d days, w weeks, m months))",
      ])
    let written = TasksFile.write(Array(tasks.prefix(3)))
    #expect(TasksFile.read(Array(written.utf8)).tasks == Array(tasks.prefix(3)))
  }

  static let header = TravelFile.columns.joined(separator: ",")

  @Test func aTravelRowIsReadStrictly() throws {
    let text = """
      \(Self.header)
      p001,sn,AB1234567,2031-05-01,yes,AF 718,2027-03-08 19:35,AF719,2027-03-11 10:30,Hôtel A,p002,Vegetarian;Halal;vegetarian,Wheelchair,yes
      """
    let (records, findings) = TravelFile.read(Array(text.utf8))
    #expect(findings.isEmpty)
    let record = try #require(records.first)
    #expect(record.nationality == "SN" && record.needsVisa && record.funded == true)
    #expect(record.arrivalFlight == "AF718" && record.arrivalAt == LocalDateTime("2027-03-08 19:35"))
    #expect(record.dietary == ["vegetarian", "halal"] && record.access == ["wheelchair"])
  }

  /// A bare date reads as a registration's does: an arrival from its day's start, a departure
  /// until its end (a trip of one day is no departure before its arrival), and a time written
  /// is kept.
  @Test func aTravelDateWithoutATimeIsTheWholeDay() throws {
    let text = """
      \(Self.header)
      p001,SN,,,,,2027-03-08,,2027-03-08,,,,,
      p002,SN,,,,,2027-03-08 19:35,,2027-03-11 00:00,,,,,
      """
    let (records, findings) = TravelFile.read(Array(text.utf8))
    #expect(findings.isEmpty)
    #expect(records.map(\.arrivalAt) == [LocalDateTime("2027-03-08 00:00"), LocalDateTime("2027-03-08 19:35")])
    #expect(records.map(\.departureAt) == [LocalDateTime("2027-03-08 23:59"), LocalDateTime("2027-03-11 00:00")])
    let participants = ParticipantsFile.read(
      Array("id,name,email,arrival,departure\np001,Awa Ndiaye,a@example.org,2027-03-08,2027-03-08\n".utf8))
    #expect(participants.participants.map(\.departure) == records.prefix(1).map(\.departureAt))
    #expect(participants.participants.map(\.arrival) == records.prefix(1).map(\.arrivalAt))
  }

  @Test func everyBadCellOfTravelIsNamed() {
    let text = """
      \(Self.header)
      p001,Senegal,ab12,2031-05-01,maybe,AF7180000,2027-03-08 19:35,,3027-03-11 10:30,,,,,perhaps
      p002,XX,AB 123456,2031-13-01,no,718,tomorrow,A,,,,,,
      ,SN,,,,,,,,,,,,
      """
    let (records, findings) = TravelFile.read(Array(text.utf8))
    #expect(records.map(\.participant) == ["p001", "p002"])
    let described = Set(findings.map(\.description))
    for expected in [
      "error: travel.csv:2: nationality: \"Senegal\" is not a country code (hint: the ISO 3166-1 alpha-2 code of the passport's country, such as SN or NG)",
      "error: travel.csv:2: passport_number: \"ab12\" is not a passport number (hint: 5 to 20 capital letters and digits, as printed in the passport)",
      "error: travel.csv:2: needs_visa: \"maybe\" is not yes or no",
      "error: travel.csv:2: arrival_flight: \"AF7180000\" is not a flight number (hint: write AF718; leave it empty for travel by road or rail)",
      "error: travel.csv:2: departure_at: \"3027-03-11 10:30\" is not a date and time (hint: write 2027-03-09 08:30)",
      "error: travel.csv:2: funded: \"perhaps\" is not yes or no",
      "error: travel.csv:3: nationality: \"XX\" is not a country code (hint: the ISO 3166-1 alpha-2 code of the passport's country, such as SN or NG)",
      "error: travel.csv:3: passport_number: \"AB 123456\" is not a passport number (hint: 5 to 20 capital letters and digits, as printed in the passport)",
      "error: travel.csv:3: passport_expiry: \"2031-13-01\" is not a date (hint: write 2027-03-09, in the years 1900 to 2200)",
      "error: travel.csv:3: arrival_flight: \"718\" is not a flight number (hint: write AF718; leave it empty for travel by road or rail)",
      "error: travel.csv:3: arrival_at: \"tomorrow\" is not a date and time (hint: write 2027-03-09 08:30)",
      "error: travel.csv:3: departure_flight: \"A\" is not a flight number (hint: write AF718; leave it empty for travel by road or rail)",
      "error: travel.csv:4: participant: is empty (hint: every row needs a participant)",
    ] {
      #expect(described.contains(expected), "\(expected)")
    }
    #expect(findings.count == 13)
  }

  @Test(arguments: ["AF718", "ET908", "KP41", "5Y123", "P4410", "ETH908", "AF7180A"])
  func flightNumbersAsAirlinesWriteThem(flight: String) {
    let (records, findings) = TravelFile.read(Array("\(Self.header)\np001,,,,,\(flight),,,,,,,,\n".utf8))
    #expect(findings.isEmpty && records.first?.arrivalFlight == flight)
  }

  /// The pick-up list shows times at the venue: one written with an offset would be listed as
  /// if it were the venue's, and a person is listed once.
  @Test func travelTimesAreTheVenuesAndEachPersonHasOneRow() {
    let text = """
      \(Self.header)
      p001,SN,,,no,,2027-03-08T10:00+05:00,,2027-03-10 12:00Z,,,,,
      p002,SN,,,no,,2027-03-08 24:00,,2027-03-10 12:00,,,,,
      p003,SN,,,no,,2027-03-08 10:00,,2027-03-10 12:00,,,,,
      p003,SN,,,yes,,2027-03-08 10:00,,2027-03-10 12:00,,,,,
      """
    let (records, findings) = TravelFile.read(Array(text.utf8))
    #expect(records.map(\.participant) == ["p001", "p002", "p003", "p003"])
    #expect(records[0].arrivalAt == nil && records[1].arrivalAt == nil)
    #expect(
      findings.map(\.description) == [
        "error: travel.csv:2: arrival_at: \"2027-03-08T10:00+05:00\" carries an offset from UTC (hint: write the time at the venue, as the airport's board shows it, without an offset, such as 2027-03-08 10:05)",
        "error: travel.csv:2: departure_at: \"2027-03-10 12:00Z\" carries an offset from UTC (hint: write the time at the venue, as the airport's board shows it, without an offset, such as 2027-03-08 10:05)",
        "error: travel.csv:3: arrival_at: \"2027-03-08 24:00\" is not a time of day (hint: midnight is 00:00 of the next day)",
        "error: travel.csv:5: participant: p003 has a second row (hint: first on line 4; one row per person)",
      ])
  }

  /// Every column is read: a list made without `needs_visa` or `dietary` would say "nobody".
  @Test func aTravelFileWithoutAColumnIsRefused() {
    let renamed = Self.header.replacingOccurrences(of: "needs_visa", with: "Needs Visa")
      .replacingOccurrences(of: ",dietary", with: "")
    let (_, findings) = TravelFile.read(Array("\(renamed)\np001,SN,,,yes,,,,,,,,\n".utf8))
    #expect(
      findings.filter { $0.severity == .error }.map(\.description) == [
        "error: travel.csv:1: needs_visa: the column is missing",
        "error: travel.csv:1: dietary: the column is missing",
      ])
    let (_, oneColumn) = TravelFile.read(Array("participant\r\np004\r\n".utf8))
    #expect(oneColumn.filter { $0.severity == .error }.count == TravelFile.columns.count - 1)
  }

  /// A file whose header was lost (a line break, a byte-order mark or a space alone) or whose
  /// end was cut off mid-row is refused, not read as "nobody travels" or a row of fewer needs.
  @Test func aTravelFileWithoutItsHeaderOrCutShortIsRefused() {
    for bytes in [Array("\n".utf8), [0xEF, 0xBB, 0xBF], Array(" ".utf8)] {
      let (records, findings) = TravelFile.read(bytes)
      #expect(records.isEmpty)
      #expect(findings.map(\.description).first?.hasPrefix("error: travel.csv:1: the file has no header line") == true, "\(findings)")
    }
    let cut = "\(Self.header)\r\np001,SN,AB1234567,2031-01-01,yes,AF718,2027-03-08 10:00,AF719,2027-03-10 12:00,Hôtel"
    #expect(
      TravelFile.read(Array(cut.utf8)).findings.map(\.description) == [
        "error: travel.csv:2: the last row has 10 of the 14 columns and no line break: is the file cut short? (hint: put back the end of the file)"
      ])
    #expect(TravelFile.read(Array((cut + ",,,,\r\n").utf8)).findings.isEmpty)
  }

  @Test func aTravelFileThatIsNotUTF8IsNamedCellByCell() {
    var bytes = Array("\(Self.header)\np001,SN,AB1234567,,no,,,,,H".utf8)
    bytes += [0xF4, 0x74, 0x65, 0x6C, 0x0A]  // "Hôtel" in Windows-1252
    let (_, findings) = TravelFile.read(bytes)
    #expect(findings.map(\.description) == [
      "error: travel.csv:2: hotel: holds bytes that are not UTF-8 (hint: save the file as UTF-8 (\"CSV UTF-8\" in Excel) and fix this cell; convene does not write a file it cannot read exactly)"
    ])
  }

  /// What a spreadsheet or a hostile hand writes: ids that are paths, a 20-digit passport
  /// number (kept as text, digit for digit) and a 21-digit one, line breaks in one-line cells.
  @Test func hostileCellsAreRefusedAndLongNumbersKeptAsText() {
    let text = """
      \(Self.header)
      ../p001,SN,12345678901234567890,,yes,,,,,,,,,
      p002,SN,123456789012345678901,,yes,,,,,"Hotel\r\nBcc: x@y.org",p001/..,"halal\nvegan",,
      p003,SN,12345678901234567890,,yes,,,,,Hôtel Teranga,,,,
      """
    let (records, findings) = TravelFile.read(Array(text.utf8))
    #expect(records.map(\.participant) == ["p002", "p003"])
    #expect(records.last?.passportNumber == "12345678901234567890")
    #expect(records.first?.hotel == "" && records.first?.roomSharing == "" && records.first?.dietary == [])
    #expect(
      findings.map(\.description) == [
        "error: travel.csv:2: participant: \"../p001\" is not a valid id (\(Identifier.rule))",
        "error: travel.csv:3: passport_number: \"123456789012345678901\" is not a passport number (hint: 5 to 20 capital letters and digits, as printed in the passport)",
        "error: travel.csv:3: room_sharing: \"p001/..\" is not a valid id (\(Identifier.rule))",
        "error: travel.csv:3: hotel: \"Hotel\\r\\nBcc: x@y.org\" holds a line break (hint: write it on one line)",
        "error: travel.csv:3: dietary: \"halal\\nvegan\" holds a line break (hint: write it on one line)",
      ])
  }

  @Test func theLetterheadAndTheRegistrationCloseDateAreChecked() throws {
    let good = Fixtures.event.replacingOccurrences(
      of: "\"capacity\": 3,",
      with: """
        "capacity": 3, "registration_closes": "2027-02-15",
        "letterhead": { "organisation": "Unit", "address": "1 Road\\nCity", "signatory": "A. B.", "signatory_title": "Head", "email": "a@b.org", "phone": "+221 33 800 00 00" },
        """)
    let read = EventFile.read(Array(good.utf8))
    #expect(read.findings.isEmpty)
    #expect(read.event?.letterhead == Letterhead(organisation: "Unit", address: "1 Road\nCity", signatory: "A. B.", signatoryTitle: "Head", email: "a@b.org", phone: "+221 33 800 00 00"))
    #expect(read.event?.registrationCloses == LocalDate("2027-02-15"))
    let bad = Fixtures.event.replacingOccurrences(
      of: "\"capacity\": 3,",
      with: """
        "capacity": 3, "registration_closes": "soon",
        "letterhead": { "organisation": "Unit", "address": "", "signatory_title": "Head", "email": "nobody", "phone": "call me", "fax": "1" },
        """)
    let findings = EventFile.read(Array(bad.utf8)).findings.map(\.description)
    #expect(
      Set(findings) == [
        "error: event.json:12: registration_closes: \"soon\" is not a date (hint: write 2027-02-15)",
        "warning: event.json:13: letterhead.fax: unknown field, ignored (hint: the fields are organisation, address, signatory, signatory_title, email, phone)",
        "error: event.json:13: letterhead.address: is empty",
        "error: event.json:13: letterhead.signatory: is missing",
        "error: event.json:13: letterhead.email: \"nobody\" is not an e-mail address",
        "error: event.json:13: letterhead.phone: \"call me\" is not a telephone number (hint: write +221 33 800 00 00)",
      ], "\(findings)")
  }
}
