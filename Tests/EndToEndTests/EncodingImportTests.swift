import Foundation
import Testing

/// Registrations saved by Excel on Windows in each code page of the network's regions (made
/// here with the real `iconv` program), imported without saying which code page they are in.
@Suite struct EncodingImportTests {
  static let header =
    "Full name;Email;Job title;Organisation;City;Country;Category;Gender;Age;Languages;Consent"

  /// One export per code page: the file's people, and the first person's row as convene must
  /// store it in participants.csv (every field).
  static let exports: [(encoding: String, name: String, rows: [String], stored: String)] = [
    (
      "CP1256", "Windows-1256",
      [
        "محمد الشواربة;m.shawarbeh@amman.example.org;رئيس قسم التخطيط;بلدية عمّان الكبرى;عمّان;JO;practitioner;male;47;ar;yes",
        "فاطمة الزهراء بن علي;fatima@tunis.example.org;مستشارة;جمعية المدن;تونس;TN;practitioner;female;35;ar;no",
        "ليلى حداد;leila@beirut.example.org;منسقة;بلدية بيروت;بيروت;LB;practitioner;female;29;ar;yes",
      ],
      "محمد الشواربة,m.shawarbeh@amman.example.org,practitioner,رئيس قسم التخطيط,بلدية عمّان الكبرى,عمّان,JO,Middle East and North Africa,man,45-54,ar,,,,,,,yes,"
    ),
    (
      "ISO-8859-6", "ISO-8859-6",
      [
        "يوسف القاسمي;youssef@rabat.example.org;مهندس;مجلس المدينة;الرباط;MA;practitioner;male;52;ar;yes",
        "رانيا قباني;rania@irbid.example.org;منسقة;منتدى الشباب;إربد;JO;practitioner;female;24;ar;no",
      ],
      "يوسف القاسمي,youssef@rabat.example.org,practitioner,مهندس,مجلس المدينة,الرباط,MA,Middle East and North Africa,man,45-54,ar,,,,,,,yes,"
    ),
    (
      "CP1251", "Windows-1251",
      [
        "Олена Коваленко;olena@kyiv.example.org;Радниця міського голови;Київська міська рада;Київ;UA;practitioner;female;38;uk;yes",
        "Сергей Иванов;sergei@almaty.example.org;Главный специалист;Акимат города Алматы;Алматы;KZ;practitioner;male;44;ru;yes",
      ],
      "Олена Коваленко,olena@kyiv.example.org,practitioner,Радниця міського голови,Київська міська рада,Київ,UA,Europe,woman,35-44,uk,,,,,,,yes,"
    ),
    (
      "CP1250", "Windows-1250",
      [
        "Łukasz Wąsowicz;lukasz@krakow.example.org;Zastępca prezydenta;Urząd Miasta Krakowa;Kraków;PL;practitioner;male;41;pl;yes",
        "Kateřina Nováková;katerina@praha.example.org;Náměstkyně primátora;Magistrát hlavního města Prahy;Praha;CZ;practitioner;female;39;cs;no",
        "Jiří Dvořák;jiri@brno.example.org;Radní;Statutární město Brno;Brno;CZ;practitioner;male;56;cs;yes",
      ],
      "Łukasz Wąsowicz,lukasz@krakow.example.org,practitioner,Zastępca prezydenta,Urząd Miasta Krakowa,Kraków,PL,Europe,man,35-44,pl,,,,,,,yes,"
    ),
    (
      "ISO-8859-2", "ISO-8859-2",
      [
        "Žofie Šťastná;zofie@ostrava.example.org;Náměstkyně primátora;Statutární město Ostrava;Ostrava;CZ;practitioner;female;39;cs;yes",
        "Tomáš Novák;tomas@brno.example.org;Radní;Statutární město Brno;Brno;CZ;practitioner;male;56;cs;no",
      ],
      "Žofie Šťastná,zofie@ostrava.example.org,practitioner,Náměstkyně primátora,Statutární město Ostrava,Ostrava,CZ,Europe,woman,35-44,cs,,,,,,,yes,"
    ),
    (
      "ISO-8859-7", "ISO-8859-7",
      [
        "Άννα Παπαδοπούλου;anna@patra.example.org;Αντιδήμαρχος;Δήμος Πατρέων;Πάτρα;GR;practitioner;female;44;el;yes",
        "Νίκος Ιωάννου;nikos@volos.example.org;Σύμβουλος;Δήμος Βόλου;Βόλος;GR;practitioner;male;52;el;no",
      ],
      "Άννα Παπαδοπούλου,anna@patra.example.org,practitioner,Αντιδήμαρχος,Δήμος Πατρέων,Πάτρα,GR,Europe,woman,35-44,el,,,,,,,yes,"
    ),
    (
      "CP1253", "Windows-1253",
      [
        "Γιώργος Παπαδόπουλος;g.papadopoulos@athens.example.org;Αντιδήμαρχος;Δήμος Αθηναίων;Αθήνα;GR;practitioner;male;50;el;yes",
        "Ελένη Κωνσταντίνου;eleni@thessaloniki.example.org;Σύμβουλος;Δήμος Θεσσαλονίκης;Θεσσαλονίκη;GR;practitioner;female;33;el;yes",
      ],
      "Γιώργος Παπαδόπουλος,g.papadopoulos@athens.example.org,practitioner,Αντιδήμαρχος,Δήμος Αθηναίων,Αθήνα,GR,Europe,man,45-54,el,,,,,,,yes,"
    ),
    (
      "CP1254", "Windows-1254",
      [
        "Ayşe Yılmaz;ayse@istanbul.example.org;Başkan yardımcısı;İstanbul Büyükşehir Belediyesi;İstanbul;TR;practitioner;female;45;tr;yes",
        "Gülşen Çağlar;gulsen@izmir.example.org;Uzman;İzmir Büyükşehir Belediyesi;İzmir;TR;practitioner;female;31;tr;no",
        "Doğan Aydın;dogan@mugla.example.org;Şehir plancısı;Muğla Belediyesi;Muğla;TR;practitioner;male;58;tr;yes",
      ],
      "Ayşe Yılmaz,ayse@istanbul.example.org,practitioner,Başkan yardımcısı,İstanbul Büyükşehir Belediyesi,İstanbul,TR,Middle East and North Africa,woman,45-54,tr,,,,,,,yes,"
    ),
    (
      "CP1252", "Windows-1252",
      [
        "João Conceição;joao@maputo.example.org;Vereador;Conselho Municipal de Maputo;Maputo;MZ;practitioner;male;49;pt;yes",
        "José Núñez;jose@bogota.example.org;Asesor;Alcaldía de Bogotá;Bogotá;CO;practitioner;male;37;es;yes",
        "Hélène Lefèvre;helene@lyon.example.org;Chargée de mission;Métropole de Lyon;Lyon;FR;practitioner;female;28;fr;no",
      ],
      "João Conceição,joao@maputo.example.org,practitioner,Vereador,Conselho Municipal de Maputo,Maputo,MZ,East and Southern Africa,man,45-54,pt,,,,,,,yes,"
    ),
    (
      "ISO-8859-1", "Windows-1252",
      [
        "Inês Guimarães;ines@praia.example.org;Técnica superior;Câmara Municipal da Praia;Praia;CV;practitioner;female;34;pt;yes",
        "María Peña;maria@lima.example.org;Concejala;Municipalidad de Lima;Lima;PE;practitioner;female;42;es;yes",
      ],
      "Inês Guimarães,ines@praia.example.org,practitioner,Técnica superior,Câmara Municipal da Praia,Praia,CV,West and Central Africa,woman,25-34,pt,,,,,,,yes,"
    ),
    (
      "ISO-8859-15", "ISO-8859-15",
      [
        "Zoé Lefèvre;zoe@orleans.example.org;Chargée de l'Œuvre sociale;Ville d'Orléans;Orléans;FR;practitioner;female;26;fr;yes",
        "Gaëlle Cœur;gaelle@besancon.example.org;Élue;Ville de Besançon;Besançon;FR;practitioner;female;51;fr;no",
      ],
      "Zoé Lefèvre,zoe@orleans.example.org,practitioner,Chargée de l'Œuvre sociale,Ville d'Orléans,Orléans,FR,Europe,woman,25-34,fr,,,,,,,yes,"
    ),
    (
      "MACINTOSH", "Mac Roman",
      [
        "Noémie Côté;noemie@quebec.example.org;Conseillère;Ville de Québec;Québec;CA;practitioner;female;36;fr;yes",
        "Raphaël Lefèvre;raphael@montreal.example.org;Élu;Ville de Montréal;Montréal;CA;practitioner;male;43;fr;yes",
      ],
      "Noémie Côté,noemie@quebec.example.org,practitioner,Conseillère,Ville de Québec,Québec,CA,North America,woman,35-44,fr,,,,,,,yes,"
    ),
  ]

