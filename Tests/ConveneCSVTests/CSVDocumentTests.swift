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

  /// UTF-8 bytes are kept as they are (checked, not made a string first): the document is the
  /// one the decoded text gives, with the encoding and the reason the decoder gives.
  @Test(arguments: texts)
  func utf8BytesReadAsTheirDecodedText(text: String) throws {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    let cases: [([UInt8], SourceEncoding?)] = [
      (Array(text.utf8), nil), (bom + Array(text.utf8), nil), (Array(text.utf8), .utf8), (bom + Array(text.utf8), .utf8),
    ]
    for (bytes, given) in cases {
      #expect(try TextDecoder.utf8Text(in: bytes, as: given) != nil)
      let decoded = try TextDecoder.decode(bytes, as: given)
      let fromText = try CSVDocument(text: decoded.text, encoding: decoded.encoding, choice: decoded.choice)
      let fromBytes = try CSVDocument(bytes: bytes, encoding: given)
      #expect(fromBytes.encoding == fromText.encoding)
      #expect(fromBytes.encodingChoice == fromText.encodingChoice)
      #expect(fromBytes.delimiter == fromText.delimiter)
      #expect(fromBytes.count == fromText.count)
      for record in 0..<fromText.count {
        #expect(fromBytes.line(record) == fromText.line(record))
        #expect(fromBytes.fields(record) == fromText.fields(record))
      }
    }
  }

  /// Bytes that are not UTF-8 as they stand go through the decoder, with its errors.
  @Test func otherBytesGoThroughTheDecoder() throws {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    #expect(try TextDecoder.utf8Text(in: Array("Nom;Ville\nAwa;Thiès\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, as: nil) == nil)
    #expect(try TextDecoder.utf8Text(in: bom + [0x41, 0xE9, 0x42], as: nil) == nil)
    #expect(try TextDecoder.utf8Text(in: [0x41, 0xE9, 0x42], as: .utf8) == nil)
    #expect(try TextDecoder.utf8Text(in: Array("a,b\n".utf8), as: SourceEncoding(named: "windows-1252")) == nil)
    #expect(throws: CSVReadError.self) { try CSVDocument(bytes: bom + Array("a,b\nc,".utf8) + [0xE9, 0x0A]) }
    let latin = try CSVDocument(bytes: Array("Nom,Ville\nAwa,Thi".utf8) + [0xE8, 0x73, 0x0A], encoding: SourceEncoding(named: "windows-1252"))
    #expect(latin.fields(1) == ["Awa", "Thiès"])
  }
}
