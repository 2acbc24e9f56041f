import Foundation
import Testing

/// The Ctrl-Z (0x1A) that DOS-era programs still write after a file's last line, as an old
/// Windows export tool leaves it after a Windows-1252 CSV.
@Suite struct ImportEndOfFileMarkTests {
  static let text =
    "Nom complet,Adresse e-mail,Pays,Ville,Category\r\n"
    + "Noël Ndayishimiye,noel@bujumbura.example.org,Burundi,Bujumbura,Maire\r\n"
    + "Raphaël Habimana,raphael@kigali.example.org,Rwanda,Kigali,Maire\r\n"

  /// `file` with `marks` appended.
  func ending(_ convene: ConveneRunner, _ file: String, with marks: [UInt8]) throws {
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(marks))
    try handle.close()
  }

  /// One mark at the very end is the end of the file, not a row: every person is imported,
  /// read in the code page named.
  @Test func oneMarkAtTheEndIsNoRow() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let file = try convene.iconv(Self.text, to: "WINDOWS-1252", as: "dos.csv")
    try ending(convene, file, with: [0x1A])
    let result = try convene.run("participants", "import", file, "--workspace", ws, "--encoding", "windows-1252")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("added      2"), "\(result.output)")
    let row = try #require(try convene.participantRow(ws, email: "noel@bujumbura.example.org"))
    #expect(row.components(separatedBy: ",")[1] == "Noël Ndayishimiye")
    #expect(!convene.bytes(ws + "/participants.csv").contains(0x1A))
  }

  /// Two marks are no longer the end-of-file mark alone: the last row is refused, naming the
  /// line, and nothing is written.
  @Test func twoMarksAreARowThatIsRefused() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let before = convene.bytes(ws + "/participants.csv")
    let file = try convene.iconv(Self.text, to: "WINDOWS-1252", as: "dos2.csv")
    try ending(convene, file, with: [0x1A, 0x1A])
    let result = try convene.run("participants", "import", file, "--workspace", ws, "--encoding", "windows-1252")
    #expect(result.status == 1, "\(result.output)\(result.error)")
    #expect(
      result.output.contains("dos2.csv:4: the line holds only Ctrl-Z, the end-of-file mark of DOS programs: delete it"),
      "\(result.output)")
    #expect(!result.output.contains("cut short"), "\(result.output)")
    #expect(convene.bytes(ws + "/participants.csv") == before)
  }

  /// A mark followed by a line break is the end of the file too.
  @Test func oneMarkBeforeALineBreakIsNoRow() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let file = try convene.iconv(Self.text, to: "WINDOWS-1252", as: "dos3.csv")
    try ending(convene, file, with: [0x1A, 0x0D, 0x0A])
    let result = try convene.run("participants", "import", file, "--workspace", ws, "--encoding", "windows-1252")
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("added      2"), "\(result.output)")
  }

  /// Two files joined with `copy /b`: the first one's mark between them is refused on its line,
  /// saying what it is, and nothing is written.
  @Test func aMarkBetweenJoinedFilesIsRefusedSayingWhatItIs() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let before = convene.bytes(ws + "/participants.csv")
    let file = try convene.iconv(Self.text, to: "WINDOWS-1252", as: "joined.csv")
    try ending(convene, file, with: [0x1A, 0x0D, 0x0A] + Array("Awa Diop,awa@dakar.example.org,Senegal,Dakar,Maire\r\n".utf8))
    let result = try convene.run("participants", "import", file, "--workspace", ws, "--encoding", "windows-1252")
    #expect(result.status == 1, "\(result.output)\(result.error)")
    #expect(result.output.contains("joined.csv:4: the line holds only Ctrl-Z"), "\(result.output)")
    #expect(convene.bytes(ws + "/participants.csv") == before)
  }
}