  @Test(arguments: exports.indices)
  func everyCodePageIsReadWithEveryFieldRight(index: Int) throws {
    let export = Self.exports[index]
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let file = try convene.iconv(
      ([Self.header] + export.rows).joined(separator: "\r\n") + "\r\n", to: export.encoding,
      as: "export.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(
      result.output.contains(
        "Read \(file): \(export.name), ';'-separated, \(export.rows.count) rows."))
    #expect(result.output.contains("Encoding: \(export.name), chosen from the text"))
    let email = export.stored.split(separator: ",")[1]
    let row = try #require(try convene.participantRow(ws, email: String(email)))
    #expect(row.hasPrefix("p060," + export.stored))
    #expect(row.hasSuffix(",registered") || row.hasSuffix(",waitlisted"))
    let json = try convene.run(
      "participants", "import", file, "--workspace", ws, "--dry-run", "--json")
    let summary = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as! [String: Any]
    #expect(summary["encoding"] as? String == export.name)
    #expect(summary["format"] as? String == "text")
    #expect(try convene.run("check", "--workspace", ws).status == 0)
  }

  @Test func aCloseCallIsRefusedWithALineReadEachWayAndNothingWritten() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let before = convene.bytes(ws + "/participants.csv")
    // Every letter of "محمد سعد" is an Arabic letter in ISO-8859-6 too ("كحكد سغد").
    let file = try convene.iconv(
      "Name,Email,Country\r\nAli Diop,ali@example.org,SN\r\nمحمد سعد,m@example.org,JO\r\n",
      to: "CP1256", as: "ambiguous.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 1)
    #expect(
      result.error == """
        \(file):3: the encoding cannot be told for sure; this line reads differently in Windows-1256 and ISO-8859-6:
          Windows-1256  محمد سعد,m@example.org,JO
          ISO-8859-6    كحكد سغد,m@example.org,JO
        Choose with --encoding windows-1256 or --encoding iso-8859-6; nothing was imported.

        """)
    #expect(convene.bytes(ws + "/participants.csv") == before)

