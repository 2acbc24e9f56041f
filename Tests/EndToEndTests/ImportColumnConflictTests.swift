import Foundation
import Testing

/// A stranger's exports whose columns say two things at once: one column given two fields on
/// the command line, and two columns of one field that disagree. Each was read one way with
/// exit 0 (every country stored as the city, the second `Country` dropped unseen).
@Suite struct ImportColumnConflictTests {
  static let export =
    "Full name,Email,Country,Category\r\n" + "Awa Ndiaye,awa@example.org,SN,Mayor\r\n"
    + "Omar Diallo,omar@example.org,ML,Mayor\r\n"

  @Test func oneColumnMappedToTwoFieldsIsRefusedBeforeAnythingIsRead() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let before = convene.bytes(ws + "/participants.csv")
    let file = try convene.write(Self.export, to: "export.csv")
    let result = try convene.run(
      "participants", "import", file, "--workspace", ws, "--map", "Country=country", "--map", "country=city")
    #expect(result.status == 2, "\(result.output)\(result.error)")
    #expect(
      result.error.contains("--map gives the column \"country\" two fields, country and city; give it one"),
      "\(result.error)")
    #expect(convene.bytes(ws + "/participants.csv") == before)
    // The same field twice is no conflict.
    let twice = try convene.run(
      "participants", "import", file, "--workspace", ws, "--map", "Country=country", "--map", "Country=country")
    #expect(twice.status == 0, "\(twice.output)\(twice.error)")
  }

  /// A second `Country` that disagrees with the first on a row: a warning naming both values
  /// and the way out (rename one: `--map` names columns by their header), nothing written.
  /// Where the two agree, the second is read as nothing without a word, as before: a country
  /// written once as a name and once as a code (`Mali`, `ML`) agrees.
  @Test func aRepeatedColumnThatDisagreesStopsTheImport() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let before = convene.bytes(ws + "/participants.csv")
    let file = try convene.write(
      "Full name,Email,Country,Category,Country\r\n" + "Awa Ndiaye,awa@example.org,SN,Mayor,FR\r\n"
        + "Omar Diallo,omar@example.org,ML,Mayor,ML\r\n", to: "repeated.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 1, "\(result.output)\(result.error)")
    #expect(
      result.output.contains(
        "Country: two columns are headed \"Country\" (country) and hold different values on 1 row; line 2 has \"SN\" and \"FR\" (the first column is read) (line 2)"
      ), "\(result.output)")
    #expect(result.output.contains("which --map cannot tell apart: rename one of them in the file"), "\(result.output)")
    #expect(convene.bytes(ws + "/participants.csv") == before)
    let agreeing = try convene.write(
      "Full name,Email,Country,Category,Country\r\n" + "Awa Ndiaye,awa@example.org,SN,Mayor,sn\r\n"
        + "Omar Diallo,omar@example.org,Mali,Mayor,ML\r\n" + "Ana Silva,ana@example.org,Sénégal,Mayor,السنغال\r\n",
      to: "agreeing.csv")
    let quiet = try convene.run("participants", "import", agreeing, "--workspace", ws)
    #expect(quiet.status == 0, "\(quiet.output)\(quiet.error)")
  }

  /// Two name columns of one header that disagree: the hint no longer offers a `--map` that
  /// cannot tell them apart (it named the same header twice, and following it failed).
  @Test func twoNameColumnsOfOneHeaderAreToldToBeRenamed() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let file = try convene.write(
      "Full name,Email,Category,Full name\r\n" + "Awa Ndiaye,awa@example.org,Mayor,Awa N.\r\n", to: "names.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 1, "\(result.output)\(result.error)")
    #expect(result.output.contains("both columns are headed \"Full name\", which --map cannot tell apart"), "\(result.output)")
    #expect(!result.output.contains("--map \"Full name=name\""), "\(result.output)")
  }

  /// A one-row download cut in its row (3 of 5 cells, no line break after it): rejected as cut
  /// short, where `Nguye` was stored without city or country. Every row stopping at the same
  /// cell (a tool that leaves trailing columns out) is still read when the file ends with a
  /// line break.
  @Test func aLastRowCutWithNoLineBreakIsRejected() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let before = convene.bytes(ws + "/participants.csv")
    let cut = try convene.write("Email Address,Category,Full name,City,Country\r\nminh@example.org,Mayor,Nguye", to: "cut.csv")
    let result = try convene.run("participants", "import", cut, "--workspace", ws)
    #expect(result.status == 1, "\(result.output)\(result.error)")
    #expect(result.output.contains("row has 3 of 5 cells: is the file cut short?"), "\(result.output)")
    #expect(convene.bytes(ws + "/participants.csv") == before)
    let whole = try convene.write(
      "Email Address,Category,Full name,City,Country\r\nminh@example.org,Mayor,Nguyen Minh\r\n", to: "whole.csv")
    let read = try convene.run("participants", "import", whole, "--workspace", ws)
    #expect(read.status == 0, "\(read.output)\(read.error)")
  }

  /// Cvent's `Invitee Status` is no header the language table knows: the warning names
  /// `--map "Invitee Status=status"`, which reads it as the registration status (the declined
  /// row is not imported). Before, `status` was no field `--map` took, and the hint was to
  /// rename the header in the file.
  @Test func aStatusColumnIsNamedWithMap() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let file = try convene.write(
      "Full name,Email,Country,Category,Invitee Status\r\n" + "Awa Ndiaye,awa@example.org,SN,Mayor,Accepted\r\n"
        + "Omar Diallo,omar@example.org,ML,Mayor,Declined\r\n", to: "cvent.csv")
    let warned = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(warned.status == 1, "\(warned.output)\(warned.error)")
    #expect(warned.output.contains("--map \"Invitee Status=status\""), "\(warned.output)")
    let result = try convene.run("participants", "import", file, "--workspace", ws, "--map", "Invitee Status=status")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("Omar Diallo <omar@example.org>: Declined"), "\(result.output)")
    #expect(try convene.participantRow(ws, email: "omar@example.org") == nil)
    #expect(try convene.participantRow(ws, email: "awa@example.org")?.hasSuffix(",registered") == true)
    let both = try convene.run(
      "participants", "import", file, "--workspace", ws, "--map", "Invitee Status=status", "--map", "Invitee Status=title")
    #expect(both.status == 2)
    #expect(both.error.contains("--map gives the column \"Invitee Status\" two fields, status and title; give it one"), "\(both.error)")
  }
}
