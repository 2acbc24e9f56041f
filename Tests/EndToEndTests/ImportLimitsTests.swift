import Foundation
import Testing

/// What an import used to lose or take without a word: a second surname or middle name in a
/// column of its own, the cells of a merged range in a workbook, an organiser's corrections
/// on the next re-import of a cumulative export, and text double-encoded through Mac Roman,
/// Windows-1250 or 1253 or twice through Windows-1252. Each file is made as the tools make it.
@Suite struct ImportLimitsTests {
  static func participantsBytes(_ ws: String) -> Data {
    FileManager.default.contents(atPath: ws + "/participants.csv") ?? Data()
  }

  @Test(arguments: [
    ("Nombre,Primer apellido,Segundo apellido", "José,García,Pérez", "José García Pérez", "second_last_name"),
    ("Nombre(s),Apellido paterno,Apellido materno", "José,García,Pérez", "José García Pérez", "second_last_name"),
    ("First Name,Middle Name,Last Name", "Ann,Marie,Lee", "Ann Marie Lee", "middle_name"),
    ("Prénom,Deuxième prénom,Nom de famille", "Anne,Marie,Lefèvre", "Anne Marie Lefèvre", "middle_name"),
    ("Primeiro nome,Nome do meio,Sobrenome", "João,Pedro,Silva", "João Pedro Silva", "middle_name"),
  ])
  func everyPartOfANameIsJoinedInTheOrderItIsWritten(header: String, parts: String, name: String, field: String) throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let file = try convene.write(
      header + ",Email Address,City,Country,Category\r\n" + parts + ",a@x.example.org,Paris,France,Mayor\r\n", to: "names.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("-> \(field)"), "\(result.output)")
    #expect(!result.output.contains("Ignored columns"), "\(result.output)")
    #expect(
      try convene.participantRow(ws, email: "a@x.example.org")
        == "p001,\(name),a@x.example.org,mayor,,,Paris,FR,Europe,,,,,,,,,,no,registered")
  }

  @Test func aRowWithoutItsMiddleNameKeepsTheOtherParts() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let file = try convene.write(
      "Nombre,Primer apellido,Segundo apellido,Correo electrónico,Ciudad,País,Categoría\r\n"
        + "Ana,Ruiz,,ana@x.example.org,Madrid,España,Alcaldesa\r\n"
        + "Luis,,Soto,luis@x.example.org,Madrid,España,Alcalde\r\n", to: "es.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(try convene.participantRow(ws, email: "ana@x.example.org")?.hasPrefix("p001,Ana Ruiz,") == true)
    #expect(try convene.participantRow(ws, email: "luis@x.example.org")?.hasPrefix("p002,Luis Soto,") == true)
  }

  @Test func aMergedRangeGivesItsValueToEveryRowItCovers() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let made = try convene.python("make_merged_workbook.py", ["merged.xlsx"])
    #expect(made.status == 0, "\(made.error)")
    let result = try convene.run("participants", "import", convene.path("merged.xlsx"), "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("Header on line 2"), "\(result.output)")
    let rows = try convene.participantsText(ws).components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
    #expect(
      rows == [
        "p001,Awa Ndiaye,a@x.example.org,mayor,,Mairie,Dakar,SN,West and Central Africa,,,,,,,,,,no,registered",
        "p002,Binta Fall,b@x.example.org,mayor,,Mairie,Dakar,SN,West and Central Africa,,,,,,,,,,no,registered",
        "p003,Cheikh Sy,c@x.example.org,mayor,,Mairie de Thiès,Dakar,SN,West and Central Africa,,,,,,,,,,no,registered",
      ])
  }

  static let formExport =
    "Horodateur,Adresse e-mail,Nom complet,Fonction,Organisation,Ville,Pays,Catégorie,Sexe,Âge,Langues\r\n"
    + "2027/01/10 10:00:00 AM UTC,awa@x.example.org,Awa Ndiay,Maire,Mairie de Dakar,Dakar,Sénégal,Maire,Femme,47,Français\r\n"
    + "2027/01/11 10:00:00 AM UTC,kadi@x.example.org,Kadiatou Kone,Coordinatrice,,Niamey,Niger,ONG,Femme,30,\"Français, Anglais\"\r\n"

  @Test func reimportingTheCumulativeExportKeepsTheOrganisersCorrections() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let first = try convene.write(Self.formExport, to: "v1.csv")
    #expect(try convene.run("participants", "import", first, "--workspace", ws).status == 0)
    // The organiser corrects two names by hand.
    let corrected = try convene.participantsText(ws)
      .replacingOccurrences(of: ",Awa Ndiay,", with: ",Awa Ndiaye,")
      .replacingOccurrences(of: ",Kadiatou Kone,", with: ",Kadiatou Koné,")
    try corrected.write(toFile: ws + "/participants.csv", atomically: true, encoding: .utf8)
    #expect(try convene.run("check", "--workspace", ws).status == 0)

    // The next export holds the same old answers, an organisation filled in since, and a new person.
    let second = try convene.write(
      Self.formExport.replacingOccurrences(of: "Coordinatrice,,", with: "Coordinatrice,ONG Paix,")
        + "2027/01/12 10:00:00 AM UTC,omar@x.example.org,Omar Sy,Maire,Mairie,Thiès,Sénégal,Maire,Homme,40,Français\r\n",
      to: "v2.csv")
    let again = try convene.run("participants", "import", second, "--workspace", ws)
    #expect(again.status == 0, "\(again.output)\(again.error)")
    #expect(again.output.contains("  added      1\n  updated    1\n  not applied 2\n  unchanged  0\n"), "\(again.output)")
    #expect(again.output.contains("\(second):2: p001: name \"Awa Ndiaye\" kept, the export says \"Awa Ndiay\""), "\(again.output)")
    #expect(again.output.contains("\(second):3: p002: name \"Kadiatou Koné\" kept, the export says \"Kadiatou Kone\""), "\(again.output)")
    #expect(again.output.contains("--update applies the export's"), "\(again.output)")
    #expect(try convene.participantRow(ws, email: "awa@x.example.org")?.hasPrefix("p001,Awa Ndiaye,") == true)
    let kadi = try #require(try convene.participantRow(ws, email: "kadi@x.example.org"))
    #expect(kadi.hasPrefix("p002,Kadiatou Koné,kadi@x.example.org,civil-society,Coordinatrice,ONG Paix,Niamey,NE,"), "\(kadi)")
    #expect(try convene.participantRow(ws, email: "omar@x.example.org")?.hasPrefix("p003,Omar Sy,") == true)

    // The same file again changes nothing and says so; --update applies the export.
    let before = Self.participantsBytes(ws)
    let third = try convene.run("participants", "import", second, "--workspace", ws, "--json")
    let summary = try #require(try JSONSerialization.jsonObject(with: Data(third.output.utf8)) as? [String: Any])
    let notApplied = try #require(summary["not_applied"] as? [[String: Any]])
    #expect(notApplied.count == 2)
    let difference = try #require((notApplied.first?["differences"] as? [[String: Any]])?.first)
    #expect(difference["field"] as? String == "name" && difference["kept"] as? String == "Awa Ndiaye")
    #expect(difference["export"] as? String == "Awa Ndiay")
    #expect(Self.participantsBytes(ws) == before)
    let updated = try convene.run("participants", "import", second, "--workspace", ws, "--update")
    #expect(updated.status == 0, "\(updated.output)\(updated.error)")
    // Except the organiser's accents, which the export lost: "Kadiatou Kone" is "Kadiatou
    // Koné" written poorer.
    #expect(
      updated.output.contains("p002: name \"Kadiatou Koné\" kept, the export says \"Kadiatou Kone\""), "\(updated.output)")
    #expect(try convene.participantRow(ws, email: "kadi@x.example.org")?.hasPrefix("p002,Kadiatou Koné,") == true)
    // Nor a name cut short: "Awa Ndiay" is "Awa Ndiaye" cut at a width.
    #expect(updated.output.contains("p001: name \"Awa Ndiaye\" kept, the export says \"Awa Ndiay\""), "\(updated.output)")
    #expect(try convene.participantRow(ws, email: "awa@x.example.org")?.hasPrefix("p001,Awa Ndiaye,") == true)
  }

  @Test func aWithdrawnConsentIsAppliedAtOnceAndAGivenOneWaits() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let header = "Full name,Email Address,City,Country,Category,May we publish your name?\r\n"
    let yes = try convene.write(header + "Ann Lee,ann@x.example.org,Paris,France,Mayor,Yes\r\n", to: "yes.csv")
    let no = try convene.write(header + "Ann Lee,ann@x.example.org,Paris,France,Mayor,No\r\n", to: "no.csv")
    #expect(try convene.run("participants", "import", yes, "--workspace", ws).status == 0)
    #expect(try convene.participantRow(ws, email: "ann@x.example.org")?.hasSuffix(",yes,registered") == true)
    let withdrawn = try convene.run("participants", "import", no, "--workspace", ws)
    #expect(withdrawn.status == 0, "\(withdrawn.output)\(withdrawn.error)")
    #expect(try convene.participantRow(ws, email: "ann@x.example.org")?.hasSuffix(",no,registered") == true)
    let given = try convene.run("participants", "import", yes, "--workspace", ws)
    #expect(given.output.contains("publish_name \"no\" kept, the export says \"yes\""), "\(given.output)")
    #expect(try convene.participantRow(ws, email: "ann@x.example.org")?.hasSuffix(",no,registered") == true)
  }

  @Test(arguments: [
    ("MACINTOSH", "Mac Roman", "H√©l√®ne Lef√®vre", "iconv -f utf-8 -t macintosh FILE > repaired.csv"),
    ("WINDOWS-1250", "Windows-1250", "HĂ©lĂ¨ne LefĂ¨vre", "iconv -f utf-8 -t windows-1250 FILE > repaired.csv"),
    ("WINDOWS-1253", "Windows-1253", "HΓ©lΓ¨ne LefΓ¨vre", "iconv -f utf-8 -t windows-1253 FILE > repaired.csv"),
  ])
  func textDoubleEncodedThroughAnotherCodePageIsAWarning(
    codePage: String, name: String, damaged: String, undo: String
  ) throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let before = Self.participantsBytes(ws)
    let header = "Email Address,Full name,City,Country,Category\r\n"
    let clean = "a@x.example.org,Ann Lee,Paris,France,Mayor\r\nb@x.example.org,Bob Ray,Lyon,France,Mayor\r\n"
    // The fourth row was UTF-8, read in the code page and saved again as UTF-8.
    let damagedRow = try convene.iconv(
      "d@x.example.org,Hélène Lefèvre,Besançon,France,Mayor\r\n", from: codePage, to: "UTF-8", as: "row.csv")
    let row = try String(contentsOfFile: damagedRow, encoding: .utf8)
    #expect(row.contains(damaged))
    let file = try convene.write(header + clean + row, to: "export.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 1, "\(result.output)\(result.error)")
    #expect(
      result.output.contains(
        "Full name: 1 cell looks double-encoded: \"\(damaged)\" is \"Hélène Lefèvre\" written as UTF-8, read as \(name) and saved again (line 4)"
      ), "\(result.output)")
    #expect(result.output.contains(undo), "\(result.output)")
    #expect(Self.participantsBytes(ws) == before)
  }

  /// An Arabic or Russian export opened and saved again in Excel for Mac (`ÿ£ÿ≠ŸÖÿØ`,
  /// `–û–ª—å–≥–∞`): every name and city damaged, nothing written.
  @Test(arguments: [
    ("أحمد عبد الله", "عمّان", "Jordan", "ÿ£ÿ≠ŸÖÿØ ÿπÿ®ÿØ ÿßŸÑŸÑŸá"), ("Ольга Иванова", "Москва", "Russia", "–û–ª—å–≥–∞ –ò–≤–∞–Ω–æ–≤–∞"),
  ])
  func anotherScriptDoubleEncodedThroughMacRomanIsAWarning(name: String, city: String, country: String, damaged: String)
    throws
  {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let before = Self.participantsBytes(ws)
    let file = try convene.iconv(
      "Email Address,Full name,City,Country,Category\r\na@x.example.org,\(name),\(city),\(country),Mayor\r\n",
      from: "MACINTOSH", to: "UTF-8", as: "mac.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 1, "\(result.output)\(result.error)")
    #expect(
      result.output.contains(
        "Full name: 1 cell looks double-encoded: \"\(damaged)\" is \"\(name)\" written as UTF-8, read as Mac Roman and saved again (line 2)"
      ), "\(result.output)")
    #expect(result.output.contains("City: 1 cell looks double-encoded"), "\(result.output)")
    #expect(result.output.contains("iconv -f utf-8 -t macintosh FILE > repaired.csv"), "\(result.output)")
    #expect(Self.participantsBytes(ws) == before)
  }

  /// `Yes, first name only` is a consent to less than the list publishes: the name is not
  /// published, and the summary says why.
  @Test func aYesWithAConditionDoesNotPublishTheName() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let file = try convene.write(
      "Email Address,Full name,City,Country,Category,I agree my name may be published\r\n"
        + "a@x.example.org,Ann Lee,Paris,France,Mayor,\"Yes, first name only\"\r\n"
        + "b@x.example.org,Bob Ray,Lyon,France,Mayor,\"Yes, I agree\"\r\n", to: "consent.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(
      result.output.contains(
        "consent.csv:2: publish_name: \"Yes, first name only\" is a yes with a condition; the name will not be published"),
      "\(result.output)")
    #expect(try convene.participantRow(ws, email: "a@x.example.org")?.hasSuffix(",no,registered") == true)
    #expect(try convene.participantRow(ws, email: "b@x.example.org")?.hasSuffix(",yes,registered") == true)
  }

  @Test func textDoubleEncodedTwiceBesideATypedWordIsAWarning() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let once = try String(
      contentsOfFile: convene.iconv("Hélène", from: "WINDOWS-1252", to: "UTF-8", as: "once.txt"), encoding: .utf8)
    let twice = try String(
      contentsOfFile: convene.iconv(once, from: "WINDOWS-1252", to: "UTF-8", as: "twice.txt"), encoding: .utf8)
    #expect(twice == "HÃƒÂ©lÃƒÂ¨ne")
    let header = "Email Address,Full name,City,Country,Category\r\n"
    let damaged = try convene.write(header + "a@x.example.org,\(twice) Lee,Paris,France,Mayor\r\n", to: "twice.csv")
    let result = try convene.run("participants", "import", damaged, "--workspace", ws)
    #expect(result.status == 1, "\(result.output)\(result.error)")
    #expect(
      result.output.contains("\"\(twice) Lee\" is \"Hélène Lee\" written as UTF-8, read as Windows-1252 and saved again, 2 times over"),
      "\(result.output)")
    #expect(
      result.output.contains("iconv -f utf-8 -t windows-1252 FILE | iconv -f utf-8 -t windows-1252 > repaired.csv"),
      "\(result.output)")
    // Beside a word typed right, iconv over the file would damage that word: no iconv line.
    let mixed = try convene.write(header + "a@x.example.org,\(twice) Lefèvre,Paris,France,Mayor\r\n", to: "mixed.csv")
    let beside = try convene.run("participants", "import", mixed, "--workspace", ws)
    #expect(beside.status == 1, "\(beside.output)\(beside.error)")
    #expect(
      beside.output.contains(
        "\"\(twice) Lefèvre\" is \"Hélène Lefèvre\" written as UTF-8, read as Windows-1252 and saved again, 2 times over"),
      "\(beside.output)")
    #expect(
      beside.output.contains(
        "hint: export the file again from the form tool, or correct the damaged cells by hand (1 cell holds text written right, which iconv would damage)"
      ), "\(beside.output)")
    #expect(!beside.output.contains("iconv -f"), "\(beside.output)")
    #expect(!(try convene.participantsText(ws).contains("a@x.example.org")))
  }

  /// A file double-encoded through ISO-8859-15 (`HÃ©lÃšne`): the hint names ISO-8859-15, not
  /// Windows-1252 (which would make `HélÚne`), and following it gives back the names exactly.
  @Test func followingTheIconvHintGivesBackTheText() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let rows =
      "Email Address,Full name,City,Country,Category\r\n"
      + "h@x.example.org,Hélène Lefèvre,Besançon,France,Mayor\r\nj@x.example.org,Jürgen Müller,Köln,Germany,Mayor\r\n"
    let file = try convene.iconv(rows, from: "ISO-8859-15", to: "UTF-8", as: "latin9.csv")
    let damaged = try String(contentsOfFile: file, encoding: .utf8)
    #expect(damaged.contains("HÃ©lÃšne"))
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 1, "\(result.output)\(result.error)")
    #expect(result.output.contains("is \"Hélène Lefèvre\" written as UTF-8, read as ISO-8859-15"), "\(result.output)")
    #expect(result.output.contains("iconv -f utf-8 -t iso-8859-15 FILE > repaired.csv"), "\(result.output)")
    let repaired = try convene.iconv(damaged, from: "UTF-8", to: "ISO-8859-15", as: "repaired.csv")
    #expect(try String(contentsOfFile: repaired, encoding: .utf8) == rows)
  }

  /// A damaged row in a file whose other rows were typed right (`Zoë`), or damaged through
  /// another code page: one iconv over the file cannot undo it, and none is offered.
  @Test func anIconvLineIsOfferedOnlyWhenItUndoesTheWholeFile() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let header = "Email Address,Full name,City,Country,Category\r\n"
    let damagedRow = try String(
      contentsOfFile: convene.iconv(
        "d@x.example.org,Hélène Lefèvre,Besançon,France,Mayor\r\n", from: "WINDOWS-1252", to: "UTF-8", as: "row.csv"),
      encoding: .utf8)
    let typedRight = try convene.write(
      header + "a@x.example.org,Zoë Martin,Paris,France,Mayor\r\n" + damagedRow, to: "typed.csv")
    let result = try convene.run("participants", "import", typedRight, "--workspace", ws)
    #expect(result.status == 1, "\(result.output)\(result.error)")
    #expect(result.output.contains("Full name: 1 cell looks double-encoded"), "\(result.output)")
    #expect(
      result.output.contains("or correct the damaged cells by hand (1 cell holds text written right, which iconv would damage)"),
      "\(result.output)")
    #expect(!result.output.contains("iconv -f"), "\(result.output)")
    let macRow = try String(
      contentsOfFile: convene.iconv(
        "m@x.example.org,José García,Besançon,France,Mayor\r\n", from: "MACINTOSH", to: "UTF-8", as: "mac.csv"),
      encoding: .utf8)
    let twoPages = try convene.write(header + damagedRow + macRow, to: "two.csv")
    let both = try convene.run("participants", "import", twoPages, "--workspace", ws)
    #expect(both.status == 1, "\(both.output)\(both.error)")
    #expect(
      both.output.contains("or correct the damaged cells by hand (the cells went through different code pages)"),
      "\(both.output)")
  }
}
