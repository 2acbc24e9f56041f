import ConveneCSV
import ConveneCore
import Testing

@testable import ConveneRegistration

/// Exports in the shapes form tools and meeting reports really write them; each test checks
/// every field of one person.
@Suite struct ImportShapesTests {
  /// Microsoft Forms, saved by Excel as CSV: the account columns say "anonymous".
  static let microsoftForms = """
    ID,Start time,Completion time,Email,Name,Last modified time,Full name,Email address,Organization,Job title,City,Country,Participant category,Gender,Age group,Working languages
    1,5/3/2027 1:58:40 PM,5/3/2027 2:02:11 PM,anonymous,anonymous,,Ama Asante,ama.asante@accra.example.org,Municipality of Accra,Mayor,Accra,Ghana,Mayor or deputy mayor,Female,55-64,English; French
    2,5/14/2027 9:00:02 AM,5/14/2027 9:04:40 AM,anonymous,anonymous,,Olivia Brennan,olivia.brennan@highlandpark.example.org,City of Highland Park,City Councillor,Highland Park,United States,Local government official,Female,45-54,English
    3,5/4/2027 11:14:40 PM,5/4/2027 11:16:11 PM,anonymous,anonymous,,Marcus Fletcher,marcus.fletcher@manchester.example.org,Manchester Youth Council,Youth Council Member,Manchester,United Kingdom,Youth representative,Male,18-24,English
    """

