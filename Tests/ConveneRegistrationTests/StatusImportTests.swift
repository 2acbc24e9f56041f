import ConveneCSV
import ConveneCore
import Testing

@testable import ConveneRegistration

/// Registration statuses as Eventbrite's attendee export and an organiser's own `Statut` column
/// write them: a negated absence is a registration, an absence takes no place, and a status the
/// language table cannot read is a warning, never a registration read in silence.
@Suite struct StatusImportTests {
  func importing(_ lines: [String], map: [String: ImportField] = [:]) throws
    -> RegistrationImport.Outcome
  {
    try RegistrationImport(event: Build.event(), columnMap: map).run(
      CSVTable(text: lines.joined(separator: "\r\n") + "\r\n"), into: [])
  }

  /// Eventbrite's Portuguese attendee export: `Não vai faltar` (will not miss it) is coming.
  @Test func willNotMissItIsARegistration() throws {
    let outcome = try importing([
      "Nº do pedido,Data do pedido,Nome,Sobrenome,E-mail,Quantidade,Tipo de ingresso,Nº do participante,Status do participante,Cargo,Empresa,Cidade,País",
      "111,2027-03-01 10:00:00,João,Conceição,joao.c@exemplo.mz,1,Jovens,1,Não vai faltar,Estudante,UEM,Maputo,Moçambique",
      "112,2027-03-01 11:00:00,Graça,Simbine,graca.s@exemplo.mz,1,Jovens,2,Vai faltar,Diretora,FDC,Maputo,Moçambique",
    ])
    #expect(outcome.participants.map(\.email) == ["joao.c@exemplo.mz"])
    #expect(outcome.report.declined.map(\.line) == [3])
    #expect(
      !outcome.report.warnings.contains { $0.kind == .unknownStatuses },
      "\(outcome.report.warnings)")
  }

  /// Absences, negated participations and statuses saying the person cannot come in the five
  /// languages, under each language's status header, take no place.
  @Test(arguments: [
    ("Attendee Status", "Absent"), ("Attendee Status", "Non participant"),
    ("Attendee Status", "Did not attend"),
    ("Statut du participant", "N'a pas participé"), ("Statut du participant", "Absente"),
    ("Statut du participant", "Non participant"), ("Estado del asistente", "No participó"),
    ("Estado del asistente", "Ausente"), ("Status do participante", "Ausente"),
    ("Status do participante", "Não participou"), ("الحالة", "غائب"), ("الحالة", "لم يحضر"),
    // A word that reverses an attendance: `Unable to attend` and its kind
    ("Attendee Status", "Unable to attend"), ("Attendee Status", "Failed to attend"),
    ("Statut", "Impossible de participer"), ("Statut", "مستحيل الحضور"), ("Estado", "Imposible asistir"),
    ("Estado", "Incapaz de asistir"), ("Status", "Impossível participar"), ("Status", "Impossível comparecer"),
  ])
  func anAbsenceTakesNoPlace(header: String, status: String) throws {
    let outcome = try importing([
      "Email,Full name,\(header),Category", "a@example.org,Ana Lima,\(status),mayor",
      "b@example.org,Bo Li,Approved,mayor",
    ])
    #expect(outcome.participants.map(\.email) == ["b@example.org"], "\(status)")
    #expect(outcome.report.declined.map(\.line) == [2], "\(status)")
    #expect(outcome.report.warnings.isEmpty, "\(outcome.report.warnings)")
  }

  /// A status no word of the table settles is a warning naming the column and its lines; the
  /// row is read (as registered) only for a caller that accepts the warning.
  @Test func anUnknownStatusIsAWarningNamingColumnAndLines() throws {
    let outcome = try importing([
      "Email,Full name,Statut,Category", "a@example.org,Awa Ndiaye,Inscrite,mayor",
      "b@example.org,Bo Li,Peut-être,mayor", "c@example.org,Cheikh Fall,Non,mayor",
      "d@example.org,Dina Sow,Peut-être,mayor",
    ])
    let warning = try #require(outcome.report.warnings.first { $0.kind == .unknownStatuses })
    #expect(warning.column == "Statut")
    #expect(warning.lines == [3, 4, 5])
    #expect(warning.count == 3)
    #expect(warning.message.hasPrefix("\"Peut-être\", \"Non\" say neither"), "\(warning.message)")
    #expect(outcome.report.declined.isEmpty)
  }

  /// A column the organiser maps to nothing is no status column: its words decide nothing.
  @Test func aStatusColumnMappedToNothingIsNotRead() throws {
    let outcome = try importing(
      [
        "Email,Full name,Estado,Category", "a@example.org,Ana Lima,Jalisco,mayor",
        "b@example.org,Bo Li,Cancelado,mayor",
      ],
      map: ["Estado": .ignore])
    #expect(outcome.participants.map(\.email) == ["a@example.org", "b@example.org"])
    #expect(outcome.report.warnings.isEmpty, "\(outcome.report.warnings)")
  }

  /// A word the table does not know beside an attendance is a warning, never a registration.
  @Test func anUnknownWordBeforeAnAttendanceIsAWarning() throws {
    let outcome = try importing([
      "Email,Full name,Statut,Category", "a@example.org,Ana Lima,Empêchée de participer hélas,mayor",
    ])
    let warning = try #require(outcome.report.warnings.first { $0.kind == .unknownStatuses })
    #expect(warning.lines == [2])
  }

  /// Eventbrite's attendee export with waiting-list statuses: those people join the waitlist in
  /// registration order and hold no place, while the others keep theirs.
  @Test(arguments: [
    "Waitlisted", "Waitlist", "On waitlist", "En liste d'attente", "Lista de espera", "Em lista de espera",
    "قائمة الانتظار",
  ])
  func aWaitingListStatusJoinsTheWaitlist(status: String) throws {
    let outcome = try importing([
      "Order #,Order Date,First Name,Last Name,Email,Quantity,Ticket Type,Attendee #,Attendee Status,Category",
      "100001,2027-01-05 10:00:00,Samir,Haddad,samir@example.org,1,General,1,\(status),mayor",
      "100002,2027-01-06 10:00:00,Hala,Nasser,hala@example.org,1,General,2,Attending,mayor",
    ])
    let people = Dictionary(uniqueKeysWithValues: outcome.participants.map { ($0.email, $0.status) })
    #expect(people["samir@example.org"] == .waitlisted, "\(status)")
    #expect(people["hala@example.org"] == .registered, "\(status)")
    #expect(outcome.report.added.map(\.waitlisted) == [true, false])
    #expect(outcome.report.warnings.isEmpty, "\(outcome.report.warnings)")
  }

  /// Only `kept`, on line 2, was imported; line 3 was declined through `statusColumn`, silently.
  func expectSecondRowDeclined(_ outcome: RegistrationImport.Outcome, keeping kept: String, statusColumn: String) {
    #expect(outcome.participants.map(\.email) == [kept], "\(statusColumn)")
    #expect(outcome.report.declined.map(\.line) == [3], "\(statusColumn)")
    #expect(outcome.report.statusColumns == [statusColumn])
    #expect(outcome.report.warnings.isEmpty, "\(outcome.report.warnings)")
  }

  /// Eventbrite's orders export (`Order Status`) and its French, Spanish and Portuguese
  /// wordings, and `Estado de inscripción`: refunded and cancelled orders take no place.
  @Test(arguments: [
    ("Order Status", "Completed", "Refunded"), ("Order Status", "Completed", "Cancelled"),
    ("Statut de la commande", "Payée", "Remboursée"), ("Estado del pedido", "Completado", "Reembolsado"),
    ("Status do pedido", "Concluído", "Cancelado"), ("Estado de inscripción", "Confirmada", "Cancelada"),
  ])
  func anOrderStatusIsRead(header: String, kept: String, refused: String) throws {
    let outcome = try importing([
      "Order #,Order Date,First Name,Last Name,Email,Quantity,Ticket Type,\(header),Country,Category",
      "100001,2027-01-05 10:00:00,Samir,Haddad,samir@example.org,1,General,\(kept),Syria,mayor",
      "100002,2027-01-06 10:00:00,Hala,Nasser,hala@example.org,1,General,\(refused),Syria,mayor",
    ])
    expectSecondRowDeclined(outcome, keeping: "samir@example.org", statusColumn: header)
    #expect(!outcome.report.ignoredColumns.contains(header))
  }

  /// Google Forms' "Event RSVP" template (`Can you attend?`) and the hubs' questions and
  /// columns whether the person will come: a no, or a status word, takes no place.
  @Test(arguments: [
    ("Can you attend?", "Yes,  I'll be there", "Sorry, can't make it"), ("¿Puedes asistir?", "Sí", "Lo siento, no puedo ir"),
    ("Participerez-vous ?", "Oui", "Non"), ("هل ستحضر؟", "نعم", "لا"), ("Vous serez présent ?", "Oui", "Non"),
    ("Attendance", "Attending", "Not attending"), ("Présence", "Présent", "Absent"), ("Réponse", "Oui", "Décliné"),
    ("RSVP", "Yes", "No"), ("Vai participar?", "Sim", "Não"),
  ])
  func anRSVPQuestionIsRead(header: String, yes: String, no: String) throws {
    let outcome = try importing([
      "Timestamp,What is your name?,Email Address,\(header),How many of you are attending?,Country,Category",
      "2027-03-01 10:02:11,Mona Khalil,mona@example.org,\"\(yes)\",1,Lebanon,mayor",
      "2027-03-02 11:02:11,Rami Saad,rami@example.org,\"\(no)\",0,Lebanon,mayor",
    ])
    expectSecondRowDeclined(outcome, keeping: "mona@example.org", statusColumn: header)
  }

  /// An answer neither yes nor no nor a status (`Maybe`) is a warning, as a status is.
  @Test func aDoubtfulAnswerIsAWarning() throws {
    let outcome = try importing([
      "Email,Full name,Can you attend?,Category", "a@example.org,Ana Lima,Maybe,mayor",
    ])
    let warning = try #require(outcome.report.warnings.first { $0.kind == .unknownStatuses })
    #expect(warning.column == "Can you attend?")
  }

  /// A column read as nothing whose answers are status words of refusal or waiting is a
  /// warning naming it and its lines, never a silent registration; a bare `No` to an unknown
  /// question is not one.
  @Test func anUnreadColumnOfStatusWordsIsAWarning() throws {
    let outcome = try importing([
      "Email,Full name,Will you be joining us in Dakar?,Do you need a visa?,Category",
      "a@example.org,Ana Lima,Attending,No,mayor", "b@example.org,Bo Li,Not attending,No,mayor",
      "c@example.org,Cheikh Fall,Lista de espera,Yes,mayor",
    ])
    let warning = try #require(outcome.report.warnings.first { $0.kind == .unreadStatuses })
    #expect(warning.column == "Will you be joining us in Dakar?")
    #expect(warning.lines == [3, 4])
    #expect(warning.count == 2)
    #expect(outcome.report.warnings.filter { $0.kind == .unreadStatuses }.count == 1)
  }
}

