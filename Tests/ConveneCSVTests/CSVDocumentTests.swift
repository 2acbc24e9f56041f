import Testing

@testable import ConveneCSV

@Suite struct CSVDocumentTests {
  static let texts = [
    "Nom;Pays\n\nAwa;SN\n;\nCheikh;ML\n",
    "id,title\r\n1,\"Panel: \"\"what works\"\", locally\"\r\n2,\"two\nlines\"\r\n3,plain\r\n",
    "a,b\n  \"quoted\"  ,x\n\"\",\"\"\"\"\nlast,row",
    "Report,,,\n,,,\nName,Email,,\nAwa,a@example.org,,\n",
    "only\n",
    "",
  ]

  /// The document gives, field by field, what the table gives (header as the first record).
  @Test(arguments: texts)
  func readsWhatTheTableReads(text: String) throws {
    let table = try CSVTable(text: text)
    let document = try CSVDocument(text: text)
    let records = (table.header.isEmpty ? [] : [CSVRecord(line: table.headerLine, fields: table.header)]) + table.rows
    #expect(document.count == records.count)
    for (index, record) in records.enumerated() {
      #expect(document.line(index) == record.line)
      #expect(document.fields(index).map { $0.trimmingCharacters(in: " \t\u{FEFF}") } == record.fields.map { $0.trimmingCharacters(in: " \t\u{FEFF}") })
    }
    let copy = CSVDocument(table)
    #expect(copy.count == records.count)
    #expect((0..<copy.count).map(copy.fields) == records.map(\.fields))
  }

  @Test func fieldsPastTheEndAreEmptyAndBytesAreAsWritten() throws {
    let document = try CSVDocument(text: "a,\"say \"\"hi\"\"\"\n")
    #expect(document.field(0, 1) == "say \"hi\"")
    #expect(document.field(0, 5) == "")
    #expect(document.withBytes(0, 1) { String(decoding: $0, as: UTF8.self) } == "say \"\"hi\"\"")
    #expect(document.withBytes(0, 9) { $0.count } == 0)
  }

  @Test func syntaxErrorsAreThoseOfTheReader() {
    #expect(throws: CSVSyntaxError(line: 2, reason: "a quoted field is never closed (a \" is missing)")) {
      try CSVDocument(text: "Name,Email\n\"Ada,ada@example.org\nBob,bob@example.org\n")
    }
  }
}
