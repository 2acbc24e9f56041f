import Foundation
import Testing

/// A seventh tester's remaining wordings, each file made as the tester made it (the meeting
/// tools' real headers, iconv to UTF-16, openpyxl workbooks): meeting reports' join and leave
/// columns in French, Spanish and Portuguese, years of birth in an age column, languages with
/// a level or a dash, Microsoft Forms answered from a shared account, KoboToolbox needs as
/// choice names, device names in Arabic script and Romance languages.
extension TesterImportTests {
  static let emptyRow = ",,,,,,,,,,,,,,,no,registered"

  /// Teams and Zoom attendance reports in French, Spanish and Portuguese: the time each person
  /// left the call is no departure from the event, and no `--date-order` is asked for it.
  @Test(arguments: [
    (
      "teams-fr.csv", "UTF-8",
      "Nom,Première participation,Dernier départ,Durée de la réunion,E-mail,ID du participant (UPN),Rôle\r\n"
        + "Ana Silva,\"3/10/2027, 9:00:00 AM\",\"3/10/2027, 10:15:00 AM\",1h,ana@example.org,ana@example.org,Participant\r\n",
      "Dernier départ -> ignore"
    ),
    (
      "zoom-es.csv", "UTF-8",
      "Nombre (nombre original),Correo electrónico,Hora de entrada,Hora de salida,Duración (minutos),Invitado\r\n"
        + "Ana Silva,ana@example.org,03/10/2027 09:00:00 AM,03/10/2027 10:15:00 AM,75,No\r\n",
      "Hora de salida -> ignore"
    ),
    (
      "zoom-fr.csv", "UTF-8",
      "Nom (nom original),E-mail de l’utilisateur,Heure d’arrivée,Heure de départ,Durée (minutes),Invité\r\n"
        + "Ana Silva,ana@example.org,03/10/2027 09:00:00 AM,03/10/2027 10:15:00 AM,75,Non\r\n",
      "Heure d’arrivée -> ignore, Heure de départ -> ignore"
    ),
    (
      "teams-pt.csv", "UTF-16",
      "1. Resumo\r\nTítulo da reunião\tRede de cidades\r\n\r\n2. Participantes\r\n"
        + "Nome\tPrimeira entrada\tÚltima saída\tDuração da reunião\tEmail\tID do participante (UPN)\tFunção\r\n"
        + "Ana Silva\t3/10/27, 9:00:00 AM\t3/10/27, 11:00:00 AM\t2h\tana@example.org\tana@example.org\tOrganizador\r\n",
      "Última saída -> ignore"
    ),
  ])
  func aMeetingReportsLeaveTimeIsNoDeparture(file: String, encoding: String, text: String, shown: String) throws {
    let convene = ConveneRunner()
    let ws = try Self.hubMENA(convene)
    let path = try convene.iconv(text, to: encoding, as: file)
    let result = try convene.run("participants", "import", path, "--workspace", ws, "--accept-warnings")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains(shown), "\(result.output)")
    #expect(!result.output.contains("-> departure") && !result.output.contains("-> arrival"), "\(result.output)")
    #expect(try convene.participantRow(ws, email: "ana@example.org") == "p001,Ana Silva,ana@example.org," + Self.emptyRow)

