/// The codeword sequence of a symbol: the data as one byte-mode segment (after an ECI
/// header when asked), terminator and padding, split into blocks, each block's error
/// correction added, and the blocks interleaved (ISO/IEC 18004, 7.4 to 7.6).
enum DataCodewords {
  /// The ECI designator of UTF-8.
  static let utf8Designator: UInt8 = 26

  /// The data codewords of `bytes` for `version`, padded to its capacity. The caller has
  /// checked that they fit.
  static func data(_ bytes: [UInt8], version: QRVersion, eci: Bool) -> [UInt8] {
    var bits = BitWriter()
    if eci {
      bits.append(0b0111, count: 4)
      bits.append(Int(utf8Designator), count: 8)
    }
    bits.append(0b0100, count: 4)
    bits.append(bytes.count, count: version.byteCountBits)
    for byte in bytes { bits.append(Int(byte), count: 8) }
    let capacity = version.dataCodewords * 8
    bits.append(0, count: min(4, capacity - bits.count))
    bits.append(0, count: (8 - bits.count % 8) % 8)
    var codewords = bits.bytes
    var pad: UInt8 = 0xEC
    while codewords.count < version.dataCodewords {
      codewords.append(pad)
      pad = pad == 0xEC ? 0x11 : 0xEC
    }
    return codewords
  }

  /// The final sequence: data split into the version's blocks, each with its error
  /// correction, interleaved codeword by codeword.
  static func interleaved(_ data: [UInt8], version: QRVersion) -> [UInt8] {
    var blocks: [[UInt8]] = []
    var start = 0
    for length in version.blockLengths {
      blocks.append(Array(data[start..<start + length]))
      start += length
    }
    let corrections = blocks.map {
      ReedSolomon.remainder(of: $0, count: version.errorCorrectionPerBlock)
    }
    var result: [UInt8] = []
    result.reserveCapacity(version.totalCodewords)
    for index in 0..<(blocks.map(\.count).max() ?? 0) {
      for block in blocks where index < block.count { result.append(block[index]) }
    }
    for index in 0..<version.errorCorrectionPerBlock {
      for correction in corrections { result.append(correction[index]) }
    }
    return result
  }
}

/// Bits written most significant first, packed into bytes.
struct BitWriter {
  private(set) var bytes: [UInt8] = []
  private(set) var count = 0

  /// Appends the low `count` bits of `value`.
  mutating func append(_ value: Int, count bitCount: Int) {
    for shift in stride(from: bitCount - 1, through: 0, by: -1) {
      if count % 8 == 0 { bytes.append(0) }
      if (value >> shift) & 1 == 1 { bytes[bytes.count - 1] |= 0x80 >> UInt8(count % 8) }
      count += 1
    }
  }
}