/// A "no" written as a mark, as organisers tick off confirmations in a sheet or a form's chips
/// answer: a cross takes no place, a tick keeps the registration, and a symbol the table does
/// not know is a warning; only an empty cell, `-` or `N/A` says nothing.
@Suite struct StatusMarkImportTests {
  func importing(_ lines: [String]) throws -> RegistrationImport.Outcome {
    try RegistrationImport(event: Build.event(), columnMap: [:]).run(
      CSVTable(text: lines.joined(separator: "\r\n") + "\r\n"), into: [])
  }

  /// Each cross, alone or after a status word, under each status or RSVP header, is declined.
  @Test(arguments: ["Status", "Présence", "Attendance", "RSVP", "Participerez-vous ?"], [
    "❌", "✗", "✘", "✖", "🚫", "👎", "👎🏽", "❌️", "Registered ✗", "☒", "×", "✕",
  ])
  func aCrossIsDeclined(header: String, status: String) throws {
    let outcome = try importing([
      "Email,Full name,\(header),Category", "a@example.org,Ana Lima,\(status),mayor",
      "b@example.org,Bo Li,✅,mayor",
    ])
    #expect(outcome.participants.map(\.email) == ["b@example.org"], "\(header): \(status)")
    #expect(outcome.report.declined.map(\.line) == [2], "\(header): \(status)")
    #expect(outcome.report.warnings.isEmpty, "\(outcome.report.warnings)")
  }

