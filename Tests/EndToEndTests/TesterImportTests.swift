import Foundation
import Testing

/// The independent tester's cases against `participants import` (issue 9), each as the tester
/// made it: an Arabic, French and Spanish regional workshop, and the export written with
/// `printf`, the real `iconv` program or Python.
@Suite struct TesterImportTests {
  /// `convene init base --kind regional-workshop --title "Hub MENA" --start 2027-03-08
  /// --timezone Africa/Tunis`, then the event's languages set to ar, fr and es.
  static func hubMENA(_ convene: ConveneRunner) throws -> String {
    let ws = convene.path("base")
    let made = try convene.run(
      "init", ws, "--kind", "regional-workshop", "--title", "Hub MENA", "--start", "2027-03-08", "--timezone", "Africa/Tunis")
    #expect(made.status == 0, "\(made.error)")
    let event = ws + "/event.json"
    let text = try String(contentsOfFile: event, encoding: .utf8)
    let languages = try #require(text.range(of: #""languages": \[[^\]]*\]"#, options: .regularExpression))
    try text.replacingCharacters(in: languages, with: #""languages": ["ar", "fr", "es"]"#)
      .write(toFile: event, atomically: true, encoding: .utf8)
    return ws
  }

  /// Writes the bytes a Python expression gives (`python3 -c`), as the tester made a fixture.
  static func python(_ convene: ConveneRunner, _ expression: String, as name: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", "import sys; open(sys.argv[1], 'wb').write(\(expression))", convene.path(name)]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "python3 \(expression)")
    return convene.path(name)
  }

  @Test func twoPeopleWithOneEmailAreAWarningNamingBothLines() throws {
    let convene = ConveneRunner()
    let ws = try Self.hubMENA(convene)
    let before = convene.bytes(ws + "/participants.csv")
    let file = try convene.write(
      "Full name,Email,Category\r\nYousef Al-Shawarbeh,office@amman.gov.jo,Mayor\r\nHala Nasser,office@amman.gov.jo,Mayor\r\n",
      to: "shared.csv")
    let result = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(result.status == 1)
    #expect(
      result.output.contains(
        "  Email: office@amman.gov.jo is the e-mail of line 2 (Yousef Al-Shawarbeh) and of line 3 (Hala Nasser): "
          + "people are matched by e-mail, so only the later would be kept (lines 2, 3)"), "\(result.output)")
    #expect(convene.bytes(ws + "/participants.csv") == before)
    let json = try convene.run("participants", "import", file, "--workspace", ws, "--json")
    #expect(json.status == 1)
    #expect(json.output.contains(#""kind":"shared-email""#) || json.output.contains(#""kind": "shared-email""#))
    #expect(try convene.run("check", "--workspace", ws).status == 0)

    // The same person sending the form again, the name written otherwise: the later answers win.
    let again = try convene.write(
      "Full name,Email,Category\r\nYousef Al-Shawarbeh,office@amman.gov.jo,Mayor\r\nAL-SHAWARBEH Yousef,office@amman.gov.jo,Deputy Mayor\r\n",
      to: "again.csv")
    let resubmitted = try convene.run("participants", "import", again, "--workspace", ws)
    #expect(resubmitted.status == 0, "\(resubmitted.output)\(resubmitted.error)")
    #expect(try convene.participantRow(ws, email: "office@amman.gov.jo")?.hasPrefix("p001,AL-SHAWARBEH Yousef,office@amman.gov.jo,") == true)
  }
}
