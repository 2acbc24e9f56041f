import Foundation
import Testing

/// A new user's import findings with the exports of an East African, a Gulf/Levant and a
/// Lusophone/Caribbean hub, run through the command as the organiser runs it: workbooks whose
/// cells carry Excel's locale-tagged number formats, Excel's "CSV (MS-DOS)" with diaereses,
/// given names asked as `Other names` or `Forename(s)`, hostile age ranges, status wordings,
/// Portuguese weekdays, Mexican months and list forms of country names.
@Suite struct ImportEastGulfLusophoneFindingsTests {
  /// The fields of the row of `participants.csv` holding `email` (no field of these holds a comma).
  static func fields(_ convene: ConveneRunner, _ ws: String, _ email: String) throws -> [String] {
    try #require(try convene.participantRow(ws, email: email)).components(separatedBy: ",")
  }

  /// A date-only departure in a cell whose format carries a locale tag is the whole last day
  /// (23:59), and an age 47 in such a cell is a number (45-54), never a date.
  @Test(arguments: ["openpyxl", "xlsxwriter"])
  func localeTaggedFormatsKeepDatesAsDatesAndNumbersAsNumbers(library: String) throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let made = try convene.python("make_locale_format_workbook.py", [library, "formats.xlsx"])
    #expect(made.status == 0, "\(made.error)")
    let result = try convene.run(
      "participants", "import", convene.path("formats.xlsx"), "--workspace", ws, "--map", "Format=ignore")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(!result.output.contains("Notes"), "\(result.output)")
    for number in 0..<8 {
      let row = try Self.fields(convene, ws, "p\(number)@kigali.example.org")
      #expect(row[10] == "45-54", "row \(number): \(row)")
      #expect(row[15] == "2027-03-10 23:59", "row \(number): \(row)")
    }
  }

  static let diaereses =
    "Nom complet,Adresse e-mail,Pays,Ville,Category\r\n"
    + "Noël Ndayishimiye,noel@bujumbura.example.org,Burundi,Bujumbura,Maire\r\n"
    + "Loïc Mutombo,loic@kinshasa.example.org,RD Congo,Kinshasa,Maire\r\n"
    + "Raphaël Habimana,raphael@kigali.example.org,Rwanda,Kigali,Maire\r\n"

  /// Excel's "CSV (MS-DOS)" holding only ë and ï reads as words in Mac Roman too (`Noâl`): the
  /// file is refused as a close call shown both ways, nothing is written, and `--encoding
  /// cp850` reads it.
  @Test func aCP850FileWithDiaeresesIsRefusedAsACloseCallNeverReadAsMacRoman() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let before = convene.bytes(ws + "/participants.csv")
    let file = try convene.iconv(Self.diaereses, to: "CP850", as: "ms-dos.csv")
    let refused = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(refused.status != 0)
    #expect(refused.error.contains("the encoding cannot be told for sure"), "\(refused.error)")
    #expect(refused.error.contains("Mac Roman  Noâl Ndayishimiye"), "\(refused.error)")
    #expect(refused.error.contains("CP850      Noël Ndayishimiye"), "\(refused.error)")
    #expect(refused.error.contains("--encoding cp850"), "\(refused.error)")
    #expect(convene.bytes(ws + "/participants.csv") == before)
    let read = try convene.run("participants", "import", file, "--workspace", ws, "--encoding", "cp850")
    #expect(read.status == 0, "\(read.output)\(read.error)")
    #expect(try Self.fields(convene, ws, "noel@bujumbura.example.org")[1] == "Noël Ndayishimiye")
    #expect(try Self.fields(convene, ws, "loic@kinshasa.example.org")[1] == "Loïc Mutombo")
  }

  /// Given names asked the way Kenyan, Ugandan and Nigerian forms ask them, or with a plural
  /// mark in brackets, are stored before the family name.
  @Test(arguments: [
    ("Surname", "Other names"), ("Surname", "Given names"), ("Surname", "Forename(s)"),
    ("Last name", "First name(s)"), ("Apellido(s)", "Nombre(s)"),
  ])
  func givenNamesOfEveryWordingAreStored(family: String, given: String) throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let file = try convene.write(
      "Email,\(family),\(given),Country,Category\r\ngrace@nairobi.example.org,Wanjiru,Grace Njeri,Kenya,Mayor\r\n",
      to: "names.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(try Self.fields(convene, ws, "grace@nairobi.example.org")[1] == "Grace Njeri Wanjiru")
  }

  /// A family name read without a given name, beside a column read as nothing holding one
  /// given name per person: the import stops with a warning naming the column, and writes
  /// nothing until the organiser maps it or accepts.
  @Test func givenNamesInAColumnReadAsNothingStopTheImport() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let before = convene.bytes(ws + "/participants.csv")
    let file = try convene.write(
      "Email,Surname,Jina la kwanza,Country,Category\r\n"
        + "peter@kampala.example.org,Okello,Peter,Uganda,Mayor\r\naline@kigali.example.org,Uwase,Aline,Rwanda,Mayor\r\n",
      to: "kwanza.csv")
    let stopped = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(stopped.status != 0)
    #expect(
      stopped.output.contains(
        "Jina la kwanza: the column is read as nothing but holds what look like people's names (lines 2, 3)"),
      "\(stopped.output)")
    #expect(convene.bytes(ws + "/participants.csv") == before)
    let mapped = try convene.run("participants", "import", file, "--workspace", ws, "--map", "Jina la kwanza=first_name")
    #expect(mapped.status == 0, "\(mapped.output)\(mapped.error)")
    #expect(try Self.fields(convene, ws, "peter@kampala.example.org")[1] == "Peter Okello")
  }

  /// An age range whose bound is too long for any number is left empty with a note, as
  /// `18-999` is, never read as its other bound.
  @Test func anAgeRangeWithAHugeBoundIsLeftEmptyWithANote() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let file = try convene.write(
      "Nombre completo,Correo,País,Categoría,Edad\r\n"
        + "Ana Lima,ana@lima.example.org,PE,Alcaldesa,18-99999999999999999999\r\n"
        + "Rui Costa,rui@praia.example.org,CV,Alcaldesa,1-99999999999999999999 años\r\n",
      to: "ages.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains(":2: age_group: \"18-99999999999999999999\" is not an age or age group; left empty"))
    #expect(result.output.contains(":3: age_group: \"1-99999999999999999999 años\" is not an age or age group; left empty"))
    #expect(try Self.fields(convene, ws, "ana@lima.example.org")[10] == "")
    #expect(try Self.fields(convene, ws, "rui@praia.example.org")[10] == "")
  }

  /// Statuses saying the person will not come are not imported and take no place.
  @Test func declinedWordingsTakeNoPlace() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let file = try convene.write(
      "Order Date,Email,First Name,Last Name,Attendee Status,Country,Category\r\n"
        + "2027-01-01 10:00:00,a@amman.example.org,Ahmad,Saleh,Declinó,JO,Mayor\r\n"
        + "2027-01-02 10:00:00,b@amman.example.org,Basma,Odeh,لن يتمكن من الحضور,JO,Mayor\r\n"
        + "2027-01-03 10:00:00,c@amman.example.org,Carla,Haddad,Refund requested,LB,Mayor\r\n"
        + "2027-01-04 10:00:00,d@amman.example.org,Dana,Khoury,Attending,LB,Mayor\r\n",
      to: "status.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("declined   3"), "\(result.output)")
    for email in ["a@amman.example.org", "b@amman.example.org", "c@amman.example.org"] {
      #expect(try convene.participantRow(ws, email: email) == nil, "\(email)")
    }
    #expect(try Self.fields(convene, ws, "d@amman.example.org").last == "registered")
  }

  /// Excel pt-BR's long dates with `-feira`, Mexican `05/mar/2027`, the Portuguese name of the
  /// DRC and the ISO list form of Tanzania are read.
  @Test func portugueseWeekdaysMexicanMonthsAndListFormsOfCountriesAreRead() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let file = try convene.write(
      "Full name,Email,Country,Category,Arrival,Departure\r\n"
        + "Ana Lima,ana@luanda.example.org,República Democrática do Congo,Mayor,\"segunda-feira, 8 de março de 2027 14:00\",\"terça-feira, 9 de março de 2027\"\r\n"
        + "Juma Mwita,juma@dodoma.example.org,\"Tanzania, United Republic of\",Mayor,08/mar/2027 02:02 p.m.,09/mar/2027\r\n",
      to: "written.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    let ana = try Self.fields(convene, ws, "ana@luanda.example.org")
    #expect(ana[7] == "CD" && ana[14] == "2027-03-08 14:00" && ana[15] == "2027-03-09 23:59", "\(ana)")
    let juma = try Self.fields(convene, ws, "juma@dodoma.example.org")
    #expect(juma[7] == "TZ" && juma[14] == "2027-03-08 14:02" && juma[15] == "2027-03-09 23:59", "\(juma)")
  }

  /// The usual Arabic option for civil society organisations is the event's civil-society
  /// category.
  @Test func theArabicCivilSocietyOptionIsTheCategory() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("amman-global-summit")
    let file = try convene.write(
      "البريد الإلكتروني,الاسم الكامل,البلد,الفئة\r\nsalma@muscat.example.org,سلمى البلوشي,عُمان,منظمات المجتمع المدني\r\n",
      to: "ar.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(try Self.fields(convene, ws, "salma@muscat.example.org")[3] == "civil-society")
  }
}
