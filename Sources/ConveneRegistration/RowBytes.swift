import ConveneCSV

/// The kinds of byte a row of an export holds anywhere in its cells, found in one pass over
/// the row's bytes as written (`ExportRow.bytes`). A check that looks for
/// something in each cell (an unsafe character, a spreadsheet's error value, a line break,
/// double-encoded text) looks at no cell of a row that lacks every byte that thing is written
/// with: most rows of an export hold none of them.
struct RowBytes: OptionSet {
  let rawValue: UInt8

  /// A byte an unsafe character (`UnsafeCharacter`) starts with: a C0 control other than tab,
  /// LF and CR, DEL, C2 (the C1 controls) or E2 (the bidirectional controls).
  static let unsafeStart = RowBytes(rawValue: 1)
  /// `#`, which a spreadsheet's error value starts with (`SpreadsheetError.mayBe`).
  static let hash = RowBytes(rawValue: 2)
  /// LF, CR or E2 (U+2028 and U+2029): a byte a line break starts with.
  static let lineBreakStart = RowBytes(rawValue: 4)
  /// A byte of a non-ASCII character: the only ones double-encoded text is told by.
  static let nonASCII = RowBytes(rawValue: 8)
  /// A tab, which a one-line field (name, title, organisation, city) may not hold.
  static let tab = RowBytes(rawValue: 16)

  /// Every kind: what a row is taken to hold when its bytes cannot be looked at in one pass.
  static let all: RowBytes = [.unsafeStart, .hash, .lineBreakStart, .nonASCII, .tab]

  init(rawValue: UInt8) { self.rawValue = rawValue }

  /// The kinds of byte in `bytes`.
  init(of bytes: UnsafeBufferPointer<UInt8>) {
    var bits: UInt8 = 0
    Self.table.withUnsafeBufferPointer { table in
      for byte in bytes { bits |= table[Int(byte)] }
    }
    rawValue = bits
  }

  /// The kinds of each byte value.
  static let table: [UInt8] = (0...255).map { value in
    var kinds: RowBytes = []
    switch value {
    case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F: kinds.insert(.unsafeStart)
    case 0x09: kinds.insert(.tab)
    case 0x0A, 0x0D: kinds.insert(.lineBreakStart)
    case 0x23: kinds.insert(.hash)
    case 0xC2: kinds.formUnion([.unsafeStart, .nonASCII])
    case 0xE2: kinds.formUnion([.unsafeStart, .lineBreakStart, .nonASCII])
    case 0x80...0xFF: kinds.insert(.nonASCII)
    default: break
    }
    return kinds.rawValue
  }
}
