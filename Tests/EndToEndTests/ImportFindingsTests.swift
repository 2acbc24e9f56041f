import Foundation
import Testing

/// A tester's import findings: one row of Cyrillic capitals read as Arabic in an Arabic event,
/// a day-first workbook that went through US-locale Excel, a Zoom registrant denied after an
/// earlier import, and "Congo" alone. Each file is made as the tester made it (iconv, openpyxl,
/// the Zoom report of the examples).
@Suite struct ImportFindingsTests {
  static let header = "Timestamp,Email Address,Full name,Organization,City,Country,Category,Gender,Age\r\n"

  /// A global summit's workspace: its languages are English, French and Arabic.
  static func summit(_ convene: ConveneRunner) throws -> String {
    let ws = convene.path("summit")
    let made = try convene.run(
      "init", ws, "--kind", "global-summit", "--start", "2027-03-08", "--timezone", "Africa/Cairo")
    #expect(made.status == 0, "\(made.error)")
    #expect(try String(contentsOfFile: ws + "/event.json", encoding: .utf8).contains(#""ar""#))
    return ws
  }

  /// A one-row export (after `header`) converted by iconv to `encoding`, imported into a new
  /// summit's workspace: the runner, the workspace, the file and the result.
  static func importOneRow(_ row: String, in encoding: String) throws
    -> (ConveneRunner, String, String, ConveneRunner.Result)
  {
    let convene = ConveneRunner()
    let ws = try summit(convene)
    let file = try convene.iconv(header + row, to: encoding, as: "\(encoding).csv")
    return (convene, ws, file, try convene.run("participants", "import", file, "--workspace", ws))
  }

  static func participants(_ ws: String) throws -> String {
    try String(contentsOfFile: ws + "/participants.csv", encoding: .utf8)
  }

