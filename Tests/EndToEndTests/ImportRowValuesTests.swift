import Foundation
import Testing

/// What a row says beyond its answers: dates months away from the event, a status that
/// cancels the registration, and a spreadsheet's error values. Each file is written as the
/// tool writes it and imported into a regional workshop of 8-9 March 2027.
@Suite struct ImportRowValuesTests {
  static func workshop(_ convene: ConveneRunner) throws -> String {
    let ws = convene.path("ws")
    let made = try convene.run("init", ws, "--kind", "regional-workshop", "--title", "Test", "--start", "2027-03-08")
    #expect(made.status == 0, "\(made.error)")
    return ws
  }

  static func participants(_ ws: String) throws -> String {
    try String(contentsOfFile: ws + "/participants.csv", encoding: .utf8)
  }

  @Test func oneMonthFirstDateThatMovesEveryoneMonthsAwayIsAWarningWithTheFix() throws {
    let convene = ConveneRunner()
    let ws = try Self.workshop(convene)
    let before = try Self.participants(ws)
    let file = try convene.write(
      "Email Address,Full name,City,Country,Category,Arrival,Departure\n"
        + "a@x.org,Ann Lee,Paris,France,Mayor,07/03/2027 18:00,10/03/2027 09:00\n"
        + "b@x.org,Bob Ray,Lyon,France,Mayor,08/03/2027 08:00,09/03/2027 19:00\n"
        + "c@x.org,Cy Dee,Nice,France,Mayor,3/13/2027 20:00,3/14/2027 09:00\n", to: "arrival-one-us2.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 1, "\(result.output)\(result.error)")
    let said = result.output + result.error
    #expect(
      said.contains(
        "Arrival: 2 dates are more than 60 days from the event (2027-03-08 to 2027-03-09) (read month/day/year (US), "
          + "as line 4 shows (3/13/2027 20:00), 24-hour clock): line 2, 07/03/2027 18:00, is 2027-07-03 (lines 2, 3)"),
      "\(said)")
    #expect(said.contains("give --date-order dmy"), "\(said)")
    #expect(said.contains("Departure: 2 dates are more than 60 days"), "\(said)")
    #expect(try Self.participants(ws) == before)

    // Read day first, the US row is the one that does not fit: rejected, naming it.
    let told = try convene.run("participants", "import", file, "--date-order", "dmy", "--workspace", ws)
    #expect(told.status == 1, "\(told.output)\(told.error)")
    #expect((told.output + told.error).contains("3/13/2027 20:00"), "\(told.output)\(told.error)")
    let skipped = try convene.run("participants", "import", file, "--date-order", "dmy", "--skip-invalid", "--workspace", ws)
    #expect(skipped.status == 0, "\(skipped.output)\(skipped.error)")
    let ann = try #require(try convene.participantRow(ws, email: "a@x.org"))
    #expect(ann.contains(",2027-03-07T18:00,2027-03-10T09:00,") || ann.contains("2027-03-07 18:00"), "\(ann)")
  }

  @Test func checkWarnsAboutArrivalsMonthsFromTheEvent() throws {
    let convene = ConveneRunner()
    let ws = try Self.workshop(convene)
    let file = try convene.write(
      "Email Address,Full name,City,Country,Category,Arrival\n"
        + "a@x.org,Ann Lee,Paris,France,Mayor,2027-07-03 18:00\n", to: "far.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws, "--accept-warnings")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    let check = try convene.run("check", "--workspace", ws)
    let said = check.output + check.error
    #expect(said.contains("participants.csv:2: arrival") || said.contains("participants.csv:2"), "\(said)")
    #expect(said.contains("p001's arrival (2027-07-03) is 116 days from the event"), "\(said)")
  }
}
