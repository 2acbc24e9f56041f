import Foundation
import Testing

/// `convene participants import` on exports with more than one status column (Eventbrite's
/// `Order Status` and `Attendee Status`), a `Cancelled` checkbox beside a form's answers in a
/// workbook, Eventbrite's check-in states, and `En espera`. Each file is made as the tool
/// writes it.
@Suite struct ImportStatusColumnsCommandTests {
  /// Eventbrite's attendee export: UTF-8 with a byte-order mark, CRLF, both status columns.
  static let eventbrite =
    "\u{FEFF}Order #,Order Date,First Name,Last Name,Email,Quantity,Ticket Type,Attendee #,Order Status,Attendee Status,Country,Job Title\r\n"
    + "7001,2027-04-02 10:00:00,Awa,Mbarga,awa.mbarga@yaounde.example.cm,1,General,1,Completed,Not Attending,Cameroon,Maire\r\n"
    + "7002,2027-04-02 11:00:00,Paul,Eto,paul.eto@douala.example.cm,1,General,2,Completed,Attending,Cameroon,Maire\r\n"
    + "7003,2027-04-03 09:00:00,Zara,Haddad,zara.haddad@beirut.example.org,1,General,3,Refunded,Attending,Lebanon,Maire\r\n"

  /// `Not Attending` under *Attendee Status* and `Refunded` under *Order Status* both decline:
  /// exit 0, only Paul written, the summary naming both columns as read.
  @Test func bothEventbriteStatusColumnsAreRead() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let file = try convene.write(Self.eventbrite, to: "attendees.csv")
    let result = try convene.run(
      "participants", "import", file, "--workspace", ws, "--map", "Job Title=category")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("Order Status -> status, Attendee Status -> status"), "\(result.output)")
    #expect(
      result.output.contains(
        "Statuses read from \"Order Status\" and \"Attendee Status\": a row is declined when one of them declines it"),
      "\(result.output)")
    #expect(result.output.contains("attendees.csv:2: Awa Mbarga <awa.mbarga@yaounde.example.cm>: Attendee Status: Not Attending"))
    #expect(result.output.contains("attendees.csv:4: Zara Haddad <zara.haddad@beirut.example.org>: Order Status: Refunded"))
    #expect(try convene.participantRow(ws, email: "awa.mbarga@yaounde.example.cm") == nil)
    #expect(try convene.participantRow(ws, email: "zara.haddad@beirut.example.org") == nil)
    #expect(try convene.participantRow(ws, email: "paul.eto@douala.example.cm")?.hasSuffix(",registered") == true)
  }

  /// A `Cancelled` checkbox column, as openpyxl and XlsxWriter write a Google Sheets checkbox
  /// (boolean cells), and `Annulé ?` answered Oui/Non: Awa and Zara ticked take no place.
  @Test(arguments: [
    ["openpyxl", "Cancelled"], ["xlsxwriter", "Cancelled"], ["xlsxwriter", "Annulé ?", "Oui", "Non"],
    ["openpyxl", "Desistiu?", "Sim", "Não"], ["xlsxwriter", "ملغى", "نعم", "لا"], ["openpyxl", "Waitlist"],
  ])
  func aTickedBoxIsRead(arguments: [String]) throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let made = try convene.python("make_status_box_workbook.py", [arguments[0], "form.xlsx"] + arguments.dropFirst())
    #expect(made.status == 0, "\(made.error)")
    let result = try convene.run("participants", "import", convene.path("form.xlsx"), "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("\(arguments[1]) -> status"), "\(result.output)")
    #expect(!result.output.contains("Ignored columns"), "\(result.output)")
    let paul = try #require(try convene.participantRow(ws, email: "paul.eto@douala.example.cm"))
    #expect(paul.hasSuffix(",registered"))
    for ticked in ["awa.mbarga@yaounde.example.cm", "zara.haddad@beirut.example.org"] {
      let row = try convene.participantRow(ws, email: ticked)
      if arguments[1] == "Waitlist" {
        #expect(row?.hasSuffix(",waitlisted") == true, "\(String(describing: row))")
      } else {
        #expect(row == nil, "\(ticked)")
      }
    }
  }

  /// A workbook whose second sheet holds other people (`Annulations`): the summary names it,
  /// with how many people it holds and how many of them the sheet read holds, in the text
  /// and in `--json`.
  @Test func aSheetNotReadIsNamedWithItsPeople() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let made = try convene.python(
      "make_status_box_workbook.py", ["openpyxl", "form.xlsx", "Cancelled", "--other-sheet", "Annulations"])
    #expect(made.status == 0, "\(made.error)")
    let result = try convene.run("participants", "import", convene.path("form.xlsx"), "--workspace", ws, "--dry-run")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(
      result.output.contains(
        "Sheet \"Annulations\" not read: it holds 3 people, 1 of them in the sheet read; --sheet 'Annulations' reads it."),
      "\(result.output)")
    let json = try convene.run(
      "participants", "import", convene.path("form.xlsx"), "--workspace", ws, "--dry-run", "--json")
    let summary = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
    let sheets = try #require(summary["sheets_not_read"] as? [[String: Any]])
    #expect(sheets.map { $0["sheet"] as? String } == ["Annulations"])
    #expect(sheets.first?["people"] as? Int == 3)
    #expect(sheets.first?["not_in_sheet_read"] as? Int == 2)
  }

  /// Eventbrite's check-in states under `Status`: everyone registered, exit 0, nothing
  /// declined, and no attendance recorded.
  @Test func notCheckedInIsARegistration() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let file = try convene.write(
      "First Name,Last Name,Email,Country,Category,Status\r\n"
        + "Awa,Mbarga,awa.mbarga@yaounde.example.cm,Cameroon,mayor,Not Checked In\r\n"
        + "Paul,Eto,paul.eto@douala.example.cm,Cameroon,mayor,Checked In\r\n"
        + "Zara,Haddad,zara.haddad@beirut.example.org,Lebanon,mayor,Not Checked In\r\n", to: "checkin.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("  added      3"), "\(result.output)")
    #expect(!result.output.contains("declined"), "\(result.output)")
    let attendance = (try? String(contentsOfFile: ws + "/attendance.csv", encoding: .utf8)) ?? ""
    #expect(attendance.split(separator: "\n").count <= 1, "\(attendance)")
  }

  /// `En espera` is pending to some tools and a waiting list to others: a warning naming the
  /// fix, nothing written; settled with `--status-word`, read as said.
  @Test func enEsperaIsForTheOrganiserToSettle() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let file = try convene.write(
      "Nombre,Apellido,Correo electrónico,País,Categoría,Estado de la inscripción\r\n"
        + "Lucía,Pérez,lucia.perez@madrid.example.es,España,mayor,Confirmada\r\n"
        + "Joana,Silva,joana.silva@lisboa.example.pt,Portugal,mayor,En espera\r\n", to: "inscripciones.csv")
    let before = try convene.participantsText(ws)
    let refused = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(refused.status == 1, "\(refused.output)\(refused.error)")
    #expect(refused.output.contains("--status-word 'En espera=STATUS'"), "\(refused.output)")
    #expect(try convene.participantsText(ws) == before)
    let settled = try convene.run(
      "participants", "import", file, "--workspace", ws, "--status-word", "En espera=waitlisted")
    #expect(settled.status == 0, "\(settled.output)\(settled.error)")
    #expect(try convene.participantRow(ws, email: "joana.silva@lisboa.example.pt")?.hasSuffix(",waitlisted") == true)
  }
}
