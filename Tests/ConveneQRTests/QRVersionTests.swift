import Testing

@testable import ConveneQR

/// The tables carried over from the standard, checked against what can be counted.
@Suite struct QRVersionTests {
  /// Data plus error correction codewords fill exactly the modules left by the function
  /// patterns (counted on the matrix), to the remainder bits of each version.
  @Test(arguments: QRVersion.range) func blocksFillTheSymbol(number: Int) {
    let version = QRVersion(number: number)
    let matrix = ModuleMatrix(version: version)
    var free = 0
    for row in 0..<version.size {
      for column in 0..<version.size where !matrix.isFunction(row, column) { free += 1 }
    }
    #expect(version.totalCodewords == free / 8)
    let remainderBits = [
      0, 7, 7, 7, 7, 7, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3,
      3, 3, 3, 0, 0, 0, 0, 0, 0,
    ]
    #expect(free % 8 == remainderBits[number - 1])
  }

  /// Byte capacities at level M as the standard's table 7 lists them.
  @Test func byteCapacities() {
    let expected = [
      1: 14, 2: 26, 3: 42, 4: 62, 5: 84, 6: 106, 7: 122, 8: 152, 9: 180, 10: 213, 15: 412, 20: 666,
      25: 997, 30: 1370, 40: 2331,
    ]
    for (number, capacity) in expected {
      #expect(QRVersion(number: number).byteCapacity(eci: false) == capacity, "version \(number)")
    }
  }

  @Test func theSmallestVersionThatFitsIsChosen() throws {
    #expect(try QRCode(text: String(repeating: "a", count: 14)).version == 1)
    #expect(try QRCode(text: String(repeating: "a", count: 15)).version == 2)
    #expect(try QRCode(text: String(repeating: "a", count: 213)).version == 10)
    #expect(try QRCode(text: String(repeating: "a", count: 214)).version == 11)
    #expect(try QRCode(text: "p001").size == 21)
    #expect(throws: QRError.tooLong(bytes: 2332, capacity: 2331)) {
      try QRCode(bytes: Array(repeating: 65, count: 2332))
    }
    #expect(throws: QRError.tooLong(bytes: 20, capacity: 14)) {
      try QRCode(bytes: Array(repeating: 65, count: 20), version: 1)
    }
    #expect(throws: QRError.noSuchMask(8)) { try QRCode(text: "x", mask: 8) }
    #expect(throws: QRError.noSuchVersion(41)) { try QRCode(text: "x", version: 41) }
  }

  /// The BCH codes of the format and version information, against values listed in the
  /// standard (annex C and D).
  @Test func formatAndVersionInformation() {
    // Level M, mask 0..7 (after the XOR with 101010000010010).
    #expect(
      (0...7).map { ModuleMatrix.formatBits(mask: $0) }
        == [0x5412, 0x5125, 0x5E7C, 0x5B4B, 0x45F9, 0x40CE, 0x4F97, 0x4AA0])
    #expect(ModuleMatrix.versionBits(7) == 0x07C94)
    #expect(ModuleMatrix.versionBits(40) == 0x28C69)
  }

  /// Reed-Solomon: the generator of degree 10 and a remainder worked by hand in the
  /// standard's annex I example ("01234567", version 1-M).
  @Test func reedSolomon() {
    #expect(
      ReedSolomon.generator(degree: 10) == [216, 194, 159, 111, 199, 94, 95, 113, 157, 193])
    let data: [UInt8] = [16, 32, 12, 86, 97, 128, 236, 17, 236, 17, 236, 17, 236, 17, 236, 17]
    #expect(
      ReedSolomon.remainder(of: data, count: 10) == [165, 36, 212, 193, 237, 54, 199, 135, 44, 85])
  }
}
