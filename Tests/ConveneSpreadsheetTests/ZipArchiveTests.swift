import Testing

@testable import ConveneSpreadsheet

@Suite struct ZipArchiveTests {
  static func archive(_ entries: [ZipBuilder.Entry]) -> [UInt8] {
    ZipBuilder(entries: entries).bytes()
  }

  @Test func storedAndDeflatedEntriesAreRead() throws {
    var zip = ZipBuilder()
    zip.add("stored.txt", "plain ليلى", deflated: false)
    zip.add("deflated.txt", String(repeating: "Olena Kovalenko; ", count: 500))
    zip.add("empty.txt", "")
    let archive = try ZipArchive(bytes: zip.bytes())
    #expect(archive.entries.map(\.name) == ["stored.txt", "deflated.txt", "empty.txt"])
    #expect(archive.entries[1].method == 8)
    #expect(archive.entries[1].compressedSize < 200)
    #expect(try archive.contents(of: archive.entries[0]) == Array("plain ليلى".utf8))
    #expect(
      try archive.contents(of: archive.entries[1])
        == Array(String(repeating: "Olena Kovalenko; ", count: 500).utf8))
    #expect(try archive.contents(of: archive.entries[2]) == [])
  }

  /// Two parts of one name (a workbook rewritten with a second sheet1.xml): tools read one or
  /// the other, so the archive is damaged, not read by its first.
  @Test func aNameGivenTwiceIsRefused() {
    var zip = ZipBuilder()
    zip.add("xl/worksheets/sheet1.xml", "<worksheet><sheetData/></worksheet>")
    zip.add("xl/worksheets/sheet1.xml", "<worksheet/>")
    #expect(throws: ZipError.corrupt("it holds xl/worksheets/sheet1.xml twice")) {
      try ZipArchive(bytes: zip.bytes())
    }
  }

  @Test func aChangedByteOfDataFailsTheChecksum() throws {
    var zip = ZipBuilder()
    zip.add("a.txt", "abcdef", deflated: false)
    var bytes = zip.bytes()
    bytes[30 + 5 + 2] ^= 0x01
    let archive = try ZipArchive(bytes: bytes)
    #expect(throws: ZipError.damaged(entry: "a.txt")) {
      try archive.contents(of: archive.entries[0])
    }
  }

  @Test func aDeflatedEntryLongerThanDeclaredIsRefused() throws {
    var zip = ZipBuilder()
    zip.add("a.xml", String(repeating: "x", count: 1000))
    var bytes = zip.bytes()
    // The central directory's uncompressed size (offset 24 of its record) says 10 bytes.
    let directory = bytes.count - 22 - (46 + 5)
    bytes.replaceSubrange((directory + 24)..<(directory + 28), with: [10, 0, 0, 0])
    let archive = try ZipArchive(bytes: bytes)
    #expect(throws: ZipError.damaged(entry: "a.xml")) {
      try archive.contents(of: archive.entries[0])
    }
  }

  @Test func entriesLargerThanTheLimitAreNotInflated() throws {
    var zip = ZipBuilder()
    zip.add("big.xml", String(repeating: "x", count: 5000))
    let archive = try ZipArchive(bytes: zip.bytes())
    #expect(throws: ZipError.tooLarge(entry: "big.xml", bytes: 5000)) {
      try archive.contents(of: archive.entries[0], limit: 4096)
    }
  }

  @Test func encryptedEntriesAndOtherMethodsAreRefused() throws {
    let archive = try ZipArchive(
      bytes: Self.archive([
        .init(name: "secret.xml", data: Array("x".utf8), deflated: false, flags: 1),
        .init(name: "bzip.xml", data: Array("x".utf8), deflated: false, method: 12),
      ]))
    #expect(throws: ZipError.encrypted(entry: "secret.xml")) {
      try archive.contents(of: archive.entries[0])
    }
    #expect(throws: ZipError.unsupportedMethod(entry: "bzip.xml", method: 12)) {
      try archive.contents(of: archive.entries[1])
    }
  }

  @Test func cutArchivesAndMissingZIP64RecordsAreRefused() {
    var zip = ZipBuilder()
    zip.add("a.txt", "abc")
    var bytes = zip.bytes()
    #expect(throws: ZipError.notAZipArchive) { try ZipArchive(bytes: Array(bytes.dropLast(5))) }
    #expect(throws: ZipError.notAZipArchive) {
      try ZipArchive(bytes: Array("PK\u{3}\u{4}not really".utf8))
    }
    bytes.replaceSubrange((bytes.count - 6)..<(bytes.count - 2), with: [0xFF, 0xFF, 0xFF, 0xFF])
    #expect(throws: ZipError.corrupt("the end record points to ZIP64 records that are missing")) {
      try ZipArchive(bytes: bytes)
    }
  }
}
