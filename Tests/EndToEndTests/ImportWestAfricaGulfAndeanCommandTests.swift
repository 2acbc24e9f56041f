import Foundation
import Testing

/// `convene participants import` on the West African, Gulf and Andean hubs' exports: a person
/// moved off a form's waiting list who sent the form again, registrations on hold, and
/// checkbox columns headed by a refusal.
@Suite struct ImportWestAfricaGulfAndeanCommandTests {
  let convene = ConveneRunner()

  /// A copy of the Dakar workshop and the export `lines` written as CSV.
  func workshop(with lines: [String]) throws -> (workspace: String, file: String) {
    let ws = try convene.copyExample("dakar-regional-workshop")
    return (ws, try convene.write(lines.joined(separator: "\n") + "\n", to: "export.csv"))
  }

  /// Google Forms exports oldest first: the later row's `Confirmé` takes the person off the
  /// waiting list, and a later `Liste d'attente` puts another back on it, exit 0.
  @Test func theLaterSubmissionDecidesTheStatus() throws {
    let (ws, file) = try workshop(with: [
      "Horodateur,Nom complet,Adresse e-mail,Pays,Catégorie,Statut",
      "14/01/2027 10:00:00,Kofi Mensah,kofi@example.gh,Ghana,ONG,Liste d'attente",
      "14/01/2027 11:00:00,Kofi Mensah,kofi@example.gh,Ghana,ONG,Confirmé",
      "15/01/2027 10:00:00,Ama Owusu,ama@example.gh,Ghana,ONG,Confirmée",
      "15/01/2027 11:00:00,Ama Owusu,ama@example.gh,Ghana,ONG,Liste d'attente",
    ])
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    let kofi = try #require(try convene.participantRow(ws, email: "kofi@example.gh"))
    #expect(kofi.hasSuffix(",registered"), "\(kofi)")
    let ama = try #require(try convene.participantRow(ws, email: "ama@example.gh"))
    #expect(ama.hasSuffix(",waitlisted"), "\(ama)")
  }

  /// `On hold`, `قيد الانتظار` and KoboToolbox's `validation_status_on_hold` may mean pending or
  /// a waiting list: refused with the warning and its fix, participants.csv untouched; settled
  /// with `--status-word`.
  @Test func aRegistrationOnHoldIsAWarningToSettle() throws {
    let (ws, file) = try workshop(with: [
      "Full name,Email Address,Country,Catégorie,Status",
      "Awa Ndiaye,awa@example.sn,Sénégal,ONG,Pending",
      "Moussa Traoré,moussa@example.ml,Mali,ONG,On hold",
      "Kwame Mensah,kwame@example.gh,Ghana,ONG,قيد الانتظار",
      "Aïssata Diallo,aissata@example.ne,Niger,ONG,validation_status_on_hold",
    ])
    let before = try Data(contentsOf: URL(fileURLWithPath: ws + "/participants.csv"))
    let refused = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(refused.status != 0)
    let text = refused.output + refused.error
    #expect(text.contains(#"Status: "On hold", "قيد الانتظار", "validation_status_on_hold" say neither"#), "\(text)")
    #expect(text.contains("lines 3, 4, 5"), "\(text)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: ws + "/participants.csv")) == before)

    let settled = try convene.run(
      "participants", "import", file, "--workspace", ws, "--status-word", "On hold=waitlisted",
      "--status-word", "قيد الانتظار=waitlisted", "--status-word", "validation_status_on_hold=declined")
    #expect(settled.status == 0, "\(settled.output)\(settled.error)")
    #expect(try convene.participantRow(ws, email: "awa@example.sn")?.hasSuffix(",registered") == true)
    #expect(try convene.participantRow(ws, email: "moussa@example.ml")?.hasSuffix(",waitlisted") == true)
    #expect(try convene.participantRow(ws, email: "kwame@example.gh")?.hasSuffix(",waitlisted") == true)
    #expect(try convene.participantRow(ws, email: "aissata@example.ne") == nil)
  }

  /// Google Sheets checkboxes beside a form's answers, headed as organisers head them: the
  /// ticked rows take no place, each named with its column.
  @Test(arguments: ["Cancelled (Y/N)", "Refunded", "Absent", "No-show", "Withdrew", "Baja", "Desistió"])
  func aTickedRefusalBoxTakesNoPlace(header: String) throws {
    let (ws, file) = try workshop(with: [
      "Full name,Email Address,Country,Catégorie,\(header)", "Awa Ndiaye,awa@example.sn,Sénégal,ONG,FALSE",
      "Moussa Traoré,moussa@example.ml,Mali,ONG,TRUE",
    ])
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("\(header) -> status"), "\(result.output)")
    #expect(try convene.participantRow(ws, email: "awa@example.sn") != nil, "\(header)")
    #expect(try convene.participantRow(ws, email: "moussa@example.ml") == nil, "\(header)")
  }
}
