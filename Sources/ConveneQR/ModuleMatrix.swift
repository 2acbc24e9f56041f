/// The square of modules of one symbol while it is built: the function patterns (finder,
/// separators, timing, alignment, the dark module, format and version areas), the codewords
/// placed in the two-column zigzag, masking, and the format and version information
/// (ISO/IEC 18004, 6.3 and 7.7 to 7.10).
struct ModuleMatrix: Sendable, Equatable {
  let size: Int
  /// Dark modules, row by row.
  private(set) var dark: [Bool]
  /// Modules of function patterns and reserved areas, which data and masks leave alone.
  private(set) var isFunction: [Bool]

  /// The function patterns of `version`, with the format and version areas reserved (light).
  init(version: QRVersion) {
    size = version.size
    dark = Array(repeating: false, count: size * size)
    isFunction = Array(repeating: false, count: size * size)
    addFinders()
    addTiming()
    addAlignment(version.alignmentCentres)
    reserveFormatAndVersion(versionInformation: version.number >= 7)
  }

  subscript(row: Int, column: Int) -> Bool {
    get { dark[row * size + column] }
    set { dark[row * size + column] = newValue }
  }

  /// True for a module of a function pattern or a reserved area.
  func isFunction(_ row: Int, _ column: Int) -> Bool { isFunction[row * size + column] }

  private mutating func setFunction(_ row: Int, _ column: Int, _ value: Bool) {
    dark[row * size + column] = value
    isFunction[row * size + column] = true
  }

  /// The three finder patterns (7×7, ring and 3×3 core) with their light separators.
  private mutating func addFinders() {
    for (top, left) in [(0, 0), (0, size - 7), (size - 7, 0)] {
      for dy in -1...7 {
        for dx in -1...7 {
          let row = top + dy
          let column = left + dx
          guard (0..<size).contains(row), (0..<size).contains(column) else { continue }
          let ring = max(abs(dy - 3), abs(dx - 3))
          setFunction(row, column, ring != 2 && ring != 4)
        }
      }
    }
  }

  /// Row 6 and column 6 between the finders: dark on even positions.
  private mutating func addTiming() {
    for index in 8..<(size - 8) {
      setFunction(6, index, index % 2 == 0)
      setFunction(index, 6, index % 2 == 0)
    }
  }

  /// A 5×5 alignment pattern at every pair of centres, except the three under the finders.
  private mutating func addAlignment(_ centres: [Int]) {
    guard let last = centres.last else { return }
    for row in centres {
      for column in centres {
        if (row == 6 && column == 6) || (row == 6 && column == last) || (row == last && column == 6)
        {
          continue
        }
        for dy in -2...2 {
          for dx in -2...2 { setFunction(row + dy, column + dx, max(abs(dy), abs(dx)) != 1) }
        }
      }
    }
  }

  /// The format areas beside the finders, the dark module, and from version 7 the two
  /// version areas: reserved as function modules, light until the information is written.
  private mutating func reserveFormatAndVersion(versionInformation: Bool) {
    for index in 0..<9 where index != 6 {
      setFunction(8, index, false)
      setFunction(index, 8, false)
    }
    for index in 0..<8 {
      setFunction(8, size - 1 - index, false)
      setFunction(size - 1 - index, 8, false)
    }
    if versionInformation {
      for a in 0..<6 {
        for b in (size - 11)..<(size - 8) {
          setFunction(a, b, false)
          setFunction(b, a, false)
        }
      }
    }
  }

  /// Places `codewords` most significant bit first in the zigzag: two columns at a time from
  /// the right, upwards then downwards, skipping column 6 and every function module. Modules
  /// left over (the remainder bits) stay light.
  mutating func place(_ codewords: [UInt8]) {
    let bitCount = codewords.count * 8
    var index = 0
    var right = size - 1
    while right >= 1 {
      if right == 6 { right = 5 }
      let upwards = ((right + 1) & 2) == 0
      for step in 0..<size {
        let row = upwards ? size - 1 - step : step
        for column in [right, right - 1] where !isFunction[row * size + column] && index < bitCount
        {
          self[row, column] = (codewords[index >> 3] >> (7 - UInt8(index & 7))) & 1 == 1
          index += 1
        }
      }
      right -= 2
    }
  }

  /// Inverts every data module where mask pattern `mask` (0 to 7) holds.
  mutating func applyMask(_ mask: Int) {
    for row in 0..<size {
      for column in 0..<size where !isFunction[row * size + column] {
        if Self.maskHolds(mask, row: row, column: column) { self[row, column].toggle() }
      }
    }
  }

  /// The eight data mask conditions of ISO/IEC 18004, table 10 (i the row, j the column).
  static func maskHolds(_ mask: Int, row i: Int, column j: Int) -> Bool {
    switch mask {
    case 0: (i + j) % 2 == 0
    case 1: i % 2 == 0
    case 2: j % 3 == 0
    case 3: (i + j) % 3 == 0
    case 4: (i / 2 + j / 3) % 2 == 0
    case 5: (i * j) % 2 + (i * j) % 3 == 0
    case 6: ((i * j) % 2 + (i * j) % 3) % 2 == 0
    default: ((i + j) % 2 + (i * j) % 3) % 2 == 0
    }
  }

  /// Writes the format information of level M and `mask` in both places, the dark module,
  /// and the version information of `version` from version 7.
  mutating func addInformation(version: QRVersion, mask: Int) {
    let format = Self.formatBits(mask: mask)
    func bit(_ value: Int, _ index: Int) -> Bool { (value >> index) & 1 == 1 }
    for index in 0..<6 { self[index, 8] = bit(format, index) }
    self[7, 8] = bit(format, 6)
    self[8, 8] = bit(format, 7)
    self[8, 7] = bit(format, 8)
    for index in 9..<15 { self[8, 14 - index] = bit(format, index) }
    for index in 0..<8 { self[8, size - 1 - index] = bit(format, index) }
    for index in 8..<15 { self[size - 15 + index, 8] = bit(format, index) }
    self[size - 8, 8] = true
    guard version.number >= 7 else { return }
    let information = Self.versionBits(version.number)
    for index in 0..<18 {
      let a = size - 11 + index % 3
      let b = index / 3
      self[b, a] = bit(information, index)
      self[a, b] = bit(information, index)
    }
  }

  /// The 15 format bits: level M (00) and the mask, a BCH(15,5) code (generator 0x537),
  /// XORed with 0x5412 so that they are never all light.
  static func formatBits(mask: Int) -> Int {
    let data = (0b00 << 3) | mask
    return ((data << 10) | bchRemainder(data << 10, generator: 0x537)) ^ 0x5412
  }

  /// The 18 version bits: the version and its BCH(18,6) code (generator 0x1F25).
  static func versionBits(_ version: Int) -> Int {
    (version << 12) | bchRemainder(version << 12, generator: 0x1F25)
  }

  /// The remainder of the binary polynomial `value` divided by `generator`.
  static func bchRemainder(_ value: Int, generator: Int) -> Int {
    var remainder = value
    let degree = generator.bitWidth - generator.leadingZeroBitCount - 1
    while remainder != 0 && remainder.bitWidth - remainder.leadingZeroBitCount - 1 >= degree {
      remainder ^= generator << (remainder.bitWidth - remainder.leadingZeroBitCount - 1 - degree)
    }
    return remainder
  }
}
