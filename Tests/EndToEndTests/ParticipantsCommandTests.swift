import Foundation
import Testing

@Suite struct ParticipantsCommandTests {
  @Test(arguments: [
    ("google-forms-fr.csv", "UTF-8 with BOM, ','-separated, 8 rows"),
    ("kobotoolbox.csv", "UTF-8, ';'-separated, 4 rows"),
    ("excel-unicode-text.txt", "UTF-16LE with BOM, tab-separated, 3 rows"),
    ("excel-windows-1252.csv", "Windows-1252, ';'-separated, 2 rows"),
    ("microsoft-forms.csv", "UTF-8 with BOM, ','-separated, 6 rows"),
    ("zoom-registration-report.csv", "UTF-8, ','-separated, 5 rows"),
    ("us-month-first.csv", "UTF-8, ','-separated, 4 rows"),
  ])
  func importsWhatFormToolsAndSpreadsheetsExport(file: String, description: String) throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let result = try convene.run("participants", "import", convene.example("registrations/\(file)"), "--workspace", ws)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains(description))
    #expect(try convene.run("check", "--workspace", ws).status == 0)
  }

  @Test func importedValuesAreNormalisedAndNamesKept() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    try convene.run("participants", "import", convene.example("registrations/excel-windows-1252.csv"), "--workspace", ws)
    try convene.run("participants", "import", convene.example("registrations/excel-unicode-text.txt"), "--workspace", ws)
    let text = try String(contentsOfFile: ws + "/participants.csv", encoding: .utf8)
    let rows = text.split(separator: "\r\n").map(String.init)
    #expect(rows.contains { $0.hasPrefix("p060,Noémie Côté,noemie.cote@lyon.example.org,practitioner,Psychologist,,Lyon,FR,Europe,") })
    #expect(rows.contains { $0.contains(",ليلى حداد,") && $0.contains(",LB,Middle East and North Africa,woman,") && $0.contains(",ar;en,") })
  }

  @Test func aRejectedRowLeavesTheWorkspaceUntouched() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let before = convene.bytes(ws + "/participants.csv")
    let file = try convene.write("Name,Email,Country,Category\nAda Example,ada@example.org,Kenya,Youth\nBob Example,bob@example,Kenya,Youth\n", to: "export.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 1)
    #expect(result.output.contains("export.csv:3: email: \"bob@example\" is not an e-mail address"))
    #expect(result.output.contains("Nothing was written"))
    #expect(convene.bytes(ws + "/participants.csv") == before)
    #expect(convene.lockIsFree(ws))

    let skipped = try convene.run("participants", "import", file, "--workspace", ws, "--skip-invalid")
    #expect(skipped.status == 0)
    #expect(try String(contentsOfFile: ws + "/participants.csv", encoding: .utf8).contains("ada@example.org"))
  }

  @Test func aDryRunWritesNothingAndAReImportChangesNothing() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let original = convene.bytes(ws + "/participants.csv")
    let export = convene.example("registrations/google-forms-fr.csv")
    let dry = try convene.run("participants", "import", export, "--dry-run", "--workspace", ws)
    #expect(dry.output.contains("added      8"))
    #expect(convene.bytes(ws + "/participants.csv") == original)

    try convene.run("participants", "import", export, "--workspace", ws)
    let imported = convene.bytes(ws + "/participants.csv")
    let again = try convene.run("participants", "import", export, "--json", "--workspace", ws)
    let report = try JSONSerialization.jsonObject(with: Data(again.output.utf8)) as! [String: Any]
    #expect((report["added"] as! [Any]).isEmpty)
    #expect((report["updated"] as! [Any]).isEmpty)
    #expect((report["unchanged"] as! [Any]).count == 8)
    #expect(report["written"] as? Bool == false)
    #expect(convene.bytes(ws + "/participants.csv") == imported)
  }

  @Test func unreadableFilesAreNamed() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let missing = try convene.run("participants", "import", "nowhere.csv", "--workspace", ws)
    #expect(missing.status == 1)
    #expect(missing.error.contains("nowhere.csv: no such file"))
    let broken = try convene.write("Name,Email\n\"Ada,ada@example.org\nBob,bob@example.org\n", to: "broken.csv")
    let result = try convene.run("participants", "import", broken, "--workspace", ws)
    #expect(result.status == 1)
    #expect(result.error.contains("broken.csv:2: a quoted field is never closed"))
  }

  @Test func formulasInAnExportCannotRunInASpreadsheet() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let file = try convene.write("Name,Email,Organisation,Category\n\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",f@example.org,@SUM(1),Media\n", to: "f.csv")
    let before = try String(contentsOfFile: ws + "/participants.csv", encoding: .utf8)
    let warned = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(warned.status == 1)
    #expect((warned.output + warned.error).contains("Name: 1 of 1 row has a spreadsheet formula for a name (\"=HYPERLINK("))
    #expect(try String(contentsOfFile: ws + "/participants.csv", encoding: .utf8) == before)
    #expect(try convene.run("participants", "import", file, "--accept-warnings", "--workspace", ws).status == 0)
    let stored = try String(contentsOfFile: ws + "/participants.csv", encoding: .utf8)
    #expect(stored.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",f@example.org,media,,'@SUM(1),"))
    let listed = try convene.run("participants", "list", "--format", "csv", "--search", "f@example.org", "--workspace", ws)
    #expect(listed.output.contains("\"'=HYPERLINK("))
    #expect(listed.output.contains(",'@SUM(1),"))
    let json = try convene.run("participants", "list", "--format", "json", "--search", "f@example.org", "--workspace", ws)
    #expect(json.output.contains("\"name\": \"=HYPERLINK("))
  }

  @Test func thePublicListShowsOnlyWhatPeopleAgreedTo() throws {
    let convene = ConveneRunner()
    let summit = convene.example("amman-global-summit")
    let all = try convene.run("participants", "list", "--format", "json", "--workspace", summit)
    let people = try JSONSerialization.jsonObject(with: Data(all.output.utf8)) as! [[String: Any]]
    let hidden = people.filter { $0["publish_name"] as? Bool == false && ["confirmed", "registered", "invited"].contains($0["status"] as! String) }
    #expect(!hidden.isEmpty)
    let result = try convene.run("participants", "list", "--public", "--format", "json", "--workspace", summit)
    let shown = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as! [[String: Any]]
    #expect(!result.output.contains("@"))
    #expect(!result.output.contains("\"category\""))
    for person in hidden { #expect(!result.output.contains(person["name"] as! String)) }
    #expect(shown.filter { $0["name"] == nil }.count == hidden.count)
    #expect(Set(shown.flatMap(\.keys)) == ["name", "title", "organisation", "city", "country"])
  }

  /// A filter on a field the public list does not show would publish that field of everyone it
  /// lists, names hidden or not (`--category practitioner` printed exactly the 3 practitioners).
  @Test func thePublicListIsFilteredOnlyOnWhatItShows() throws {
    let convene = ConveneRunner()
    let dakar = convene.example("dakar-regional-workshop")
    for filter in [["--category", "practitioner"], ["--status", "confirmed"], ["--city", "Dakar"], ["--search", "Diop"], ["--cohort", "c1"]] {
      let result = try convene.run(["participants", "list", "--public"] + filter + ["--workspace", dakar])
      #expect(result.status != 0, "\(filter)")
      #expect(result.output.isEmpty, "\(filter)")
      #expect(result.error.contains("\(filter[0]) would publish what it hides"), "\(result.error)")
    }
    let byCountry = try convene.run("participants", "list", "--public", "--country", "SN", "--format", "csv", "--workspace", dakar)
    #expect(byCountry.status == 0)
    let rows = byCountry.output.split(whereSeparator: \.isNewline).dropFirst()
    #expect(!rows.isEmpty && rows.allSatisfy { $0.hasSuffix(",SN") }, "\(rows)")
  }

  @Test func cancellingPromotesFromTheWaitlist() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let waitlist = try convene.run("participants", "waitlist", "--workspace", ws)
    let first = try #require(waitlist.output.split(separator: "\n").dropFirst().first?.split(separator: " ", omittingEmptySubsequences: true)[1])
    // A local official's place: the first of the local officials waiting (their quota is full).
    let cancelled = try convene.run("participants", "cancel", "p013", "--workspace", ws)
    #expect(cancelled.status == 0)
    #expect(cancelled.output.contains("p013: confirmed -> cancelled"))
    #expect(cancelled.output.contains("\(first): waitlisted -> registered (a place became free)"))
    let unknown = try convene.run("participants", "confirm", "p999", "--workspace", ws)
    #expect(unknown.status == 1)
    #expect(unknown.error.contains("no participant has the id \"p999\"; nothing was changed"))
  }

  /// Confirming someone confirmed again frees no place, so it says so and changes nothing.
  @Test func confirmingAgainIsANoOpThatSaysSo() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let before = try Data(contentsOf: URL(fileURLWithPath: ws + "/participants.csv"))
    let waitlist = try convene.run("participants", "waitlist", "--workspace", ws).output
    let again = try convene.run("participants", "confirm", "p009", "--workspace", ws)
    #expect(again.status == 0, "\(again.error)")
    #expect(again.output == "p009: already confirmed\nNothing changed.\n")
    #expect(try Data(contentsOf: URL(fileURLWithPath: ws + "/participants.csv")) == before)
    #expect(try convene.run("participants", "waitlist", "--workspace", ws).output == waitlist)
  }

  /// An id with a line break is quoted on the error's one line, escaped, as any value is.
  @Test func anUnknownIdWithALineBreakIsQuotedOnOneLine() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let before = try Data(contentsOf: URL(fileURLWithPath: ws + "/participants.csv"))
    let refused = try convene.run("participants", "confirm", "p004\r\nBcc: x", "--workspace", ws)
    #expect(refused.status == 1)
    #expect(refused.error.contains("no participant has the id \"p004\\r\\nBcc: x\"; nothing was changed"), "\(refused.error)")
    #expect(!refused.error.contains("\n") || refused.error.split(separator: "\n").count == 1)
    #expect(try Data(contentsOf: URL(fileURLWithPath: ws + "/participants.csv")) == before)
  }

  /// Two of three is 67 %, one of three 33 %: rounded to the nearest, not cut down.
  @Test func statisticsRoundPercentages() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let file = try convene.write(
      "Email Address,Full name,City,Country,Category\n"
        + "a@x.org,Ana Silva,Lisbon,Portugal,Mayor\nb@x.org,Bo Li,Lisbon,Portugal,Mayor\nc@x.org,Cy Ba,Lisbon,Portugal,Youth\n",
      to: "three.csv")
    #expect(try convene.run("participants", "import", file, "--workspace", ws).status == 0)
    let stats = try convene.run("participants", "stats", "--workspace", ws)
    #expect(stats.status == 0, "\(stats.error)")
    let lines = stats.output.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
    #expect(lines.contains("mayor 2 67"), "\(stats.output)")
    #expect(lines.contains("youth 1 33"), "\(stats.output)")
  }

  /// A Chinese name takes two columns a character on a terminal: the list stays aligned.
  @Test func theListStaysAlignedBesideWideCharacters() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let file = try convene.write(
      "Email Address,Full name,City,Country,Category\nc@x.org,李小龙,Lisbon,Portugal,Youth\nb@x.org,Bo Li,Lisbon,Portugal,Mayor\n",
      to: "wide.csv")
    #expect(try convene.run("participants", "import", file, "--workspace", ws).status == 0)
    let list = try convene.run("participants", "list", "--workspace", ws)
    #expect(list.status == 0, "\(list.error)")
    let lines = list.output.split(separator: "\n")
    #expect(lines.contains("p001  李小龙  c@x.org  youth                   PT       registered"), "\(list.output)")
    #expect(lines.contains("p002  Bo Li   b@x.org  mayor                   PT       registered"), "\(list.output)")
  }

  @Test func statisticsAddUp() throws {
    let convene = ConveneRunner()
    let result = try convene.run("participants", "stats", "--json", "--workspace", convene.example("dakar-regional-workshop"))
    let json = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as! [String: Any]
    let total = json["total"] as! Int
    for field in ["category", "status", "gender", "age_group", "region", "country"] {
      let counts = (json[field] as! [[String: Any]]).map { $0["count"] as! Int }
      #expect(counts.reduce(0, +) == total)
    }
  }

  /// Two local officials' places are free: the third on the waitlist is confirmed only with
  /// --out-of-turn, and `promote` then gives the other place to the first.
  @Test func confirmingPastTheWaitlistIsRefusedUnlessOutOfTurn() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let event = try String(contentsOfFile: ws + "/event.json", encoding: .utf8)
    try event.replacingOccurrences(of: "\"quota\": 10 }", with: "\"quota\": 12 }")
      .write(toFile: ws + "/event.json", atomically: true, encoding: .utf8)
    let before = convene.bytes(ws + "/participants.csv")
    let refused = try convene.run("participants", "confirm", "p026", "--workspace", ws)
    #expect(refused.status == 1)
    #expect(
      refused.error.contains(
        "participants.csv: a free place would go to p026 while p024, p025 wait for it ahead on the waitlist; `participants promote` offers places in waitlist order, or use --out-of-turn to give p026 the place first; nothing was changed"
      ), "\(refused.error)")
    #expect(convene.bytes(ws + "/participants.csv") == before)
    let jumped = try convene.run("participants", "confirm", "p026", "--out-of-turn", "--workspace", ws)
    #expect(jumped.status == 0 && jumped.output == "p026: waitlisted -> confirmed\n", "\(jumped.error)")
    let promoted = try convene.run("participants", "promote", "--workspace", ws)
    #expect(promoted.output == "p024: waitlisted -> registered (a place became free)\n")
  }
}