  /// The tester's Google Forms answers: `✅ Oui` registers, the crosses decline.
  @Test func aFormsRSVPWithMarksIsRead() throws {
    let outcome = try importing([
      "Email,Full name,Participerez-vous ?,Category", "a@example.org,Ana Lima,✅ Oui,mayor",
      "b@example.org,Bo Li,❌,mayor", "c@example.org,Cy Ba,🚫,mayor", "d@example.org,Di Ka,👎,mayor",
      "e@example.org,Ed Mo,✗,mayor", "f@example.org,Fa Ni,Non ❌,mayor", "g@example.org,Gu Ro,✔ Oui,mayor",
    ])
    #expect(outcome.participants.map(\.email) == ["a@example.org", "g@example.org"])
    #expect(outcome.report.declined.map(\.line) == [3, 4, 5, 6, 7])
    #expect(outcome.report.warnings.isEmpty, "\(outcome.report.warnings)")
  }

  /// A symbol the table does not know (an empty box), a letter X, or a mark that contradicts the words: a
  /// warning naming the column and lines, never a registration read in silence.
  @Test(arguments: [
    ("Status", "⭐"), ("Status", "☐"), ("Status", "X"), ("Status", "x"), ("Status", "Registered ⭐"),
    ("Participerez-vous ?", "❌ Oui"), ("RSVP", "✅ No"),
  ])
  func anUnknownMarkIsAWarning(header: String, status: String) throws {
    let outcome = try importing([
      "Email,Full name,\(header),Category", "a@example.org,Ana Lima,\(status),mayor",
    ])
    let warning = try #require(outcome.report.warnings.first { $0.kind == .unknownStatuses }, "\(status)")
    #expect(warning.column == header)
    #expect(warning.lines == [2])
  }

  /// An empty cell, a dash or N/A says nothing: the registration stands, without a warning.
  @Test(arguments: ["", "-", "N/A", "—"])
  func aPlaceholderSaysNothing(status: String) throws {
    let outcome = try importing([
      "Email,Full name,Status,Category", "a@example.org,Ana Lima,\(status),mayor",
    ])
    #expect(outcome.participants.map(\.email) == ["a@example.org"], "\(status)")
    #expect(outcome.report.warnings.isEmpty, "\(status): \(outcome.report.warnings)")
  }
}
