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

@Suite struct StrictUTF8TableTests {
  @Test func cellsWithBytesThatAreNotUTF8AreListedWithLineAndColumn() throws {
    let bytes: [UInt8] = Array("\u{FEFF}id,name,city\r\np001,Aïcha,Thiès\r\np002,\"Ren".utf8) + [0xE9] + Array(",\nX\",Dakar\r\n".utf8)
      + Array("p003,Awa,Lom".utf8) + [0xE9, 0x0D, 0x0A]
    let table = try CSVTable(strictUTF8: bytes)
    #expect(table.encoding == .utf8WithBOM)
    #expect(table.undecodableCells == [CSVCellPosition(line: 3, column: 1), CSVCellPosition(line: 5, column: 2)])
    #expect(table.rows.map(\.fields) == [
      ["p001", "Aïcha", "Thiès"], ["p002", "Ren\u{FFFD},\nX", "Dakar"], ["p003", "Awa", "Lom\u{FFFD}"],
    ])
  }

  @Test func aValidFileHasNoUndecodableCells() throws {
    let table = try CSVTable(strictUTF8: Array("a,b\r\nليلى,Олена\r\n".utf8))
    #expect(table.undecodableCells.isEmpty)
    #expect(table.rows[0].fields == ["ليلى", "Олена"])
  }
}
