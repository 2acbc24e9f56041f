import Foundation
import Testing

/// A new user's import findings with the exports of Arab-state, West African and Latin
/// American hubs: a departure given as a date only, consent questions in French, Portuguese,
/// Spanish and Arabic, Microsoft Teams' guest names, Maghreb municipal councillors,
/// `Company Name`, Eventbrite's attendee status and a name made of direction marks. Each file
/// is made as the tool writes it (Google Forms' pt-BR CSV, a UTF-16 Teams report through iconv,
/// Eventbrite's attendee export).
@Suite struct ImportRegionalFindingsTests {
  /// A two-day regional workshop (10 and 11 May 2027, Bogotá) in Spanish, Portuguese and English.
  static func latinAmericanWorkshop(_ convene: ConveneRunner) throws -> String {
    let ws = convene.path("ws-la")
    let made = try convene.run(
      "init", ws, "--kind", "regional-workshop", "--start", "2027-05-10", "--timezone", "America/Bogota")
    #expect(made.status == 0, "\(made.error)")
    let event = ws + "/event.json"
    let text = try String(contentsOfFile: event, encoding: .utf8)
    #expect(text.contains(#""languages": ["en", "fr"]"#))
    try text.replacingOccurrences(of: #""languages": ["en", "fr"]"#, with: #""languages": ["es", "pt", "en"]"#)
      .write(toFile: event, atomically: true, encoding: .utf8)
    return ws
  }

  /// When `schedule.json` starts the session `id`.
  static func start(of id: String, in ws: String) throws -> String {
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: ws + "/schedule.json")))
    let sessions = try #require((json as? [String: Any])?["sessions"] as? [[String: Any]])
    return try #require(sessions.first { $0["id"] as? String == id }?["start"] as? String)
  }

  /// Google Forms' pt-BR export: a date-only arrival and departure, and the consent question
  /// "Você autoriza a divulgação do seu nome?".
  static let brazilianForm =
    "Carimbo de data/hora,Endereço de e-mail,Nome,Sobrenome,Cidade,País,Data de chegada,Data de partida,"
    + "Você autoriza a divulgação do seu nome?\r\n"
    + "12/01/2027 10:05:31,ana.souza@recife.example.org,Ana Paula,Souza Lima,Recife,Brasil,09/05/2027,12/05/2027,"
    + "\"Sim, mas sem foto\"\r\n"
    + "13/01/2027 11:05:31,joao@bh.example.org,João,da Silva,Belo Horizonte,Brasil,09/05/2027,11/05/2027,Sim\r\n"
    + "14/01/2027 09:15:02,maria@lima.example.org,María José,García,Lima,Peru,10/05/2027,12/05/2027,Não\r\n"

  /// A new workshop with `brazilianForm` imported day first: the runner, the workspace, the result.
  static func brazilianFormImported() throws -> (ConveneRunner, String, ConveneRunner.Result) {
    try imported(brazilianForm, as: "respostas.csv", "--date-order", "dmy", "--accept-warnings")
  }

  /// `text` written as the file `name` and imported, with `arguments`, into a new workshop,
  /// which must succeed: the runner, the workspace, the result.
  static func imported(_ text: String, as name: String, _ arguments: String...) throws
    -> (ConveneRunner, String, ConveneRunner.Result)
  {
    let convene = ConveneRunner()
    let ws = try latinAmericanWorkshop(convene)
    let file = try convene.write(text, to: name)
    let result = try convene.run(["participants", "import", file, "--workspace", ws] + arguments)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    return (convene, ws, result)
  }

  /// Makes João (p002) the speaker of the closing plenary, which the workshop wants on day 2,
  /// and schedules.
  static func scheduleJoaoAtTheClosing(_ convene: ConveneRunner, _ ws: String) throws -> ConveneRunner.Result {
    let sessions = ws + "/sessions.csv"
    let table = try String(contentsOfFile: sessions, encoding: .utf8)
    let closing = "closing,Closing plenary and commitments,plenary,60,"
    #expect(table.contains(closing + ","))
    try table.replacingOccurrences(of: closing + ",", with: closing + "p002,")
      .write(toFile: sessions, atomically: true, encoding: .utf8)
    return try convene.run("schedule", "--workspace", ws, "--time-limit", "3")
  }

  @Test func aDepartureGivenAsADateOnlyKeepsThePersonThereAllThatDay() throws {
    let (convene, ws, _) = try Self.brazilianFormImported()
    let joao = try #require(try convene.participantRow(ws, email: "joao@bh.example.org"))
    #expect(joao.contains(",2027-05-09 00:00,2027-05-11 23:59,"), "\(joao)")

    // João speaks at the closing plenary, on the event's last day, the day he leaves: the
    // scheduler keeps it there.
    let scheduled = try Self.scheduleJoaoAtTheClosing(convene, ws)
    #expect(scheduled.status == 0, "\(scheduled.output)\(scheduled.error)")
    #expect(scheduled.output.contains("Score 0hard/0medium/0soft"), "\(scheduled.output)")
    #expect(try Self.start(of: "closing", in: ws).hasPrefix("2027-05-11T"), "\(scheduled.output)")
  }

  @Test func aBareDepartureDateWrittenInParticipantsCsvIsTheEndOfThatDay() throws {
    let (convene, ws, _) = try Self.brazilianFormImported()
    // The organiser writes João's departure by hand, as a date.
    let path = ws + "/participants.csv"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains(",2027-05-11 23:59,,,yes,"))
    try text.replacingOccurrences(of: ",2027-05-11 23:59,,,yes,", with: ",2027-05-11,,,yes,").write(
      toFile: path, atomically: true, encoding: .utf8)
    let scheduled = try Self.scheduleJoaoAtTheClosing(convene, ws)
    #expect(scheduled.output.contains("Score 0hard/0medium/0soft"), "\(scheduled.output)")
    #expect(try Self.start(of: "closing", in: ws).hasPrefix("2027-05-11T"), "\(scheduled.output)")
  }

  @Test func aPortugueseConsentQuestionIsReadAsConsent() throws {
    let (convene, ws, result) = try Self.brazilianFormImported()
    #expect(result.output.contains("Você autoriza a divulgação do seu nome? -> publish_name"), "\(result.output)")
    #expect(try convene.participantRow(ws, email: "joao@bh.example.org")?.hasSuffix(",yes,registered") == true)
    // A yes with a condition and a no are no consent.
    #expect(try convene.participantRow(ws, email: "ana.souza@recife.example.org")?.hasSuffix(",no,registered") == true)
    #expect(try convene.participantRow(ws, email: "maria@lima.example.org")?.hasSuffix(",no,registered") == true)
  }

  /// Consent questions as hubs write them: each is the consent, not a name column, and a yes
  /// publishes the name. A consent to photographs stays no consent to publish the name, though
  /// it shares the consent question's words (`diffusion`, `autoriza`).
  @Test(arguments: [
    ("Você concorda com a divulgação do seu nome na lista de participantes?", "Sim", "publish_name", "yes"),
    ("¿Autoriza que su nombre aparezca en la lista pública de participantes?", "Sí", "publish_name", "yes"),
    ("Autorisez-vous la diffusion de votre nom ?", "Oui", "publish_name", "yes"),
    ("J'accepte que mon nom figure sur la liste des participants", "Oui", "publish_name", "yes"),
    ("هل تسمح بنشر اسمك؟", "نعم", "publish_name", "yes"),
    ("أوافق على ظهور اسمي في قائمة المشاركين", "نعم", "publish_name", "yes"),
    ("Autorisez-vous la diffusion de votre image ?", "Oui", "ignore", "no"),
    ("Você autoriza a divulgação de fotos suas?", "Sim", "ignore", "no"),
    ("¿Autoriza que su imagen aparezca en las redes sociales?", "Sí", "ignore", "no"),
  ])
  func aConsentQuestionIsNoNameColumn(question: String, yes: String, field: String, stored: String) throws {
    let (convene, ws, result) = try Self.imported(
      "Email,Nome completo,País,Categoría,\"\(question)\"\r\n"
        + "ana@recife.example.org,Ana Souza,Brasil,Vereadora,\(yes)\r\n", as: "consent.csv")
    #expect(result.output.contains("\(question) -> \(field)"), "\(result.output)")
    let row = try #require(try convene.participantRow(ws, email: "ana@recife.example.org"))
    #expect(row.hasPrefix("p001,Ana Souza,") && row.hasSuffix(",\(stored),registered"), "\(row)")
  }

  /// A French Teams attendance report as Teams saves it: UTF-16 with a byte-order mark,
  /// tab-separated, a summary block first.
  @Test func teamsGuestMarksAndFamilyNameFirstAreNoPartOfTheName() throws {
    let convene = ConveneRunner()
    let ws = try Self.latinAmericanWorkshop(convene)
    let report =
      "\u{FEFF}1. Résumé\r\nTitre de la réunion\tRéunion préparatoire Dakar\r\nParticipants présents\t4\r\n\r\n"
      + "2. Participants\r\n"
      + "Nom\tPremière entrée\tDernière sortie\tDurée de la réunion\tE-mail\tIdentifiant du participant (UPN)\tRôle\r\n"
      + "Moussa Diop (Invité)\t11/01/2027 09:58:12\t11/01/2027 11:02:40\t1 h 4 min\tmoussa.diop@dakar.example.org\t"
      + "moussa.diop@dakar.example.org\tPrésentateur\r\n"
      + "Ndiaye, Khady (Externe)\t11/01/2027 10:01:00\t11/01/2027 11:00:00\t59 min\tkhady.ndiaye@thies.example.org\t"
      + "khady.ndiaye@thies.example.org\tParticipant\r\n"
      + "Ibou Fall (Non vérifié)\t11/01/2027 10:05:00\t11/01/2027 10:30:00\t25 min\tibou.fall@louga.example.org\t\tParticipant\r\n"
      + "Layla Haddad (Guest)\t11/01/2027 10:05:00\t11/01/2027 10:30:00\t25 min\tlayla@beirut.example.org\t\tParticipant\r\n"
      + "Awa Ndiaye (Dakar)\t11/01/2027 10:05:00\t11/01/2027 10:30:00\t25 min\tawa@dakar.example.org\t\tParticipant\r\n"
      + "Sow, Aminata\t11/01/2027 10:05:00\t11/01/2027 10:30:00\t25 min\taminata@dakar.example.org\t\tParticipant\r\n"
      + "Fatou Sall, PhD\t11/01/2027 10:05:00\t11/01/2027 10:30:00\t25 min\tfatou@dakar.example.org\t\tParticipant\r\n"
    let file = try convene.iconv(report, to: "UTF-16LE", as: "teams-fr.csv")
    #expect(convene.bytes(file).prefix(2) == Data([0xFF, 0xFE]))
    let result = try convene.run("participants", "import", file, "--workspace", ws, "--accept-warnings")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    let names = try convene.participantsText(ws).components(separatedBy: "\r\n").dropFirst()
      .compactMap { $0.split(separator: ",").dropFirst().first.map(String.init) }
    #expect(
      names == [
        "Moussa Diop", "Khady Ndiaye", "Ibou Fall", "Layla Haddad", "Awa Ndiaye (Dakar)", "Aminata Sow", "\"Fatou Sall",
      ])
    #expect(try convene.participantRow(ws, email: "fatou@dakar.example.org")?.hasPrefix("p007,\"Fatou Sall, PhD\",") == true)
    #expect(
      result.output.contains("teams-fr.csv:8: name: \"Ndiaye, Khady (Externe)\" is a meeting tool's display name; read as \"Khady Ndiaye\""),
      "\(result.output)")

    // In a form, a name written family name first is kept as written.
    let (formRunner, form, _) = try Self.imported(
      "Email,Full name,Country\r\nawa@dakar.example.org,\"Ndiaye, Awa\",Senegal\r\n", as: "form.csv", "--accept-warnings")
    #expect(try formRunner.participantRow(form, email: "awa@dakar.example.org")?.hasPrefix("p001,\"Ndiaye, Awa\",") == true)
  }

  @Test func maghrebMunicipalCouncillorsAreLocalOfficials() throws {
    let (convene, ws, result) = try Self.imported(
      "Email,Full name,Country,Category\r\n"
        + "q1@x.example.org,Amal Ben Salah,Tunisie,مستشارة بلدية\r\n"
        + "q2@x.example.org,Karim Ben Salah,Tunisie,مستشار بلدي\r\n"
        + "q3@x.example.org,Nour Trabelsi,Tunisie,مستشار في المجلس البلدي\r\n"
        + "q4@x.example.org,Sami Trabelsi,Maroc,مستشار جماعي\r\n"
        + "q5@x.example.org,Hind Alaoui,Maroc,مستشار\r\n", as: "councillors.csv")
    for email in ["q1", "q2", "q3", "q4"] {
      #expect(try convene.participantRow(ws, email: "\(email)@x.example.org")?.contains(",local-official,") == true, "\(email)")
    }
    // A consultant, without the council, stays a practitioner.
    #expect(try convene.participantRow(ws, email: "q5@x.example.org")?.contains(",practitioner,") == true)
  }

  @Test func aCompanyNameColumnIsTheOrganisation() throws {
    let (convene, ws, result) = try Self.imported(
      "First Name,Last Name,Email,Company Name,Country,Category\r\n"
        + "Layla,Haddad,layla@beirut.example.org,Municipality of Beirut,Lebanon,Mayor\r\n", as: "company.csv")
    #expect(result.output.contains("Company Name -> organisation"), "\(result.output)")
    #expect(
      try convene.participantRow(ws, email: "layla@beirut.example.org")
        == "p001,Layla Haddad,layla@beirut.example.org,mayor,,Municipality of Beirut,,LB,Middle East and North Africa,,,,,,,,,,no,registered")
  }

  /// Eventbrite's attendee export: the buyer's columns, `Company`, and `Attendee Status`.
  @Test func eventbriteAttendeesNotAttendingOrRefundedTakeNoPlace() throws {
    let (convene, ws, result) = try Self.imported(
      "Order #,Order Date,Buyer First Name,Buyer Last Name,Buyer Email,First Name,Last Name,Email,Quantity,Ticket Type,"
        + "Attendee #,Order Type,Attendee Status,Job Title,Company,Home City,Home Country\r\n"
        + "1234567890123,2027-01-10 10:03:11-05:00,Claire,Dubois,secretariat@lyon.example.org,Léa,Martin,"
        + "lea.martin@lyon.example.org,1,General Admission,1111111111,Free Order,Attending,Adjointe au maire,Ville de Lyon,Lyon,France\r\n"
        + "1234567890123,2027-01-10 10:03:11-05:00,Claire,Dubois,secretariat@lyon.example.org,Hugo,Bernard,"
        + "hugo.bernard@lyon.example.org,1,General Admission,1111111112,Free Order,Not Attending,Conseiller municipal,"
        + "Ville de Lyon,Lyon,France\r\n"
        + "1234567890124,2027-01-11 09:00:00-05:00,Sofia,Ruiz,sofia@bcn.example.org,Sofia,Ruiz,sofia@bcn.example.org,1,"
        + "General Admission,1111111113,Free Order,Refunded,Regidora,Ajuntament de Barcelona,Barcelona,Spain\r\n"
        + "1234567890125,2027-01-12 09:00:00-05:00,Ana,Lopes,ana@porto.example.org,Ana,Lopes,ana@porto.example.org,1,"
        + "General Admission,1111111114,Free Order,Checked In,Vereadora,Câmara do Porto,Porto,Portugal\r\n",
      as: "eventbrite.csv", "--map", "Job Title=category")
    #expect(result.output.contains("  declined   2\n"), "\(result.output)")
    #expect(result.output.contains("eventbrite.csv:3: Hugo Bernard <hugo.bernard@lyon.example.org>: Not Attending\n"), "\(result.output)")
    #expect(result.output.contains("eventbrite.csv:4: Sofia Ruiz <sofia@bcn.example.org>: Refunded\n"), "\(result.output)")
    let rows = try convene.participantsText(ws)
    #expect(!rows.contains("hugo.bernard@") && !rows.contains("sofia@bcn"), "\(rows)")
    #expect(try convene.participantRow(ws, email: "lea.martin@lyon.example.org")?.hasPrefix("p001,Léa Martin,lea.martin@lyon.example.org,mayor,,Ville de Lyon,") == true)
    #expect(try convene.participantRow(ws, email: "ana@porto.example.org")?.hasPrefix("p002,Ana Lopes,ana@porto.example.org,local-official,,Câmara do Porto,") == true)
  }

  @Test func checkReportsANameMadeOfDirectionMarksOnly() throws {
    let (convene, ws, _) = try Self.imported(
      "Email,Full name,Country,Category\r\n"
        + "real@x.example.org,Ana Souza,Brasil,Vereadora\r\n"
        + "marks@x.example.org,\u{200F}\u{200E},Brasil,Vereadora\r\n", as: "marks.csv", "--accept-warnings")
    #expect(try convene.participantRow(ws, email: "marks@x.example.org")?.hasPrefix("p002,\u{200F}\u{200E},") == true)
    let checked = try convene.run("check", "--workspace", ws)
    let said = checked.output + checked.error
    #expect(said.contains("participants.csv:3: name: the name holds no letter (U+200F"), "\(said)")
    #expect(said.contains("U+200E") && said.contains("nothing of it can be read"), "\(said)")
    #expect(!said.contains("0 warnings"), "\(said)")
  }

  /// A name of tatweels only (`ـــ`, the line that stretches Arabic letters): a placeholder on
  /// import, and `check` says it holds no letter.
  @Test func aNameOfTatweelsOnlyIsWarnedOnImportAndByCheck() throws {
    let csv =
      "Email,Full name,Country,Category\r\n" + "real@x.example.org,Ana Quispe,Peru,Youth\r\n"
      + "inv12@x.example.org,\"\u{640}\u{640}\u{640}\",Peru,Youth\r\n"
    let convene = ConveneRunner()
    let ws = try Self.latinAmericanWorkshop(convene)
    let refused = try convene.run("participants", "import", try convene.write(csv, to: "tatweel.csv"), "--workspace", ws)
    #expect(refused.status == 1, "\(refused.output)\(refused.error)")
    #expect((refused.output + refused.error).contains("placeholder for a name"), "\(refused.output)\(refused.error)")
    #expect(try convene.participantRow(ws, email: "inv12@x.example.org") == nil)
    let accepted = try Self.imported(csv, as: "tatweel.csv", "--accept-warnings")
    #expect(try accepted.0.participantRow(accepted.1, email: "inv12@x.example.org")?.hasPrefix("p002,\u{640}\u{640}\u{640},") == true)
    let checked = try accepted.0.run("check", "--workspace", accepted.1)
    let said = checked.output + checked.error
    #expect(said.contains("participants.csv:3: name: the name holds no letter (U+0640"), "\(said)")
    #expect(!said.contains("0 warnings"), "\(said)")
  }

  /// Month names, country spellings and titles the hubs write, read where they were refused.
  @Test func theHubsMonthNamesCountriesAndTitlesAreRead() throws {
    let (convene, ws, result) = try Self.imported(
      "Email,Full name,Country,Category,Arrival date\r\n"
        + "a@x.example.org,Marie Leblanc,Guyane,Bourgmestre,10 mai 2027 à 14h30\r\n"
        + "b@x.example.org,Awa Kone,cote_d_ivoire,Ministre,lundi 10 mai 2027\r\n"
        + "c@x.example.org,Lucía Pérez,México,Presidente municipal,10 de mayo de 2027\r\n"
        + "d@x.example.org,سعاد العلوي,المغرب,مستشارة جماعية,١٠ ماي ٢٠٢٧\r\n", as: "hubs.csv")
    let rows = try convene.participantsText(ws).components(separatedBy: "\r\n")
      .map { $0.split(separator: ",", omittingEmptySubsequences: false) }.filter { $0.count > 15 }.dropFirst()
      .map { [$0[3], $0[7], $0[14]].joined(separator: " ") }
    #expect(
      rows == [
        "mayor GF 2027-05-10 14:30", "national-government CI 2027-05-10 00:00", "mayor MX 2027-05-10 00:00",
        "local-official MA 2027-05-10 00:00",
      ])
  }

  @Test func aCodePage850FileNamesTheEncodingToGive() throws {
    let convene = ConveneRunner()
    let ws = try Self.latinAmericanWorkshop(convene)
    let before = try convene.participantsText(ws)
    let file = try convene.iconv(
      "Marca temporal,Dirección de correo electrónico,Nombre completo,Ciudad,País\r\n"
        + "13/01/2027 10:00:00,ana@x.example.org,Ana María Núñez,Bogotá,Colombia\r\n", to: "CP850", as: "msdos.csv")
    let refused = try convene.run("participants", "import", file, "--workspace", ws, "--accept-warnings")
    #expect(refused.status == 1)
    #expect(refused.error.contains("(it reads as words in CP850: try --encoding CP850)"), "\(refused.error)")
    #expect(try convene.participantsText(ws) == before)
    let given = try convene.run(
      "participants", "import", file, "--workspace", ws, "--accept-warnings", "--encoding", "CP850")
    #expect(given.status == 0, "\(given.output)\(given.error)")
    #expect(try convene.participantRow(ws, email: "ana@x.example.org")?.hasPrefix("p001,Ana María Núñez,") == true)
  }
}
