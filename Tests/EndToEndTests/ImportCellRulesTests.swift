import Foundation
import Testing

/// Rules a cell must keep to be imported: no NUL (and a stray one does not make a UTF-8 file
/// UTF-16), a sane length, an e-mail address mail servers deliver; headers that name the
/// country of residence, the organisation and the city the way forms word them; compound
/// Arabic names in attendance; one name in any case on every row.
@Suite struct ImportCellRulesTests {
  static let header = "Email Address,Full name,City,Country,Category\r\n"

  static func participantsBytes(_ ws: String) -> Data {
    FileManager.default.contents(atPath: ws + "/participants.csv") ?? Data()
  }

  /// Imports `bytes` as a file into a new workshop: the runner, the workspace, participants.csv
  /// before, and the result.
  static func importBytes(_ bytes: [UInt8], _ extra: String...) throws -> (ConveneRunner, String, Data, ConveneRunner.Result) {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let before = participantsBytes(ws)
    let file = convene.path("export.csv")
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    return (convene, ws, before, try convene.run(["participants", "import", file, "--workspace", ws] + extra))
  }

  @Test(arguments: [true, false])
  func aStrayNULInAUTF8FileIsNamedInItsCell(evenLength: Bool) throws {
    // 50 rows, then one whose name holds a NUL byte, as the tester's file.
    var text = Self.header
    for number in 0..<50 { text += "u\(number)@x.example.org,Person \(number),Paris,France,Mayor\r\n" }
    var bytes = Array(text.utf8) + Array("z@x.example.org,Zed".utf8) + [0] + Array("Zed,Paris,France,Mayor\r\n".utf8)
    if (bytes.count % 2 == 0) != evenLength { bytes += Array("\n".utf8) }
    let (_, ws, before, result) = try Self.importBytes(bytes)
    #expect(result.status == 1, "\(result.output)\(result.error)")
    #expect(result.output.contains("export.csv: UTF-8, ','-separated, 51 rows."), "\(result.output)")
    #expect(result.output.contains("export.csv:52: name: holds U+0000 (NUL)"), "\(result.output)")
    #expect(!(result.output + result.error).contains("UTF-16"))
    #expect(Self.participantsBytes(ws) == before)
  }

  @Test func aUTF16FileWithoutAByteOrderMarkIsStillFoundByItsZeroBytes() throws {
    let text = Self.header + "a@x.example.org,Ann Lee,Paris,France,Mayor\r\n"
    let bytes = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let (convene, ws, _, result) = try Self.importBytes(bytes)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(try convene.participantRow(ws, email: "a@x.example.org")?.hasPrefix("p001,Ann Lee,") == true)
  }

  @Test func aCellLongerThanItsFieldIsRejectedByImportAndByCheck() throws {
    let long = String(repeating: "A", count: 501)
    let organisation = String(repeating: "é", count: 400)  // 800 bytes, 400 characters: allowed
    let text = "Email Address,Full name,Organisation,City,Country,Category\r\n"
      + "a@x.example.org,\(long),Org,Paris,France,Mayor\r\nb@x.example.org,Bob Ray,\(organisation),Paris,France,Mayor\r\n"
    let (convene, ws, before, result) = try Self.importBytes(Array(text.utf8))
    #expect(result.status == 1, "\(result.output)\(result.error)")
    #expect(
      result.output.contains("export.csv:2: name: is 501 characters long, more than the 500 a name may hold"),
      "\(result.output)")
    #expect(Self.participantsBytes(ws) == before)

