import ConveneCSV
import ConveneCore
import Testing

@testable import ConveneRegistration

/// Every status column of an export is read: Eventbrite's `Order Status` beside `Attendee
/// Status`, Zoom's `Approval Status` beside `Status`, a `Statut` beside an `RSVP`, and a
/// column of its own for one status (a `Cancelled` checkbox). A row is declined when any of
/// them declines it, waitlisted when one waitlists it and none declines it.
@Suite struct EveryStatusColumnTests {
  func importing(_ lines: [String], map: [String: ImportField] = [:], words: [String] = []) throws
    -> RegistrationImport.Outcome
  {
    var run = RegistrationImport(event: Build.event(), columnMap: map)
    for word in words { try run.statusWords.add(word) }
    return try run.run(CSVTable(text: lines.joined(separator: "\r\n") + "\r\n"), into: [])
  }

  /// Eventbrite's attendee export, both orders of its two status columns, in English, French
  /// and Portuguese; Zoom's registration report; a `Statut` beside an `RSVP`.
  @Test(arguments: [
    ("Order Status", "Attendee Status", "Completed", "Not Attending"),
    ("Attendee Status", "Order Status", "Attending", "Refunded"),
    ("Statut de la commande", "Statut du participant", "Terminée", "Ne participera pas"),
    ("Status do pedido", "Status do participante", "Concluído", "Cancelado"),
    ("Approval Status", "Status", "approved", "Cancelled"),
    ("Statut", "RSVP", "Inscrit", "No"),
  ])
  func aSecondStatusColumnDeclines(first: String, second: String, standing: String, refusal: String) throws {
    let outcome = try importing([
      "First Name,Last Name,Email,\(first),\(second),Category",
      "Awa,Mbarga,awa@example.cm,\(standing),\(refusal),mayor",
      "Zara,Haddad,zara@example.org,\(standing),\(standing == "Inscrit" ? "Yes" : standing),mayor",
    ])
    #expect(outcome.participants.map(\.email) == ["zara@example.org"], "\(second)")
    #expect(outcome.report.declined.map(\.line) == [2], "\(second)")
    #expect(outcome.report.declined.first?.approval == "\(second): \(refusal)")
    #expect(outcome.report.statusColumns == [first, second])
    #expect(outcome.report.columns.filter { outcome.report.reading(of: $0.header, as: $0.field) == "status" }.map(\.header) == [first, second])
    #expect(outcome.report.warnings.isEmpty, "\(outcome.report.warnings)")
  }

  /// A waiting list in one column and a standing registration in the other: waitlisted; a
  /// refusal in either wins over a waiting list.
  @Test func aWaitingListInOneColumnWaitlistsAndARefusalWins() throws {
    let outcome = try importing([
      "Email,Full name,Order Status,Attendee Status,Category",
      "a@example.org,Ana Lima,Completed,Waitlisted,mayor",
      "b@example.org,Bo Li,Refunded,Waitlisted,mayor",
      "c@example.org,Cy Ba,Completed,Attending,mayor",
    ])
    let statuses = Dictionary(uniqueKeysWithValues: outcome.participants.map { ($0.email, $0.status) })
    #expect(statuses == ["a@example.org": .waitlisted, "c@example.org": .registered])
    #expect(outcome.report.declined.map(\.approval) == ["Order Status: Refunded"])
  }

  /// An unknown wording in any column is the warning, naming that column; a row another column
  /// declines is not counted in it (it would not be imported as registered).
  @Test func anUnknownWordingInTheSecondColumnIsAWarningNamingIt() throws {
    let outcome = try importing([
      "Email,Full name,Order Status,Attendee Status,Category",
      "a@example.org,Ana Lima,Completed,Peut-être,mayor",
      "b@example.org,Bo Li,Refunded,Peut-être,mayor",
    ])
    let warnings = outcome.report.warnings.filter { $0.kind == .unknownStatuses }
    #expect(warnings.map(\.column) == ["Attendee Status"])
    #expect(warnings.first?.lines == [2])
    #expect(outcome.report.declined.map(\.line) == [3])
  }

