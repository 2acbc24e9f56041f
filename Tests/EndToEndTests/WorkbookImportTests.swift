import ConveneSpreadsheet
import Foundation
import Testing

/// Registration exports as .xlsx workbooks written by real spreadsheet libraries: openpyxl
/// (inline strings) and XlsxWriter (shared strings, as Excel writes them), in both date systems.
@Suite struct WorkbookImportTests {
  static let leila =
    "p060,ليلى حداد,leila.haddad@beirut.example.org,practitioner,منسقة المشاريع,بلدية بيروت,بيروت,LB,Middle East and North Africa,,45-54,,,,2027-03-08 14:30,2027-03-10 18:00,,,yes,registered"
  static let noemie =
    "p061,Noémie Côté,noemie.cote@lyon.example.org,practitioner,Chargée de mission,Métropole de Lyon,Lyon,FR,Europe,,25-34,,,,2027-03-08 20:00,2027-03-10 23:59,,,no,registered"

  @Test(arguments: [
    ("openpyxl", false), ("openpyxl", true), ("xlsxwriter", false), ("xlsxwriter", true),
  ])
  func workbooksOfRealLibrariesAreImportedWithEveryFieldRight(library: String, macDates: Bool)
    throws
  {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let made = try convene.python(
      "make_workbook.py", [library, "export.xlsx"] + (macDates ? ["--1904"] : []))
    #expect(made.status == 0, "\(made.error)")
    let file = convene.path("export.xlsx")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(
      result.output.contains("Read \(file): sheet \"Form responses\" of an .xlsx workbook, 2 rows.")
    )
    #expect(try convene.participantRow(ws, email: "leila.haddad@beirut.example.org") == Self.leila)
    #expect(try convene.participantRow(ws, email: "noemie.cote@lyon.example.org") == Self.noemie)

    // The cells as the import saw them: dates in ISO, numbers as written, booleans as Excel shows them.
    let table = try ImportTable.read(Array(convene.bytes(file)))
    #expect(table.sheet == "Form responses")
    #expect(table.rows.map(\.line) == [2, 3])
    #expect(
      table.rows[0].fields == [
        "2027-01-20 09:05:31", "ليلى حداد", "leila.haddad@beirut.example.org", "منسقة المشاريع",
        "بلدية بيروت", "بيروت", "LB",
        "practitioner", "47", "TRUE", "2027-03-08 14:30:00", "2027-03-10 18:00", "96170123456",
      ])
  }

  /// A date column whose format was cleared holds serial numbers in General cells: they count
  /// in the workbook's date system, so a workbook saved in the 1904 system gives the same
  /// arrivals as one saved in the 1900 system, and the summary says which it read.
  @Test(arguments: [
    ("openpyxl", false), ("openpyxl", true), ("xlsxwriter", false), ("xlsxwriter", true),
  ])
  func serialDatesInGeneralCellsCountInTheWorkbooksDateSystem(library: String, macDates: Bool) throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let made = try convene.python(
      "make_workbook.py", [library, "export.xlsx", "--general-dates"] + (macDates ? ["--1904"] : []))
    #expect(made.status == 0, "\(made.error)")
    let result = try convene.run("participants", "import", convene.path("export.xlsx"), "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("Excel serial numbers (\(macDates ? 1904 : 1900) date system)"), "\(result.output)")
    #expect(try convene.participantRow(ws, email: "leila.haddad@beirut.example.org") == Self.leila)
    #expect(try convene.participantRow(ws, email: "noemie.cote@lyon.example.org") == Self.noemie)
  }

  @Test func anotherSheetIsChosenByName() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    #expect(try convene.python("make_workbook.py", ["xlsxwriter", "export.xlsx"]).status == 0)
    let file = convene.path("export.xlsx")
    let result = try convene.run(
      "participants", "import", file, "--sheet", "Late registrations", "--workspace", ws, "--json")
    #expect(result.status == 0, "\(result.error)")
    let summary = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as! [String: Any]
    #expect(summary["format"] as? String == "xlsx")
    #expect(summary["sheet"] as? String == "Late registrations")
    #expect(summary["encoding"] is NSNull)
    #expect(
      try convene.participantRow(ws, email: "jose.nunez@bogota.example.org")
        == "p060,José Núñez,jose.nunez@bogota.example.org,practitioner,Asesor,Alcaldía de Bogotá,Bogotá,CO,Latin America and the Caribbean,,35-44,,,,2027-03-09 07:15,2027-03-10 12:00,,,yes,registered"
    )
    let missing = try convene.run(
      "participants", "import", file, "--sheet", "Feuil1", "--workspace", ws)
    #expect(missing.status == 1)
    #expect(
      missing.error
        == "\(file): the workbook has no sheet \"Feuil1\"; its sheets are \"Form responses\", \"Late registrations\"; nothing was imported\n"
    )
  }

  /// A workbook whose cancellations a filter hid, and whose first `Full name` column was hidden
  /// beside a corrected one: both were read without a word, the hidden row a registration and
  /// the hidden name the one stored. Each is now a warning naming the line or column; nothing
  /// is written without `--accept-warnings`.
  @Test func hiddenRowsAndColumnsAreWarnedOf() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let before = convene.bytes(ws + "/participants.csv")
    #expect(try convene.python("make_hidden_workbook.py", ["hidden.xlsx"]).status == 0)
    let result = try convene.run("participants", "import", convene.path("hidden.xlsx"), "--workspace", ws)
    #expect(result.status == 1, "\(result.output)\(result.error)")
    #expect(
      result.output.contains("  1 row is hidden in the workbook (a filter, or hidden by hand) and read like the others (line 5)"),
      "\(result.output)")
    #expect(result.output.contains("  Full name: the column is hidden in the workbook but read as name (line 1)"), "\(result.output)")
    #expect(convene.bytes(ws + "/participants.csv") == before)
    let json = try convene.run("participants", "import", convene.path("hidden.xlsx"), "--workspace", ws, "--json", "--dry-run")
    #expect(json.output.contains("\"hidden-rows\"") && json.output.contains("\"hidden-columns\""), "\(json.output)")
  }

  @Test func theKindOfFileIsToldByItsContentNotItsName() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    #expect(try convene.python("make_workbook.py", ["openpyxl", "export.csv"]).status == 0)
    let workbook = try convene.run(
      "participants", "import", convene.path("export.csv"), "--workspace", ws, "--dry-run")
    #expect(workbook.output.contains("sheet \"Form responses\" of an .xlsx workbook, 2 rows."))
    let text = try convene.write(
      "Name,Email,Country\nAwa Diop,awa@example.org,SN\n", to: "export.xlsx")
    let csv = try convene.run("participants", "import", text, "--workspace", ws, "--dry-run")
    #expect(csv.output.contains("Read \(text): UTF-8, ','-separated, 1 row."))
    let sheetOfText = try convene.run(
      "participants", "import", text, "--workspace", ws, "--sheet", "Sheet1")
    #expect(sheetOfText.status == 1)
    #expect(sheetOfText.error.contains("it is a text file, not a workbook"))
  }

  @Test func aDamagedWorkbookIsNamedAsSuchAndNeverReadAsText() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let before = convene.bytes(ws + "/participants.csv")
    #expect(try convene.python("make_workbook.py", ["xlsxwriter", "whole.xlsx"]).status == 0)
    let whole = convene.bytes(convene.path("whole.xlsx"))
    let cut = convene.path("cut.xlsx")
    try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: cut))
    let result = try convene.run("participants", "import", cut, "--workspace", ws)
    #expect(result.status == 1)
    #expect(
      result.error
        == "\(cut): not a readable .xlsx workbook: it is not a zip archive (or it is cut short); nothing was imported\n"
    )
    #expect(result.output.isEmpty)
    #expect(convene.bytes(ws + "/participants.csv") == before)
  }
}
