import Foundation
import ConveneCSV
import ConveneCore
import Testing

@testable import ConveneRegistration

/// The quality gate and the date columns: what the import refuses, and why.
@Suite struct ImportGateTests {
  func run(_ lines: String..., map: [String: ImportField] = [:], order: DateOrder? = nil) throws(RegistrationImport.FileProblem) -> RegistrationImport.Outcome {
    try RegistrationImport(event: Build.event(), columnMap: map, dateOrder: order)
      .run(try! CSVTable(text: lines.joined(separator: "\n") + "\n"), into: [])
  }

  @Test func anAmbiguousDateColumnIsRefusedWithTheFix() {
    #expect(
      throws: RegistrationImport.FileProblem(
        message: "the column \"Timestamp\" does not say whether its dates are day/month/year or month/day/year: "
          + "no date has a day over 12, and 2 dates read differently either way (line 2: 5/3/2027 14:02:11); "
          + "give --date-order dmy or --date-order mdy")
    ) {
      try run("Timestamp,Name,Email,Category", "5/3/2027 14:02:11,Awa,a@example.org,Mayor", "6/4/2027 9:00:00,Binta,b@example.org,Mayor")
    }
  }

  @Test func theOrderGivenDecidesAndRejectsWhatDoesNotFit() throws {
    let outcome = try run(
      "Name,Email,Category,Arrival", "Awa,a@example.org,Mayor,5/3/2027 14:00", "Binta,b@example.org,Mayor,6/4/2027 9:00 AM",
      order: .monthDayYear)
    #expect(outcome.participants.map(\.arrival) == [LocalDateTime("2027-05-03 14:00"), LocalDateTime("2027-06-04 09:00")])
    let day = try run("Name,Email,Category,Arrival", "Awa,a@example.org,Mayor,5/3/2027 14:00", "Binta,b@example.org,Mayor,2/13/2027 9:00", order: .dayMonthYear)
    #expect(day.participants.map(\.arrival) == [LocalDateTime("2027-03-05 14:00")])
    #expect(day.report.rejected == [.init(line: 3, field: "arrival", reason: "\"2/13/2027 9:00\" is not a date read day/month/year")])
  }

  @Test func contradictingDatesNameTheirLines() {
    #expect(throws: RegistrationImport.FileProblem.self) {
      try run("Name,Email,Category,Arrival", "Awa,a@example.org,Mayor,13/3/2027", "Binta,b@example.org,Mayor,3/14/2027")
    }
    do {
      _ = try run("Name,Email,Category,Arrival", "Awa,a@example.org,Mayor,13/3/2027", "Binta,b@example.org,Mayor,3/14/2027")
    } catch {
      #expect(error.message.hasPrefix("the column \"Arrival\" writes dates both day first (line 2: 13/3/2027) and month first (line 3: 3/14/2027)"))
    }
  }

  @Test func excelSerialsAndTwelveHourTimesOrderTheWaitlist() throws {
    let outcome = try RegistrationImport(event: Build.event(capacity: 1))
      .run(
        Build.table(
          "Completion time,Name,Email,Category", "46390.6,Late,late@example.org,Mayor", "46390.58,Early,early@example.org,Mayor"),
        into: [])
    #expect(outcome.participants.map(\.name) == ["Early", "Late"])
    #expect(outcome.participants.map(\.status) == [.registered, .waitlisted])
    #expect(outcome.report.dates.map(\.reading.description) == ["Excel serial numbers (1900 date system)"])
  }

  @Test func unreadableDatesRejectTheirRowAndHostileNumbersDoNotCrash() throws {
    let outcome = try run(
      "Timestamp,Name,Email,Category", "2027-01-15 10:00,Awa,a@example.org,Mayor", "12345678901234567890,Binta,b@example.org,Mayor",
      "20270000000000-01-15 10:00,Cheikh,c@example.org,Mayor")
    #expect(outcome.report.rejected.map(\.line) == [3, 4])
    #expect(outcome.report.rejected.first?.reason == "\"12345678901234567890\" is not a date and time (write 2027-03-09 08:30)")
  }

  @Test func doubleEncodedTextIsAWarningNamingColumnAndLines() throws {
    let outcome = try run(
      "Name,Email,Organisation,Category", "HÃ©lÃ¨ne LefÃ¨vre,h@example.org,Ville de Lyon,Mayor", "Awa Ndiaye,a@example.org,MinistÃ¨re,Mayor",
      "Ø£Ø­Ù…Ø¯ Ø­Ø¯Ø§Ø¯,x@example.org,Amman,Mayor")
    #expect(outcome.report.rejected.isEmpty)
    #expect(outcome.report.warnings.map(\.kind) == [.mojibake, .mojibake])
    #expect(outcome.report.warnings.map(\.column) == ["Name", "Organisation"])
    #expect(outcome.report.warnings[0].lines == [2, 4])
    #expect(outcome.report.warnings[0].message == "2 cells look double-encoded: \"HÃ©lÃ¨ne LefÃ¨vre\" is \"Hélène Lefèvre\" written as UTF-8, read as Windows-1252 and saved again")
  }

  @Test func placeholderNamesAreAWarning() throws {
    let all = try run("Name,Email,Category", "anonymous,a@example.org,Mayor", "Anonymous,b@example.org,Mayor", "-,c@example.org,Mayor")
    #expect(all.report.warnings.map(\.kind) == [.placeholderNames])
    #expect(all.report.warnings[0].message == "3 of 3 rows have a placeholder for a name (\"anonymous\", \"N/A\", \"-\" and the like)")
    #expect(all.report.warnings[0].lines == [2, 3, 4])
    let same = try run("Name,Email,Category", "Awa Ndiaye,a@example.org,Mayor", "Awa Ndiaye,b@example.org,Mayor", "Awa Ndiaye,c@example.org,Mayor")
    #expect(same.report.warnings.map(\.message) == ["every row has the name \"Awa Ndiaye\""])
    let real = try run("Name,Email,Category", "Awa Ndiaye,a@example.org,Mayor", "Binta Sow,b@example.org,Mayor", "Cheikh Ba,c@example.org,Mayor")
    #expect(real.report.warnings.isEmpty)
  }

  /// What a form's question or a meeting tool writes where no one typed a name, and a
  /// courtesy title alone, are placeholders for a name; the same title in the title column is
  /// an answer, kept; a name that starts with a title is a name.
  @Test func aFormsWordsAndATitleAloneAreNoName() throws {
    let outcome = try run(
      "Name,Email,Title,Category", "Full name,a@example.org,Mayor,Mayor", "Participant,b@example.org,Dr.,Mayor",
      "Mme,c@example.org,Mme,Mayor", "السيد,d@example.org,,Mayor", "Dr. Awa Ndiaye,e@example.org,Dr,Mayor",
      "Madame Binta Sow,f@example.org,Madame,Mayor", "Nada Haddad,g@example.org,,Mayor")
    #expect(outcome.report.warnings.map(\.kind) == [.placeholderNames])
    #expect(outcome.report.warnings.first?.lines == [2, 3, 4, 5])
    #expect(outcome.report.warnings.first?.message.hasPrefix("4 of 7 rows have a placeholder for a name") == true)
    #expect(outcome.participants.map(\.title) == ["Mayor", "Dr.", "Mme", "", "Dr", "Madame", ""])
  }

  /// Names saved in a code page without their letters (`Jos? Mar?a` in ASCII, Arabic and
  /// Cyrillic in Windows-1252): a warning naming the column and lines, not a placeholder; a
  /// question in free text, and a doubt in brackets, are no lost letters.
  @Test func lettersLostAsQuestionMarksAreAWarningNamingColumnAndLines() throws {
    let outcome = try run(
      "Name,Email,Category,Commitment",
      "Jos? Mar?a,j@example.org,Mayor,Who funds the next phase?",
      "Awa Ndiaye (?),a@example.org,Mayor,Can we meet again? Yes.",
      "???? ?????,x@example.org,Mayor,",
      "?йгерім Ахметова,k@example.org,Mayor,Why not?")
    #expect(outcome.participants.map(\.name) == ["Jos? Mar?a", "Awa Ndiaye (?)", "???? ?????", "?йгерім Ахметова"])
    #expect(outcome.report.warnings.map(\.kind) == [.lostLetters])
    let warning = try #require(outcome.report.warnings.first)
    #expect(warning.column == "Name")
    #expect(warning.count == 3)
    #expect(warning.lines == [2, 4, 5])
    #expect(
      warning.message
        == "3 of 4 names have letters written as \"?\" (\"Jos? Mar?a\"): the tool that saved the file used a code page "
        + "without them, and they cannot be read back")
    let parts = try run("First name,Last name,Email,Category", "Jos?,Garc?a,j@example.org,Mayor", "Awa,Ndiaye,a@example.org,Mayor")
    #expect(parts.report.warnings.map(\.column) == ["First name + Last name"])
    #expect(parts.report.warnings.map(\.lines) == [[2]])
    // A family name lost whole beside a given name of Latin letters (Excel's Windows-1252 save
    // of `Zoë Βασιλείου`) is no mark typed past a required question: it stays in the name.
    let family = try run(
      "First name,Last name,Email,Category", "Zoë,?????????,zoe@example.org,Mayor", "Awa,-,a@example.org,Mayor")
    #expect(family.participants.map(\.name) == ["Zoë ?????????", "Awa"])
    #expect(family.report.warnings.map(\.kind) == [.lostLetters])
    #expect(family.report.warnings.map(\.lines) == [[2]])
    #expect(family.report.notes.map(\.line) == [3])
    let allLost = try run(
      "Name,Email,Category", "???? ????,a@example.org,Mayor", "???? ????,b@example.org,Mayor", "???? ????,c@example.org,Mayor")
    #expect(allLost.report.warnings.map(\.kind) == [.lostLetters])
    let questions = try run(
      "Name,Email,Category,Commitment", "Awa Ndiaye,a@example.org,Mayor,Who funds the next phase? We do?",
      "Binta Sow,b@example.org,Mayor,?")
    #expect(questions.report.warnings.isEmpty)
  }

  /// A family's members on one address, a man's name and the woman's made from it: two
  /// people, whom the import cannot keep apart by address, not a re-submission whose later
  /// answers replace the first (which would lose Ali and make him youth).
  @Test func aFamilysPairedNamesOnOneAddressAreAWarningNotAReplacement() throws {
    let outcome = try run(
      "Full name,Email,Category", "Ali Hassan,family.hassan@example.jo,Mayor", "Alia Hassan,family.hassan@example.jo,Youth",
      "Awa Ndiaye,awa@example.sn,Mayor", "Awa Ndiay,awa@example.sn,Mayor")
    #expect(outcome.report.warnings.map(\.kind) == [.sharedEmail])
    #expect(outcome.report.warnings.first?.lines == [2, 3])
  }

  /// UTF-8 read as a DOS code page or KOI8-R and saved again holds box-drawing characters
  /// (`H├®l├¿ne` through CP850, `п≤п╡п╟п╫` through KOI8-R): no name writes them. They were
  /// imported with exit 0. The bytes are made by converting through each code page, as a
  /// tool that misread the file would.
  @Test(arguments: [("Hélène Lefèvre", String.Encoding(rawValue: 0x8000_0410)), ("Иван Петров", String.Encoding(rawValue: 0x8000_0A02))])
  func boxDrawingCharactersAreAWarning(name: String, codePage: String.Encoding) throws {
    let misread = try #require(String(data: Data(name.utf8), encoding: codePage))
    let outcome = try run("Full name,Email,City,Category", "\(misread),hl@example.fr,Lyon,Mayor")
    #expect(outcome.report.warnings.map(\.kind) == [.boxDrawing], "\(misread)")
    #expect(outcome.report.warnings.first?.lines == [2])
    #expect(outcome.report.warnings.first?.message.hasPrefix("1 cell holds box-drawing characters (\"\(misread)\")") == true)
  }

  /// A file read in the wrong encoding by a tool and saved again as UTF-8 holds U+FFFD where
  /// the letters were: valid UTF-8 all the same, so nothing else sees it.
  @Test func lettersReplacedByUFFFDAreAWarningInEveryColumn() throws {
    let outcome = try run(
      "Full name,Email,City,Category",
      "Jos\u{FFFD} Garc\u{FFFD}a,jg@example.es,M\u{FFFD}laga,Mayor",
      "Awa Ndiaye,awa@example.sn,Thiès,Mayor",
      "Ren\u{FFFD}e Ba,rb@example.sn,Dakar,Mayor")
    #expect(outcome.report.warnings.map(\.kind) == [.replacedLetters, .replacedLetters])
    #expect(outcome.report.warnings.map(\.column) == ["Full name", "City"])
    #expect(outcome.report.warnings.map(\.lines) == [[2, 4], [2]])
    #expect(
      outcome.report.warnings.first?.message
        == "2 cells hold \"\u{FFFD}\" (\"Jos\u{FFFD} Garc\u{FFFD}a\"): a tool read the file in the wrong encoding and saved it "
        + "as UTF-8, replacing the letters it could not read; they cannot be read back")
  }

  @Test(arguments: [
    ("Jos? Mar?a", true), ("???? ?????", true), ("?йгерім", true), ("Nguy?n V?n", true), ("M. ???", true),
    ("Awa Ndiaye (?)", false), ("Awa Ndiaye ?", false), ("Awa Ndiaye", false), ("¿Awa?", true),
  ])
  func aQuestionMarkInsideOrInsteadOfAWordIsALostLetter(name: String, lost: Bool) {
    #expect(QualityGate.hasLostLetters(name) == lost, "\(name)")
  }

  /// A workbook whose formulas all store 0 in a column (XlsxWriter's default): a warning
  /// naming the column and its cells.
  @Test func aColumnOfFormulasStoringZeroIsAWarning() throws {
    var table = try CSVTable(text: "Email,Full name,Category\na@example.org,0,Mayor\nb@example.org,0,Mayor\n")
    table.sheet = "Form1"
    table.formulasReadingZero = [.init(line: 2, column: 1), .init(line: 3, column: 1)]
    let outcome = try RegistrationImport(event: Build.event()).run(table, into: [])
    let warning = try #require(outcome.report.warnings.first { $0.kind == .formulasReadingZero })
    #expect(warning.column == "Full name")
    #expect(warning.lines == [2, 3])
    #expect(
      warning.message
        == "every formula of the column, 2 cells of sheet \"Form1\" (B2, B3), stores 0 for its result: a script that "
        + "writes workbooks (XlsxWriter) stores 0 in place of what a formula computes")
  }

  /// A family name read without any given name: a column read as nothing that holds single
  /// capitalised words holds the given names, even in a file of one row; beside a given name,
  /// or where the words repeat as options do, it does not.
  @Test func givenNamesLeftUnreadBesideAFamilyNameAreAWarning() throws {
    let one = try run("Email,Surname,Jina la kwanza,Category", "g@example.org,Wanjiru,Grace,Mayor")
    let warning = try #require(one.report.warnings.first { $0.kind == .unreadNames })
    #expect(warning.column == "Jina la kwanza")
    #expect(warning.lines == [2])
    let three = try run(
      "Email,Surname,Jina la kwanza,Category", "g@example.org,Wanjiru,Grace,Mayor", "p@example.org,Otieno,Peter,Mayor",
      "a@example.org,Uwase,Aline Mukamana,Mayor")
    #expect(three.report.warnings.first { $0.kind == .unreadNames }?.lines == [2, 3, 4])
    let options = try run(
      "Email,Surname,Aina,Category", "g@example.org,Wanjiru,Mayor,Mayor", "p@example.org,Otieno,Mayor,Mayor",
      "a@example.org,Uwase,Mayor,Mayor")
    #expect(!options.report.warnings.contains { $0.kind == .unreadNames })
    let given = try run("Email,Surname,First name,Jina la kwanza,Category", "g@example.org,Wanjiru,Grace,Nairobi,Mayor")
    #expect(!given.report.warnings.contains { $0.kind == .unreadNames })
  }

  /// Given names read without any family name: a column read as nothing that holds family
  /// names (one word, upper case, or with a particle) holds the other half of the names; yes/no
  /// answers beside them, or a family name read too, do not.
  @Test func familyNamesLeftUnreadBesideAGivenNameAreAWarning() throws {
    let one = try run("Email,Prénom,Question 2,Category", "a@example.org,Awa,DIOP,Mayor")
    let warning = try #require(one.report.warnings.first { $0.kind == .unreadNames })
    #expect(warning.column == "Question 2")
    #expect(warning.lines == [2])
    let three = try run(
      "Email,Prénom,Question 2,Category", "a@example.org,Awa,Diop,Mayor", "j@example.org,João,de Souza,Mayor",
      "k@example.org,Karim,N'Diaye,Mayor")
    #expect(three.report.warnings.first { $0.kind == .unreadNames }?.lines == [2, 3, 4])
    let answers = try run(
      "Email,Prénom,Question 2,Category", "a@example.org,Awa,Yes,Mayor", "j@example.org,João,No,Mayor",
      "k@example.org,Karim,Yes,Mayor", "b@example.org,Binta,No,Mayor")
    #expect(!answers.report.warnings.contains { $0.kind == .unreadNames })
    let family = try run("Email,Prénom,Nom,Question 2,Category", "a@example.org,Awa,Diop,Dakar,Mayor")
    #expect(!family.report.warnings.contains { $0.kind == .unreadNames })
  }

  /// A name column passed over for a given or family name alone (its header only mentions a
  /// name: `Name (family)`, `Second name`) holds the other half of the names: a warning naming
  /// it, with the --map that reads it as that half.
  @Test(arguments: [
    ("Given name", "Name (family)", "Awa", "Ndiaye", "last_name"), ("First name", "Second name", "Awa", "Ndiaye", "last_name"),
    ("Apellidos", "Nombre (como en el pasaporte)", "López Gómez", "Ana", "first_name"),
  ])
  func aNameColumnPassedOverForOneHalfIsAWarning(read: String, passed: String, first: String, second: String, half: String) throws {
    let outcome = try run(
      "Email,\(read),\(passed),Category", "a@example.org,\(first),\(second),Mayor", "b@example.org,\(first)a,\(second)e,Mayor")
    let warning = try #require(outcome.report.warnings.first { $0.kind == .unreadNames })
    #expect(warning.column == passed)
    #expect(warning.lines == [2, 3])
    #expect(
      warning.message
        == "the column is read only where the name columns are empty, but holds what look like the other half of the names")
    #expect(warning.hint == "read it with --map \"\(passed)=\(half)\", or leave it out with --map \"\(passed)=ignore\"")
    let both = try run("Email,Prénom,Nom de famille,Second name,Category", "a@example.org,Awa,Ndiaye,Ndiaye,Mayor")
    #expect(!both.report.warnings.contains { $0.kind == .unreadNames })
  }

  /// A quote opened and never closed swallows the rows up to the next quote into one cell: the
  /// cell holding a line with an address and a row's delimiters is a warning naming its line;
  /// a needs cell of several lines is not.
  @Test func aCellHoldingAWholeRowIsAWarning() throws {
    let swallowed = try run(
      "Email,Full name,Category,Needs", "a@example.org,Awa Ndiaye,Mayor,\"quiet room",
      "b@example.org,Omar Haddad,Mayor,large print\"", "c@example.org,Leila Khoury,Mayor,vegetarian")
    #expect(swallowed.participants.count == 2)
    let warning = try #require(swallowed.report.warnings.first { $0.kind == .swallowedRows })
    #expect(warning.lines == [2])
    #expect(warning.column == nil)
    let lines = try run(
      "Email,Full name,Category,Needs", "a@example.org,Awa Ndiaye,Mayor,\"quiet room",
      "large print, step-free access\"", "c@example.org,Leila Khoury,Mayor,vegetarian")
    #expect(!lines.report.warnings.contains { $0.kind == .swallowedRows })
  }

  /// A comma export joined before a semicolon one: its lines are a preamble to the semicolon
  /// header, and the people in them are a warning naming the lines.
  @Test func peopleInAPreambleOfAnotherDelimiterAreAWarning() throws {
    let outcome = try run(
      "Email,Full name,Category", "a@example.org,Awa Ndiaye,Mayor", "Adresse e-mail;Nom complet;Catégorie",
      "b@example.org;Omar Haddad;Maire", "c@example.org;Leila Khoury;Maire")
    #expect(outcome.participants.map(\.email) == ["b@example.org", "c@example.org"])
    let warning = try #require(outcome.report.warnings.first { $0.kind == .leftOutTable })
    #expect(warning.lines == [2])
    #expect(warning.count == 1)
    #expect(warning.message.hasPrefix("line 2, before the header on line 3, holds 1 e-mail address in cells separated by"))
  }

  /// Two name columns whose headers do not say which is the name (Gravity Forms' `Name
  /// (First)` and `Name (Last)`): the hint offers reading them as the two halves too; no
  /// column of names at all offers the pair of halves beside the one column.
  @Test func hintsForNamesOfferTheTwoHalves() throws {
    let tie = try run("Email,Name (First),Name (Last),Category", "a@example.org,Ana Paula,Souza Lima,Mayor")
    let warning = try #require(tie.report.warnings.first { $0.kind == .ambiguousColumns })
    #expect(
      warning.hint
        == "choose with --map \"Name (First)=name\" --map \"Name (Last)=ignore\", or the other way round; when they are "
        + "two halves of the name, --map \"Name (First)=first_name\" --map \"Name (Last)=last_name\"")
    #expect(
      throws: RegistrationImport.FileProblem(
        message: "no column holds names (columns: Email, Imię, Nazwisko); name it with --map COLUMN=name, or, for names "
          + "in two columns, --map GIVEN=first_name --map FAMILY=last_name")
    ) {
      try run("Email,Imię,Nazwisko", "a@example.org,Anna,Kowalska")
    }
  }

  /// Columns under headers no language of the table writes (a Russian form's `Электронная
  /// почта` and `Имя`) whose answers are addresses, or names: the refusal names the column and
  /// the `--map` that reads it, not "no column holds e-mail addresses".
  @Test func aColumnUnderAnUnknownHeaderIsNamedByWhatItHolds() throws {
    let rows = ["Анна Смирнова,a.smirnova@example.org,Бишкек", "Ольга Иванова,o.ivanova@example.org,Душанбе"]
    #expect(
      throws: RegistrationImport.FileProblem(
        message: "no column is headed as e-mail addresses, but \"Электронная почта\" holds them; "
          + "read it with --map \"Электронная почта=email\"")
    ) {
      try run("Имя,Электронная почта,Город", rows[0], rows[1])
    }
    #expect(
      throws: RegistrationImport.FileProblem(
        message: "no column is headed as names, but \"Имя\" holds them; read it with --map \"Имя=name\"")
    ) {
      try run("Имя,Электронная почта,Город", rows[0], rows[1], map: ["Электронная почта": .email])
    }
    let read = try run("Имя,Электронная почта,Город", rows[0], rows[1], map: ["Электронная почта": .email, "Имя": .name])
    #expect(read.participants.map(\.name) == ["Анна Смирнова", "Ольга Иванова"])
  }

  /// A UTF-8 file given a code page whose header then does not read: the refusal names the
  /// encoding as the cause, with the one to give, never the header's look in the wrong one.
  @Test func aHeaderUnreadInTheEncodingGivenNamesTheEncoding() throws {
    let bytes = Array("Adresse e-mail,Prénom complet,Catégorie\na@example.org,Hélène Noël,Maire\n".utf8)
    let document = try CSVDocument(bytes: bytes, encoding: .latin1)
    #expect {
      try RegistrationImport(event: Build.event()).run(document, into: [])
    } throws: { error in
      let message = (error as? RegistrationImport.FileProblem)?.message ?? ""
      return message.hasPrefix("the file was read as ISO-8859-1, as --encoding says, but its words read clearly better in UTF-8")
        && message.hasSuffix("its header cannot be read as ISO-8859-1: import it with --encoding utf-8")
    }
  }

  @Test func columnsReadAsNothingThatHoldAddressesOrNamesAreWarnings() throws {
    let outcome = try run(
      "Name,Email,Category,Contact secondaire,Who told you about the event?,Comments",
      "anonymous,a@example.org,Mayor,x@example.org,Awa Ndiaye,Thanks for organising this",
      "anonymous,b@example.org,Mayor,y@example.org,Binta Sow,",
      "anonymous,c@example.org,Mayor,,Cheikh Ba,See you there",
      "anonymous,d@example.org,Mayor,,Jean-Marc de la Tour,Looking forward to the workshop")
    #expect(outcome.report.warnings.map(\.kind) == [.placeholderNames, .unreadEmails, .unreadNames])
    #expect(outcome.report.warnings[1].column == "Contact secondaire")
    #expect(outcome.report.warnings[1].lines == [2, 3])
    #expect(outcome.report.warnings[2].lines == [2, 3, 4, 5])
    #expect(outcome.report.warnings[2].column == "Who told you about the event?")
    #expect(outcome.report.warnings[2].hint == "read it with --map \"Who told you about the event?=FIELD\", or leave it out with --map \"Who told you about the event?=ignore\"")
    let mapped = try run(
      "Name,Email,Category,Contact secondaire", "Awa Ndiaye,a@example.org,Mayor,x@example.org", map: ["Contact secondaire": .ignore])
    #expect(mapped.report.warnings.isEmpty)
  }

  @Test func peopleLeftWithoutACategoryAreAWarning() throws {
    let none = try run("Name,Email", "Awa Ndiaye,a@example.org")
    #expect(none.report.warnings.map(\.kind) == [.emptyCategories])
    #expect(none.report.warnings[0].column == nil)
    var lines = ["Name,Email,Category"]
    for n in 0..<10 { lines.append("Person \(n),p\(n)@example.org,\(n < 2 ? "" : "Mayor")") }
    let many = try RegistrationImport(event: Build.event()).run(try CSVTable(text: lines.joined(separator: "\n")), into: [])
    #expect(many.report.warnings.map(\.message) == ["2 of 10 people would have no category (the event's are mayor, local-official, youth, civil-society, national-government, multilateral, private-sector, practitioner, media, network-staff)"])
    #expect(many.report.warnings[0].lines == [2, 3])
    lines[2] = "Person 1,p1@example.org,Mayor"
    let few = try RegistrationImport(event: Build.event()).run(try CSVTable(text: lines.joined(separator: "\n")), into: [])
    #expect(few.report.warnings.isEmpty)
  }

  @Test func aCleanExportHasNoWarnings() throws {
    let outcome = try run(
      "Horodateur,Adresse e-mail,Nom complet,Ville,Pays,Catégorie", "2027/01/10 10:00:00 AM UTC,aicha@example.org,Aïcha Koné,Abidjan,Côte d'Ivoire,Maire",
      "2027/01/11 10:00:00 AM UTC,leila@example.org,ليلى حداد,Saida,Liban,Jeunesse", "2027/01/12 10:00:00 AM UTC,olena@example.org,Олена Шевченко,Kharkiv,Ukraine,Maire")
    #expect(outcome.report.warnings.isEmpty)
    #expect(outcome.report.rejected.isEmpty)
  }
}
