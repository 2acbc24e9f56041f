import Testing

@testable import ConveneCSV

/// Letters and marks a wrong code page puts where no language writes them: each such word
/// scores 0, so that the reading of its own code page wins or the file is refused.
@Suite struct LetterPlacementTests {
  static func table(_ name: String) -> CodePageTable {
    (CodePageTable.legacy + EncodingDetector.otherCodePages).first { $0.encoding.name == name }!
  }

  /// The bytes of `text` in Windows-1250, -1252 or -1254 (the letters used here only).
  static func bytes(_ text: String, in name: String) -> ArraySlice<UInt8> {
    let table = table(name)
    return ArraySlice(text.unicodeScalars.map { scalar in UInt8(table.scalars.firstIndex(of: scalar)!) })
  }

  /// The score the word gets read by `name` (a Latin word of a language: 1).
  static func score(_ word: ArraySlice<UInt8>, _ name: String) -> Double {
    let table = table(name)
    let judgement = WordJudge.judge(word, traits: table.traits)
    let raw = judgement.fixed + judgement.latin.reduce(0) { $0 + $1.share }
    return CodePageEvidence.misplacesLetters(word, table: table) ? min(raw, 0) : raw
  }

  @Test(arguments: [("Kamiński", "Kamiñski"), ("Gdańsk", "Gdañsk"), ("Ćosić", "Æosiæ")])
  func polishAndCroatianLettersReadAsWesternOnesAreNoWords(word: String, western: String) {
    let bytes = Self.bytes(word, in: "Windows-1250")
    #expect(String(bytes.map { Character(Self.table("Windows-1252").scalars[Int($0)]!) }) == western)
    #expect(Self.score(bytes, "Windows-1252") == 0)
    #expect(Self.score(bytes, "Windows-1250") == 1)
  }

  @Test(arguments: ["Peña", "Muñoz", "Logroño", "Lætitia", "Cæsar"])
  func westernWordsKeepTheirPlace(word: String) {
    #expect(Self.score(Self.bytes(word, in: "Windows-1252"), "Windows-1252") == 1)
  }

  @Test func aQuotationMarkAloneAgainstAWordIsNoQuotation() {
    // Mac Roman reads Windows-1250's Č as » and Windows-1252's ã as „.
    #expect(Self.score(Self.bytes("Čakovec", in: "Windows-1250"), "Mac Roman") == 0)
    #expect(Self.score(Self.bytes("João", in: "Windows-1252"), "Mac Roman") == 0)
    #expect(Self.score(Self.bytes("«Ville»", in: "Windows-1252"), "Windows-1252") == 1)
  }

  @Test func aTildeOBeforeAConsonantIsNoPortuguese() {
    // Windows-1250's ő is Windows-1252's õ: Kőszegi reads Kõszegi, which only Estonian spells.
    let hungarian = WordJudge.judge(Self.bytes("Kőszegi", in: "Windows-1250"), traits: Self.table("Windows-1252").traits)
    #expect(hungarian.latin.allSatisfy { $0.languages & LatinAlphabets.portuguese == 0 })
    for word in ["Simões", "põe", "Camões"] {
      let judged = WordJudge.judge(Self.bytes(word, in: "Windows-1252"), traits: Self.table("Windows-1252").traits)
      #expect(judged.latin.contains { $0.languages & LatinAlphabets.portuguese != 0 }, "\(word)")
    }
  }

  @Test func directionMarksAndSoftHyphensInsideALatinWordAreNoWord() {
    // Windows-1256 reads Turkish ş and ı as U+200F and U+200E; CP850 reads ğ as a soft hyphen.
    #expect(Self.score(Self.bytes("Barış", in: "Windows-1254"), "Windows-1256") == 0)
    #expect(Self.score(Self.bytes("Doğan", in: "Windows-1254"), "CP850") == 0)
    #expect(Self.score(Self.bytes("Łukasz", in: "Windows-1250"), "CP850") == 0)
  }

  @Test func aMiddleDotStandsBetweenTwoLsOnly() {
    #expect(Self.score(Self.bytes("Núria", in: "Windows-1252"), "CP850") == 0)
    #expect(Self.score(Self.bytes("Col·legi", in: "Windows-1252"), "Windows-1252") == 1)
  }
}
