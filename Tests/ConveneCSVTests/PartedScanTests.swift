import Testing

@testable import ConveneCSV

/// A text's fields are found in parts at the same time, cut after line feeds; however it is
/// cut, the fields, their bounds, the records' lines and the first error are those of one
/// scan of the whole text.
@Suite struct PartedScanTests {
  static let texts = [
    "Nom;Pays\n\nAwa;SN\n;\nCheikh;ML\n",
    "id,title\r\n1,\"Panel: \"\"what works\"\", locally\"\r\n2,\"two\nlines\nand three\"\r\n3,plain\r\n",
    "a,b\n  \"quoted\"  ,x\n\"\",\"\"\"\"\nlast,row",
    "Report,,,\n,,,\nName,Email,,\nAwa,a@example.org,,\n\n\n",
    "one\rtwo\r\nthree\n\rfour\n",
    "a,\"b\nc\",d\n\"e\n\nf\"\ng,h\n",
    "a,b\nc,\"d\"x\ne,f\n",
    "a,b\nc,d\n\"e,f\ng,h\n",
    "a,b\n\"c\nd\",e\n\"never\nclosed\n",
    "x\n",
    "\n\n\n",
  ]

  /// What the scan of `text` cut at `cuts` finds: the bounds and lines, or the error.
  static func scan(_ text: [UInt8], cuts: [Int]) -> String {
    text.withUnsafeBufferPointer { bytes in
      switch PartedScan.fields(in: bytes, delimiter: UInt8(ascii: ","), cuts: cuts, stop: .never) {
      case .success(let sink): "\(sink.starts) \(sink.ends) \(sink.firstField) \(sink.lines)"
      case .failure(let error): "\(error)"
      }
    }
  }

  /// Every way to cut `text` into two or three parts after its line feeds.
  static func cutsAfterLineFeeds(_ text: [UInt8]) -> [[Int]] {
    let feeds = text.indices.filter { text[$0] == 0x0A && $0 + 1 < text.count }.map { $0 + 1 }
    var all = feeds.map { [0, $0] }
    for (number, first) in feeds.enumerated() {
      for second in feeds[(number + 1)...] { all.append([0, first, second]) }
    }
    return all
  }

  @Test(arguments: texts)
  func everyCutFindsWhatOneScanFinds(text: String) {
    let bytes = Array(text.utf8)
    let whole = Self.scan(bytes, cuts: [0])
    for cuts in Self.cutsAfterLineFeeds(bytes) {
      #expect(Self.scan(bytes, cuts: cuts) == whole, "cut at \(cuts)")
    }
  }

  /// Seeded texts of the bytes that mean something to CSV (quotes, delimiters, CR, LF, spaces)
  /// and letters: open and doubled quotes across line ends, text after a closing quote,
  /// blank records, lone CRs.
  @Test func generatedTextsFindTheSameAtEveryCut() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let alphabet: [UInt8] = Array("ab,\"\n\n\r ".utf8)
    for _ in 0..<1_500 {
      let bytes = (0..<(1 + next(30))).map { _ in alphabet[next(alphabet.count)] }
      let whole = Self.scan(bytes, cuts: [0])
      for cuts in Self.cutsAfterLineFeeds(bytes) {
        #expect(Self.scan(bytes, cuts: cuts) == whole, "\(String(decoding: bytes, as: UTF8.self).debugDescription) cut at \(cuts)")
      }
    }
  }

  /// The cuts of a large text fall just after line feeds, in order, one part per core at most,
  /// and its document is the one a single scan gives.
  @Test func aLargeTextIsCutAfterLineFeeds() throws {
    var text = "Name,Email,Note\n"
    var number = 0
    while text.utf8.count < 5 * PartedScan.minimumPart {
      text += number % 97 == 0 ? "\"Awa\nNdiaye\",a\(number)@example.org,\"say \"\"hi\"\"\"\r\n" : "Cheikh,c\(number)@example.org,\n"
      number += 1
    }
    let bytes = Array(text.utf8)
    let cuts = bytes.withUnsafeBufferPointer { PartedScan.cuts(in: $0, parts: 4) }
    #expect(cuts.count == 4)
    #expect(cuts.first == 0)
    #expect(zip(cuts, cuts.dropFirst()).allSatisfy { $0 < $1 })
    #expect(cuts.dropFirst().allSatisfy { bytes[$0 - 1] == 0x0A })
    #expect(Self.scan(bytes, cuts: cuts) == Self.scan(bytes, cuts: [0]))
    let small = Array("a,b\nc,d\n".utf8)
    #expect(small.withUnsafeBufferPointer { PartedScan.cuts(in: $0, parts: 4) } == [0])
    let document = try CSVDocument(bytes: bytes)
    #expect(document.count == number + 1)
    #expect(document.field(1, 0) == "Awa\nNdiaye")
    #expect(document.line(2) == 4)
    #expect(document.field(number, 1).hasSuffix("\(number - 1)@example.org"))
  }
}
