import ConveneCSV
import ConveneCore
import Testing

@testable import ConveneRegistration

/// Exports of form tools the examples do not show, as the tools write them.
@Suite struct FormToolExportTests {
  /// Typeform (`Submit Date (UTC)`) and Jotform (`Submission Date`) list the newest first: the
  /// later submission of one address wins, and the first to submit keeps the place.
  @Test(arguments: [
    ("#,First name,Last name,Email,Category,City,Submit Date (UTC)", ["a1,Awa,Ndiaye,awa@example.org,Civil society,Pikine,2027-03-09 10:00:00", "a2,Awa,Ndiaye,awa@example.org,Mayor,Dakar,2027-03-05 09:00:00"]),
    ("Submission Date,First Name,Last Name,E-mail,Category,City", ["\"Mar 09, 2027\",Awa,Ndiaye,awa@example.org,Civil society,Pikine", "\"Mar 05, 2027\",Awa,Ndiaye,awa@example.org,Mayor,Dakar"]),
  ])
  func theSubmissionDateDecidesWhichAnswersHold(header: String, rows: [String]) throws {
    let table = try CSVTable(text: ([header] + rows).joined(separator: "\n") + "\n")
    let outcome = try RegistrationImport(event: Build.event()).run(table, into: [])
    #expect(outcome.participants.count == 1)
    #expect(outcome.participants.first?.category == "civil-society")
    #expect(outcome.participants.first?.city == "Pikine")
  }

  /// Typeform keeps a form left before its end as a `partial` response: no registration.
  @Test func aPartialTypeformResponseIsNoRegistration() throws {
    let table = try CSVTable(
      text: """
        #,First name,Last name,Email,Category,Response Type,Submit Date (UTC)
        a1,Awa,Ndiaye,awa@example.org,Mayor,completed,2027-03-05 09:00:00
        a2,Moussa,Sow,moussa@example.org,Youth,partial,

        """)
    let outcome = try RegistrationImport(event: Build.event()).run(table, into: [])
    #expect(outcome.participants.map(\.name) == ["Awa Ndiaye"])
  }