  /// `--status-word` settles a wording of whichever status column holds it; one that no column
  /// holds is an error naming every status column.
  @Test func aStatusWordSettlesAWordingOfAnyColumn() throws {
    let outcome = try importing(
      [
        "Email,Full name,Order Status,Attendee Status,Category",
        "a@example.org,Ana Lima,Completed,Tentative,mayor",
      ], words: ["Tentative=declined"])
    #expect(outcome.participants.isEmpty)
    #expect(outcome.report.declined.map(\.approval) == ["Attendee Status: Tentative"])
    let problem = #expect(throws: RegistrationImport.FileProblem.self) {
      try importing(
        ["Email,Full name,Order Status,Attendee Status", "a@example.org,Ana Lima,Completed,Attending"],
        words: ["Regrets=declined"])
    }
    #expect(
      problem?.message.contains(#"no status of the columns "Order Status", "Attendee Status" is "Regrets""#) == true,
      "\(String(describing: problem))")
  }

  /// A column of its own for one status, as a Google Sheets checkbox exports it (`TRUE`,
  /// `FALSE`) or answered yes and no in the five languages: ticked is that status, not ticked
  /// a registration.
  @Test(arguments: [
    ("Cancelled", "TRUE", "FALSE"), ("Annulé ?", "Oui", "Non"), ("Cancelado", "Sí", "No"), ("Desistiu?", "Sim", "Não"),
    ("ملغى", "نعم", "لا"), ("Cancelled", "✓", ""), ("Annulé", "VRAI", "FAUX"),
    // Headers as organisers write them: the yes and no offered in brackets, and the other
    // refusals (a refund, an absence, a withdrawal) in the five languages
    ("Cancelled (Y/N)", "TRUE", "FALSE"), ("Cancelled? (Yes/No)", "Y", "N"), ("Annulé (Oui/Non) ?", "Oui", "Non"),
    ("Baja [Sí/No]", "Sí", "No"), ("Refunded", "TRUE", "FALSE"), ("No-show", "TRUE", "FALSE"),
    ("Absent", "TRUE", "FALSE"), ("Withdrew", "TRUE", "FALSE"), ("Baja", "TRUE", "FALSE"),
    ("Desistió", "TRUE", "FALSE"), ("Remboursé", "VRAI", "FAUX"), ("Absente ?", "Oui", "Non"),
    ("Reembolsado", "Sim", "Não"), ("Ausente", "Sí", "No"), ("Faltou", "Sim", "Não"), ("غائب", "نعم", "لا"),
    ("مسترد", "صحيح", "خطأ"), ("انسحب؟", "نعم", "لا"),
  ])
  func aTickedCancelledBoxDeclines(header: String, yes: String, no: String) throws {
    let outcome = try importing([
      "Email,Full name,Country,Category,\(header)",
      "awa@example.cm,Awa Mbarga,Cameroon,mayor,\(yes)",
      "paul@example.cm,Paul Biya Jr,Cameroon,mayor,\(no)",
      "zara@example.org,Zara Haddad,Lebanon,mayor,\(yes)",
    ])
    #expect(outcome.participants.map(\.email) == ["paul@example.cm"], "\(header)")
    #expect(outcome.report.declined.map(\.line) == [2, 4], "\(header)")
    #expect(outcome.report.statusColumns == [header])
    #expect(!outcome.report.ignoredColumns.contains(header))
    #expect(outcome.report.warnings.isEmpty, "\(outcome.report.warnings)")
  }

  /// `--status-word 'No=declined'` says what `No` means as a status (the answer to `Will you
  /// attend?`), never what `No` means under a box (`Cancelled (Y/N)`: not cancelled).
  @Test func theOrganisersWordsAreNotAppliedToABox() throws {
    let outcome = try importing(
      [
        "Email,Full name,Category,Will you attend?,Cancelled (Y/N)",
        "a@example.org,Ana Lima,mayor,Yes,No",
        "b@example.org,Bo Li,mayor,No,No",
        "c@example.org,Cy Ba,mayor,Yes,Yes",
      ], words: ["No=declined"])
    #expect(outcome.participants.map(\.email) == ["a@example.org"])
    #expect(outcome.report.declined.map(\.line) == [3, 4])
  }

  /// A bracket at the end of a box's header that is not the yes and no it offers is part of
  /// the header: `Refunded (partial)` is no status box, and its column is left unread.
  @Test func aBracketOfOtherWordsIsKept() throws {
    #expect(RegistrationStatusWords.withoutAnswerChoices("Refunded (partial)") == "Refunded (partial)")
    #expect(RegistrationStatusWords.withoutAnswerChoices("Cancelled (Y/N)?") == "Cancelled ")
    #expect(StatusColumn.kind(ofHeader: "Refunded (partial)") == nil)
    #expect(StatusColumn.kind(ofHeader: "Cancelled (maybe/no)") == nil)
  }

  /// A ticked waiting-list box waitlists; an answer that is neither yes nor no is the warning.
  @Test func aWaitlistBoxWaitlistsAndAnOtherAnswerIsAWarning() throws {
    let outcome = try importing([
      "Email,Full name,Category,Waitlist,Liste d'attente",
      "a@example.org,Ana Lima,mayor,TRUE,",
      "b@example.org,Bo Li,mayor,FALSE,Oui",
      "c@example.org,Cy Ba,mayor,FALSE,Peut-être",
    ])
    let statuses = outcome.participants.map(\.status)
    #expect(statuses == [.waitlisted, .waitlisted, .registered])
    let warning = try #require(outcome.report.warnings.first { $0.kind == .unknownStatuses })
    #expect(warning.column == "Liste d'attente")
    #expect(warning.lines == [4])
  }

  /// KoboToolbox's `_status` (how the form was sent) is no registration status; its
  /// `_validation_status` is.
  @Test func koboSubmissionStatusIsNoRegistrationStatus() throws {
    let outcome = try importing([
      "group_identity/full_name,group_identity/email,group_work/category,_validation_status,_status",
      "Musa Adeyemi,musa@x.org,mayor,validation_status_approved,submitted_via_web",
      "Spam Bot,spam@x.org,mayor,validation_status_not_approved,submitted_via_web",
    ])
    #expect(outcome.report.statusColumns == ["_validation_status"])
    #expect(outcome.participants.map(\.email) == ["musa@x.org"])
    #expect(outcome.report.warnings.isEmpty, "\(outcome.report.warnings)")
  }

  /// `--map 'Cancelled=ignore'` says the column is no status: its ticks decide nothing.
  @Test func aBoxMappedToNothingIsNotRead() throws {
    let outcome = try importing(
      ["Email,Full name,Category,Cancelled", "a@example.org,Ana Lima,mayor,TRUE"], map: ["Cancelled": .ignore])
    #expect(outcome.participants.map(\.email) == ["a@example.org"])
    #expect(outcome.report.statusColumns.isEmpty)
  }

  /// A workbook's sheets not read are reported with the people each holds and how many of
  /// them the sheet read does not hold; one that could not be read, with why.
  @Test func sheetsNotReadAreReportedWithTheirPeople() throws {
    var run = RegistrationImport(event: Build.event())
    let cancellations = Build.table(
      "Email,Full name", "awa@example.cm,Awa Mbarga", "ines@example.cd,Inès Kabila", "INES@example.cd,Inès K")
    run.otherSheets = [
      .init(name: "Annulations", hidden: false, document: CSVDocument(cancellations), readAs: run),
      .init(name: "Old", hidden: true, document: CSVDocument(Build.table("Notes", "nothing here")), readAs: run),
      .init(name: "Broken", problem: "the part is cut short"),
    ]
    let outcome = try run.run(Build.table("Email,Full name,Category", "awa@example.cm,Awa Mbarga,mayor"), into: [])
    #expect(
      outcome.report.sheetsNotRead == [
        .init(name: "Annulations", hidden: false, people: 2, others: 1, problem: nil),
        .init(name: "Old", hidden: true, people: 0, others: 0, problem: nil),
        .init(name: "Broken", hidden: false, people: 0, others: 0, problem: "the part is cut short"),
      ])
  }

  /// The refusal of a first sheet without people beside `sheets` (name, hidden, its table).
  static func sheetRefusal(_ sheets: [(String, Bool, CSVTable)]) -> String? {
    var run = RegistrationImport(event: Build.event())
    run.otherSheets = sheets.map { .init(name: $0.0, hidden: $0.1, document: CSVDocument($0.2), readAs: run) }
    do {
      _ = try run.run(Build.table("Registrations 2027", "Read the sheet Data"), into: [])
      return nil
    } catch {
      return error.message
    }
  }

  static let noAddresses = "no column holds e-mail addresses (columns: Registrations 2027); name it with --map COLUMN=email; "
  static let data = Build.table("Email,Full name", "awa@example.cm,Awa Mbarga", "ines@example.cd,Inès Kabila")

  /// A first sheet without people (a title page) beside a sheet that holds them: the refusal
  /// names that sheet and the `--sheet` that reads it.
  @Test func aSheetWithoutPeopleNamesTheSheetThatHasThem() {
    #expect(
      Self.sheetRefusal([("Notes", false, Build.table("Notes", "nothing here")), ("Data", false, Self.data)])
        == Self.noAddresses + "the sheet \"Data\" holds 2 e-mail addresses: read it with --sheet \"Data\"")
  }

  /// A hidden sheet holding an old copy before the visible sheet of people: the refusal names
  /// the visible one (it named the first that held any address, the hidden `Old`).
  @Test func theSheetNamedIsAVisibleOneBeforeAHiddenCopy() {
    let old = Build.table("Email,Full name", "old@example.cm,Old Copy")
    #expect(
      Self.sheetRefusal([("Old", true, old), ("Data", false, Self.data)])
        == Self.noAddresses + "the sheet \"Data\" holds 2 e-mail addresses: read it with --sheet \"Data\"")
    #expect(
      Self.sheetRefusal([("Old", true, old)])
        == Self.noAddresses + "the hidden sheet \"Old\" holds 1 e-mail address: read it with --sheet \"Old\"")
  }

  /// Eventbrite's `Status` column of check-in states: everyone is registered, nothing declined.
  @Test func checkInStatesRegisterEveryone() throws {
    let outcome = try importing([
      "First Name,Last Name,Email,Country,Category,Status",
      "Awa,Mbarga,awa@example.cm,Cameroon,mayor,Not Checked In",
      "Paul,Eto,paul@example.cm,Cameroon,mayor,Checked In",
      "Zara,Haddad,zara@example.org,Lebanon,mayor,Not Checked In",
    ])
    #expect(outcome.participants.map(\.status) == [.registered, .registered, .registered])
    #expect(outcome.report.declined.isEmpty)
    #expect(outcome.report.warnings.isEmpty, "\(outcome.report.warnings)")
  }
}
