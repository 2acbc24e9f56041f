/// Where a byte sequence stops being UTF-8, and how much of it is UTF-8 all the same.
struct UTF8Scan {
  /// The offset of the first byte that starts no UTF-8 character, or nil.
  private(set) var firstInvalid: Int?
  /// Bytes that start no character.
  private(set) var invalid = 0
  /// Characters of two bytes or more that are well formed.
  private(set) var multibyte = 0

  /// The scan of `bytes`; cut short when `stop` (asked every `ReadingStop.interval` bytes)
  /// says so.
  init(_ bytes: [UInt8], stop: ReadingStop = .never) {
    var index = 0
    let count = bytes.count
    var nextCheck = ReadingStop.interval
    while index < count {
      if index >= nextCheck {
        if stop.isRequested { break }
        nextCheck = index + ReadingStop.interval
      }
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length = Self.length(of: bytes, at: index)
      if length > 0 {
        multibyte += 1
        index += length
      } else {
        if firstInvalid == nil { firstInvalid = index }
        invalid += 1
        index += 1
      }
    }
    if let first = firstInvalid, index == count, first + invalid == count {
      endsInsideCharacter = Self.isCutCharacter(bytes[first...])
    }
  }

  /// A file that is UTF-8 but for a few bytes (a cell pasted from elsewhere, a truncated
  /// character) rather than a legacy code page, in which well-formed UTF-8 sequences are
  /// rare accidents.
  var isMostlyUTF8: Bool { invalid > 0 && multibyte >= 10 * invalid }

  /// True when the only bytes that are not UTF-8 are the beginning of a character at the very
  /// end (`Ana L` and the first byte of `é`): a UTF-8 file cut short, which read in a legacy
  /// code page would end in a wrong letter (`Ana LÃ`).
  private(set) var endsInsideCharacter = false

  /// True when `tail` is the beginning of a character of two bytes or more, cut before its end.
  static func isCutCharacter(_ tail: ArraySlice<UInt8>) -> Bool {
    guard let lead = tail.first else { return false }
    let needed: Int
    switch lead {
    case 0xC2...0xDF: needed = 2
    case 0xE0...0xEF: needed = 3
    case 0xF0...0xF4: needed = 4
    default: return false
    }
    return tail.count < needed && tail.dropFirst().allSatisfy { $0 & 0xC0 == 0x80 }
  }

  /// The length of the well-formed character at `index`, or 0.
  static func length(of bytes: [UInt8], at index: Int) -> Int {
    let lead = bytes[index]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      low = 0xA0
    case 0xED:
      length = 3
      high = 0x9F
    case 0xE1...0xEF: length = 3
    case 0xF0:
      length = 4
      low = 0x90
    case 0xF4:
      length = 4
      high = 0x8F
    case 0xF1...0xF3: length = 4
    default: return 0
    }
    guard index + length <= bytes.count else { return 0 }
    let second = bytes[index + 1]
    guard second >= low && second <= high else { return 0 }
    for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
    return length
  }
}
