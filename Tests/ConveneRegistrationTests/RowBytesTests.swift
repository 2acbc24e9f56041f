import ConveneCSV
import ConveneCore
import Testing

@testable import ConveneRegistration

/// The per-cell checks of the import (unsafe characters, spreadsheet error values, line
/// breaks, double-encoded text) skip a row whose bytes hold nothing they look for. Skipping
/// must never hide a finding: whatever a check finds in a cell, its row's bytes say may be there.
@Suite struct RowBytesTests {
  /// Pieces cells are made of: every kind of character a check looks for, their neighbours in
  /// the code tables (C2 A0, E2 80 99, E2 80 A9), delimiters and quotes.
  static let pieces = [
    "a", "Z", " ", "\t", "é", "Ã©", "Ø§", "ا", "Ð°", "Олена", "’", "\u{00A0}", "«", "\u{1B}", "\u{00}", "\u{7F}",
    "\u{85}", "\u{9F}", "\u{202E}", "\u{2066}", "\u{2069}", "\u{2028}", "\u{2029}", "\r", "\n", "#", "#VALUE!",
    "#N/A", "\"", ",", ";", "@", "9", "\u{FEFF}", "😀",
  ]

  /// A cell of one to four pieces, from a seeded generator.
  static func cell(_ random: inout RandomSource) -> String {
    (0...Int.random(in: 0..<4, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
  }

  @Test func whateverACheckFindsInACellItsRowsBytesSayMayBeThere() {
    var random = RandomSource(seed: 9)
    for _ in 0..<20_000 {
      let text = Self.cell(&random)
      var utf8 = text
      let kinds = utf8.withUTF8(RowBytes.init(of:))
      let checks: [(found: Bool, kind: RowBytes)] = utf8.withUTF8 { bytes in
        [
          (UnsafeCharacter.occurs(in: bytes), .unsafeStart), (SpreadsheetError.mayBe(bytes), .hash),
          (UnsafeCharacter.holdsLineBreak(text), .lineBreakStart), (Mojibake.mayBeDoubleEncoded(bytes), .nonASCII),
        ]
      }
      for check in checks where check.found {
        #expect(kinds.contains(check.kind), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
      }
    }
  }

  @Test func aRowOfPlainTextHoldsNoneOfTheKinds() {
    var row = "Awa Ndiaye;awa@example.org;\"Conseiller; \"\"prévention\"\"\";Dakar"
    #expect(row.withUTF8(RowBytes.init(of:)) == [.nonASCII])
    var ascii = "Awa Ndiaye,awa@example.org,Mayor,Dakar"
    #expect(ascii.withUTF8(RowBytes.init(of:)) == [])
  }

  /// The row's bytes run from its first cell to its last: a character in the first or the last
  /// cell, quoted or not, after empty cells or before them, is inside.
  @Test(arguments: [
    "\u{1B}x,a@example.org,b", "x,a@example.org,\"b\u{1B}\"", ",a@example.org,\"\u{1B}\"", "\"\u{1B}\",a@example.org,",
    "\"\u{1B}\"\"\",a@example.org", "x,a@example.org,\"\"\"\u{1B}\"", " \"\u{1B}\" ,a@example.org",
  ])
  func everyCellOfARowIsInsideItsBytes(row: String) throws {
    let document = try CSVDocument(text: "Name,Email,City\n\(row)\n")
    let rows = ExportRows(document: document, records: 1..<2)
    #expect(rows[1].bytes.contains(.unsafeStart))
    let table = try CSVTable(text: "Name,Email,City\n\(row)\n")
    let copied = CSVDocument(table)
    #expect(ExportRows(document: copied, records: 1..<2)[1].bytes.contains(.unsafeStart))
  }

  /// The import still refuses each kind of cell when every other row of the export holds none.
  @Test(arguments: [
    ("Awa\u{1B}[31m", "name", "U+001B"), ("Awa\u{202E}", "name", "U+202E"), ("#VALUE!", "name", "#VALUE!"),
    ("\"Awa\r\nEvil\"", "name", "line break"),
  ])
  func aFaultInOneRowOfManyPlainOnesIsFound(cell: String, field: String, words: String) throws {
    var lines = ["Name,Email,City"]
    for n in 0..<300 { lines.append("Person \(n),p\(n)@example.org,Dakar") }
    lines[150] = "\(cell),fault@example.org,Dakar"
    let outcome = try RegistrationImport(event: Build.event()).run(try CSVDocument(text: lines.joined(separator: "\n")), into: [])
    #expect(outcome.report.rejected.count == 1)
    let rejected = try #require(outcome.report.rejected.first)
    #expect(rejected.line == 151 && rejected.field == field)
    #expect(rejected.reason.contains(words), "\(rejected.reason)")
  }

  /// Double-encoded text is looked for in rows that hold a non-ASCII byte only, and found there.
  @Test func doubleEncodedTextAmongASCIIRowsIsStillAWarning() throws {
    var lines = ["Name,Email,City"]
    for n in 0..<300 { lines.append("Person \(n),p\(n)@example.org,Dakar") }
    lines[200] = "HÃ©lÃ¨ne Moreau,helene@example.org,Dakar"
    let outcome = try RegistrationImport(event: Build.event()).run(try CSVDocument(text: lines.joined(separator: "\n")), into: [])
    let warning = try #require(outcome.report.warnings.first { $0.kind == .mojibake })
    #expect(warning.count == 1 && warning.lines == [201])
  }
}
