import Foundation
import Testing

@testable import ConveneCSV

/// Files made the way Excel on Windows makes them: UTF-8 text converted to a code page by the
/// real `iconv` program, then read back without saying which code page it is.
@Suite struct EncodingDetectionTests {
  /// `text` in `encoding`, converted by the `iconv` program.
  static func iconv(_ text: String, to encoding: String) throws -> [UInt8] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["iconv", "-f", "UTF-8", "-t", encoding]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data(text.utf8))
    try input.fileHandleForWriting.close()
    let bytes = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "iconv to \(encoding)")
    return Array(bytes)
  }

  static func rows(_ lines: [String]) -> String { lines.joined(separator: "\r\n") + "\r\n" }

  static let arabic = rows([
    "Full name;Email;City;Organisation",
    "محمد الشواربة;m.shawarbeh@amman.example.org;عمّان;بلدية عمّان الكبرى",
    "فاطمة الزهراء بن علي;fatima@tunis.example.org;تونس;جمعية المدن",
    "يوسف القاسمي;youssef@rabat.example.org;الرباط;مجلس المدينة",
    "ليلى حداد;leila@beirut.example.org;بيروت;بلدية بيروت",
    "رانيا قباني;rania@irbid.example.org;إربد;منتدى الشباب",
  ])
  static let cyrillic = rows([
    "ФИО;Email;Город", "Олена Коваленко;olena@kyiv.example.org;Київ",
    "Сергей Иванов;sergei@almaty.example.org;Алматы",
    "Ірина Шевчук;iryna@lviv.example.org;Львів", "ИВАНОВ Пётр;petr@example.org;Москва",
    "Юрій Бондаренко;yurii@kharkiv.example.org;Харків",
  ])
  static let polishCzech = rows([
    "Imię i nazwisko,E-mail,Miasto", "Łukasz Wąsowicz,lukasz@krakow.example.org,Kraków",
    "Małgorzata Świątek,m.swiatek@gdansk.example.org,Gdańsk",
    "Jiří Dvořák,jiri@brno.example.org,Brno",
    "Kateřina Nováková,katerina@praha.example.org,Praha",
    "Tomáš Černý,tomas@ostrava.example.org,Plzeň",
  ])
  static let greek = rows([
    "Ονοματεπώνυμο;Email;Πόλη", "Γιώργος Παπαδόπουλος;g@athens.example.org;Αθήνα",
    "Ελένη Κωνσταντίνου;eleni@thessaloniki.example.org;Θεσσαλονίκη",
    "Δημήτρης Νικολάου;d@patras.example.org;Πάτρα",
  ])
  static let turkish = rows([
    "Ad Soyad;E-posta;Şehir", "Ayşe Yılmaz;ayse@istanbul.example.org;İstanbul",
    "Mehmet Öztürk;mehmet@ankara.example.org;Ankara",
    "Gülşen Çağlar;gulsen@izmir.example.org;İzmir", "Doğan Aydın;dogan@bursa.example.org;Muğla",
  ])
  static let western = rows([
    "Nome;Email;Cidade", "João Conceição;joao@lisboa.example.org;São Paulo",
    "Inês Guimarães;ines@example.org;Brasília",
    "José Núñez;jose@bogota.example.org;Bogotá", "María Peña;maria@lima.example.org;Málaga",
    "Hélène Lefèvre;helene@lyon.example.org;Besançon", "Noémie Côté;noemie@dakar.example.org;Thiès",
  ])
  static let frenchWithEuroAndLigatures = rows([
    "Nom;Ville;Frais", "Œuvre Noël;Besançon;20 €", "Zoé Lefèvre;Orléans;5 €",
    "Cœur Gaëlle;Thiès;0 €",
  ])

  @Test(arguments: [
    (arabic, "CP1256", "Windows-1256"), (arabic, "ISO-8859-6", "ISO-8859-6"),
    (cyrillic, "CP1251", "Windows-1251"),
    (polishCzech, "CP1250", "Windows-1250"), (greek, "CP1253", "Windows-1253"),
    (turkish, "CP1254", "Windows-1254"),
    (western, "CP1252", "Windows-1252"), (frenchWithEuroAndLigatures, "ISO-8859-15", "ISO-8859-15"),
    (western, "MACINTOSH", "Mac Roman"), (frenchWithEuroAndLigatures, "MACINTOSH", "Mac Roman"),
    // ISO-8859-1 and Windows-1252 read text without C1 controls identically: the file is named
    // after Windows-1252, its superset.
    (western, "ISO-8859-1", "Windows-1252"),
  ])
  func eachCodePageIsFoundFromItsWords(text: String, iconvName: String, expected: String) throws {
    let decoded = try TextDecoder.decode(Self.iconv(text, to: iconvName))
    #expect(decoded.encoding.name == expected)
    #expect(decoded.text == text)
    guard case .plausibility = decoded.choice else {
      Issue.record("\(iconvName) was chosen by \(decoded.choice), not by plausibility")
      return
    }
  }

  @Test func theTableReadsTheFileWithItsEveryField() throws {
    let table = try CSVTable(bytes: Self.iconv(Self.arabic, to: "CP1256"))
    #expect(table.encoding == .windows1256)
    #expect(table.header == ["Full name", "Email", "City", "Organisation"])
    #expect(
      table.rows[0].fields == [
        "محمد الشواربة", "m.shawarbeh@amman.example.org", "عمّان", "بلدية عمّان الكبرى",
      ])
    #expect(table.rows[0].line == 2)
  }

  @Test func twoCodePagesThatReadTheWordsEquallyWellAreRefusedWithALineReadEachWay() throws {
    // "محمد" in Windows-1256 is "كحكد" in ISO-8859-6: both are Arabic letters.
    let bytes = try Self.iconv(
      Self.rows(["Name,Email", "Ali,ali@example.org", "محمد,m@example.org"]), to: "CP1256")
    #expect(
      throws: TextDecodingError.ambiguous(
        EncodingAmbiguity(
          line: 3,
          readings: [
            .init(encoding: .windows1256, text: "محمد,m@example.org"),
            .init(encoding: .isoArabic, text: "كحكد,m@example.org"),
          ]))
    ) {
      try TextDecoder.decode(bytes)
    }
    // Both are code pages of Arabic: an Arabic event's languages cannot settle it; a stated
    // encoding does.
    #expect(throws: TextDecodingError.self) { try TextDecoder.decode(bytes, preferring: [.windows1256]) }
    #expect(try TextDecoder.decode(bytes, as: .windows1256).text.contains("محمد"))
    #expect(try TextDecoder.decode(bytes, as: .isoArabic).text.contains("كحكد"))
  }

  /// Russian names under English headers (a registration form of a French and English
  /// event) saved as Windows-1251: in Windows-1253 they read as Greek letters (`ΐννΰ
  /// Ρμθπνξβΰ` for Анна Смирнова), but with ΐ and ΰ, which a few Greek words only have, and
  /// ς inside words. Windows-1251 wins without the event's languages.
  @Test(arguments: [[], [SourceEncoding.windows1252]])
  func russianNamesUnderEnglishHeadersAreNotReadAsGreek(preferring: [SourceEncoding]) throws {
    let text = Self.rows([
      "Name,Email,City", "Анна Смирнова,a.smirnova@example.org,Бишкек",
      "Ольга Иванова,o.ivanova@example.org,Душанбе", "Евгений Петров,e.petrov@example.org,Алматы",
    ])
    let decoded = try TextDecoder.decode(Self.iconv(text, to: "CP1251"), preferring: preferring)
    #expect(decoded.encoding == .windows1251)
    #expect(decoded.text == text)
  }

  /// Polish and Hungarian names in Windows-1250, in an English and French event (whose
  /// Western code pages settle close calls): Mac Roman reads `Paweł Żak, Łódź` as `Pawe≥ Øak,
  /// £Ûdü` and Windows-1252 reads `Łukasz` as `£ukasz`, `Żak` as `¯ak`. A currency sign,
  /// a relation or a macron against a word is a letter read in the wrong code page: such
  /// readings lose, and Windows-1250 is read.
  @Test(arguments: [
    "Paweł Żak,Łódź,Poland", "Paweł Łukasz Żak,Kraków,Poland\r\nÁgnes Szűts,Győr,Hungary",
  ])
  func polishLettersAreNotReadAsSymbolsGluedToWords(rows: String) throws {
    let text = Self.rows(["Full name,City,Country", rows])
    let decoded = try TextDecoder.decode(Self.iconv(text, to: "CP1250"), preferring: [.windows1252, .macRoman])
    #expect(decoded.encoding == .windows1250)
    #expect(decoded.text == text)
  }

  @Test func frenchThatSlovakCouldAlsoSpellIsSettledByTheEventsLanguages() throws {
    // è is č in Windows-1250, and "Conseillčre" uses only Slovak letters.
    let bytes = try Self.iconv(
      Self.rows(["Nom;Ville", "Hélène Côté;Thiès", "Conseillère;Lyon"]), to: "CP1252")
    #expect(throws: TextDecodingError.self) { try TextDecoder.decode(bytes) }
    let decoded = try TextDecoder.decode(bytes, preferring: [.windows1252])
    #expect(decoded.encoding == .windows1252)
    #expect(decoded.text.contains("Conseillère"))
  }

  /// Excel's "CSV (MS-DOS)" (CP850) with only ë and ï: Mac Roman reads them â and ã, letters
  /// French and Portuguese use, so its words look plausible; CP850 reads them as well, and the
  /// file is a close call shown both ways, in an event of any languages.
  @Test(arguments: [[], [SourceEncoding.windows1252], [.macRoman]])
  func diaeresesSavedAsCP850AreACloseCallWithMacRoman(preferring: [SourceEncoding]) throws {
    let cp850 = SourceEncoding("CP850", iconv: "CP850", form: .iconv)
    let text = Self.rows([
      "Nom complet,Adresse e-mail,Pays", "Noël Ndayishimiye,noel@bujumbura.example.org,Burundi",
      "Loïc Mutombo,loic@kinshasa.example.org,RD Congo", "Raphaël Habimana,raphael@kigali.example.org,Rwanda",
    ])
    let bytes = try Self.iconv(text, to: "CP850")
    #expect(
      throws: TextDecodingError.ambiguous(
        EncodingAmbiguity(
          line: 2,
          readings: [
            .init(encoding: .macRoman, text: "Noâl Ndayishimiye,noel@bujumbura.example.org,Burundi"),
            .init(encoding: cp850, text: "Noël Ndayishimiye,noel@bujumbura.example.org,Burundi"),
          ]))
    ) {
      try TextDecoder.decode(bytes, preferring: preferring)
    }
    #expect(try TextDecoder.decode(bytes, as: cp850).text == text)
  }

  /// The check against CP850 leaves Mac Roman files alone: CP850 reads Mac Roman's é (Ä) and è
  /// (Å) as capitals inside words.
  @Test func macRomanWithAccentsIsStillReadAsMacRoman() throws {
    let text = Self.rows([
      "Nom,Ville", "Hélène Lefèvre,Thiès", "Noël Côté,Québec", "Loïc Bâ,Saint-Louis", "Zoë Brontë,Genève",
    ])
    let decoded = try TextDecoder.decode(Self.iconv(text, to: "MACINTOSH"))
    #expect(decoded.encoding == .macRoman)
    #expect(decoded.text == text)
  }

  @Test func bytesThatNoCodePageReadsAsWordsAreRefused() {
    var bytes: [UInt8] = []
    for index in 0..<400 { bytes.append(UInt8(0x80 + (index * 37) % 128)) }
    #expect(throws: TextDecodingError.self) { try TextDecoder.decode(bytes) }
  }

  @Test func identicalReadingsAreNotACloseCall() throws {
    // Only é and ç: Windows-1252, ISO-8859-1/15, Windows-1250/1254/1256 read them the same.
    let decoded = try TextDecoder.decode(
      Self.iconv("Nom\r\nFrançois Mbaye\r\nRené\r\n", to: "CP1252"))
    #expect(decoded.encoding == .windows1252)
    #expect(decoded.text == "Nom\r\nFrançois Mbaye\r\nRené\r\n")
  }

  /// One row in capitals, as Eastern European forms write names: Windows-1251 reads it as
  /// Cyrillic capitals, Windows-1256 as Arabic letters with no spelling Arabic has (ہ, إ inside
  /// a word, ئ first). An event whose languages include Arabic must not pick the Arabic reading.
  static let capitalsHeader = "Timestamp,Email Address,Full name,Organization,City,Country,Category,Gender,Age\r\n"

  @Test(arguments: [
    ("ИВАН ПЕТРОВ", "КИЕВ", "Ukraine"), ("СЕРГЕЙ ЖУКОВ", "ВОЛГОГРАД", "Russia"),
    ("ОЛЕГ ДАВЫДОВ", "МИНСК", "Belarus"),
  ])
  func oneRowOfCyrillicCapitalsIsNeverReadAsArabicInAnArabicEvent(
    name: String, city: String, country: String
  ) throws {
    let row = "2027-01-10 10:00:00,n@x.example.org,\(name),CH,\(city),\(country),Mayor,Male,40\r\n"
    let bytes = try Self.iconv(Self.capitalsHeader + row, to: "CP1251")
    for preferred in [[SourceEncoding.windows1252, .windows1256], [.windows1256]] {
      do {
        let decoded = try TextDecoder.decode(bytes, preferring: preferred)
        #expect(decoded.encoding == .windows1251, "read as \(decoded.encoding.name)")
        #expect(decoded.text.contains(name) && decoded.text.contains(city))
      } catch {
        guard case .ambiguous(let ambiguity) = error else {
          Issue.record("refused for another reason: \(error)")
          continue
        }
        let readings = ambiguity.readings.map(\.encoding)
        #expect(readings.contains(.windows1251) && readings.contains(.windows1256))
        #expect(ambiguity.readings.contains { $0.text.contains(name) })
      }
    }
  }

  @Test func oneRowOfArabicInWindows1256IsStillReadAsArabicInAnArabicEvent() throws {
    let row = "2027-01-10 10:00:00,m@x.example.org,محمد الشواربة,بلدية القاهرة,القاهرة,مصر,Mayor,Male,40\r\n"
    let bytes = try Self.iconv(Self.capitalsHeader + row, to: "CP1256")
    let decoded = try TextDecoder.decode(bytes, preferring: [.windows1252, .windows1256])
    #expect(decoded.encoding == .windows1256)
    #expect(decoded.text == Self.capitalsHeader + row)
  }

  @Test(arguments: [
    ("محمد", true), ("إبراهيم", true), ("الإمارات", true), ("بإشراف", true), ("مسؤول", true),
    ("عائشة", true), ("مصطفى", true), ("Orléans", true), ("بآہح", false), ("دإزذخآ", false),
    ("ئستخآ", false), ("ؤسيم", false), ("مدرسةكبيرة", false), ("پیام", false),
  ])
  func arabicSpellingKnowsWhereArabicPutsItsLetters(word: String, plausible: Bool) {
    #expect(ArabicSpelling.isPlausible(word.unicodeScalars) == plausible)
  }

  /// Words of every language written in Windows-1251, converted by iconv, fit one alphabet;
  /// Kazakh in RK1048 read as Windows-1251 (`Јйгерім`, `Ґмірзаќ`) does not, and makes RK1048
  /// a candidate; a Kazakh word whose misreading one language could spell (`Асќар`, Macedonian
  /// letters) does not.
  @Test func kazakhReadAsWindows1251IsToldByWordsNoLanguageWrites() throws {
    let languages = EncodingDetector.windows1251Languages
    for word in [
      "Пётр", "Объявление", "Київ", "Ґанна", "Їжакевич", "Ўсцінаў", "Уладзімір", "Държавен", "Ђорђевић", "Љиљана",
      "Ѓорѓи", "Ќосев", "Ѕвонко", "Јовановић",
    ] {
      #expect(CyrillicAlphabets.fitsOneLanguage(try Self.iconv(word, to: "CP1251")[...], languages), "\(word)")
    }
    for word in ["Әйгерім", "Өмірзақ", "Әлия"] {
      #expect(!CyrillicAlphabets.fitsOneLanguage(try Self.iconv(word, to: "RK1048")[...], languages), "\(word)")
    }
    #expect(CyrillicAlphabets.fitsOneLanguage(try Self.iconv("Асқар", to: "RK1048")[...], languages))
    let kazakh = try Self.iconv(Self.rows(["Full name;City", "Әйгерім Нұрланова;Алматы", "Ольга Смирнова;Алматы"]), to: "RK1048")
    #expect(EncodingDetector.candidates(for: WordSample(kazakh)).contains { $0.encodings.contains(.rk1048) })
    let russian = try Self.iconv(Self.cyrillic, to: "CP1251")
    #expect(!EncodingDetector.candidates(for: WordSample(russian)).contains { $0.encodings.contains(.rk1048) })
  }
}
