/// The facts of ISO/IEC 18004 (Model 2) for one version at error correction level M: size,
/// block structure, alignment pattern centres and the width of the character count.
struct QRVersion: Sendable, Equatable {
  /// 1 to 40.
  let number: Int

  /// The lowest and highest version convene encodes.
  static let range = 1...40

  /// Modules per side: 21 for version 1, four more per version.
  var size: Int { 17 + 4 * number }

  /// Error correction codewords per block.
  var errorCorrectionPerBlock: Int { Self.levelM[number - 1].ecPerBlock }

  /// The data codewords of each block, shorter blocks (group 1) first.
  var blockLengths: [Int] {
    let row = Self.levelM[number - 1]
    return Array(repeating: row.shortLength, count: row.shortBlocks)
      + Array(repeating: row.shortLength + 1, count: row.longBlocks)
  }

  /// Data codewords in all: what the encoded data and padding fill.
  var dataCodewords: Int { blockLengths.reduce(0, +) }

  /// Codewords in all, data and error correction.
  var totalCodewords: Int { dataCodewords + blockLengths.count * errorCorrectionPerBlock }

  /// Bits of the character count of a byte-mode segment: 8 up to version 9, then 16.
  var byteCountBits: Int { number <= 9 ? 8 : 16 }

  /// The row and column coordinates of alignment pattern centres (empty for version 1).
  var alignmentCentres: [Int] { Self.alignment[number - 1] }

  /// The block structure of level M, per version: error correction codewords per block,
  /// the blocks of group 1 and their data codewords, and the blocks of group 2 (one data
  /// codeword longer). ISO/IEC 18004, table 9.
  static let levelM: [(ecPerBlock: Int, shortBlocks: Int, shortLength: Int, longBlocks: Int)] = [
    (10, 1, 16, 0), (16, 1, 28, 0), (26, 1, 44, 0), (18, 2, 32, 0), (24, 2, 43, 0),
    (16, 4, 27, 0), (18, 4, 31, 0), (22, 2, 38, 2), (22, 3, 36, 2), (26, 4, 43, 1),
    (30, 1, 50, 4), (22, 6, 36, 2), (22, 8, 37, 1), (24, 4, 40, 5), (24, 5, 41, 5),
    (28, 7, 45, 3), (28, 10, 46, 1), (26, 9, 43, 4), (26, 3, 44, 11), (26, 3, 41, 13),
    (26, 17, 42, 0), (28, 17, 46, 0), (28, 4, 47, 14), (28, 6, 45, 14), (28, 8, 47, 13),
    (28, 19, 46, 4), (28, 22, 45, 3), (28, 3, 45, 23), (28, 21, 45, 7), (28, 19, 47, 10),
    (28, 2, 46, 29), (28, 10, 46, 23), (28, 14, 46, 21), (28, 14, 46, 23), (28, 12, 47, 26),
    (28, 6, 47, 34), (28, 29, 46, 14), (28, 13, 46, 32), (28, 40, 47, 7), (28, 18, 47, 31),
  ]

  /// Alignment pattern centre coordinates per version. ISO/IEC 18004, annex E.
  static let alignment: [[Int]] = [
    [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34],
    [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50], [6, 30, 54], [6, 32, 58], [6, 34, 62],
    [6, 26, 46, 66], [6, 26, 48, 70], [6, 26, 50, 74], [6, 30, 54, 78], [6, 30, 56, 82],
    [6, 30, 58, 86], [6, 34, 62, 90],
    [6, 28, 50, 72, 94], [6, 26, 50, 74, 98], [6, 30, 54, 78, 102], [6, 28, 54, 80, 106],
    [6, 32, 58, 84, 110], [6, 30, 58, 86, 114], [6, 34, 62, 90, 118],
    [6, 26, 50, 74, 98, 122], [6, 30, 54, 78, 102, 126], [6, 26, 52, 78, 104, 130],
    [6, 30, 56, 82, 108, 134], [6, 34, 60, 86, 112, 138], [6, 30, 58, 86, 114, 142],
    [6, 34, 62, 90, 118, 146],
    [6, 30, 54, 78, 102, 126, 150], [6, 24, 50, 76, 102, 128, 154], [6, 28, 54, 80, 106, 132, 158],
    [6, 32, 58, 84, 110, 136, 162], [6, 26, 54, 82, 110, 138, 166], [6, 30, 58, 86, 114, 142, 170],
  ]

  /// The most bytes this version holds, after an ECI header when `eci`.
  func byteCapacity(eci: Bool) -> Int {
    min((dataCodewords * 8 - (eci ? 12 : 0) - 4 - byteCountBits) / 8, (1 << byteCountBits) - 1)
  }
}