  /// A Google Form set to collect the respondents' addresses, answered by a secretariat for
  /// several people: `Email Address` is the account's, the question's address each person's,
  /// and a person whose address was left empty is not given the account's.
  @Test func aSecretariatsAccountIsNoOnesAddress() throws {
    let table = try CSVTable(
      text: """
        Timestamp,Email Address,Participant's full name,Participant's email,Category
        2027-01-10 10:00:00,secretariat@thies.example.org,Awa Ndiaye,,Mayor
        2027-01-10 10:05:00,secretariat@thies.example.org,Kofi Mensah,kofi.mensah@example.org,Youth
        2027-01-10 10:07:00,omar@thies.example.org,Omar Said,omar.said@example.org,Youth

        """)
    let outcome = try RegistrationImport(event: Build.event()).run(table, into: [])
    #expect(outcome.participants.map(\.email) == ["kofi.mensah@example.org", "omar.said@example.org"])
    #expect(outcome.report.rejected.map(\.line) == [2])
    #expect(
      outcome.report.rejected.first?.reason
        == "\"Participant's email\" is empty, and \"Email Address\" gives the address of the account that answered the form (secretariat@thies.example.org), perhaps another person's: fill in this person's address"
    )
  }

  /// A download cut after its header (or after SurveyMonkey's second header row) is refused,
  /// not an import of nobody that succeeds.
  @Test(arguments: [
    "Timestamp,Email,Full name\n",
    "Respondent ID,Collector ID,Start Date,End Date,IP Address,Email Address,First Name,Last Name,Custom Data 1,Full name\n"
      + ",,,,,,,,,Open-Ended Response\n",
  ])
  func aFileOfAHeaderAloneIsRefused(text: String) throws {
    let table = try CSVTable(text: text)
    #expect {
      try RegistrationImport(event: Build.event()).run(table, into: [])
    } throws: { error in
      (error as? RegistrationImport.FileProblem)?.message.hasPrefix("the file holds a header (line 1) but no rows under it") == true
    }
  }

  /// One row without its time puts everyone in file order: a warning, since a sheet sorted by
  /// name would give the places in the order of the names.
  @Test func aRowWithoutItsTimeIsAWarning() throws {
    let table = try CSVTable(
      text: """
        Timestamp,Email,Full name,Category
        2027-01-12 10:00,a@example.org,Anna Alpha,Mayor
        2027-01-11 10:00,b@example.org,Ben Beta,Mayor
        ,d@example.org,Dino Delta,Practitioner

        """)
    let outcome = try RegistrationImport(event: Build.event()).run(table, into: [])
    let warning = try #require(outcome.report.warnings.first { $0.kind == .untimedRows })
    #expect(warning.lines == [4])
    #expect(
      warning.message
        == "1 new person has no submission time (line 4): places would go by the rows' order in the file, not by the times the others give")
    let timed = try CSVTable(text: "Timestamp,Email,Full name\n2027-01-12 10:00,a@example.org,Anna Alpha\n")
    #expect(try RegistrationImport(event: Build.event()).run(timed, into: []).report.warnings.allSatisfy { $0.kind != .untimedRows })
  }

  /// A place free for someone already waiting (the mayors' quota raised from 2 to 3) is
  /// theirs: a later registrant waits behind them, and `participants promote` gives it.
  @Test func aFreePlaceIsKeptForTheWaitlistNotANewcomer() throws {
    let existing = [
      Build.person("p001", "a@example.org"), Build.person("p002", "b@example.org"),
      Build.person("p003", "c@example.org", status: .waitlisted),
    ]
    let table = try CSVTable(text: "Timestamp,Email,Full name,Category\n2027-02-01 10:00,d@example.org,Dora Late,Mayor\n")
    let outcome = try RegistrationImport(event: Build.event(capacity: 6, quotas: ["mayor": 3])).run(table, into: existing)
    #expect(outcome.participants.map(\.status) == [.registered, .registered, .waitlisted, .waitlisted])
    #expect(outcome.report.placesKeptFor == ["p003"])
    let roomier = try RegistrationImport(event: Build.event(capacity: 6, quotas: ["mayor": 4])).run(table, into: existing)
    #expect(roomier.participants.last?.status == .registered)
  }

  /// Eventbrite's order of three tickets whose attendees were not asked for their own
  /// details: three rows of the buyer's name and address, three `Attendee #`. Matched by
  /// e-mail they would be one person; a warning names the tickets.
  @Test func theTicketsOfOneOrderAreAWarning() throws {
    let table = try CSVTable(
      text: """
        Order #,Order Date,First Name,Last Name,Email,Quantity,Category,Attendee #,Attendee Status
        1001,2027-01-10 10:00:00,Amina,Otieno,amina@example.org,3,Mayor,5001,Attending
        1001,2027-01-10 10:00:00,Amina,Otieno,amina@example.org,3,Mayor,5002,Attending
        1001,2027-01-10 10:00:00,Amina,Otieno,amina@example.org,3,Mayor,5003,Attending
        1002,2027-01-11 09:00:00,Kofi,Mensah,kofi@example.org,1,Youth,5004,Attending

        """)
    let outcome = try RegistrationImport(event: Build.event()).run(table, into: [])
    let warning = try #require(outcome.report.warnings.first { $0.kind == .sharedTickets })
    #expect(warning.lines == [2, 3, 4])
    #expect(
      warning.message
        == "amina@example.org holds 3 tickets (Attendee # 5001, 5002, 5003, lines 2, 3, 4): people are matched by e-mail, so every ticket holder but one would be lost"
    )
    // The same ticket exported twice is one ticket.
    let again = try CSVTable(
      text: "Email,Full name,Attendee #\nkofi@example.org,Kofi Mensah,5004\nkofi@example.org,Kofi Mensah,5004\n")
    #expect(try RegistrationImport(event: Build.event()).run(again, into: []).report.warnings.allSatisfy { $0.kind != .sharedTickets })
  }

  /// An organisation that reads as no answer (`X`, `N/A`) is left empty with a note: a real
  /// one may look like one.
  @Test func aFreeTextPlaceholderIsLeftEmptyWithANote() throws {
    let table = try CSVTable(text: "Email,Full name,Organisation\na@example.org,Awa Ndiaye,X\nb@example.org,Kofi Mensah,ABC Corp\n")
    let outcome = try RegistrationImport(event: Build.event()).run(table, into: [])
    #expect(outcome.participants.map(\.organisation) == ["", "ABC Corp"])
    #expect(outcome.report.notes.map(\.line) == [2])
    #expect(outcome.report.notes.first?.message == "\"X\" reads as no answer; left empty")
  }

  /// A name pasted with its address (`Eve Smith <eve@example.org>`) is rejected: the address
  /// would be printed on badges and certificates.
  @Test func aNameHoldingAnAddressIsRejected() throws {
    let table = try CSVTable(text: "Email,Full name\ne@example.org,\"Eve Smith <boss@example.org>, Mallory\"\nf@example.org,Fatou Sow\n")
    let outcome = try RegistrationImport(event: Build.event()).run(table, into: [])
    #expect(outcome.participants.map(\.name) == ["Fatou Sow"])
    #expect(
      outcome.report.rejected.first?.reason
        == "\"Eve Smith <boss@example.org>, Mallory\" holds an e-mail address; keep the name alone in the name column")
  }

  @Test func aTelephoneNumberWhereTheAddressWasAskedIsNamedSo() {
    #expect(ImportRow.emailProblem("+221 77 123 45 67") == "\"+221 77 123 45 67\" is a telephone number, not an e-mail address: ask the person for their address")
    #expect(ImportRow.emailProblem("awa ndiaye@example.org").contains("holds a space"))
  }
}
