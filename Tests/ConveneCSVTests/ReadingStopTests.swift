import Synchronization
import Testing

@testable import ConveneCSV

/// A file's reading asks, every `ReadingStop.interval` bytes of each pass, whether to stop:
/// it then stops with `.interrupted`, whatever pass it is in; asked nothing, it reads what it
/// read before.
@Suite struct ReadingStopTests {
  /// A stop that says yes from its `after`-th question on, counting the questions.
  final class CountingStop: Sendable {
    let asked = Atomic<Int>(0)
    let after: Int

    init(after: Int) { self.after = after }

    var stop: ReadingStop {
      ReadingStop { [self] in asked.add(1, ordering: .relaxed).newValue >= after }
    }
  }

  /// About `size` bytes of CSV rows whose third field is `comment` repeated.
  static func rows(_ comment: [UInt8], size: Int) -> [UInt8] {
    var bytes = Array("Name,Email,Comment\r\n".utf8)
    var row = 0
    while bytes.count < size {
      bytes += Array("Awa \(row),p\(row)@example.org,\"".utf8) + comment + Array("\"\r\n".utf8)
      row += 1
    }
    return bytes
  }

  static let arabicUTF8 = Array(String(repeating: "محمد تونس العربية پاریس ", count: 20).utf8)
  /// The same words as Windows-1256 writes them.
  static let arabic1256: [UInt8] = Array(
    repeating: [0xE3, 0xCD, 0xE3, 0xCF, 0x20, 0xCA, 0xE6, 0xE4, 0xD3, 0x20, 0x81, 0xC7, 0xD1, 0xED, 0xD3, 0x20], count: 20
  ).flatMap { $0 }

  /// The pieces cover the text in order, none longer than the interval, and each starts on a
  /// character of UTF-8 text, never inside one.
  @Test func piecesCutBetweenCharacters() {
    let text = Array(String(repeating: "aé€𝄞", count: 300_000).utf8)
    let pieces = ReadingStop.pieces(text.count) { text[$0] & 0xC0 != 0x80 }
    #expect(pieces.first?.lowerBound == 0 && pieces.last?.upperBound == text.count)
    #expect(zip(pieces, pieces.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    #expect(pieces.allSatisfy { $0.count <= ReadingStop.interval && text[$0.lowerBound] & 0xC0 != 0x80 })
    #expect(pieces.count > 2)
  }

  /// Checked piece by piece, text is UTF-8 exactly when it is as a whole: a bad byte at, just
  /// before or just after a piece's end is found.
  @Test(arguments: [-2, -1, 0, 1, 2])
  func utf8IsCheckedAcrossPieces(shift: Int) throws {
    var text = Array(String(repeating: "é€𝄞a", count: 400_000).utf8)
    #expect(try TextDecoder.isUTF8(text[...], stop: .never))
    text[ReadingStop.interval + shift] = 0xFF
    #expect(try !TextDecoder.isUTF8(text[...], stop: .never))
  }

  /// A stop that comes during any pass (checking, scanning; gathering words, converting)
  /// ends the reading with `.interrupted`, after a question at most every interval.
  /// (6 MB: six questions a pass; UTF-8 is looked at for zero bytes, checked, counted and
  /// scanned; Windows-1256 then scanned for UTF-8, its words gathered, converted, counted and
  /// scanned.)
  @Test(arguments: [(false, 1), (false, 8), (false, 15), (false, 20), (true, 3), (true, 10), (true, 16), (true, 22), (true, 28), (true, 34), (true, 42)])
  func aStopDuringAnyPassInterruptsTheReading(codePage: Bool, after: Int) throws {
    let bytes = Self.rows(codePage ? Self.arabic1256 : Self.arabicUTF8, size: 6_000_000)
    let stop = CountingStop(after: after)
    #expect(throws: CSVReadError.interrupted) {
      try CSVDocument(bytes: bytes, preferring: [.windows1256], stop: stop.stop)
    }
    #expect(stop.asked.load(ordering: .relaxed) >= after)
  }

  /// Asked and never told to stop, the reading gives what it gives without a stop, having
  /// asked at least once per interval of each pass.
  @Test(arguments: [false, true])
  func aStopNeverRequestedChangesNothing(codePage: Bool) throws {
    let bytes = Self.rows(codePage ? Self.arabic1256 : Self.arabicUTF8, size: 3_000_000)
    let stop = CountingStop(after: .max)
    let asked = try CSVDocument(bytes: bytes, preferring: [.windows1256], stop: stop.stop)
    let plain = try CSVDocument(bytes: bytes, preferring: [.windows1256])
    #expect(asked.encoding == plain.encoding && asked.encoding == (codePage ? .windows1256 : .utf8))
    #expect(asked.count == plain.count)
    #expect((0..<asked.count).allSatisfy { asked.fields($0) == plain.fields($0) })
    #expect(stop.asked.load(ordering: .relaxed) >= 2 * bytes.count / ReadingStop.interval)
  }
}
