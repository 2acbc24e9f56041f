import Foundation
import Testing

/// A sign-in sheet typed up in Excel on a French Windows machine and saved as "CSV
/// (séparateur : point-virgule)": Windows-1252, which reads as well in Windows-1250 (`è` is
/// `č` there). The event's languages (French, English) settle it as for a registration export,
/// and `--encoding` reads it as the organiser says.
@Suite struct LegacySignInSheetTests {
  static let sheet = [
    "Nom;Organisation;Séance;Présent", "Aminata Koné;Municipality of Ouagadougou;keynote;x",
    "Fatou Sow;Ville de Thiès;keynote;x",
  ].joined(separator: "\r\n") + "\r\n"

  @Test func aWindows1252SheetIsReadInTheEventsCodePage() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let file = try convene.iconv(Self.sheet, to: "WINDOWS-1252", as: "presence.csv")
    let run = try convene.run("attendance", "import", file, "--workspace", ws)
    #expect(run.status == 0, "\(run.error)")
    #expect(
      run.output == """
        Recorded 1 attendance from \(file) (1 by name and organisation); 1 row not matched.
          \(file):3: no participant called "Fatou Sow" at "Ville de Thiès"

        """)
    let told = try convene.run("attendance", "import", file, "--encoding", "windows-1250", "--dry-run", "--workspace", ws)
    #expect(told.status == 0, "\(told.error)")
    #expect(told.output.contains("no participant called \"Fatou Sow\" at \"Ville de Thičs\""), "\(told.output)")
    let unknown = try convene.run("attendance", "import", file, "--encoding", "klingon", "--workspace", ws)
    #expect(unknown.status == 2)
    #expect(unknown.error.contains("--encoding \"klingon\" is not an encoding convene or iconv knows"))
  }
}
