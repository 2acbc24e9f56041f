import Foundation
import Testing

/// What `participants.csv` keeps on one line, and what an e-mail address may hold, is decided
/// at the import: a row `check` would refuse afterwards is refused before anything is written.
@Suite struct OneLineCellImportTests {
  /// Line breaks as form tools and spreadsheets put them in a cell: a quoted CR LF (a
  /// two-line answer), a lone LF and a lone CR (Excel's Alt+Enter, old Mac files), and the
  /// Unicode line and paragraph separators (pasted from a word processor).
  static let cases: [(cell: String, field: String)] = [
    ("\"Alice\r\nEvil\",alice@example.org,Mayor,City Hall", "name"),
    ("Alice,alice@example.org,Mayor,\"City\nHall\"", "organisation"),
    ("Alice,alice@example.org,Mayor,\"City\rHall\"", "organisation"),
    ("Alice\u{2028}Evil,alice@example.org,Mayor,City Hall", "name"),
    ("Alice,alice@example.org,Mayor,City\u{2029}Hall", "organisation"),
  ]

  @Test(arguments: cases.indices)
  func aLineBreakInAOneLineCellIsRefusedAndTheWorkspaceStaysUsable(index: Int) throws {
    let (row, field) = Self.cases[index]
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let before = convene.bytes(ws + "/participants.csv")
    let file = try convene.write("Full name,Email,Category,Organization\r\n\(row)\r\n", to: "breaks.csv")

    let refused = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(refused.status == 1, "\(refused.output)\(refused.error)")
    #expect(
      refused.output.contains(
        "\(file):2: \(field): holds a line break (CR, LF or a line separator); write it on one line and import again"),
      "\(refused.output)")
    #expect(convene.bytes(ws + "/participants.csv") == before)

    // Left out with --skip-invalid, the rest goes in and every command still reads the workspace.
    let skipped = try convene.run("participants", "import", file, "--workspace", ws, "--skip-invalid")
    #expect(skipped.status == 0, "\(skipped.output)\(skipped.error)")
    #expect(try convene.participantRow(ws, email: "alice@example.org") == nil)
    #expect(try convene.run("check", "--workspace", ws).status == 0)
    #expect(try convene.run("participants", "list", "--workspace", ws).status == 0)
  }

  /// Characters that cannot be seen, copied with an address from a web page, a PDF or a word
  /// processor: the address looks like the one already registered and reaches no one.
  /// Spaces and zero-width spaces at the ends of a cell are trimmed like any space; the other
  /// invisible characters are refused wherever they stand.
  @Test(arguments: [
    ("\u{200B}", "U+200B", true), ("\u{00A0}", "U+00A0", true), ("\u{FEFF}", "U+FEFF", true),
    ("\u{3000}", "U+3000", true), ("\u{2060}", "U+2060", false), ("\u{00AD}", "U+00AD", false),
    ("\u{200E}", "U+200E", false),
  ])
  func anInvisibleCharacterInsideAnAddressIsRefusedNamingIt(character: String, code: String, trimmedAtEnds: Bool)
    throws
  {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let before = convene.bytes(ws + "/participants.csv")
    let file = try convene.write(
      "Full name,Email,Category\r\nAlice,alice@example.org,Mayor\r\nAlice Twin,alice\(character)@example.org,Mayor\r\n",
      to: "emails.csv")

    let refused = try convene.run("participants", "import", file, "--workspace", ws)
    #expect(refused.status == 1, "\(refused.output)\(refused.error)")
    #expect(refused.output.contains("\(file):3: email: "), "\(refused.output)")
    #expect(refused.output.contains("holds \(code)"), "\(refused.output)")
    #expect(refused.output.contains("type the address again"), "\(refused.output)")
    #expect(convene.bytes(ws + "/participants.csv") == before)

    let ends = try convene.write(
      "Full name,Email,Category\r\nAlice,\(character)alice@example.org\(character),Mayor\r\n", to: "ends.csv")
    let atEnds = try convene.run("participants", "import", ends, "--workspace", ws)
    if trimmedAtEnds {
      #expect(atEnds.status == 0, "\(atEnds.output)\(atEnds.error)")
      let row = try #require(try convene.participantRow(ws, email: "alice@example.org"))
      #expect(row.contains(",Alice,alice@example.org,"))
    } else {
      #expect(atEnds.status == 1)
      #expect(atEnds.output.contains("holds \(code)"), "\(atEnds.output)")
      #expect(convene.bytes(ws + "/participants.csv") == before)
    }
  }

  /// An address typed into participants.csv by hand with a hidden character is an error of `check`.
  @Test func checkNamesAnInvisibleCharacterInAnAddress() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let path = ws + "/participants.csv"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let first = try #require(text.split(whereSeparator: \.isNewline).dropFirst().first.map(String.init))
    let email = try #require(first.split(separator: ",").dropFirst(2).first.map(String.init))
    let hidden = email.replacingOccurrences(of: "@", with: "\u{200B}@")
    try text.replacingOccurrences(of: email, with: hidden).write(toFile: path, atomically: true, encoding: .utf8)
    let check = try convene.run("check", "--workspace", ws)
    #expect(check.status == 1, "\(check.output)")
    #expect(check.output.contains("participants.csv:2: email:"), "\(check.output)")
  }
}
