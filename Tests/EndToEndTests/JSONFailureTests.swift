import Foundation
import Testing

/// A command asked for `--json` that fails prints the failure as JSON on standard output, and
/// the message on standard error as without `--json`: a script reading the output gets JSON
/// whatever happened.
@Suite struct JSONFailureTests {
  /// The object printed, parsed.
  func failure(_ output: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any], "\(output)")
  }

  @Test func anImportThatCannotReadItsFileSaysWhyInJSON() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let before = convene.bytes(ws + "/participants.csv")
    let pdf = try convene.write("%PDF-1.7\n1 0 obj\n", to: "export.pdf")
    let result = try convene.run("participants", "import", pdf, "--workspace", ws, "--json")
    #expect(result.status == 1)
    let object = try failure(result.output)
    let message = try #require(object["error"] as? String)
    #expect(message.contains("a PDF document: export the data as .xlsx or CSV"), "\(message)")
    #expect(object["exit_code"] as? Int == 1)
    #expect(result.error.contains(message), "\(result.error)")
    #expect(convene.bytes(ws + "/participants.csv") == before)
    // Without --json the output is as it was: the message on standard error alone.
    let plain = try convene.run("participants", "import", pdf, "--workspace", ws)
    #expect(plain.status == 1 && plain.output.isEmpty, "\(plain.output)")
  }

  /// A line break in the message (here from the file's name) is escaped by the JSON writer,
  /// so the output still parses, with the message whole.
  @Test func aMissingFileWithALineBreakInItsNameIsOneJSONString() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let result = try convene.run("participants", "import", convene.path("no\nsuch.csv"), "--workspace", ws, "--json")
    #expect(result.status == 1)
    let message = try #require(try failure(result.output)["error"] as? String)
    #expect(message.hasSuffix("no\nsuch.csv: no such file; nothing was imported"), "\(message)")
  }

  /// A workspace held by another command: exit 3 in JSON too, naming the holder.
  @Test func aBusyWorkspaceIsExitThreeInJSON() throws {
    let convene = ConveneRunner()
    let ws = try convene.regionalWorkshop()
    let file = try convene.write("Email,Full name,Category\r\na@example.org,Awa Ndiaye,mayor\r\n", to: "one.csv")
    let lock = try convene.holdLock(ws, note: "\(ProcessInfo.processInfo.processIdentifier) report\n")
    defer { close(lock) }
    let result = try convene.run("participants", "import", file, "--workspace", ws, "--json")
    #expect(result.status == 3, "\(result.error)")
    let object = try failure(result.output)
    #expect(object["exit_code"] as? Int == 3)
    #expect((object["error"] as? String)?.contains("report") == true, "\(object)")
  }
}