    // The export has no category column: that warning is accepted, the encoding is the point.
    let chosen = try convene.run(
      "participants", "import", file, "--workspace", ws, "--encoding", "cp1256", "--accept-warnings")
    #expect(chosen.status == 0, "\(chosen.error)")
    #expect(chosen.output.contains("Read \(file): Windows-1256, ','-separated, 2 rows."))
    #expect(
      try convene.participantRow(ws, email: "m@example.org")?.contains(",محمد سعد,m@example.org,")
        == true)
  }

  /// A German partner's Windows-1252 export in an event of English, French and Arabic: read as
  /// Windows-1256, `Köln` would be `Kِln` (an Arabic vowel sign on a Latin letter), which no
  /// real text writes, so the file is no close call.
  @Test func aWindows1252FileOfUmlautsIsReadInAnArabicLanguageEvent() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("amman-global-summit")
    let file = try convene.iconv(
      """
      Timestamp,Email Address,Full name,Organization,City,Country,Category,Gender,Age\r
      2027-01-10 10:00:00,amelie.dubois@lyon.example.org,Amélie Dubois,City Hall,Lyon,France,Mayor,F,40\r
      2027-01-11 10:00:00,daniel.oneill@dublin.example.org,Daniel O’Neill,City Hall,Dublin,Ireland,Mayor,F,40\r
      2027-01-12 10:00:00,juergen.mueller@koeln.example.org,Jürgen Müller,City Hall,Köln,Germany,Mayor,M,40\r

      """, to: "CP1252", as: "partners.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws, "--accept-warnings")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("Encoding: Windows-1252, chosen from the text"))
    let row = try #require(try convene.participantRow(ws, email: "juergen.mueller@koeln.example.org"))
    #expect(row.contains(",Jürgen Müller,juergen.mueller@koeln.example.org,"))
    #expect(row.contains(",Köln,DE,"))
    #expect(try convene.participantRow(ws, email: "daniel.oneill@dublin.example.org")?.contains(",Daniel O’Neill,") == true)
  }

  @Test func theEncodingCanBeGivenInAnyCommonSpelling() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let file = try convene.iconv(
      "Name,Email,Country\r\nHélène Côté,h@example.org,FR\r\n", to: "MACINTOSH", as: "mac.csv")
    for spelling in ["macroman", "MacRoman", "mac-roman", "macintosh"] {
      let result = try convene.run(
        "participants", "import", file, "--workspace", ws, "--dry-run", "--encoding", spelling, "--accept-warnings")
      #expect(result.status == 0)
      #expect(result.output.contains("Read \(file): Mac Roman, ','-separated, 1 row."))
    }
    // A wrong encoding given is believed only where it can read the bytes.
    let wrong = try convene.run(
      "participants", "import", file, "--workspace", ws, "--encoding", "utf-8")
    #expect(wrong.status == 1)
    #expect(
      wrong.error.contains(
        "\(file):2: byte 0x8E is not UTF-8 (reading it as UTF-8); name the encoding with --encoding, or save the file as UTF-8; nothing was imported"
      ))
    let unknown = try convene.run(
      "participants", "import", file, "--workspace", ws, "--encoding", "ebcdic-klingon")
    #expect(unknown.status == 2)
    #expect(unknown.error.contains("is not an encoding convene or iconv knows"))
  }

  /// A code page given by hand that another reads clearly better (an Arabic export given as
  /// Windows-1252, as an organiser in a French-speaking office would guess): a warning showing
  /// a line both ways and nothing written; the right one imports every name as written.
  @Test func aWrongEncodingGivenByHandIsAWarningShowingALineBothWays() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let before = convene.bytes(ws + "/participants.csv")
    let file = try convene.iconv(
      ([Self.header] + Self.exports[0].rows).joined(separator: "\r\n") + "\r\n", to: "CP1256", as: "arabe.csv")
    let wrong = try convene.run("participants", "import", file, "--workspace", ws, "--encoding", "windows-1252")
    #expect(wrong.status == 1, "\(wrong.output)\(wrong.error)")
    #expect(
      wrong.output.contains(
        "the file was read as Windows-1252, as --encoding says, but its words read clearly better in Windows-1256: "
          + "line 2 reads \"ãÍãÏ ÇáÔæÇÑÈÉ;"),
      "\(wrong.output)")
    #expect(wrong.output.contains("where Windows-1256 reads \"محمد الشواربة;m.shawarbeh@amman.example.org;"), "\(wrong.output)")
    #expect(
      wrong.output.contains("hint: import it with --encoding windows-1256, or --accept-warnings if Windows-1252 is right"),
      "\(wrong.output)")
    #expect(convene.bytes(ws + "/participants.csv") == before)
    let json = try convene.run(
      "participants", "import", file, "--workspace", ws, "--encoding", "windows-1252", "--dry-run", "--json")
    let summary = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as! [String: Any]
    let kinds = (summary["warnings"] as? [[String: Any]])?.compactMap { $0["kind"] as? String }
    #expect(kinds == ["given-encoding"], "\(json.output)")
    let right = try convene.run("participants", "import", file, "--workspace", ws, "--encoding", "windows-1256")
    #expect(right.status == 0, "\(right.output)\(right.error)")
    let row = try #require(try convene.participantRow(ws, email: "m.shawarbeh@amman.example.org"))
    #expect(row.hasPrefix("p060," + Self.exports[0].stored))
  }

  @Test(arguments: [
    ("UTF-16LE", true), ("UTF-16BE", true), ("UTF-16LE", false), ("UTF-16BE", false),
  ])
  func utf16IsReadWithAndWithoutByteOrderMark(encoding: String, withBOM: Bool) throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let text =
      (withBOM ? "\u{FEFF}" : "")
      + "Full name\tEmail\tCity\tCountry\r\nليلى حداد\tleila@beirut.example.org\tبيروت\tLB\r\n"
      + "Олена Коваленко\tolena@kyiv.example.org\tКиїв\tUA\r\n"
    let file = try convene.iconv(text, to: encoding, as: "unicode.txt")
    let result = try convene.run("participants", "import", file, "--workspace", ws, "--accept-warnings")
    #expect(result.status == 0, "\(result.error)")
    #expect(
      result.output.contains(
        "Read \(file): \(encoding)\(withBOM ? " with BOM" : ""), tab-separated, 2 rows."))
    #expect(
      try convene.participantRow(ws, email: "leila@beirut.example.org")?.hasPrefix(
        "p060,ليلى حداد,leila@beirut.example.org,,,,بيروت,LB,") == true)
    #expect(
      try convene.participantRow(ws, email: "olena@kyiv.example.org")?.hasPrefix(
        "p061,Олена Коваленко,olena@kyiv.example.org,,,,Київ,UA,") == true)
  }

  @Test func binaryFilesAreRefusedWithoutPrintingTheirBytes() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let xls = convene.path("old.xls")
    try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 512))
      .write(to: URL(fileURLWithPath: xls))
    let old = try convene.run("participants", "import", xls, "--workspace", ws)
    #expect(old.status == 1)
    #expect(
      old.error
        == "\(xls): an Excel 97-2003 workbook (.xls) or another old Office file: save it as .xlsx or CSV; nothing was imported\n"
    )
    let binary = convene.path("photo.csv")
    try Data([
      0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44,
      0x52, 0x00, 0x01,
    ])
    .write(to: URL(fileURLWithPath: binary))
    let png = try convene.run("participants", "import", binary, "--workspace", ws)
    #expect(png.status == 1)
    #expect(png.error.contains("it is not a text file"))
  }
}
