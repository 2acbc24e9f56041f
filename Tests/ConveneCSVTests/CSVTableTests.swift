import Testing

@testable import ConveneCSV

@Suite struct CSVTableTests {
  @Test func readsHeaderAndRowsSkippingBlankLines() throws {
    let table = try CSVTable(bytes: Array("\u{FEFF} Nom ;Pays\n\nAwa;SN\n;\nCheikh;ML\n".utf8))
    #expect(table.header == ["Nom", "Pays"])
    #expect(table.rows.map(\.fields) == [["Awa", "SN"], ["Cheikh", "ML"]])
    #expect(table.rows.map(\.line) == [3, 5])
    #expect(table.delimiter == ";")
  }

  @Test func emptyFileHasNoHeader() throws {
    let table = try CSVTable(bytes: [])
    #expect(table.header.isEmpty)
    #expect(table.rows.isEmpty)
  }
}
