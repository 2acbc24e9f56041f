import Foundation
import Testing

/// A later export never changes who a registered person is: an office address given by
/// another person, and a meeting report's display names, are listed by the quality gate, and
/// the registered person keeps their id, name and place.
@Suite struct ImportIdentityTests {
  @Test func anotherPersonOnARegisteredAddressDoesNotReplaceTheConfirmedOne() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let header = "Email Address,Full name,City,Country,Category\n"
    let first = try convene.write(header + "office@x.org,Ana Silva,Lisbon,Portugal,Mayor\n", to: "shared-a.csv")
    #expect(try convene.run("participants", "import", first, "--workspace", ws).status == 0)
    #expect(try convene.run("participants", "confirm", "p001", "--workspace", ws).status == 0)
    let before = try convene.participantsText(ws)

    let second = try convene.write(header + "office@x.org,Bo Li,Lisbon,Portugal,Youth\n", to: "shared-b.csv")
    let refused = try convene.run("participants", "import", second, "--workspace", ws)
    #expect(refused.status == 1, "\(refused.output)\(refused.error)")
    let said = refused.output + refused.error
    #expect(
      said.contains(
        "Email Address: line 2 gives office@x.org, the address of p001 (Ana Silva), to Bo Li: an import does not "
          + "change who a person is, so p001 would be kept as registered and the row left out (line 2)"), "\(said)")
    #expect(said.contains("--accept-warnings"), "\(said)")
    #expect(try convene.participantsText(ws) == before)

    let accepted = try convene.run("participants", "import", second, "--workspace", ws, "--accept-warnings")
    #expect(accepted.status == 0, "\(accepted.output)\(accepted.error)")
    let row = try #require(try convene.participantRow(ws, email: "office@x.org"))
    #expect(row.hasPrefix("p001,Ana Silva,office@x.org,mayor,"), "\(row)")
    #expect(row.hasSuffix(",confirmed") || row.contains(",confirmed,"), "\(row)")
    #expect(!(try convene.participantsText(ws).contains("Bo Li")))
  }

  @Test func aMeetingReportsDisplayNamesDoNotOverwriteRegisteredNames() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let form = try convene.write(
      "Horodateur,Adresse e-mail,Nom complet,Fonction,Organisation,Ville,Pays,Catégorie,Sexe,Âge,Langues\n"
        + "2027/01/10 10:00:00 AM UTC,AWA@X.ORG,Awa Ndiaye,Maire,Mairie de Dakar,Dakar,Sénégal,Maire,Femme,47,Français\n"
        + "2027/01/11 10:00:00 AM UTC,kadi@x.org,Kadiatou Koné,,ONG Paix,Niamey,Niger,ONG,,30,\"Français, Anglais\"\n"
        + "2027/01/12 10:00:00 AM UTC,ahmed@x.org,أحمد عبدالله,مدير,بلدية عمان,عمان,الأردن,رئيس بلدية,Homme,55,العربية\n",
      to: "gf-v2.csv")
    #expect(try convene.run("participants", "import", form, "--workspace", ws).status == 0)
    let before = try convene.participantsText(ws)

    let zoom = try convene.write(
      "Attendee Report,,,,\nReport Generated:,\"Jan 28, 2027 9:14 AM\",,,\n"
        + "Topic,Webinar ID,Actual Start Time,Unique Viewers,\nHub webinar,812 3456 7890,\"Jan 27, 2027 3:00 PM\",3,\n,,,,\n"
        + "Attendee Details,,,,\nAttended,User Name (Original Name),Email,Join Time,Leave Time\n"
        + "Yes,iPhone de Awa,awa@x.org,\"Jan 27, 2027 15:00:00\",\"Jan 27, 2027 16:00:00\"\n"
        + "Yes,Kadi (ONG Paix),kadi@x.org,\"Jan 27, 2027 15:00:00\",\"Jan 27, 2027 16:00:00\"\n"
        + "Yes,Galaxy A52,ahmed@x.org,\"Jan 27, 2027 15:00:00\",\"Jan 27, 2027 16:00:00\"\n",
      to: "zoom-devices.csv")
    let refused = try convene.run("participants", "import", zoom, "--workspace", ws)
    #expect(refused.status == 1, "\(refused.output)\(refused.error)")
    let said = refused.output + refused.error
    #expect(
      said.contains("line 8 gives awa@x.org, the address of p001 (Awa Ndiaye), to iPhone de Awa (and 2 other rows)"),
      "\(said)")
    #expect(said.contains("(lines 8, 9, 10)"), "\(said)")
    #expect(try convene.participantsText(ws) == before)

    let accepted = try convene.run("participants", "import", zoom, "--workspace", ws, "--accept-warnings")
    #expect(accepted.status == 0, "\(accepted.output)\(accepted.error)")
    #expect(try convene.participantsText(ws) == before)
  }

  @Test func aCorrectedSpellingOrACompletedNameIsTheSamePersonAndUpdatesWithUpdate() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let header = "Email Address,Full name,City,Country,Category\n"
    let first = try convene.write(
      header + "awa@x.org,Awa Ndiay,Dakar,Senegal,Mayor\nahmed@x.org,احمد عبد الله,Amman,Jordan,Mayor\n"
        + "kadi@x.org,Kone Kadiatou,Niamey,Niger,Mayor\n", to: "v1.csv")
    #expect(try convene.run("participants", "import", first, "--workspace", ws).status == 0)
    let second = try convene.write(
      header + "awa@x.org,Awa Ndiaye Diop,Dakar,Senegal,Youth\nahmed@x.org,أحمد عبدالله,Amman,Jordan,Mayor\n"
        + "kadi@x.org,Kadiatou Koné,Niamey,Niger,Mayor\n", to: "v2.csv")
    // The same people (no warning), their new answers listed: participants.csv may hold corrections.
    let listed = try convene.run("participants", "import", second, "--workspace", ws)
    #expect(listed.status == 0, "\(listed.output)\(listed.error)")
    #expect(!listed.output.contains("Warnings"), "\(listed.output)")
    #expect(listed.output.contains("p001: name \"Awa Ndiay\" kept, the export says \"Awa Ndiaye Diop\"; category \"mayor\" kept, the export says \"youth\""), "\(listed.output)")
    #expect(try convene.participantRow(ws, email: "awa@x.org")?.hasPrefix("p001,Awa Ndiay,awa@x.org,mayor,") == true)
    let result = try convene.run("participants", "import", second, "--workspace", ws, "--update")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(try convene.participantRow(ws, email: "awa@x.org")?.hasPrefix("p001,Awa Ndiaye Diop,awa@x.org,youth,") == true)
    #expect(try convene.participantRow(ws, email: "ahmed@x.org")?.hasPrefix("p002,أحمد عبدالله,ahmed@x.org,") == true)
    #expect(try convene.participantRow(ws, email: "kadi@x.org")?.hasPrefix("p003,Kadiatou Koné,kadi@x.org,") == true)
  }
  /// An export in decomposed form (`e` and a combining accent, as a Mac or a PDF copy gives
  /// it) is stored as a keyboard types the name; the same export in the other form is unchanged.
  @Test func aDecomposedNameIsStoredComposedAndItsReexportIsUnchanged() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let header = "Email Address,Full name,Organisation,City,Country,Category\n"
    let decomposed = "awa@x.org,Awa Oue\u{301}draogo,Mairie de Thie\u{300}s,Thie\u{300}s,Senegal,Mayor\n"
    let first = try convene.write(header + decomposed, to: "nfd.csv")
    #expect(try convene.run("participants", "import", first, "--workspace", ws).status == 0)
    let stored = try Data(contentsOf: URL(fileURLWithPath: ws + "/participants.csv"))
    let composedRow = Data("Awa Ouédraogo,awa@x.org,mayor,,Mairie de Thiès,Thiès,SN,".utf8)
    #expect(stored.range(of: composedRow) != nil, "\(String(decoding: stored, as: UTF8.self))")
    #expect(stored.range(of: Data("e\u{301}".utf8)) == nil && stored.range(of: Data("e\u{300}".utf8)) == nil)

    let again = try convene.write(header + decomposed, to: "nfd-again.csv")
    let update = try convene.run("participants", "import", again, "--workspace", ws, "--update")
    #expect(update.status == 0, "\(update.output)\(update.error)")
    #expect(update.output.contains("unchanged  1"), "\(update.output)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: ws + "/participants.csv")) == stored)
  }
}
