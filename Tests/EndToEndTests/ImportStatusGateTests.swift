import Foundation
import Testing

/// `convene participants import` on an organiser's `Statut` column and a Brazilian Google Form's
/// `Apelido`: what the file cannot settle stops the import naming column and lines, and leaves
/// the workspace as it was until the warning is accepted.
@Suite struct ImportStatusGateTests {
  /// Imports `file` into `ws` without accepting warnings: exit 1, every file of the
  /// workspace as it was, and what the summary said.
  func refused(_ convene: ConveneRunner, _ file: String, into ws: String) throws -> String {
    let before = try ConveneRunner.snapshot(ws)
    let refused = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(refused.status == 1, "\(refused.output)\(refused.error)")
    #expect(try ConveneRunner.snapshot(ws) == before)
    return refused.output
  }

  /// Four Senegalese mayors' registrations with `statuses` (Awa Diop, Ibou Fall, Khady Ba, Omar
  /// Sy, in that order) imported into a copy of the Dakar example without accepting warnings
  /// (see `refused`): the runner, the workspace, the export and what the summary said.
  func refusedStatuses(_ statuses: String...) throws -> (ConveneRunner, String, String, String) {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let people = [
      "15/01/2027 10:05:31,awa.diop@dakar.example.org,Awa Diop", "16/01/2027 11:12:01,ibou.fall@thies.example.org,Ibou Fall",
      "17/01/2027 09:00:00,khady.ba@ziguinchor.example.org,Khady Ba", "18/01/2027 09:30:00,omar.sy@louga.example.org,Omar Sy",
    ]
    let rows = zip(people, statuses).map { "\($0),Maire,\($1)\r\n" }
    let file = try convene.write(
      "Horodateur,Adresse e-mail,Nom complet,Catégorie,Statut\r\n" + rows.joined(), to: "statuts.csv")
    return (convene, ws, file, try refused(convene, file, into: ws))
  }

  /// `Peut-être` in a `Statut` column is no status: exit 1, the line and column named, nothing
  /// written; accepted, the person is registered. `Absent` and `N'a pas participé` take no place.
  @Test func anUnknownStatusStopsTheImportUntilAccepted() throws {
    let (convene, ws, file, said) = try refusedStatuses("Confirmé", "Peut-être", "Absent", "N'a pas participé")
    #expect(
      said.contains(
        "  Statut: \"Peut-être\" says neither that the registration stands nor that the person is not coming; "
          + "1 row would be imported as registered (line 3)\n"), "\(said)")
    let accepted = try convene.run(
      "participants", "import", file, "--workspace", ws, "--accept-warnings")
    #expect(accepted.status == 0, "\(accepted.output)\(accepted.error)")
    #expect(try convene.participantRow(ws, email: "ibou.fall@thies.example.org") != nil)
    #expect(try convene.participantRow(ws, email: "khady.ba@ziguinchor.example.org") == nil)
    #expect(try convene.participantRow(ws, email: "omar.sy@louga.example.org") == nil)
  }

  /// An organiser's own wordings: refused with the fix named for each; with `--status-word`
  /// they are read as said (`Rang twice` registered, `On leave` left out); a wording the file
  /// does not hold or a status that is none is refused, nothing written.
  @Test func statusWordsSettleTheWordingsTheTableLacks() throws {
    let (convene, ws, file, said) = try refusedStatuses("Confirmé par téléphone", "Rang twice", "On leave", "Regrets")
    #expect(
      said.contains(
        "say what each means with --status-word 'Rang twice=STATUS' --status-word 'On leave=STATUS', STATUS being "),
      "\(said)")
    let before = try ConveneRunner.snapshot(ws)
    let typo = try convene.run(
      "participants", "import", file, "--workspace", ws, "--status-word", "Rang twice=confirmed", "--status-word",
      "On leeve=declined")
    #expect(typo.status == 1, "\(typo.output)\(typo.error)")
    #expect(typo.error.contains("--status-word 'On leeve=declined': no status of the column \"Statut\" is \"On leeve\""), "\(typo.error)")
    let unknown = try convene.run(
      "participants", "import", file, "--workspace", ws, "--status-word", "On leave=away")
    #expect(unknown.status != 0)
    #expect(unknown.error.contains("\"away\" is not a status; the statuses are registered, confirmed"), "\(unknown.error)")
    #expect(try ConveneRunner.snapshot(ws) == before)
    let settled = try convene.run(
      "participants", "import", file, "--workspace", ws, "--status-word", "Rang twice=confirmed", "--status-word",
      "on LEAVE=declined")
    #expect(settled.status == 0, "\(settled.output)\(settled.error)")
    #expect(try convene.participantRow(ws, email: "awa.diop@dakar.example.org") != nil)
    #expect(try convene.participantRow(ws, email: "ibou.fall@thies.example.org") != nil)
    #expect(try convene.participantRow(ws, email: "khady.ba@ziguinchor.example.org") == nil)
    #expect(try convene.participantRow(ws, email: "omar.sy@louga.example.org") == nil)
  }

  /// Google Forms' pt-BR export with `Nome` and `Apelido` only: refused naming the column, and
  /// read as the family name only when accepted.
  @Test func aBrazilianApelidoStopsTheImport() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let file = try convene.write(
      "Carimbo de data/hora,Endereço de e-mail,Nome,Apelido,Categoria,País\r\n"
        + "13/01/2027 10:05:31,ana.souza@recife.example.org,Ana Paula,Paulinha,Prefeita,Brasil\r\n",
      to: "inscricoes.csv")
    let said = try refused(convene, file, into: ws)
    #expect(
      said.contains(
        "  Apelido: is the family name in Portugal, Mozambique and Angola but a nickname in Brazil"),
      "\(said)")
    #expect(said.contains("(line 2)\n"), "\(said)")
    let nickname = try convene.run(
      "participants", "import", file, "--workspace", ws, "--map", "Apelido=ignore")
    #expect(nickname.status == 0, "\(nickname.output)\(nickname.error)")
    #expect(
      try convene.participantRow(ws, email: "ana.souza@recife.example.org")?.contains(
        ",Ana Paula,ana.souza@") == true)
  }
}
