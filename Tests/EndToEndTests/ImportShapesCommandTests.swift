import Foundation
import Testing

/// `convene participants import` on the shapes of Microsoft Forms, Zoom and US Google Forms
/// exports, and the quality gate: what is read, what is refused, and that a refusal leaves
/// every file of the workspace as it was.
@Suite struct ImportShapesCommandTests {
  /// Imports an example export into a copy of the Dakar workshop.
  func importExample(_ file: String, _ options: String...) throws -> (ConveneRunner, String, ConveneRunner.Result) {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let result = try convene.run(["participants", "import", convene.example("registrations/\(file)"), "--workspace", ws] + options)
    return (convene, ws, result)
  }

  @Test func microsoftFormsNamesAreTheFullNameQuestion() throws {
    let (convene, ws, result) = try importExample("microsoft-forms.csv")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("Names read from \"Full name\"; not from \"Name\" (every row says \"anonymous\")."))
    #expect(result.output.contains("E-mail addresses read from \"Email address\"; not from \"Email\" (every row says \"anonymous\")."))
    #expect(result.output.contains("Dates in \"Completion time\": month/day/year (US), as line 6 shows (5/15/2027 1:30:11 PM), 12-hour clock."))
    #expect(!(try String(contentsOfFile: ws + "/participants.csv", encoding: .utf8)).contains("anonymous"))
    #expect(
      try convene.participantRow(ws, email: "ama.asante@accra.example.org")
        == "p060,Ama Asante,ama.asante@accra.example.org,mayor,Mayor,Municipality of Accra,Accra,GH,West and Central Africa,man,55-64,en;fr,,,,,,,no,waitlisted"
    )
    #expect(try convene.run("check", "--workspace", ws).status == 0)
  }

  /// The local officials' quota of the example is full: Otieno Njoroge waits for a place.
  @Test func aZoomRegistrationReportIsReadBelowItsPreamble() throws {
    let (convene, ws, result) = try importExample("zoom-registration-report.csv")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("UTF-8, ','-separated, 5 rows."))
    #expect(result.output.contains("Header on line 7; lines 1-6 before it skipped (a report's preamble)."))
    #expect(result.output.contains("Dates in \"Registration Time\": month names, 24-hour clock."))
    #expect(
      try convene.participantRow(ws, email: "otieno.njoroge@nairobi.example.org")
        == "p060,Otieno Njoroge,otieno.njoroge@nairobi.example.org,local-official,Prevention Coordinator,City of Nairobi,Nairobi,KE,East and Southern Africa,,,,,,,,,,no,waitlisted"
    )
    #expect(try convene.run("check", "--workspace", ws).status == 0)
  }

  @Test func theJSONSummarySaysWhereTheHeaderWasAndHowDatesWereRead() throws {
    let (_, _, result) = try importExample("zoom-registration-report.csv", "--dry-run", "--json")
    let report = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as! [String: Any]
    #expect(report["header_line"] as? Int == 7)
    #expect((report["preamble"] as? [String: Int]) == ["first": 1, "last": 6])
    let dates = report["dates"] as! [[String: Any]]
    #expect(dates.map { $0["column"] as! String } == ["Registration Time"])
    #expect(dates[0]["forms"] as? [String] == ["monthName"])
    #expect(dates[0]["clock"] as? String == "24-hour")
    #expect((report["warnings"] as! [Any]).isEmpty)
    #expect((report["added"] as! [Any]).count == 5)
  }

  @Test func aTeamsReportInUTF16IsReadBelowItsSummary() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let file = try convene.writeTeamsReport([
      "1. Summary", "Meeting title\tCity hub webinar", "Attended participants\t1", "", "2. Participants",
      "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole\tCategory",
      "Salma Mansouri\t3/20/27, 3:01:10 PM\t3/20/27, 4:00:02 PM\t58m 52s\tsalma.mansouri@rabat.example.org\tsalma.mansouri@rabat.example.org\tPresenter\tMayor",
      "", "3. In-Meeting Activities", "Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole",
      "Salma Mansouri\t3/20/27, 3:01:10 PM\t3/20/27, 4:00:02 PM\t58m 52s\tsalma.mansouri@rabat.example.org\tPresenter",
    ], to: "teams.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws, "--map", "Role=ignore")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("UTF-16LE with BOM, tab-separated, 1 row."))
    #expect(result.output.contains("Header on line 6; lines 1-5 before it skipped (a report's preamble)."))
    #expect(result.output.contains("Left out: the table \"3. In-Meeting Activities\" with its header on line 10 (1 row)."))
    #expect(try convene.participantRow(ws, email: "salma.mansouri@rabat.example.org") == "p060,Salma Mansouri,salma.mansouri@rabat.example.org,mayor,,,,,,,,,,,,,,,no,waitlisted")
  }

  @Test func usDatesAreReadMonthFirstAndAnAmbiguousColumnIsRefused() throws {
    let (convene, ws, result) = try importExample("us-month-first.csv")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("Dates in \"Timestamp\": month/day/year (US), as line 3 shows (5/13/2027 13:03:11), 24-hour clock."))
    #expect(
      try convene.participantRow(ws, email: "grace.campbell@highlandpark.example.org")
        == "p060,Grace Campbell,grace.campbell@highlandpark.example.org,mayor,Mayor,Municipality of Highland Park,Highland Park,US,North America,,,,,,2027-03-08 08:30,,,,no,waitlisted"
    )

    let before = try ConveneRunner.snapshot(ws)
    let ambiguous = try convene.write(
      "Timestamp,Email Address,Full name,Category,Arrival\n5/3/2027 14:02:11,ada@example.org,Ada Example,Mayor,3/1/2027 9:00\n"
        + "5/4/2027 10:00:00,bo@example.org,Bo Example,Youth,3/2/2027 9:00\n",
      to: "ambiguous.csv")
    let refused = try convene.run("participants", "import", ambiguous, "--workspace", ws)
    #expect(refused.status == 1)
    #expect(
      refused.error.contains(
        "ambiguous.csv: the column \"Timestamp\" does not say whether its dates are day/month/year or month/day/year: no date has a day over 12, and 2 dates read differently either way (line 2: 5/3/2027 14:02:11); give --date-order dmy or --date-order mdy"
      ), "\(refused.error)")
    #expect(try ConveneRunner.snapshot(ws) == before)
    let told = try convene.run("participants", "import", ambiguous, "--workspace", ws, "--date-order", "mdy")
    #expect(told.status == 0, "\(told.output)\(told.error)")
    #expect(told.output.contains("Dates in \"Arrival\": month/day/year (US), from --date-order mdy, 24-hour clock."))
    #expect(try convene.participantRow(ws, email: "ada@example.org")?.contains(",2027-03-01 09:00,") == true)
  }

  /// UTF-8 text read as Windows-1252 and saved again, made with iconv as it happens.
  func doubleEncoded(_ convene: ConveneRunner) throws -> String {
    try convene.iconv(
      "Timestamp,Email Address,Full name,Job title,City,Country,Category\n"
        + "2027-05-10 10:00:00,helene@example.org,Hélène Lefèvre,Adjointe au maire,Lyon,FR,Mayor\n"
        + "2027-05-11 10:00:00,leila@example.org,ليلى حداد,Youth Ambassador,Saida,LB,Youth\n",
      from: "WINDOWS-1252", to: "UTF-8", as: "double.csv")
  }

  @Test func aDoubleEncodedFileIsRefusedAndTheWorkspaceLeftAsItWas() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let file = try doubleEncoded(convene)
    let before = try ConveneRunner.snapshot(ws)

    let dry = try convene.run("participants", "import", file, "--workspace", ws, "--dry-run")
    #expect(dry.status == 1)
    #expect(dry.output.contains("Full name: 2 cells look double-encoded: \"HÃ©lÃ¨ne LefÃ¨vre\" is \"Hélène Lefèvre\" written as UTF-8, read as Windows-1252 and saved again (lines 2, 3)"))

    let refused = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(refused.status == 1)
    #expect(refused.output.contains("Warnings (nothing is written unless --accept-warnings is given):"))
    #expect(refused.output.contains("hint: export the file again from the form tool, or undo the damage with iconv -f utf-8 -t windows-1252 FILE > repaired.csv and import that"))
    #expect(refused.output.contains("Nothing was written: check the warnings above, and import anyway with --accept-warnings if the file is right."))
    #expect(try ConveneRunner.snapshot(ws) == before)

    let json = try convene.run("participants", "import", file, "--workspace", ws, "--json")
    let report = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as! [String: Any]
    let warnings = report["warnings"] as! [[String: Any]]
    #expect(warnings.map { $0["kind"] as! String } == ["mojibake"])
    #expect(warnings[0]["lines"] as? [Int] == [2, 3])
    #expect(report["written"] as? Bool == false)
    #expect(try ConveneRunner.snapshot(ws) == before)

    let accepted = try convene.run("participants", "import", file, "--workspace", ws, "--accept-warnings")
    #expect(accepted.status == 0, "\(accepted.output)\(accepted.error)")
    #expect(accepted.output.contains("Warnings (accepted with --accept-warnings):"))
    // Names are kept as written, even damaged ones: the warning was seen and accepted.
    #expect(try convene.participantRow(ws, email: "helene@example.org")?.hasPrefix("p060,HÃ©lÃ¨ne LefÃ¨vre,helene@example.org,mayor,") == true)
  }

  @Test func theDoubleEncodedExampleIsRefused() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let before = try ConveneRunner.snapshot(ws)
    let result = try convene.run("participants", "import", convene.example("registrations/double-encoded.csv"), "--workspace", ws)
    #expect(result.status == 1)
    #expect(result.output.contains("Full name: 4 cells look double-encoded"))
    #expect(try ConveneRunner.snapshot(ws) == before)
  }

  @Test func duplicateGroupsAreCappedInTextAndCompleteInJSON() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    var lines = ["Name,Email,City,Category"]
    for n in 0..<120 { lines.append("Mohamed Ahmed,m\(n)@example.org,Cairo,Youth") }
    for n in 0..<60 { lines.append("Person \(n) Example,p\(n)@example.org,Town \(n),Youth") }
    for n in 0..<60 { lines.append("Person \(n) Example,q\(n)@example.org,Town \(n),Youth") }
    let file = try convene.write(lines.joined(separator: "\n") + "\n", to: "many.csv")
    let text = try convene.run("participants", "import", file, "--workspace", ws, "--dry-run")
    #expect(text.output.contains("Probable duplicates (same name and city, different e-mails; not merged): 61 groups of 240 people:"))
    #expect(text.output.contains("  Mohamed Ahmed, Cairo: 120 people: p060, p061, p062, p063, p064, p065, p066, p067, p068, p069 and 110 more"))
    #expect(text.output.contains("  ... and 11 more groups (see --json)"))
    let json = try convene.run("participants", "import", file, "--workspace", ws, "--dry-run", "--json")
    let report = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as! [String: Any]
    let clusters = report["duplicate_clusters"] as! [[String: Any]]
    #expect(clusters.count == 61)
    #expect((clusters[0]["ids"] as! [String]).count == 120)
    #expect(clusters[0]["size"] as? Int == 120)
  }
}
