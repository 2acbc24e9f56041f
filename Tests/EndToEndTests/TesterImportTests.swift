import Foundation
import Testing

/// The independent tester's cases against `participants import` (issue 9), each as the tester
/// made it: an Arabic, French and Spanish regional workshop, and the export written with
/// `printf`, the real `iconv` program or Python.
@Suite struct TesterImportTests {
  /// `convene init base --kind regional-workshop --title "Hub MENA" --start 2027-03-08
  /// --timezone Africa/Tunis`, then the event's languages set to ar, fr and es.
  static func hubMENA(_ convene: ConveneRunner) throws -> String {
    let ws = convene.path("base")
    let made = try convene.run(
      "init", ws, "--kind", "regional-workshop", "--title", "Hub MENA", "--start", "2027-03-08", "--timezone", "Africa/Tunis")
    #expect(made.status == 0, "\(made.error)")
    let event = ws + "/event.json"
    let text = try String(contentsOfFile: event, encoding: .utf8)
    let languages = try #require(text.range(of: #""languages": \[[^\]]*\]"#, options: .regularExpression))
    try text.replacingCharacters(in: languages, with: #""languages": ["ar", "fr", "es"]"#)
      .write(toFile: event, atomically: true, encoding: .utf8)
    return ws
  }

  /// Writes the bytes a Python expression gives (`python3 -c`), as the tester made a fixture.
  static func python(_ convene: ConveneRunner, _ expression: String, as name: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", "import sys; open(sys.argv[1], 'wb').write(\(expression))", convene.path(name)]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "python3 \(expression)")
    return convene.path(name)
  }

  @Test func twoPeopleWithOneEmailAreAWarningNamingBothLines() throws {
    let convene = ConveneRunner()
    let ws = try Self.hubMENA(convene)
    let before = convene.bytes(ws + "/participants.csv")
    let file = try convene.write(
      "Full name,Email,Category\r\nYousef Al-Shawarbeh,office@amman.gov.jo,Mayor\r\nHala Nasser,office@amman.gov.jo,Mayor\r\n",
      to: "shared.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 1)
    #expect(
      result.output.contains(
        "  Email: office@amman.gov.jo is the e-mail of line 2 (Yousef Al-Shawarbeh) and of line 3 (Hala Nasser): "
          + "people are matched by e-mail, so only the later would be kept (lines 2, 3)"), "\(result.output)")
    #expect(convene.bytes(ws + "/participants.csv") == before)
    let json = try convene.run("participants", "import", file, "--workspace", ws, "--json")
    #expect(json.status == 1)
    #expect(json.output.contains(#""kind":"shared-email""#) || json.output.contains(#""kind": "shared-email""#))
    #expect(try convene.run("check", "--workspace", ws).status == 0)

    // The same person sending the form again, the name written otherwise: the later answers win.
    let again = try convene.write(
      "Full name,Email,Category\r\nYousef Al-Shawarbeh,office@amman.gov.jo,Mayor\r\nAL-SHAWARBEH Yousef,office@amman.gov.jo,Deputy Mayor\r\n",
      to: "again.csv")
    let resubmitted = try convene.run("participants", "import", again, "--workspace", ws)
    #expect(resubmitted.status == 0, "\(resubmitted.output)\(resubmitted.error)")
    #expect(try convene.participantRow(ws, email: "office@amman.gov.jo")?.hasPrefix("p001,AL-SHAWARBEH Yousef,office@amman.gov.jo,") == true)
  }
}

extension TesterImportTests {
  @Test func controlCharactersAreRefusedReportedAndNeverPrintedRaw() throws {
    let convene = ConveneRunner()
    let ws = try Self.hubMENA(convene)
    let before = convene.bytes(ws + "/participants.csv")
    let nul = try Self.python(
      convene, #"'Full name,Email,Category\r\nAli\x00Baba,ali@example.org,Mayor\r\n'.encode('utf-16')"#, as: "nul.csv")
    let refused = try convene.run("participants", "import", nul, "--workspace", ws)
    #expect(refused.status == 1)
    #expect(
      refused.output.contains(
        "  \(nul):2: name: holds U+0000 (NUL), a control character that no one types and a terminal obeys; "
          + "remove it from the cell and import again"), "\(refused.output)")
    #expect(convene.bytes(ws + "/participants.csv") == before)
    let cases: [(python: String, named: String, field: String)] = [
      (#"Evil\x1b[2J\x1b[31mName"#, "U+001B (ESC)", "name"), (#"Bell\x07Ringer"#, "U+0007 (BEL)", "name"),
      (#"Back\x08space"#, "U+0008 (BS)", "name"), (#"Del\x7fete"#, "U+007F (DEL)", "name"),
      (#"Next\u0085Line"#, "U+0085 (NEL)", "name"), (#"See\u009bOne"#, "U+009B (a C1 control)", "name"),
      (#"Ali \u202egnp.exe"#, "U+202E (RIGHT-TO-LEFT OVERRIDE)", "name"),
      (#"Ali \u202aBaba"#, "U+202A (LEFT-TO-RIGHT EMBEDDING)", "name"),
      (#"Ali \u2066Baba\u2069"#, "U+2066 (LEFT-TO-RIGHT ISOLATE)", "name"),
      (#"Ali Baba,ali@example.org,Mayor,Tunis\u2069"#, "U+2069 (POP DIRECTIONAL ISOLATE)", "city"),
    ]
    for (index, example) in cases.enumerated() {
      let row = example.field == "city" ? example.python : example.python + ",ali@example.org,Mayor,Tunis"
      let file = try Self.python(
        convene, "'Full name,Email,Category,City\\r\\n\(row)\\r\\n'.encode('utf-8')", as: "control\(index).csv")
      let result = try convene.run("participants", "import", file, "--workspace", ws, "--accept-warnings")
      #expect(result.status == 1, "\(example.python)")
      #expect(result.output.contains("  \(file):2: \(example.field): holds \(example.named), "), "\(result.output)")
      #expect(!result.output.contains("\u{1B}") && !result.output.contains("\u{202E}"))
      #expect(convene.bytes(ws + "/participants.csv") == before)
    }

    // What the import prints of the file (a header read as nothing) is escaped.
    let header = try Self.python(
      convene, #"'Full name,Email,Category,Evil\x1b[2JColumn\r\nAli Baba,ali@example.org,Mayor,x\r\n'.encode('utf-8')"#,
      as: "header.csv")
    let printed = try convene.run("participants", "import", header, "--workspace", ws, "--dry-run")
    #expect(printed.output.contains(#"Evil\u001B[2JColumn"#), "\(printed.output)")
    #expect(!printed.output.contains("\u{1B}"))

    // A name typed into participants.csv by hand: check names it, and no command prints it raw.
    let clean = try convene.write("Full name,Email,Category\r\nEvil Name,evil@example.org,Mayor\r\n", to: "clean.csv")
    #expect(try convene.run("participants", "import", clean, "--workspace", ws).status == 0)
    _ = try Self.python(
      convene,
      #"open(sys.argv[1].replace('edited', 'base/participants.csv'), 'rb').read().replace(b'Evil Name', b'Evil\x1b[2J\x1b[31mName\xe2\x80\xae')"#,
      as: "edited")
    try FileManager.default.removeItem(atPath: ws + "/participants.csv")
    try FileManager.default.moveItem(atPath: convene.path("edited"), toPath: ws + "/participants.csv")
    let check = try convene.run("check", "--workspace", ws)
    #expect(check.status == 1)
    #expect(
      check.output.contains(
        "error: participants.csv:2: name: holds U+001B (ESC), a control character that no one types and a terminal obeys"),
      "\(check.output)")
    // Commands that load the workspace refuse it, naming the cell, and print nothing raw.
    for format in ["table", "csv", "json"] {
      let list = try convene.run("participants", "list", "--workspace", ws, "--format", format)
      #expect(list.status == 1)
      #expect(list.error.contains("participants.csv:2: name: holds U+001B (ESC)"), "\(list.error)")
      #expect(!(list.output + list.error).contains("\u{1B}") && !(list.output + list.error).contains("\u{202E}"))
    }
  }
}

extension TesterImportTests {
  @Test func arabicDoubleEncodedThroughLatin1IsFlagged() throws {
    let convene = ConveneRunner()
    let ws = try Self.hubMENA(convene)
    let before = convene.bytes(ws + "/participants.csv")
    let file = try Self.python(
      convene,
      #"'Full name,Email,City,Category\r\nحسن النجار,hassan@example.org,عمان,Mayor\r\nمحمد سعد,m.saad@example.org,إربد,Mayor\r\n'.encode().decode('latin-1').encode('utf-8')"#,
      as: "latin1.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws, "--accept-warnings")
    #expect(result.status == 1)
    #expect(result.output.contains("  Full name: 2 cells look double-encoded: "), "\(result.output)")
    #expect(result.output.contains("is \"حسن النجار\" written as UTF-8, read as ISO-8859-1 and saved again"))
    #expect(result.output.contains("iconv -f utf-8 -t iso-8859-1 FILE > repaired.csv"))
    #expect(!result.output.contains("\u{85}"))
    #expect(convene.bytes(ws + "/participants.csv") == before)
    #expect(try convene.run("check", "--workspace", ws).status == 0)
  }
}

extension TesterImportTests {
  @Test func twoCodePagesOfTheEventsLanguageAreRefusedWithTheLineReadEachWay() throws {
    let convene = ConveneRunner()
    let ws = try Self.hubMENA(convene)
    let before = convene.bytes(ws + "/participants.csv")
    let file = try convene.iconv(
      "Full name,Email,Country,City,Category\r\nحسن النجار,hassan@example.org,JO,عمان,Mayor\r\n", to: "ISO-8859-6", as: "iso6.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws, "--accept-warnings")
    #expect(result.status == 1)
    #expect(
      result.error == """
        \(file):2: the encoding cannot be told for sure; this line reads differently in Windows-1256 and ISO-8859-6:
          Windows-1256  حسو انوجار,hassan@example.org,JO,ظهاو,Mayor
          ISO-8859-6    حسن النجار,hassan@example.org,JO,عمان,Mayor
        Choose with --encoding windows-1256 or --encoding iso-8859-6; nothing was imported.

        """)
    #expect(convene.bytes(ws + "/participants.csv") == before)
    let chosen = try convene.run("participants", "import", file, "--workspace", ws, "--encoding", "iso-8859-6")
    #expect(chosen.status == 0, "\(chosen.output)\(chosen.error)")
    #expect(try convene.participantRow(ws, email: "hassan@example.org")?.hasPrefix("p001,حسن النجار,hassan@example.org,mayor,,,عمان,JO,") == true)
  }

  @Test func aSmallMacRomanFileIsReadAsMacRoman() throws {
    let convene = ConveneRunner()
    let ws = try Self.hubMENA(convene)
    let file = try convene.iconv(
      "Full name,Email,City,Category\r\nRaúl Núñez,raul@example.es,Murcia,Mayor\r\nJesús Ríos,jesus@example.es,Cúcuta,Mayor\r\n",
      to: "MACINTOSH", as: "mac.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("Read \(file): Mac Roman, ','-separated, 2 rows."))
    #expect(try convene.participantRow(ws, email: "raul@example.es")?.hasPrefix("p001,Raúl Núñez,raul@example.es,mayor,,,Murcia,") == true)
    #expect(try convene.participantRow(ws, email: "jesus@example.es")?.hasPrefix("p002,Jesús Ríos,jesus@example.es,mayor,,,Cúcuta,") == true)
  }

  @Test func aRefusalOffersEveryPlausibleCodePage() throws {
    // One Arabic name in ISO-8859-6 reads as Cyrillic in Windows-1251 and as Greek in
    // Windows-1253 about as well: in an English and French event nothing settles it, and the
    // refusal offers ISO-8859-6 too.
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let file = try convene.iconv("Full name,Email,Category\r\nليلى حداد,x@example.org,Mayor\r\n", to: "ISO-8859-6", as: "one.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 1)
    #expect(
      result.error.hasSuffix(
        "Choose with --encoding windows-1251, --encoding windows-1253 or --encoding iso-8859-6; nothing was imported.\n"),
      "\(result.error)")
    #expect(result.error.contains("  ISO-8859-6    ليلى حداد,x@example.org,Mayor\n"))
    // In the Arabic event, the code page of its language among them settles it.
    let hub = try Self.hubMENA(convene)
    let settled = try convene.run("participants", "import", file, "--workspace", hub)
    #expect(settled.status == 0, "\(settled.output)\(settled.error)")
    #expect(settled.output.contains("Encoding: ISO-8859-6, chosen from the text (reads as well as Windows-1251, and is a code page of the event's languages)"))
  }
}

extension TesterImportTests {
  @Test func spanishHAndMAreManAndWomanAndALoneMIsAWarning() throws {
    let convene = ConveneRunner()
    let ws = try Self.hubMENA(convene)
    let file = try convene.write(
      "Nombre completo,Correo electrónico,Sexo (H/M),Categoría\r\nAna Pérez,ana@example.es,M,Alcaldesa\r\n"
        + "Luis Gómez,luis@example.es,H,Alcalde\r\nMaría Ruiz,maria@example.es,M,Alcaldesa\r\n",
      to: "sexo.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(try convene.participantRow(ws, email: "ana@example.es")?.contains(",mayor,,,,,,woman,") == true)
    #expect(try convene.participantRow(ws, email: "luis@example.es")?.contains(",mayor,,,,,,man,") == true)
    #expect(try convene.participantRow(ws, email: "maria@example.es")?.contains(",mayor,,,,,,woman,") == true)

    // The header alone says H/M: every answer M is mujer.
    let header = try convene.write(
      "Nombre completo,Correo electrónico,Sexo (H/M),Categoría\r\nCarmen Vidal,carmen@example.es,M,Alcaldesa\r\n", to: "header.csv")
    #expect(try convene.run("participants", "import", header, "--workspace", ws).status == 0)
    #expect(try convene.participantRow(ws, email: "carmen@example.es")?.contains(",mayor,,,,,,woman,") == true)

    // M alone, with nothing to tell mujer from masculino: a warning, and never man.
    let before = convene.bytes(ws + "/participants.csv")
    let alone = try convene.write(
      "Nombre completo,Correo electrónico,Sexo,Categoría\r\nRosa Díaz,rosa@example.es,M,Alcaldesa\r\nPablo Sanz,pablo@example.es,M,Alcalde\r\n",
      to: "alone.csv")
    let refused = try convene.run("participants", "import", alone, "--workspace", ws)
    #expect(refused.status == 1)
    #expect(
      refused.output.contains(
        "  Sexo: \"M\" may be a man or a woman (masculino, male; mujer, mulher), and no other letter of the column says which; "
          + "2 answers would be left empty (lines 2, 3)"), "\(refused.output)")
    #expect(convene.bytes(ws + "/participants.csv") == before)
    #expect(try convene.run("participants", "import", alone, "--workspace", ws, "--accept-warnings").status == 0)
    #expect(try convene.participantRow(ws, email: "pablo@example.es")?.contains(",mayor,,,,,,,") == true)
  }
}

extension TesterImportTests {
  /// The column each header of the tester's exports was read as, from the summary's line.
  static func columns(_ convene: ConveneRunner, _ ws: String, _ text: String) throws -> (ConveneRunner.Result, String) {
    let file = try convene.write(text, to: "columns.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws, "--dry-run")
    let line = result.output.split(separator: "\n").first { $0.hasPrefix("Columns: ") }.map(String.init) ?? ""
    return (result, line)
  }

  @Test func consentQuestionsAreConsentAndFullNameHeadersWin() throws {
    let convene = ConveneRunner()
    let ws = try Self.hubMENA(convene)
    let spanish = try Self.columns(
      convene, ws,
      "Marca temporal,¿Acepta que se publique su nombre?,Nombre completo,Correo electrónico,Categoría\r\n"
        + "2027/01/15 10:00:00,Sí,Ana Pérez,ana@example.es,Alcaldesa\r\n2027/01/15 11:00:00,No,Luis Gómez,luis@example.es,Alcalde\r\n")
    #expect(spanish.1.contains("¿Acepta que se publique su nombre? -> publish_name, Nombre completo -> name"), "\(spanish.1)")
    #expect(spanish.0.status == 0)
    let portuguese = try Self.columns(
      convene, ws,
      "Você aceita que seu nome seja publicado?,Nome completo,Endereço de e-mail,Categoria\r\n"
        + "Sim,Ana Souza,ana@example.br,Prefeita\r\nNão,Luis Lima,luis@example.br,Prefeito\r\n")
    #expect(portuguese.1.contains("Você aceita que seu nome seja publicado? -> publish_name, Nome completo -> name"), "\(portuguese.1)")
    let french = try Self.columns(
      convene, ws, "Nom de la ville,Nom complet,Adresse e-mail,Catégorie\r\nDakar,Awa Ndiaye,awa@example.sn,Maire\r\n")
    #expect(french.1.contains("Nom de la ville -> city, Nom complet -> name"), "\(french.1)")
    let city = try Self.columns(
      convene, ws, "Nombre de su ciudad,Nombre completo,Correo electrónico,Categoría\r\nBogotá,Ana Pérez,ana@example.es,Alcaldesa\r\n")
    #expect(city.1.contains("Nombre de su ciudad -> city, Nombre completo -> name"), "\(city.1)")
    let referred = try Self.columns(
      convene, ws,
      "Name of the person who referred you,Full name,Email,Category\r\nJohn Smith,Ana Pérez,ana@example.es,Mayor\r\n"
        + "Mary Jones,Luis Gómez,luis@example.es,Mayor\r\n")
    #expect(
      referred.0.output.contains(
        "Names read from \"Full name\"; not from \"Name of the person who referred you\" (its header only mentions a name)."),
      "\(referred.0.output)")
    #expect(referred.0.status == 0)
    let supervisor = try Self.columns(
      convene, ws,
      "Full name,Supervisor's email,Email Address,Category\r\nAna Pérez,boss@example.es,ana@example.es,Mayor\r\n"
        + "Luis Gómez,boss@example.es,luis@example.es,Mayor\r\n")
    #expect(
      supervisor.0.output.contains(
        "E-mail addresses read from \"Email Address\"; not from \"Supervisor's email\" (its header only mentions an e-mail)."),
      "\(supervisor.0.output)")
    #expect(supervisor.0.output.contains("  added      2"))
    #expect(supervisor.0.status == 0)
  }

  @Test func twoColumnsThatNoHeaderSettlesAreAWarning() throws {
    let convene = ConveneRunner()
    let ws = try Self.hubMENA(convene)
    let before = convene.bytes(ws + "/participants.csv")
    let names = try Self.columns(
      convene, ws,
      "Name (as on your passport),Name of the person who referred you,Email,Category\r\nAna Pérez,John Smith,ana@example.es,Mayor\r\n")
    #expect(names.0.status == 1)
    #expect(
      names.0.output.contains(
        "\"Name (as on your passport)\" and \"Name of the person who referred you\" could both give the person's name, and their "
          + "headers do not say which; line 2 has \"Ana Pérez\" and \"John Smith\" (the first is read)"), "\(names.0.output)")
    let emails = try Self.columns(
      convene, ws, "Full name,Work email,Personal email,Category\r\nAna Pérez,ana@city.es,ana@gmail.com,Mayor\r\n")
    #expect(emails.0.status == 1)
    #expect(emails.0.output.contains("\"Work email\" and \"Personal email\" could both give the person's e-mail address"))
    #expect(emails.0.output.contains(#"hint: choose with --map "Work email=email" --map "Personal email=ignore", or the other way round"#))
    // The same addresses in both: nothing to choose.
    let same = try Self.columns(
      convene, ws, "Full name,Work email,Personal email,Category\r\nAna Pérez,ana@city.es,ana@city.es,Mayor\r\n")
    #expect(same.0.status == 0, "\(same.0.output)")
    #expect(convene.bytes(ws + "/participants.csv") == before)
  }
}