  @Test(arguments: [("ИВАН ПЕТРОВ", "КИЕВ", "Ukraine"), ("СЕРГЕЙ ЖУКОВ", "ВОЛГОГРАД", "Russia")])
  func oneRowOfCyrillicCapitalsIsRefusedInAnArabicEvent(name: String, city: String, country: String) throws {
    let (convene, ws, file, result) = try Self.importOneRow(
      "2027-01-10 10:00:00,n@x.example.org,\(name),CH,\(city),\(country),Mayor,Male,40\r\n", in: "CP1251")
    #expect(result.status == 1, "\(result.output)\(result.error)")
    let said = result.output + result.error
    #expect(said.contains("Windows-1251") && said.contains("Windows-1256") && said.contains("--encoding"), "\(said)")
    #expect(said.contains(name), "the Cyrillic reading is shown: \(said)")
    #expect(!(try Self.participants(ws).contains("n@x.example.org")))

    let given = try convene.run("participants", "import", file, "--encoding", "windows-1251", "--workspace", ws)
    #expect(given.status == 0, "\(given.output)\(given.error)")
    #expect(
      try convene.participantRow(ws, email: "n@x.example.org")?.hasPrefix("p001,\(name),n@x.example.org,") == true)
    #expect(try convene.participantRow(ws, email: "n@x.example.org")?.contains(",CH,\(city),") == true)
  }

  @Test func oneRowOfArabicInWindows1256IsStillReadInAnArabicEvent() throws {
    // ق (0xDE) has no character in ISO-8859-6: Windows-1256 is the one Arabic reading.
    let (convene, ws, _, result) = try Self.importOneRow(
      "2027-01-10 10:00:00,m@x.example.org,محمد الشواربة,بلدية القاهرة,القاهرة,مصر,Mayor,Male,40\r\n", in: "CP1256")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("Windows-1256"), "\(result.output)")
    let row = try #require(try convene.participantRow(ws, email: "m@x.example.org"))
    #expect(row.hasPrefix("p001,محمد الشواربة,m@x.example.org,"), "\(row)")
    #expect(row.contains(",بلدية القاهرة,القاهرة,EG,"), "\(row)")
  }

  @Test func aDayFirstWorkbookSavedByUSExcelIsRefusedNamingTheColumnAndTwoLines() throws {
    let convene = ConveneRunner()
    let ws = try Self.summit(convene)
    let before = try Self.participants(ws)
    let made = try convene.python("make_hostile_workbook.py", ["us-swapped", "swapped.xlsx"])
    #expect(made.status == 0, "\(made.error)")
    let file = convene.path("swapped.xlsx")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 1, "\(result.output)\(result.error)")
    let said = result.output + result.error
    #expect(said.contains("the column \"Timestamp\" of sheet \"Sheet\" holds dates stored with a fixed order (line 2: 2027-05-03 10:00:00)"), "\(said)")
    #expect(said.contains("beside dates written day/month/year (line 4: 13/03/2027 10:00)"), "\(said)")
    #expect(said.contains("export the form again") && said.contains("--date-order dmy"), "\(said)")
    #expect(try Self.participants(ws) == before)

    // The organiser who says how to read it gets what they said.
    let told = try convene.run("participants", "import", file, "--date-order", "dmy", "--workspace", ws)
    #expect(told.status == 0, "\(told.output)\(told.error)")
    #expect(try convene.participantRow(ws, email: "third@x.example.org")?.hasPrefix("p001,Third Bird,") == true)
    #expect(try convene.participantRow(ws, email: "early@x.example.org")?.hasPrefix("p003,Early Bird,") == true)
  }

  @Test func aDateColumnOfYearFirstDatesThatCannotBeSwappedIsRead() throws {
    // 2027-03-13 cannot be a swapped date (13 is no month): it stands beside day-first text.
    let convene = ConveneRunner()
    let ws = try Self.summit(convene)
    let file = try convene.write(
      "Timestamp,Full name,Email Address,City,Country,Category\r\n"
        + "2027-03-13 10:00:00,Ana Uno,a@x.example.org,Lyon,France,Mayor\r\n"
        + "20/03/2027 10:00,Beto Dos,b@x.example.org,Lyon,France,Mayor\r\n", to: "mixed.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(try convene.participantRow(ws, email: "b@x.example.org")?.hasPrefix("p002,Beto Dos,") == true)
  }

  @Test func aZoomRegistrantDeniedAfterAnEarlierImportIsShownHoldingHisPlace() throws {
    let convene = ConveneRunner()
    let ws = try Self.summit(convene)
    let report = try String(contentsOfFile: convene.example("registrations/zoom-registration-report.csv"), encoding: .utf8)
    let amina = "Amina,Wanjiru,amina.wanjiru@nairobi.example.org,Nairobi,Kenya,City of Nairobi,Planner,\"May 17, 2027 08:00:30\",%@,Civil society\n"
    let approved = try convene.write(report + amina.replacingOccurrences(of: "%@", with: "approved"), to: "approved.csv")
    let first = try convene.run("participants", "import", approved, "--workspace", ws, "--accept-warnings")
    #expect(first.status == 0, "\(first.output)\(first.error)")
    let id = try #require(try convene.participantRow(ws, email: "amina.wanjiru@nairobi.example.org")?.prefix(4))
    #expect(id == "p006")

    let denied = try convene.write(report + amina.replacingOccurrences(of: "%@", with: "denied"), to: "denied.csv")
    let second = try convene.run("participants", "import", denied, "--workspace", ws, "--accept-warnings")
    #expect(second.status == 0, "\(second.output)\(second.error)")
    #expect(
      second.output.contains(
        "  \(denied):13: Amina Wanjiru <amina.wanjiru@nairobi.example.org>: denied; already registered as p006 "
          + "and holding a place: `convene participants cancel p006` frees it for the waitlist\n"), "\(second.output)")
    let json = try convene.run("participants", "import", denied, "--workspace", ws, "--json", "--dry-run", "--accept-warnings")
    let summary = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
    let declined = try #require((summary["declined"] as? [[String: Any]])?.first)
    #expect(declined["participant"] as? String == "p006")
    #expect(declined["status"] as? String == "registered")
    #expect(declined["holds_place"] as? Bool == true)

    // The command the summary names frees the place; the next import says so.
    let cancelled = try convene.run("participants", "cancel", "p006", "--workspace", ws)
    #expect(cancelled.status == 0, "\(cancelled.output)\(cancelled.error)")
    let third = try convene.run("participants", "import", denied, "--workspace", ws, "--accept-warnings")
    #expect(
      third.output.contains("<amina.wanjiru@nairobi.example.org>: denied; already cancelled as p006\n"), "\(third.output)")
  }

  @Test func congoAloneIsRefusedAndTheDemocraticRepublicIsReadInItsListSpellings() throws {
    let convene = ConveneRunner()
    let ws = try Self.summit(convene)
    let rows = [
      ("a", "Congo"), ("b", "الكونغو"), ("c", "Congo, Democratic Republic of the"), ("d", "الكونغو الديمقراطية"),
      ("e", "Congo-Brazzaville"), ("f", "CONGO"),
    ]
    let file = try convene.write(
      "Full name,Email Address,City,Country,Category\r\n"
        + rows.map { "Person \($0.0),\($0.0)@x.example.org,Town,\"\($0.1)\",Mayor\r\n" }.joined(), to: "congo.csv")
    let refused = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(refused.status == 1)
    let said = refused.output + refused.error
    for (line, name) in [(2, "Congo"), (3, "الكونغو"), (7, "CONGO")] {
      #expect(
        said.contains(
          "\(file):\(line): country: \"\(name)\" may be CG (the Republic of the Congo, Brazzaville) or "
            + "CD (the Democratic Republic of the Congo, Kinshasa): write the code or the full name"), "\(said)")
    }
    let imported = try convene.run("participants", "import", file, "--workspace", ws, "--skip-invalid")
    #expect(imported.status == 0, "\(imported.output)\(imported.error)")
    for (email, code) in [("c", "CD"), ("d", "CD"), ("e", "CG")] {
      #expect(try convene.participantRow(ws, email: "\(email)@x.example.org")?.contains(",Town,\(code),") == true)
    }
    #expect(try convene.participantRow(ws, email: "a@x.example.org") == nil)
  }
}
