import Foundation
import Testing

/// Short Turkish (Windows-1254) and Central European (Windows-1250) files whose few letters
/// beyond ASCII Windows-1252 also reads as letters (`Yılmaz` as `Yýlmaz`, `Čech` as `Èech`)
/// are read in their own code page or refused as a close call, never stored garbled. Each
/// file is made by iconv, as the tester made them, and imported into an English/French event.
@Suite struct ImportCodePageEvidenceTests {
  static let header = "Email Address,Full name,City,Country,Category\r\n"

  /// A regional workshop (English and French), the file converted by iconv, and the import.
  static func importFile(_ rows: String, in encoding: String) throws -> (ConveneRunner, String, String, ConveneRunner.Result) {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let file = try convene.iconv(header + rows, to: encoding, as: "export.csv")
    return (convene, ws, file, try convene.run("participants", "import", file, "--workspace", ws))
  }

  @Test(arguments: ["Ali Yılmaz", "Fatih Yıldız", "Mehmet Altın", "Hakan Yıldırım", "Cem Yılmaz"])
  func aTurkishRowWithCountryTurkeyIsReadInWindows1254(name: String) throws {
    let (convene, ws, _, result) = try Self.importFile("a@x.org,\(name),Ankara,Turkey,Mayor\r\n", in: "CP1254")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("Encoding: Windows-1254"), "\(result.output)")
    #expect(try convene.participantRow(ws, email: "a@x.org")?.hasPrefix("p001,\(name),a@x.org,mayor,") == true)
  }

  @Test func fiveTurkishMayorsAreReadRight() throws {
    let rows = [
      ("Mehmet Yılmaz", "Ankara"), ("Ahmet Kaya", "Konya"), ("Fatma Aydın", "Adana"), ("Ali Altın", "Mersin"),
      ("Emre Yıldız", "Kayseri"),
    ].enumerated().map { "u\($0.offset)@belediye.example.tr,\($0.element.0),\($0.element.1),Turkey,Mayor\r\n" }
    let (convene, ws, _, result) = try Self.importFile(rows.joined(), in: "CP1254")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(try convene.participantRow(ws, email: "u2@belediye.example.tr")?.hasPrefix("p003,Fatma Aydın,") == true)
    #expect(try convene.participantRow(ws, email: "u4@belediye.example.tr")?.hasPrefix("p005,Emre Yıldız,") == true)
    #expect(try convene.participantRow(ws, email: "u4@belediye.example.tr")?.contains(",Kayseri,TR,") == true)
  }

  @Test(arguments: ["Ali Yılmaz", "Mehmet Altın", "Fatih Yıldız"])
  func aTurkishRowWithoutACountryIsReadRightOrRefusedNeverGarbled(name: String) throws {
    // "Yýlmaz" puts ý after y, which no language writes; "Altýn" may be Czech, but no
    // language of Windows-1252 writes ý, so the event's English and French do not settle it.
    let (convene, ws, file, result) = try Self.importFile("a@x.org,\(name),Ankara,,Mayor\r\n", in: "CP1254")
    let said = result.output + result.error
    #expect(!said.contains("Encoding: Windows-1252"), "\(said)")
    if result.status == 0 {
      #expect(try convene.participantRow(ws, email: "a@x.org")?.hasPrefix("p001,\(name),") == true)
      return
    }
    #expect(result.status == 1, "\(said)")
    #expect(said.contains("Windows-1254  a@x.org,\(name),") && said.contains("--encoding windows-1254"), "\(said)")
    #expect(!(try String(contentsOfFile: ws + "/participants.csv", encoding: .utf8).contains("a@x.org")))
    let given = try convene.run("participants", "import", file, "--encoding", "windows-1254", "--workspace", ws)
    #expect(given.status == 0, "\(given.output)\(given.error)")
    #expect(try convene.participantRow(ws, email: "a@x.org")?.hasPrefix("p001,\(name),") == true)
  }

  @Test(arguments: [("Petr Čech", "Plzeň", "Czechia", "CZ")])
  func aCentralEuropeanRowIsReadInWindows1250(name: String, city: String, country: String, code: String) throws {
    let (convene, ws, _, result) = try Self.importFile("a@x.org,\(name),\(city),\(country),Mayor\r\n", in: "CP1250")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("Encoding: Windows-1250"), "\(result.output)")
    let row = try #require(try convene.participantRow(ws, email: "a@x.org"))
    #expect(row.hasPrefix("p001,\(name),a@x.org,mayor,"), "\(row)")
    #expect(row.contains(",\(city),\(code),"), "\(row)")
  }

  /// Letters of one code page that another reads as letters where no language writes them:
  /// `ñ` before a consonant (`Kamiñski`), `æ` before a vowel (`Æosiæ`), a quotation mark alone
  /// against a word (`»akovec`, `Jo„o`), a middle dot between letters other than two l's
  /// (`N·ria`, CP850's ú), a grave vowel before a vowel in CP850 (`Ìule`), `õ` before a
  /// consonant, which no Portuguese word writes (`Kõszegi`), direction marks inside a Latin
  /// word (Windows-1256's reading of `Barış`), `ú` before `u` (CP850's `úukasz`), `æ` after
  /// `i` (Windows-1252's `Petroviæ`: Serbia was no country of the table either), `ú` after `i`
  /// (Mac Roman's `Wiúniewska`).
  @Test(arguments: [
    ("Ivana Petrović", "Zagreb", "Croatia", "CP1250", "Windows-1250"),
    ("Milan Jovanović", "Novi Sad", "Serbia", "CP1250", "Windows-1250"),
    ("Agata Wiśniewska", "Łódź", "Poland", "CP1250", "Windows-1250"),
    ("Tomasz Kamiński", "Poznań", "Poland", "CP1250", "Windows-1250"),
    ("Piotr Zieliński", "Gdańsk", "Poland", "CP1250", "Windows-1250"),
    ("Ana Ćosić", "Osijek", "Croatia", "CP1250", "Windows-1250"),
    ("Nina Horvat", "Čakovec", "", "CP1250", "Windows-1250"),
    ("João Simões", "Lisboa", "Portugal", "CP1252", "Windows-1252"),
    ("Núria Puig", "Barcelona", "Spain", "CP1252", "Windows-1252"),
    ("Şule Doğan", "Ankara", "Turkey", "CP1254", "Windows-1254"),
    ("Pál Kőszegi", "Győr", "Hungary", "CP1250", "Windows-1250"),
    ("Ágnes Tőkés", "Debrecen", "", "CP1250", "Windows-1250"),
    ("Barış Kılıç", "Işıklar", "Turkey", "CP1254", "Windows-1254"),
    ("Łukasz Nowak", "Kraków", "Poland", "CP1250", "Windows-1250"),
  ])
  func aRowIsReadInItsOwnCodePageWhereAnotherMisplacesLetters(
    name: String, city: String, country: String, encoding: String, shown: String
  ) throws {
    let (convene, ws, _, result) = try Self.importFile("a@x.org,\(name),\(city),\(country),Mayor\r\n", in: encoding)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("Encoding: \(shown)"), "\(result.output)")
    let row = try #require(try convene.participantRow(ws, email: "a@x.org"))
    #expect(row.hasPrefix("p001,\(name),a@x.org,mayor,,,\(city),"), "\(row)")
  }

  @Test func aCzechRowWithoutACountryIsNotReadAsWesternLetters() throws {
    // Windows-1252 reads "Èech" (a grave vowel before a vowel) and "Plzeò" (ò after e).
    let (convene, ws, _, result) = try Self.importFile("a@x.org,Petr Čech,Plzeň,,Mayor\r\n", in: "CP1250")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(try convene.participantRow(ws, email: "a@x.org")?.hasPrefix("p001,Petr Čech,") == true)
  }

  @Test func aCountryDoesNotRewriteWordsOfTheEventsCodePage() throws {
    // `Hélčne` (Windows-1250) is Czech letters, but `Hélène` is French: the country named
    // (Poland) does not settle it, the event's French does.
    let (convene, ws, _, result) = try Self.importFile("a@x.org,Hélène Dupont,Lyon,Poland,Mayor\r\n", in: "CP1252")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(try convene.participantRow(ws, email: "a@x.org")?.hasPrefix("p001,Hélène Dupont,") == true)
  }
}
