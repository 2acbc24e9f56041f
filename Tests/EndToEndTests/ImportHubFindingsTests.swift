import Foundation
import Testing

/// A new user's import findings with the exports of Central Asian, Eastern European, South
/// Asian and East African hubs: a Google Forms sheet sorted by something else than the
/// submission time, workbooks whose formulas hold no stored result, code pages of Kazakh,
/// Mac Cyrillic and Arabic, and Microsoft Teams' guest marks in other languages. Each file is
/// made as the tool writes it.
@Suite struct ImportHubFindingsTests {
  /// A regional workshop (10 May 2027) whose event languages are `languages`.
  static func workshop(_ convene: ConveneRunner, languages: String) throws -> String {
    let ws = convene.path("ws")
    let made = try convene.run("init", ws, "--kind", "regional-workshop", "--start", "2027-05-10")
    #expect(made.status == 0, "\(made.error)")
    let event = ws + "/event.json"
    let text = try String(contentsOfFile: event, encoding: .utf8)
    #expect(text.contains(#""languages": ["en", "fr"]"#))
    try text.replacingOccurrences(of: #""languages": ["en", "fr"]"#, with: #""languages": \#(languages)"#)
      .write(toFile: event, atomically: true, encoding: .utf8)
    return ws
  }

  /// Google Forms' sheet sorted by e-mail: Juma's second submission (15 March) is above his
  /// first (14 March).
  static let resortedForm =
    "Timestamp,Email Address,Full name,City,Country,Category,Age,Languages\r\n"
    + "3/15/2027 14:05:31,J.Mwangi@Nairobi.example.ke ,Juma Mwangi,Nairobi,Kenya,youth,22,\"Swahili, English\"\r\n"
    + "3/14/2027 09:05:31,j.mwangi@nairobi.example.ke,Juma Mwangi,Mombasa,Kenya,mayor,23,French\r\n"
    + "3/16/2027 09:05:31,a.achieng@kisumu.example.ke,Achieng Atieno,Kisumu,Kenya,youth,30,\r\n"

  @Test func theLaterSubmissionWinsWhereverItStandsInTheFile() throws {
    let convene = ConveneRunner()
    let ws = try Self.workshop(convene, languages: #"["en", "sw", "fr"]"#)
    let file = try convene.write(Self.resortedForm, to: "responses.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    let juma = try #require(try convene.participantRow(ws, email: "j.mwangi@nairobi.example.ke"))
    #expect(juma.contains(",youth,"), "\(juma)")
    #expect(juma.contains(",Nairobi,"), "\(juma)")
    #expect(juma.contains("sw;en"), "\(juma)")
    #expect(!juma.contains("Mombasa") && !juma.contains("mayor"), "\(juma)")
    #expect(
      result.output.contains(
        "responses.csv:3: email: repeats the e-mail of line 2 but was submitted before it; the later answers are kept"),
      "\(result.output)")
  }

  @Test func withoutSubmissionTimesTheRowFurtherDownWins() throws {
    let convene = ConveneRunner()
    let ws = try Self.workshop(convene, languages: #"["en", "sw", "fr"]"#)
    let untimed = Self.resortedForm.split(separator: "\r\n").map { $0.split(separator: ",", maxSplits: 1)[1] }
      .joined(separator: "\r\n") + "\r\n"
    let file = try convene.write(untimed, to: "responses.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    let juma = try #require(try convene.participantRow(ws, email: "j.mwangi@nairobi.example.ke"))
    #expect(juma.contains(",mayor,") && juma.contains(",Mombasa,"), "\(juma)")
    #expect(result.output.contains("its answers replace the earlier ones"), "\(result.output)")
  }

  /// openpyxl's workbook: the full name and the age are formulas whose results it does not
  /// store, so their values cannot be known.
  @Test func aFormulaWithoutAStoredResultStopsTheImportNamingItsCells() throws {
    let convene = ConveneRunner()
    let ws = try Self.workshop(convene, languages: #"["en", "ur"]"#)
    #expect(try convene.python("make_formula_workbook.py", ["openpyxl", "form.xlsx"]).status == 0)
    let before = try convene.participantsText(ws)
    let refused = try convene.run("participants", "import", convene.path("form.xlsx"), "--workspace", ws)
    #expect(refused.status == 1, "\(refused.output)\(refused.error)")
    let said = refused.output + refused.error
    #expect(said.contains("sheet \"Form1\" (D2, D3) hold a formula whose result the workbook does not store"), "\(said)")
    #expect(said.contains("(G2) holds a formula"), "\(said)")
    #expect(said.contains("open the workbook in Excel or LibreOffice and save it"), "\(said)")
    #expect(try convene.participantsText(ws) == before)

    let accepted = try convene.run(
      "participants", "import", convene.path("form.xlsx"), "--workspace", ws, "--accept-warnings")
    #expect(accepted.status == 0, "\(accepted.output)\(accepted.error)")
  }

  /// XlsxWriter stores each formula's result, as Excel does: the results are read.
  @Test func aFormulaWithItsStoredResultIsRead() throws {
    let convene = ConveneRunner()
    let ws = try Self.workshop(convene, languages: #"["en", "ur"]"#)
    #expect(try convene.python("make_formula_workbook.py", ["xlsxwriter", "form.xlsx"]).status == 0)
    let result = try convene.run("participants", "import", convene.path("form.xlsx"), "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    let rafiqul = try #require(try convene.participantRow(ws, email: "r.islam@dhaka.example.bd"))
    #expect(rafiqul.contains("Rafiqul Islam") && rafiqul.contains(",45-54,"), "\(rafiqul)")
  }

  /// XlsxWriter's `write_formula` without a result stores 0 for every formula: the name and
  /// the age would be 0. The import is refused naming the columns and cells.
  @Test func formulasThatAllStoreZeroStopTheImportNamingTheirCells() throws {
    let convene = ConveneRunner()
    let ws = try Self.workshop(convene, languages: #"["en", "ur"]"#)
    #expect(try convene.python("make_formula_workbook.py", ["xlsxwriter-default", "form.xlsx"]).status == 0)
    let said = try Self.expectRefused(convene, ws, convene.path("form.xlsx"))
    #expect(said.contains("Full name: every formula of the column, 2 cells of sheet \"Form1\" (D2, D3), stores 0 for its result"), "\(said)")
    #expect(said.contains("Age: every formula of the column, 1 cell of sheet \"Form1\" (G2), stores 0"), "\(said)")
  }

  /// Imports `file` into `ws`, expecting exit 1 and `participants.csv` untouched; what it said.
  static func expectRefused(_ convene: ConveneRunner, _ ws: String, _ file: String) throws -> String {
    let before = try convene.participantsText(ws)
    let refused = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(refused.status == 1, "\(refused.output)\(refused.error)")
    #expect(try convene.participantsText(ws) == before)
    return refused.output + refused.error
  }

  /// Names saved in a code page without their letters, as iconv's `//TRANSLIT` writes them
  /// (`???? ????` for Arabic, `Jos? Mar?a` for Spanish in ASCII): refused naming the column
  /// and lines, with nothing written; a question in a free-text answer is no lost letter.
  @Test func namesWithLettersLostAsQuestionMarksStopTheImport() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let file = try convene.iconv(
      "Email Address,Full name,City,Country,Category,What will you do after the workshop?\r\n"
        + "l.haddad@beirut.example.lb,ليلى حداد,Beirut,LB,mayor,Who will fund the next phase?\r\n"
        + "j.garcia@quito.example.ec,José María García,Quito,EC,mayor,Ask the council: why not?\r\n"
        + "a.ndiaye@dakar.example.sn,Awa Ndiaye,Dakar,SN,mayor,\r\n", to: "ASCII//TRANSLIT", as: "export.csv")
    let said = try Self.expectRefused(convene, ws, file)
    #expect(
      said.contains(
        "Full name: 2 of 3 names have letters written as \"?\" (\"???? ????\"): the tool that saved the file used a "
          + "code page without them, and they cannot be read back (lines 2, 3)"), "\(said)")
    #expect(!said.contains("What will you do after the workshop?:"), "\(said)")
  }

  /// The Levant's month names (two-word ones included) and French ordinal days, as people type
  /// them: the submission times order the people (the January one first, though second in
  /// the file), and every field of both is stored.
  @Test func levantMonthsAndOrdinalDaysAreRead() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let file = try convene.write(
      "Timestamp,Email Address,Full name,City,Country,Category,Arrival date,Departure date\r\n"
        + "1er février 2027 09:12,m.diop@dakar.example.sn,Moussa Diop,Dakar,SN,Chef de quartier,"
        + "dimanche 7 mars 2027 à 18h30,jeudi 11 mars 2027\r\n"
        + "15 كانون الثاني 2027 10:05:31,l.haddad@beirut.example.lb,ليلى حداد,Beirut,LB,mayor,7 آذار 2027,11 آذار 2027\r\n",
      to: "export.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(
      try convene.participantsText(ws).components(separatedBy: "\r\n").dropFirst().prefix(2) == [
        "p001,ليلى حداد,l.haddad@beirut.example.lb,mayor,,,Beirut,LB,Middle East and North Africa,,,,,,2027-03-07 00:00,"
          + "2027-03-11 23:59,,,no,registered",
        "p002,Moussa Diop,m.diop@dakar.example.sn,local-official,,,Dakar,SN,West and Central Africa,,,,,,"
          + "2027-03-07 18:30,2027-03-11 23:59,,,no,registered",
      ])
  }

  /// A Russian-language workshop and a one-row export (`row` under a short form header)
  /// converted by iconv to `encoding`: the runner, the workspace, the file.
  static func russianEventWithOneRow(_ row: String, in encoding: String) throws -> (ConveneRunner, String, String) {
    let convene = ConveneRunner()
    let ws = try workshop(convene, languages: #"["ru", "en"]"#)
    let file = try convene.iconv(
      "Email Address,Full name,City,Country,Category\r\n\(row)\r\n", to: encoding, as: "export.csv")
    return (convene, ws, file)
  }

  /// An Arabic name in Windows-1256 whose letters all fall where Windows-1251 has Cyrillic
  /// capitals: in a Russian-language event the Cyrillic reading (`ЪИЗУ ШЗСЮ`) is no evidence,
  /// and the import is refused naming both code pages.
  @Test func arabicThatReadsAsCyrillicCapitalsIsACloseCallInARussianEvent() throws {
    let (convene, ws, file) = try Self.russianEventWithOneRow(
      "a.tariq@jeddah.example.sa,عباس طارق,جدة,SA,mayor", in: "CP1256")
    let before = try convene.participantsText(ws)
    let refused = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(refused.status != 0, "\(refused.output)\(refused.error)")
    let said = refused.output + refused.error
    #expect(said.contains("Windows-1256") && said.contains("Windows-1251"), "\(said)")
    #expect(!said.contains("ЪИЗУ ШЗСЮ") || said.contains("عباس طارق"), "\(said)")
    #expect(try convene.participantsText(ws) == before)

    let chosen = try convene.run("participants", "import", file, "--workspace", ws, "--encoding", "CP1256")
    #expect(chosen.status == 0, "\(chosen.output)\(chosen.error)")
    #expect(try convene.participantRow(ws, email: "a.tariq@jeddah.example.sa")?.contains("عباس طارق") == true)
  }

  /// Russian names in capitals in Windows-1251, as Eastern European forms write them, are
  /// still read as Russian in a Russian-language event: Windows-1256 reads them as letters in
  /// no order Arabic spells.
  @Test func russianCapitalsStayRussianInARussianEvent() throws {
    let (convene, ws, file) = try Self.russianEventWithOneRow(
      "i.petrov@almaty.example.kz,ИВАН ПЕТРОВ,АЛМАТЫ,KZ,mayor", in: "CP1251")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(try convene.participantRow(ws, email: "i.petrov@almaty.example.kz")?.contains("ИВАН ПЕТРОВ") == true)
  }

  /// Russian and Kazakh names as Kazakh Windows' Excel (RK1048) and Excel for Mac (Mac
  /// Cyrillic) write them.
  static let cyrillicForm =
    "Email Address,Full name,Organization,City,Country,Category\r\n"
    + "a.nurlanova@almaty.example.kz,Әйгерім Нұрланова,Әкімдік,Алматы,KZ,mayor\r\n"
    + "k.zhaksylyk@astana.example.kz,Қайрат Жақсылық,Қала әкімдігі,Астана,KZ,youth\r\n"
    + "o.smirnova@almaty.example.kz,Ольга Смирнова,Акимат города Алматы,Алматы,KZ,youth\r\n"

  /// The file is read right, or refused as a close call naming both code pages; never taken
  /// in Windows-1251 with letters of other languages in the names.
  func expectReadRightOrRefused(
    _ convene: ConveneRunner, _ ws: String, _ file: String, encoding: String, names: [String]
  ) throws {
    let before = try convene.participantsText(ws)
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    let said = result.output + result.error
    if result.status == 0 {
      #expect(said.contains(encoding), "\(said)")
      let stored = try convene.participantsText(ws)
      for name in names { #expect(stored.contains(name), "\(stored)") }
    } else {
      #expect(said.contains(encoding) && said.contains("Windows-1251"), "\(said)")
      #expect(try convene.participantsText(ws) == before)
    }
  }

  /// A Kazakh file in RK1048, in a Kazakh event and in a Russian one: never read as
  /// Windows-1251 (`Јйгерім`). Without Kazakh among the event's languages its words fit no
  /// alphabet of Windows-1251's languages, so RK1048 is a reading too.
  @Test(arguments: [#"["kk", "ru", "en"]"#, #"["ru", "en"]"#])
  func kazakhWindowsCodePageIsNotTakenForWindows1251(languages: String) throws {
    let convene = ConveneRunner()
    let ws = try Self.workshop(convene, languages: languages)
    let file = try convene.iconv(Self.cyrillicForm, to: "RK1048", as: "kazakh.csv")
    try expectReadRightOrRefused(convene, ws, file, encoding: "RK1048", names: ["Әйгерім Нұрланова", "Қайрат Жақсылық"])
    let chosen = try convene.run("participants", "import", file, "--workspace", ws, "--encoding", "rk1048")
    #expect(chosen.status == 0, "\(chosen.output)\(chosen.error)")
    let stored = try convene.participantsText(ws)
    #expect(stored.contains("Әйгерім Нұрланова") && stored.contains("Қайрат Жақсылық"), "\(stored)")
  }

  @Test func macCyrillicIsNotTakenForWindows1251InARussianEvent() throws {
    let convene = ConveneRunner()
    let ws = try Self.workshop(convene, languages: #"["ru", "en"]"#)
    let file = try convene.iconv(
      "Email Address,Full name,Organization,City,Country,Category\r\n"
        + "i.petrov@almaty.example.kz,Иван Петров,Акимат города Алматы,Алматы,KZ,mayor\r\n"
        + "o.smirnova@almaty.example.kz,Ольга Смирнова,Городской совет,Москва,RU,youth\r\n"
        + "m.ilic@skopje.example.mk,Марија Илиќ,Град Скопје,Скопје,MK,youth\r\n",
      to: "MAC-CYRILLIC", as: "mac.csv")
    try expectReadRightOrRefused(convene, ws, file, encoding: "Mac Cyrillic", names: ["Иван Петров", "Марија Илиќ"])
  }

  /// An empty export, or one holding only a byte-order mark (UTF-8 or UTF-16), says so.
  @Test(arguments: [[], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE]] as [[UInt8]])
  func anEmptyFileSaysItIsEmpty(bytes: [UInt8]) throws {
    let convene = ConveneRunner()
    let ws = try Self.workshop(convene, languages: #"["ru", "en"]"#)
    let file = convene.path("empty.csv")
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    let before = try convene.participantsText(ws)
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 1, "\(result.output)\(result.error)")
    #expect(result.error.contains("empty.csv: the file is empty: it holds no header and no rows"), "\(result.error)")
    #expect(try convene.participantsText(ws) == before)
  }

  /// Russian rows in the Cyrillic code pages convene does not guess: the refusal names the
  /// code page that reads them, not the Western DOS one.
  @Test(arguments: ["CP866", "KOI8-R", "ISO-8859-5"])
  func aCyrillicCodePageNotGuessedIsNamedInTheRefusal(encoding: String) throws {
    let convene = ConveneRunner()
    let ws = try Self.workshop(convene, languages: #"["ru", "en"]"#)
    let file = try convene.iconv(
      "Email Address,Full name,Organization,City,Country\r\n"
        + "i.petrov@moscow.example.ru,Иван Петров,Городской совет,Москва,RU\r\n"
        + "o.smirnova@almaty.example.kz,Ольга Смирнова,Акимат города Алматы,Алматы,KZ\r\n",
      to: encoding, as: "dos.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 1, "\(result.output)\(result.error)")
    #expect(result.error.contains("try --encoding \(encoding)"), "\(result.error)")
    #expect(!result.error.contains("CP850"), "\(result.error)")
    #expect(result.error.hasSuffix("\n"))
  }
}
