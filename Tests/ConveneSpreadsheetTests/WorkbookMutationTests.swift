import ConveneCSV
import Testing

@testable import ConveneSpreadsheet

/// Random damage to a valid workbook — flipped bits, overwritten bytes, cut files — must give
/// a table or an error, never a crash or a hang.
@Suite struct WorkbookMutationTests {
  /// SplitMix64: the same seed gives the same damage on every run.
  struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var value = state
      value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
      value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
      return value ^ (value >> 31)
    }
  }

  @Test(arguments: [1, 2, 3, 4])
  func damagedWorkbooksGiveATableOrAnError(seed: UInt64) {
    var random = SeededGenerator(state: seed)
    let original = MinimalWorkbook().bytes(
      storing: seed % 2 == 0 ? [] : ["xl/worksheets/sheet1.xml"])
    var tables = 0
    var errors = 0
    for _ in 0..<600 {
      var bytes = original
      switch Int.random(in: 0..<4, using: &random) {
      case 0:
        for _ in 0..<Int.random(in: 1...8, using: &random) {
          bytes[Int.random(in: 0..<bytes.count, using: &random)] ^= UInt8(
            1 << Int.random(in: 0..<8, using: &random))
        }
      case 1:
        for _ in 0..<Int.random(in: 1...4, using: &random) {
          bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(
            in: 0...255, using: &random)
        }
      case 2:
        bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &random)))
      default:
        let at = Int.random(in: 0..<bytes.count, using: &random)
        bytes.insert(
          contentsOf: (0..<Int.random(in: 1...16, using: &random)).map { _ in
            UInt8.random(in: 0...255, using: &random)
          }, at: at)
      }
      do {
        _ = try ImportTable.read(bytes)
        tables += 1
      } catch {
        errors += 1
        #expect(!"\(error)".isEmpty)
      }
    }
    #expect(tables + errors == 600)
    #expect(errors > 0)
  }
}