    // Written into participants.csv by hand, `check` refuses it.
    let edited = String(decoding: Self.participantsBytes(ws), as: UTF8.self)
      + "p001,\(long),a@x.example.org,mayor,,,Paris,FR,Europe,,,,,,,,,,no,registered\r\n"
    try edited.write(toFile: ws + "/participants.csv", atomically: true, encoding: .utf8)
    let check = try convene.run("check", "--workspace", ws)
    #expect(check.status == 1, "\(check.output)\(check.error)")
    #expect(
      (check.output + check.error).contains("p001's name is 501 characters long, more than the 500 it may hold"),
      "\(check.output)\(check.error)")
  }

  @Test func malformedAddressesAreRefusedAndSpacesCalledSpaces() throws {
    let refused = [
      (".ann@x.example.org", "a dot may not start or end the part before @, nor follow another dot"),
      ("ann.@x.example.org", "a dot may not start or end the part before @, nor follow another dot"),
      ("ann..lee@x.example.org", "a dot may not start or end the part before @, nor follow another dot"),
      ("ann@-x.example.org", "\"-x\" is not a domain name's part"),
      ("ann@x_y.example.org", "\"x_y\" is not a domain name's part"),
      ("ann@x.o", "\"o\" is no top-level domain"),
      ("ann@[127.0.0.1]", "an address in brackets is not a domain name"),
      ("ann@localhost", "the part after @ must be a domain such as x.org"),
      ("Ann Lee <ann@x.example.org>", "is a name with an address: keep only the address between < and >"),
      ("ann@x.example.org, bob@x.example.org", "holds more than one address"),
      ("ann@ x.example.org", "holds a space beside the @"),
    ]
    var text = Self.header
    for (address, _) in refused { text += "\"\(address)\",Ann Lee,Paris,France,Mayor\r\n" }
    text += "ann@xn--caf-dma.example.org,Ann Lee,Paris,France,Mayor\r\n"
    let (convene, ws, before, result) = try Self.importBytes(Array(text.utf8))
    #expect(result.status == 1, "\(result.output)\(result.error)")
    for (offset, (address, reason)) in refused.enumerated() {
      #expect(result.output.contains("export.csv:\(offset + 2): email: \"\(address)\""), "\(address): \(result.output)")
      let line = result.output.components(separatedBy: "\n").first { $0.contains("export.csv:\(offset + 2): ") } ?? ""
      #expect(line.contains(reason), "\(line)")
    }
    #expect(!result.output.contains("cannot be seen"), "\(result.output)")
    #expect(Self.participantsBytes(ws) == before)
    let valid = try convene.run("participants", "import", convene.path("export.csv"), "--workspace", ws, "--skip-invalid")
    #expect(valid.status == 0, "\(valid.output)\(valid.error)")
    #expect(try convene.participantRow(ws, email: "ann@xn--caf-dma.example.org")?.hasPrefix("p001,Ann Lee,") == true)
  }

  @Test(arguments: [
    (
      "Email,Full name,City,Nationality,Country of residence,Category", "ann@x.example.org,Ann Lee,Paris,Senegal,France,Mayor",
      "Country of residence -> country", "p001,Ann Lee,ann@x.example.org,mayor,,,Paris,FR,Europe,"
    ),
    (
      "Adresse e-mail,Nom de l'organisation,Nom et prénom,Ville,Pays,Catégorie",
      "ann@x.example.org,Mairie de Paris,Ann Lee,Paris,France,Maire", "Nom de l'organisation -> organisation",
      "p001,Ann Lee,ann@x.example.org,mayor,,Mairie de Paris,Paris,FR,Europe,"
    ),
    (
      "Email,Full name,Organisation city,Organisation,Country,Category",
      "ann@x.example.org,Ann Lee,Lyon,Métropole de Lyon,France,Mayor", "Organisation city -> city",
      "p001,Ann Lee,ann@x.example.org,mayor,,Métropole de Lyon,Lyon,FR,Europe,"
    ),
    (
      "البريد الإلكتروني,الاسم,المدينة,الجنسية,بلد الإقامة,الفئة", "ann@x.example.org,آن لي,عمان,مصر,الأردن,رئيس بلدية",
      "بلد الإقامة -> country", "p001,آن لي,ann@x.example.org,mayor,,,عمان,JO,Middle East and North Africa,"
    ),
  ])
  func headersAreReadAsFormsMeanThem(header: String, row: String, column: String, stored: String) throws {
    let (convene, ws, _, result) = try Self.importBytes(Array((header + "\r\n" + row + "\r\n").utf8))
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains(column), "\(result.output)")
    let row = try convene.participantRow(ws, email: "ann@x.example.org")
    #expect(row?.hasPrefix(stored) == true, "\(row ?? "")")
  }

  @Test func attendanceByNameJoinsArabicCompoundNames() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let people = try convene.write(
      Self.header + "ahmed@x.example.org,أحمد عبدالله,عمان,الأردن,Mayor\r\nawa@x.example.org,Awa Ndiaye,Dakar,Senegal,Mayor\r\n",
      to: "people.csv")
    #expect(try convene.run("participants", "import", people, "--workspace", ws).status == 0)
    let sheet = try convene.write("Nom,Statut\r\nاحمد عبد الله,present\r\nAWA  NDIAYE,present\r\n", to: "sheet.csv")
    let result = try convene.run("attendance", "import", sheet, "--session", "opening", "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(!(result.output + result.error).contains("no participant called"), "\(result.output)\(result.error)")
    let attendance = try String(contentsOfFile: ws + "/attendance.csv", encoding: .utf8)
    #expect(attendance.contains("p001,opening,") && attendance.contains("p002,opening,"), "\(attendance)")
  }

  @Test func oneNameInEveryCaseOnEveryRowIsAPlaceholder() throws {
    var text = Self.header
    for (number, name) in ["Jean Dupont", "jean dupont", "JEAN DUPONT ", "Jean Dupont"].enumerated() {
      text += "u\(number)@x.example.org,\(name),Paris,France,Mayor\r\n"
    }
    let (_, ws, before, result) = try Self.importBytes(Array(text.utf8))
    #expect(result.status == 1, "\(result.output)\(result.error)")
    #expect(result.output.contains("every row has the name \"Jean Dupont\""), "\(result.output)")
    #expect(Self.participantsBytes(ws) == before)
  }
}