    // Named with --map, the column is read as the organiser says.
    let column = file == "zoom-es.csv" ? "Hora de salida" : nil
    if let column {
      let mapped = try convene.run(
        "participants", "import", path, "--workspace", ws, "--accept-warnings", "--update", "--map", "\(column)=departure",
        "--date-order", "mdy")
      #expect(mapped.status == 0, "\(mapped.output)\(mapped.error)")
      #expect(try convene.participantRow(ws, email: "ana@example.org")?.contains(",2027-03-10 10:15,") == true)
    }
  }

  /// A registration form's arrival and departure beside a length of stay are still read.
  @Test func aFormsDepartureBesideALengthOfStayIsRead() throws {
    let (convene, ws, result) = try Self.importIntoHub(
      "Full name,Email,Category,Fecha de llegada,Fecha de salida,Duración de la estancia\r\n"
        + "Ana Silva,ana@example.org,Mayor,2027-03-07,2027-03-10,3 noches\r\n",
      as: "form.csv")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(
      try convene.participantRow(ws, email: "ana@example.org")
        == "p001,Ana Silva,ana@example.org,mayor,,,,,,,,,,,2027-03-07 00:00,2027-03-10 23:59,,,no,registered")
  }

  /// A year of birth typed into an age column (`1980`, `١٩٨٠`, a spreadsheet's `1980.0`) is
  /// refused naming line and field, never read as an age of 1980 or dropped; the ages around
  /// it, `47.0` included, are read.
  @Test func aYearOfBirthInAnAgeColumnIsRefusedAsOne() throws {
    let convene = ConveneRunner()
    let ws = try Self.hubMENA(convene)
    let before = convene.bytes(ws + "/participants.csv")
    let file = try convene.write(
      "Full name,Email Address,Category,Âge\r\nAwa Ndiaye,awa@example.sn,Mayor,47\r\nOmar Sy,omar@example.sn,Mayor,1980\r\n"
        + "Lina Saad,lina@example.lb,Mayor,١٩٨٠\r\nKarim Haddad,karim@example.lb,Mayor,1980.0\r\n"
        + "Salma Idrissi,salma@example.ma,Mayor,47.0\r\n",
      to: "ages.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 1)
    let because = "is a year of birth, not an age (write the age on the event's first day, or an age group such as 45-54)"
    #expect(
      result.output.contains(
        "  \(file):3: age_group: \"1980\" \(because)\n  \(file):4: age_group: \"١٩٨٠\" \(because)\n"
          + "  \(file):5: age_group: \"1980.0\" \(because)\n"), "\(result.output)")
    #expect(convene.bytes(ws + "/participants.csv") == before)

    let skipped = try convene.run("participants", "import", file, "--workspace", ws, "--skip-invalid")
    #expect(skipped.status == 0, "\(skipped.output)\(skipped.error)")
    #expect(try convene.participantRow(ws, email: "omar@example.sn") == nil)
    #expect(try convene.participantRow(ws, email: "lina@example.lb") == nil)
    #expect(try convene.participantRow(ws, email: "karim@example.lb") == nil)
    #expect(try convene.participantRow(ws, email: "awa@example.sn") == "p001,Awa Ndiaye,awa@example.sn,mayor,,,,,,,45-54,,,,,,,,no,registered")
    #expect(try convene.participantRow(ws, email: "salma@example.ma")?.contains(",mayor,,,,,,,45-54,") == true)
  }

  /// Languages separated by a dash, or given with a level in brackets, are read as their
  /// languages, with no note.
  @Test func languagesWithADashOrALevelAreRead() throws {
    let (convene, ws, result) = try Self.importIntoHub(
      "Full name,Email Address,Category,Langues\r\n"
        + "Awa Ndiaye,awa@example.sn,Mayor,العربية - الفرنسية\r\nOmar Sy,omar@example.sn,Mayor,Français - Anglais\r\n"
        + "Lina Saad,lina@example.lb,Mayor,English (fluent)\r\nKarim Haddad,karim@example.lb,Mayor,Français (B2)\r\n"
        + "Salma Idrissi,salma@example.ma,Mayor,\"Français (langue maternelle), Anglais (courant)\"\r\n"
        + "Rui Costa,rui@example.pt,Mayor,Árabe – Português\r\n",
      as: "langs.csv")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(!result.output.contains("Notes:"), "\(result.output)")
    for (email, codes) in [
      ("awa@example.sn", "ar;fr"), ("omar@example.sn", "fr;en"), ("lina@example.lb", "en"), ("karim@example.lb", "fr"),
      ("salma@example.ma", "fr;en"), ("rui@example.pt", "ar;pt"),
    ] {
      #expect(try convene.participantRow(ws, email: email)?.contains(",mayor,,,,,,,,\(codes),,") == true, "\(email)")
    }
  }

  /// Microsoft Forms answered from a secretariat's account: the question's `Email address`
  /// is each person's, whatever the account's `Email` holds, and the summary says so.
  @Test func microsoftFormsAccountEmailGivesWayToTheQuestions() throws {
    let convene = ConveneRunner()
    let ws = try Self.hubMENA(convene)
    let file = try Self.workbook(convene, "msforms-account")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(
      result.output.contains(
        "E-mail addresses read from \"Email address\"; not from \"Email\" (the account that answered the form)."),
      "\(result.output)")
    #expect(result.output.contains("Names read from \"Full name\""), "\(result.output)")
    #expect(!result.output.contains("sec@dakar"), "\(result.output)")
    #expect(try convene.participantRow(ws, email: "awa@example.sn") == "p001,Awa Ndiaye,awa@example.sn,mayor" + Self.emptyRow)
    #expect(try convene.participantRow(ws, email: "omar@example.sn") == "p002,Omar Haddad,omar@example.sn,mayor" + Self.emptyRow)
    #expect(try convene.participantRow(ws, email: "lina@example.lb") == "p003,Lina Saad,lina@example.lb,mayor" + Self.emptyRow)
    #expect(try convene.participantRow(ws, email: "sec@dakar.example.sn") == nil)
  }

  /// KoboToolbox's needs question exported as one column of space-separated choice names is
  /// a list of choices, as its per-choice columns give them; needs a person typed stay whole.
  @Test func koboNeedsAsChoiceNamesAreAList() throws {
    let convene = ConveneRunner()
    let ws = try Self.hubMENA(convene)
    let file = try Self.workbook(convene, "kobo-needs")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(
      try convene.participantRow(ws, email: "awa@example.sn")
        == "p001,Awa Ndiaye,awa@example.sn,mayor,,,,,,,,,wheelchair;interpretation-fr,,,,,,no,registered")
    #expect(try convene.participantRow(ws, email: "karim@example.lb")?.contains(",gluten-free,") == true)

    let (typed, typedWS, typedResult) = try Self.importIntoHub(
      "Full name,Email,Category,Needs\r\nAwa Ndiaye,awa@example.sn,Mayor,wheelchair access\r\n", as: "typed.csv")
    #expect(typedResult.status == 0, "\(typedResult.output)\(typedResult.error)")
    #expect(try typed.participantRow(typedWS, email: "awa@example.sn")?.contains(",wheelchair access,") == true)
  }

  /// A device's name in Arabic script or in a Romance language is warned before anything is
  /// written.
  @Test(arguments: ["آيفون خديجة", "ايفون عمر", "جوال فاطمة", "Celular de Ana", "Telefone do João", "Téléphone de Marie"])
  func aDevicesNameInAnyLanguageIsWarned(device: String) throws {
    let convene = ConveneRunner()
    let ws = try Self.hubMENA(convene)
    let before = convene.bytes(ws + "/participants.csv")
    let file = try convene.write(
      "Name (original name),Email,Category\r\n\(device),d@example.org,Mayor\r\nAwa Ndiaye,awa@example.sn,Mayor\r\n"
        + "Omar Haddad,omar@example.lb,Mayor\r\n",
      to: "devices.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 1, "\(result.output)\(result.error)")
    #expect(
      result.output.contains("1 of 3 rows have a device's name for a person's (\"\(device)\") (line 2)"), "\(result.output)")
    #expect(convene.bytes(ws + "/participants.csv") == before)
  }

  /// A name holding a character that cannot be seen (U+034F, U+FEFF, U+200B inside it, as a
  /// tester typed them with printf) is refused naming it, since it is not the name typed
  /// plainly; a Persian name written with its zero-width non-joiner and an Arabic name carrying
  /// a right-to-left mark are names. A tab inside a one-line field is refused too.
  @Test func invisibleCharactersAndTabsInNamesAreRefused() throws {
    let convene = ConveneRunner()
    let ws = try Self.hubMENA(convene)
    let before = convene.bytes(ws + "/participants.csv")
    let file = try convene.write(
      "Full name,Email,Category,Organisation\r\nAwa\u{034F}Fifteen,awa15@example.sn,Mayor,\r\n"
        + "Awa\u{FEFF}Sixteen,awa16@example.sn,Mayor,\r\nAwa\u{200B} Ndiaye,awa@example.sn,Mayor,\r\n"
        + "Omar Sy,omar@example.sn,Mayor,\"Mairie\tde Dakar\"\r\n"
        + "Maryam Rahimi\u{200C}nejad,maryam@example.ir,Mayor,\r\n\u{200F}ليلى حداد,leila@example.lb,Mayor,\r\n",
      to: "invisible.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 1, "\(result.output)\(result.error)")
    let seen = "a character that cannot be seen (copied from a web page or a PDF?): the name would not be the one typed plainly"
    for (line, name, code) in [(2, "Awa\u{034F}Fifteen", "U+034F"), (3, "Awa\u{FEFF}Sixteen", "U+FEFF"), (4, "Awa\u{200B} Ndiaye", "U+200B")] {
      #expect(result.output.contains("\(file):\(line): name: \"\(name)\" holds \(code)"), "\(result.output)")
    }
    #expect(result.output.contains(seen), "\(result.output)")
    #expect(
      result.output.contains(
        "\(file):5: organisation: holds a tab (pasted from a web page or a table?); replace it with a space and import again"),
      "\(result.output)")
    #expect(convene.bytes(ws + "/participants.csv") == before)

    let skipped = try convene.run("participants", "import", file, "--workspace", ws, "--skip-invalid")
    #expect(skipped.status == 0, "\(skipped.output)\(skipped.error)")
    for email in ["awa15@example.sn", "awa16@example.sn", "awa@example.sn", "omar@example.sn"] {
      #expect(try convene.participantRow(ws, email: email) == nil, "\(email)")
    }
    #expect(
      try convene.participantRow(ws, email: "maryam@example.ir") == "p001,Maryam Rahimi\u{200C}nejad,maryam@example.ir,mayor" + Self.emptyRow)
    #expect(try convene.participantRow(ws, email: "leila@example.lb")?.hasPrefix("p002,\u{200F}ليلى حداد,") == true)
  }
}
