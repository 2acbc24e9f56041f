import Testing

@testable import ConveneCSV

@Suite struct TextDecoderTests {
  static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
    Array(text.utf16).flatMap { unit in
      bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
    }
  }

  /// `text` in the single-byte code page `encoding`, through iconv's table of it; nil when a
  /// character has no byte there.
  static func encode(_ text: String, _ encoding: SourceEncoding) -> [UInt8]? {
    guard let table = CodePageTable.of(encoding) else { return nil }
    var bytes: [UInt8] = []
    for scalar in text.unicodeScalars {
      guard let byte = table.scalars.firstIndex(of: scalar) else { return nil }
      bytes.append(UInt8(byte))
    }
    return bytes
  }

  @Test func validUTF8StaysUTF8EvenWhenItWouldReadAsACodePage() throws {
    // "Ã©" is valid UTF-8, and also what "é" looks like read in Windows-1252.
    let decoded = try TextDecoder.decode(Array("Aïcha,Koné,Ã©".utf8))
    #expect(decoded.text == "Aïcha,Koné,Ã©")
    #expect(decoded.encoding == .utf8)
    #expect(decoded.choice == .validUTF8)
  }

  @Test func utf8BOMIsDropped() throws {
    let decoded = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Nom".utf8))
    #expect(decoded.text == "Nom")
    #expect(decoded.encoding == .utf8WithBOM)
    #expect(decoded.encoding.description == "UTF-8 with BOM")
  }

  @Test func aUTF8ByteOrderMarkBeforeOtherBytesIsAnErrorAtItsLine() {
    #expect(
      throws: TextDecodingError.invalid(
        .utf8, line: 2,
        reason: "byte 0xE9 is not UTF-8, although the file begins with a UTF-8 byte-order mark")
    ) {
      try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Nom\nH".utf8) + [0xE9, 0x6C])
    }
  }

  /// A UTF-8 file of ASCII cut short inside its last letter (`Ana L` and the first byte of
  /// `é`, or two of the three of `ễ`): refused, where Windows-1252 was chosen and `Ana LÃ`
  /// stored. The same bytes could be a code page's one letter at the very end: the message
  /// says both, and `--encoding` settles it. A letter followed by more is no cut.
  @Test func aUTF8FileCutInsideItsLastLetterIsRefusedAsCutShort() {
    for tail: [UInt8] in [[0xC3], [0xE1, 0xBB]] {
      #expect(
        throws: TextDecodingError.invalid(
          .utf8, line: 2,
          reason: "the file ends inside a UTF-8 character (byte 0x\(String(tail[0], radix: 16, uppercase: true)) begins one): it was cut short (download or save it again), or it is in a code page (name it with --encoding)")
      ) {
        try TextDecoder.decode(Array("Name\r\nAna L".utf8) + tail)
      }
    }
    do {
      _ = try TextDecoder.decode(Array("Name\r\nAna L".utf8) + [0xC3, 0x41])
    } catch {
      #expect(!"\(error)".contains("ends inside"), "\(error)")
    }
  }

  @Test(arguments: [false, true])
  func utf16WithByteOrderMark(bigEndian: Bool) throws {
    let bom: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    let decoded = try TextDecoder.decode(
      bom + Self.utf16("Name\tليلى\r\nОлена\t𝄞\r\n", bigEndian: bigEndian))
    #expect(decoded.text == "Name\tليلى\r\nОлена\t𝄞\r\n")
    #expect(decoded.encoding.name == (bigEndian ? "UTF-16BE" : "UTF-16LE"))
    #expect(decoded.encoding.hasByteOrderMark)
  }

  @Test(arguments: [false, true])
  func utf16WithoutByteOrderMarkIsFoundFromItsZeroBytes(bigEndian: Bool) throws {
    let text =
      "Nom complet\tCourriel\r\nليلى حداد\tleila@example.org\r\nОлена Коваленко\tolena@example.org\r\n"
    let decoded = try TextDecoder.decode(Self.utf16(text, bigEndian: bigEndian))
    #expect(decoded.text == text)
    #expect(decoded.encoding == (bigEndian ? .utf16BigEndian : .utf16LittleEndian))
    #expect(decoded.choice == .zeroBytes)
  }

  @Test(arguments: [false, true])
  func utf16WithoutByteOrderMarkInAnotherScriptIsFoundToo(bigEndian: Bool) throws {
    // Few ASCII characters, so few zero bytes: the letters' high bytes tell UTF-16.
    let text = "Александра Константинопольская\nЕкатерина Преображенская\nليلى عبدالرحمن الحمداني\n"
    let decoded = try TextDecoder.decode(Self.utf16(text, bigEndian: bigEndian))
    #expect(decoded.text == text)
    #expect(decoded.encoding == (bigEndian ? .utf16BigEndian : .utf16LittleEndian))
  }

  @Test func utf16CutInTheMiddleOfACharacterIsAnError() {
    #expect(throws: TextDecodingError.self) {
      try TextDecoder.decode([0xFF, 0xFE] + Self.utf16("ab\nc", bigEndian: false) + [0x41])
    }
    let lone = [0xFF, 0xFE] + Self.utf16("a\nb", bigEndian: false) + [0x00, 0xD8, 0x41, 0x00]
    #expect(
      throws: TextDecodingError.invalid(
        .utf16LittleEndian, line: 2, reason: "a lone UTF-16 surrogate is not a character")
    ) {
      try TextDecoder.decode(lone)
    }
  }

  @Test func zeroBytesThatAreNotUTF16AreNotText() {
    let bytes: [UInt8] = [0x4E, 0x61, 0x00, 0x00, 0x6D, 0x00, 0x0A, 0x00, 0x00, 0x01]
    #expect(
      throws: TextDecodingError.unreadable(
        line: 1, reason: "the file holds zero bytes and is not UTF-16 text: it is not a text file")
    ) {
      try TextDecoder.decode(bytes)
    }
  }

  @Test(arguments: [0, 1])
  func aStrayZeroByteInUTF8TextIsNoUTF16(padding: Int) throws {
    // One NUL at an even or at an odd position of a file of 51 lines.
    var bytes = Array("Email,Name\n".utf8)
    for number in 0..<50 { bytes += Array("u\(number)@x.org,Person \(number)\n".utf8) }
    bytes += Array(String(repeating: "y", count: padding).utf8) + Array("z@x.org,Zed".utf8) + [0] + Array("Zed\n".utf8)
    let decoded = try TextDecoder.decode(bytes)
    #expect(decoded.encoding == .utf8)
    #expect(decoded.text.hasSuffix("z@x.org,Zed\u{0}Zed\n"))
  }

  @Test func aUTF8FileWithOneBadByteIsRefusedAtThatLineNotReadAsACodePage() {
    var bytes = Array("Nom,Ville\n".utf8)
    for _ in 0..<12 { bytes += Array("Aïcha Koné,Thiès\n".utf8) }
    bytes += Array("H".utf8) + [0xE9] + Array("l\n".utf8)
    #expect(
      throws: TextDecodingError.invalid(
        .utf8, line: 14, reason: "byte 0xE9 is not UTF-8, although the rest of the file is")
    ) {
      try TextDecoder.decode(bytes)
    }
  }

  @Test func aGivenEncodingThatCannotReadAByteNamesItsLine() {
    let bytes = Array("Nom\nH".utf8) + [0xE9, 0x0A]
    #expect(throws: TextDecodingError.invalid(.utf8, line: 2, reason: "byte 0xE9 is not UTF-8")) {
      try TextDecoder.decode(bytes, as: .utf8)
    }
    // 0x81 is not a character of Windows-1252.
    #expect(
      throws: TextDecodingError.invalid(
        .windows1252, line: 3, reason: "byte 0x81 is not a character of Windows-1252")
    ) {
      try TextDecoder.decode(Array("a\nb\nc".utf8) + [0x81], as: .windows1252)
    }
  }

  @Test func aGivenEncodingIsUsedAsGiven() throws {
    // "Ђ" in Windows-1251 and "€" in Windows-1252 are the same byte.
    #expect(try TextDecoder.decode([0x80], as: .windows1251).text == "Ђ")
    let given = try TextDecoder.decode([0x35, 0x20, 0x80], as: .windows1252)
    #expect(given.text == "5 €")
    #expect(given.choice == .given)
    // Any other encoding iconv knows: KOI8-R "Привет".
    let koi8 = try #require(SourceEncoding(named: "KOI8-R"))
    #expect(
      try TextDecoder.decode([0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4], as: koi8).text == "Привет")
  }

  /// A code page given by hand is held against every code page convene knows, those it never
  /// guesses too: a KOI8-R, a Mac Cyrillic and a CP850 file given as Windows-1251 or -1252.
  @Test(arguments: [("KOI8-R", "windows-1251"), ("maccyrillic", "windows-1251"), ("cp850", "windows-1252")])
  func aFileInACodePageNeverGuessedGivenAsAnotherIsInDoubt(real: String, given: String) throws {
    let text =
      real == "cp850"
      ? "Nom,Ville\nHélène Dubois-Lefèvre,Lyon\nJérôme Noël,Besançon\n"
      : "Name,City\nОльга Иванова,Казань\nИван Петров,Тверь\n"
    let realEncoding = try #require(SourceEncoding(named: real))
    let bytes = try #require(Self.encode(text, realEncoding))
    let decoded = try TextDecoder.decode(bytes, as: #require(SourceEncoding(named: given)))
    guard case .givenDespite(let doubt) = decoded.choice else {
      Issue.record("\(real) as \(given): \(decoded.choice)")
      return
    }
    #expect(doubt.readings[1].encoding.name == realEncoding.name)
    #expect(doubt.readings[1].text == text.split(separator: "\n")[1].description)
    #expect(try TextDecoder.decode(bytes, as: realEncoding).choice == .given)
  }

  /// Mac Cyrillic in an event without a Cyrillic language is not tried, and Windows-1251 and
  /// RK1048 read it about as badly: the refusal offers Mac Cyrillic first, with its reading.
  @Test func aCloseCallThatACodePageNotTriedReadsBetterOffersItFirst() throws {
    let bytes = try #require(Self.encode("Name,City\nОльга Иванова,Казань\nИван Петров,Тверь\n", .macCyrillic))
    #expect {
      try TextDecoder.decode(bytes)
    } throws: { error in
      guard case .ambiguous(let ambiguity) = error as? TextDecodingError else { return false }
      return ambiguity.readings.first?.encoding == .macCyrillic && ambiguity.readings.first?.text == "Ольга Иванова,Казань"
    }
  }

  /// A UTF-8 file and a Windows-1252 one joined: no code page reads the whole as words, and the
  /// refusal says the file holds UTF-8 text beside bytes that are not, rather than offering a
  /// code page that reads neither part.
  @Test func filesInTwoEncodingsJoinedAreRefusedSayingSo() throws {
    let utf8 = Array("Full name,Email\nHélène Noël,h@x.org\n".utf8)
    let windows = try #require(Self.encode("Jérôme Lefèvre,j@x.org\nZoé Martin,z@x.org\n", .windows1252))
    #expect(
      throws: TextDecodingError.unreadable(
        line: 3,
        reason: "byte 0xE9 is not UTF-8, though a line of the file is UTF-8 text: files in two encodings joined together? "
          + "Save each as UTF-8 and join them again")
    ) {
      try TextDecoder.decode(utf8 + windows)
    }
  }

  /// An encoding named by hand is used, but when another code page reads the words clearly
  /// better the choice says so, with one line as each reads it; a code page that reads the
  /// file as well (ISO-8859-1 for French in Windows-1252) raises no doubt.
  @Test func aGivenEncodingThatAnotherReadsClearlyBetterIsInDoubt() throws {
    let arabic = try #require(
      Self.encode(
        "Full name,Email\nأحمد الشوارب,ahmed@amman.example.org\nليلى حداد,laila@beirut.example.org\n", .windows1256))
    for (name, first) in [("windows-1252", "ÃÍãÏ ÇáÔæÇÑÈ"), ("cp850", "├═Ò¤ ÃßÈµÃÐ╚")] {
      let given = try TextDecoder.decode(arabic, as: #require(SourceEncoding(named: name)))
      guard case .givenDespite(let doubt) = given.choice else {
        Issue.record("\(name): \(given.choice)")
        continue
      }
      #expect(doubt.line == 2)
      #expect(doubt.readings.map(\.encoding) == [given.encoding, .windows1256])
      #expect(doubt.readings[0].text.hasPrefix(first), "\(doubt.readings[0].text)")
      #expect(doubt.readings[1].text == "أحمد الشوارب,ahmed@amman.example.org")
    }
    #expect(try TextDecoder.decode(arabic, as: .windows1256).choice == .given)
    let french = try #require(
      Self.encode("Nom,Ville\nHélène Dubois,Besançon\nAimé Césaire,Fort-de-France\n", .windows1252))
    #expect(try TextDecoder.decode(french, as: .latin1).choice == .given)
    #expect(try TextDecoder.decode(french, as: .windows1252).choice == .given)
  }

  /// A classic Mac file ends its lines with a carriage return alone: the line shown is the
  /// line, not the whole file as line 1.
  @Test func aDoubtInAFileOfCarriageReturnsShowsItsLine() throws {
    let arabic = try #require(
      Self.encode(
        "Full name,Email\rأحمد الشوارب,ahmed@amman.example.org\rليلى حداد,laila@beirut.example.org\r", .windows1256))
    let given = try TextDecoder.decode(arabic, as: .windows1252)
    guard case .givenDespite(let doubt) = given.choice else {
      Issue.record("\(given.choice)")
      return
    }
    #expect(doubt.line == 2)
    #expect(doubt.readings[1].text == "أحمد الشوارب,ahmed@amman.example.org")
  }

  /// Valid UTF-8 given as a single-byte code page, also one convene does not guess (CP850,
  /// KOI8-R), is in doubt with UTF-8 as the better reading; a Windows-1252 file given as a
  /// code page convene only reads when told (ISO-8859-2, CP1257) is judged against the
  /// candidates; a code page of several bytes per character (Shift-JIS) is read as given.
  @Test func aGivenCodePageConveneDoesNotGuessIsJudgedToo() throws {
    let text = "Nom,Ville\nJérôme Lefèvre,Besançon\nHélène Noël,Lyon\n"
    for name in ["cp850", "KOI8-R", "windows-1252"] {
      let given = try TextDecoder.decode(Array(text.utf8), as: #require(SourceEncoding(named: name)))
      guard case .givenDespite(let doubt) = given.choice else {
        Issue.record("\(name): \(given.choice)")
        continue
      }
      #expect(doubt.line == 2)
      #expect(doubt.readings.map(\.encoding.name) == [given.encoding.name, "UTF-8"])
      #expect(doubt.readings[1].text == "Jérôme Lefèvre,Besançon")
    }
    let french = try #require(Self.encode(text, .windows1252))
    for (name, reading) in [("iso-8859-2", "Jérôme Lefčvre,Besançon"), ("cp1257", "Jérōme Lefčvre,Besanēon")] {
      let given = try TextDecoder.decode(french, as: #require(SourceEncoding(named: name)))
      guard case .givenDespite(let doubt) = given.choice else {
        Issue.record("\(name): \(given.choice)")
        continue
      }
      #expect(doubt.readings.map(\.text) == [reading, "Jérôme Lefèvre,Besançon"])
      #expect(doubt.readings[1].encoding == .windows1252)
    }
    let sjis = try #require(SourceEncoding(named: "SHIFT_JIS"))
    #expect(try TextDecoder.decode(Array("Nom,Ville\nAwa,Dakar\n".utf8), as: sjis).choice == .given)
  }

  @Test(arguments: [
    ("cp1256", "Windows-1256"), ("windows-1256", "Windows-1256"), ("WINDOWS1256", "Windows-1256"),
    ("win-1251", "Windows-1251"), ("CP1250", "Windows-1250"), ("cp1253", "Windows-1253"),
    ("windows_1254", "Windows-1254"),
    ("iso-8859-6", "ISO-8859-6"), ("ISO_8859-15", "ISO-8859-15"), ("latin1", "ISO-8859-1"),
    ("Latin-9", "ISO-8859-15"),
    ("macroman", "Mac Roman"), ("Mac-Roman", "Mac Roman"), ("macintosh", "Mac Roman"),
    ("utf-16le", "UTF-16LE"),
    ("UTF-16BE", "UTF-16BE"), ("utf8", "UTF-8"), ("UTF-8", "UTF-8"),
  ])
  func encodingsAreKnownInTheirCommonSpellings(spelling: String, name: String) {
    #expect(SourceEncoding(named: spelling)?.name == name)
  }

  @Test func unknownEncodingNamesAreRefused() {
    #expect(SourceEncoding(named: "klingon") == nil)
    #expect(SourceEncoding(named: "") == nil)
    #expect(SourceEncoding(named: "cp1256; rm -rf") == nil)
  }

  @Test func theCodePageTablesReadEveryByteAsIconvDoes() throws {
    for table in CodePageTable.legacy {
      let converter = try IconvConverter(from: table.encoding.iconvName)
      let assigned = (0...255).map(UInt8.init).filter { table.scalars[Int($0)] != nil }
      #expect(assigned.count >= 200, "\(table.encoding)")
      #expect(
        try table.decode(assigned) == String(decoding: converter.convert(assigned), as: UTF8.self),
        "\(table.encoding)")
    }
  }

  @Test func theLanguagesOfAnEventNameTheirCodePages() {
    #expect(SourceEncoding.windowsCodePage(forLanguage: "fr") == .windows1252)
    #expect(SourceEncoding.windowsCodePage(forLanguage: "ar") == .windows1256)
    #expect(SourceEncoding.windowsCodePage(forLanguage: "uk") == .windows1251)
    #expect(SourceEncoding.windowsCodePage(forLanguage: "tr") == .windows1254)
    #expect(SourceEncoding.windowsCodePage(forLanguage: "xx") == nil)
  }
}