  @Test func microsoftFormsNamesComeFromTheQuestionNotTheAccount() throws {
    let outcome = try RegistrationImport(event: Build.event()).run(Build.table(Self.microsoftForms), into: [])
    let report = outcome.report
    #expect(report.rejected.isEmpty)
    #expect(report.warnings.isEmpty)
    #expect(report.choices == [
      .init(field: "name", column: "Full name", passedOver: [("Name", "every row says \"anonymous\"")]),
      .init(field: "email", column: "Email address", passedOver: [("Email", "every row says \"anonymous\"")]),
    ])
    #expect(report.dates.map(\.reading.description) == ["month/day/year (US), as line 3 shows (5/14/2027 9:04:40 AM), 12-hour clock"])
    // Completion time orders registrations: 3 May 2:02 PM, 4 May 11:16 PM, 14 May.
    #expect(outcome.participants.map(\.email).map { $0.prefix(4) } == ["ama.", "marc", "oliv"])
    let ama = Participant(
      id: "p001", name: "Ama Asante", email: "ama.asante@accra.example.org", category: "mayor", title: "Mayor",
      organisation: "Municipality of Accra", city: "Accra", country: "GH", region: "West and Central Africa",
      gender: "woman", ageGroup: "55-64", languages: ["en", "fr"])
    #expect(outcome.participants[0] == ama)
  }

  /// A Zoom webinar registration report: a preamble, padding commas, a custom question.
  static let zoomRegistration = """
    Registration Report,,,,,,,,,
    Report Generated:,"May 20, 2027 9:14 AM",,,,,,,,
    Topic,Webinar ID,Scheduled Time,# Registered,,,,,,
    City hub webinar,812 3456 7890,"May 27, 2027 3:00 PM",2,,,,,,
    ,,,,,,,,,
    Attendee Details,,,,,,,,,
    First Name,Last Name,Email,City,Country/Region,Organization,Job Title,Registration Time,Approval Status,Participant category
    Otieno,Njoroge,otieno.njoroge@nairobi.example.org,Nairobi,Kenya,City of Nairobi,Prevention Coordinator,"May 12, 2027 08:00:30",approved,Local government official
    Kato,Kamau,kato.kamau@kampala.example.org,Kampala,Uganda,Kampala Youth Council,Youth Worker,"May 11, 2027 09:05:31",approved,Youth representative
    """

  @Test func aZoomReportsPreambleIsSkipped() throws {
    let outcome = try RegistrationImport(event: Build.event()).run(Build.table(Self.zoomRegistration), into: [])
    let report = outcome.report
    #expect(report.headerLine == 7)
    #expect(report.preamble == 1...6)
    #expect(report.rows == 2)
    #expect(report.rejected.isEmpty && report.warnings.isEmpty)
    #expect(report.columns.map(\.field) == [.firstName, .lastName, .email, .city, .country, .organisation, .title, .timestamp, .ignore, .category])
    #expect(report.dates.map(\.reading.description) == ["month names, 24-hour clock"])
    let otieno = Participant(
      id: "p002", name: "Otieno Njoroge", email: "otieno.njoroge@nairobi.example.org", category: "local-official",
      title: "Prevention Coordinator", organisation: "City of Nairobi", city: "Nairobi", country: "KE",
      region: "East and Southern Africa")
    #expect(outcome.participants.first { $0.id == "p002" } == otieno)
  }

  /// A Zoom webinar attendee report: host and panelist tables before the attendees.
  static let zoomAttendees = """
    Attendee Report,,,,,,,,,,,,,
    Report Generated:,"Mar 23, 2027 6:26 PM",,,,,,,,,,,,
    Topic,Webinar ID,Actual Start Time,Actual Duration (minutes),# Registered,# Cancelled,Unique Viewers,Total Users,Max Concurrent Views,Enable Registration,,,,
    Hub webinar,847 5984 1045,"Mar 22, 2027 7:13 PM",282,3,0,3,4,3,Yes,,,,
    Host Details,,,,,,,,,,,,,
    Attended,User Name (Original Name),Email,Join Time,Leave Time,Time in Session (minutes),Is Guest,Country/Region Name,,,,,,
    Yes,Events Team,events@network.example.org,"Mar 22, 2027 19:13:27","Mar 22, 2027 23:55:19",282,No,Jordan,,,,,,
    Panelist Details,,,,,,,,,,,,,
    Attended,User Name (Original Name),Email,Join Time,Leave Time,Time in Session (minutes),Is Guest,Country/Region Name,,,,,,
    Yes,Rania Gharbi,rania.gharbi@tunis.example.org,"Mar 22, 2027 19:28:32","Mar 22, 2027 23:55:19",267,Yes,Tunisia,,,,,,
    Attendee Details,,,,,,,,,,,,,
    Attended,User Name (Original Name),First Name,Last Name,Email,Phone,Registration Time,Approval Status,Join Time,Leave Time,Time in Session (minutes),Is Guest,Participant category,Country/Region Name
    Yes,Awa's iPhone,Awa,Ndiaye,awa.ndiaye@dakar.example.org,+221 77 000 00 00,"Mar 15, 2027 11:23:29",approved,"Mar 22, 2027 19:52:01","Mar 22, 2027 20:52:39",60,Yes,Mayor,Senegal
    No,Cheikh D,Cheikh,Diop,cheikh.diop@thies.example.org,,"Mar 15, 2027 11:24:57",approved,--,--,--,--,Youth,
    """

  @Test func theAttendeeTableIsReadAndTheOthersNamed() throws {
    let outcome = try RegistrationImport(event: Build.event()).run(Build.table(Self.zoomAttendees), into: [])
    let report = outcome.report
    #expect(report.headerLine == 12)
    #expect(report.leftOutTables == [.init(line: 6, title: "Host Details", rows: 1), .init(line: 9, title: "Panelist Details", rows: 1)])
    #expect(report.warnings.map(\.kind) == [.leftOutTable, .leftOutTable])
    #expect(report.warnings[1].message == "the table \"Panelist Details\" on line 9 is not read; it holds 1 e-mail address that the table read (line 12) does not")
    #expect(report.choices.first?.passedOver.map(\.reason) == ["an account's or screen's name"])
    let awa = Participant(
      id: "p001", name: "Awa Ndiaye", email: "awa.ndiaye@dakar.example.org", category: "mayor", country: "SN",
      region: "West and Central Africa")
    #expect(outcome.participants == [awa, Participant(id: "p002", name: "Cheikh Diop", email: "cheikh.diop@thies.example.org", category: "youth")])
  }

  /// A Teams attendance report (tab-separated): a summary, the participants, then one row per
  /// join.
  static let teams = [
    "1. Summary", "Meeting title\tCity hub webinar", "Attended participants\t2", "Start time\t3/20/27, 2:59:51 PM",
    "", "2. Participants",
    "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole",
    "Salma Mansouri\t3/20/27, 3:01:10 PM\t3/20/27, 4:00:02 PM\t58m 52s\tsalma.mansouri@rabat.example.org\tsalma.mansouri@rabat.example.org\tPresenter",
    "Omar Haddad\t3/20/27, 3:05:00 PM\t3/20/27, 3:40:00 PM\t35m 0s\tomar.haddad@amman.example.org\tomar.haddad@amman.example.org\tAttendee",
    "", "3. In-Meeting Activities", "Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole",
    "Salma Mansouri\t3/20/27, 3:01:10 PM\t3/20/27, 4:00:02 PM\t58m 52s\tsalma.mansouri@rabat.example.org\tPresenter",
    "Omar Haddad\t3/20/27, 3:05:00 PM\t3/20/27, 3:20:00 PM\t15m 0s\tomar.haddad@amman.example.org\tAttendee",
    "Omar Haddad\t3/20/27, 3:25:00 PM\t3/20/27, 3:40:00 PM\t15m 0s\tomar.haddad@amman.example.org\tAttendee",
  ].joined(separator: "\n")

  @Test func aTeamsReportGivesItsParticipantsOnce() throws {
    let table = try CSVTable(text: Self.teams + "\n")
    #expect(table.delimiter == "\t")
    let outcome = try RegistrationImport(event: Build.event(), columnMap: ["role": .ignore]).run(table, into: [])
    let report = outcome.report
    #expect(report.headerLine == 7)
    #expect(report.preamble == 1...6)
    #expect(report.leftOutTables == [.init(line: 12, title: "3. In-Meeting Activities", rows: 3)])
    // No category column: the gate says so; the other table holds no one new.
    #expect(report.warnings.map(\.kind) == [.emptyCategories])
    #expect(outcome.participants == [
      Participant(id: "p001", name: "Salma Mansouri", email: "salma.mansouri@rabat.example.org"),
      Participant(id: "p002", name: "Omar Haddad", email: "omar.haddad@amman.example.org"),
    ])
  }

  /// Google Forms in a US locale.
  static let usGoogleForms = """
    Timestamp,Email Address,Full name,Title,Organization,City,Country,Category,Arrival (date and time)
    5/3/2027 14:02:11,grace.campbell@highlandpark.example.org,Grace Campbell,Mayor,Municipality of Highland Park,Highland Park,United States,Mayor or deputy mayor,6/14/2027 8:30:00
    5/23/2027 12:04:11,daniel.oneill@portofspain.example.org,Daniel O'Neill,Youth Ambassador,Port of Spain Youth Council,Port of Spain,Trinidad and Tobago,Youth representative,6/15/2027 9:30:00 PM
    """

  @Test func usDatesAreReadMonthFirst() throws {
    let outcome = try RegistrationImport(event: Build.event()).run(Build.table(Self.usGoogleForms), into: [])
    #expect(outcome.report.dates.map(\.reading.description) == [
      "month/day/year (US), as line 3 shows (5/23/2027 12:04:11), 24-hour clock",
      "month/day/year (US), as line 2 shows (6/14/2027 8:30:00), 12- and 24-hour clocks",
    ])
    let grace = Participant(
      id: "p001", name: "Grace Campbell", email: "grace.campbell@highlandpark.example.org", category: "mayor",
      title: "Mayor", organisation: "Municipality of Highland Park", city: "Highland Park", country: "US",
      region: "North America", arrival: LocalDateTime("2027-06-14 08:30"))
    #expect(outcome.participants[0] == grace)
    #expect(outcome.participants[1].arrival == LocalDateTime("2027-06-15 21:30"))
  }
}
