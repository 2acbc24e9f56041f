import Foundation
import Testing

/// A new user's import findings on statuses with Sahel, Mashreq and Central American hubs'
/// exports: `Unable to attend` and its kind, waiting lists, Eventbrite's order status, Google
/// Forms' "Event RSVP" template, a Portuguese MS-DOS file and a Turkish dotted capital in an
/// address. Each file is made as the tool writes it.
@Suite struct ImportStatusWordsFindingsTests {
  /// The Dakar example with French and Arabic, as a Sahel hub runs it.
  func sahelWorkshop(_ convene: ConveneRunner) throws -> String {
    let ws = try convene.copyExample("dakar-regional-workshop")
    let event = ws + "/event.json"
    let text = try String(contentsOfFile: event, encoding: .utf8)
    let languages = try #require(text.range(of: #""languages": \[[^\]]*\]"#, options: .regularExpression))
    try text.replacingCharacters(in: languages, with: #""languages": ["fr", "ar"]"#)
      .write(toFile: event, atomically: true, encoding: .utf8)
    return ws
  }

  /// A Google Forms export with a `Statut` column: the statuses saying the person cannot come
  /// are declined, shown under the column read as the status, and nothing else is written.
  @Test func unableToAttendTakesNoPlace() throws {
    let convene = ConveneRunner()
    let ws = try sahelWorkshop(convene)
    let file = try convene.write(
      "Horodateur,Adresse e-mail,Nom complet,Pays,Catégorie,Statut\r\n"
        + "2027/01/01 10:00:00,f10@example.org,Aminata Maïga,Mali,youth,Confirmé\r\n"
        + "2027/01/02 10:00:00,f11@example.org,Ousmane Cissé,Mali,youth,Unable to attend\r\n"
        + "2027/01/03 10:00:00,f12@example.org,Hawa Touré,Mali,youth,Impossible de participer\r\n"
        + "2027/01/05 10:00:00,f14@example.org,محمد ولد سيدي,Mali,youth,مستحيل الحضور\r\n",
      to: "f1.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("Statut -> status"), "\(result.output)")
    #expect(result.output.contains("declined   3"), "\(result.output)")
    let stored = try convene.participantsText(ws)
    #expect(stored.contains("f10@example.org"))
    #expect(!stored.contains("f11@") && !stored.contains("f12@") && !stored.contains("f14@"))
  }

  /// Google Forms' "Event RSVP" template: `Sorry, can't make it` takes no place.
  @Test func anRSVPAnswerOfNoTakesNoPlace() throws {
    let convene = ConveneRunner()
    let ws = try sahelWorkshop(convene)
    let file = try convene.write(
      "Timestamp,What is your name?,Email Address,Can you attend?,How many of you are attending?,Country,Category\r\n"
        + "3/1/2027 10:02:11,Mona Khalil,mona@example.org,\"Yes,  I'll be there\",1,Lebanon,youth\r\n"
        + "3/2/2027 11:02:11,Rami Saad,rami@example.org,\"Sorry, can't make it\",0,Lebanon,youth\r\n",
      to: "rsvp.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws, "--date-order", "mdy")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    let stored = try convene.participantsText(ws)
    #expect(stored.contains("mona@example.org") && !stored.contains("rami@example.org"))
  }

  /// A Portuguese "CSV (MS-DOS)" file in CP860: the refusal names CP860 beside CP850 and says
  /// words alone do not tell them apart; `--encoding CP860` stores `João`. (Windows-1252 reads
  /// its é as `‚`, a quotation mark alone inside a word: no reading of its own.)
  @Test func aCP860FileIsNamedAmongTheDOSCodePages() throws {
    let convene = ConveneRunner()
    let ws = try sahelWorkshop(convene)
    let before = try convene.participantsText(ws)
    let file = try convene.iconv(
      "Horodateur,Adresse e-mail,Nom complet,Pays,Catégorie\r\n"
        + "2027/01/01 10:00:00,joao@example.pt,João Conceição,Portugal,youth\r\n"
        + "2027/01/02 10:00:00,simao@example.pt,Simão Magalhães,Portugal,youth\r\n", to: "CP860", as: "pt.csv")
    let refused = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(refused.status == 1)
    #expect(
      refused.error.contains("CP850 and CP860 are MS-DOS code pages whose variant convene cannot tell from the words")
        && refused.error.contains("--encoding CP860"), "\(refused.error)")
    #expect(try convene.participantsText(ws) == before)
    let given = try convene.run("participants", "import", file, "--workspace", ws, "--encoding", "CP860")
    #expect(given.status == 0, "\(given.output)\(given.error)")
    let stored = try convene.participantsText(ws)
    #expect(stored.contains("João Conceição") && stored.contains("Simão Magalhães"))
  }

  /// An address typed with the Turkish dotted capital İ is stored with a plain `i`; one
  /// written with a combining dot in participants.csv is an error `check` names.
  @Test func aDottedCapitalIIsStoredAsAPlainI() throws {
    let convene = ConveneRunner()
    let ws = try sahelWorkshop(convene)
    let file = try convene.write(
      "Horodateur,Adresse e-mail,Nom complet,Pays,Catégorie\r\n"
        + "2027/01/01 10:00:00,İBRAHİM@example.org,İbrahim Yılmaz,Turkey,youth\r\n", to: "tr.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    let stored = try convene.participantsText(ws)
    #expect(stored.contains(",ibrahim@example.org,"))
    #expect(!stored.unicodeScalars.contains("\u{307}"))
    try stored.replacingOccurrences(of: ",ibrahim@example.org,", with: ",i\u{307}brahim@example.org,")
      .write(toFile: ws + "/participants.csv", atomically: true, encoding: .utf8)
    let check = try convene.run("check", "--workspace", ws)
    #expect(check.status != 0)
    #expect(check.output.contains("participants.csv") && check.output.contains("email"), "\(check.output)")
  }
}
