/// A QR code symbol (ISO/IEC 18004, Model 2) at error correction level M, holding its data as
/// one byte-mode segment, in the smallest version (1 to 40) that fits, with the mask of least
/// penalty. Text with characters beyond ASCII carries an ECI header saying UTF-8.
///
/// ```swift
/// let code = try QRCode(text: "p001")   // version 1, 21×21 modules
/// let svg = code.svg(moduleSize: 0.5, unit: "mm")
/// ```
public struct QRCode: Sendable, Equatable {
  /// The version: 1 to 40, 17 + 4 × version modules per side.
  public let version: Int
  /// The data mask pattern used, 0 to 7.
  public let mask: Int
  /// Modules per side, without the quiet zone.
  public let size: Int
  /// Dark modules, row by row.
  let modules: [Bool]

  /// The light margin every reader needs around the symbol, in modules.
  public static let quietZone = 4

  /// Encodes `text` as UTF-8; with an ECI header (designator 26, UTF-8) when it holds a
  /// character beyond ASCII, so that readers do not take the bytes for Latin-1.
  public init(text: String, version: Int? = nil, mask: Int? = nil) throws(QRError) {
    let bytes = Array(text.utf8)
    try self.init(bytes: bytes, eci: bytes.contains { $0 >= 0x80 }, version: version, mask: mask)
  }

  /// Encodes `bytes` in byte mode, after an ECI header for UTF-8 when `eci`. `version` and
  /// `mask` force a version and a mask (for comparing with other encoders); by default the
  /// smallest version that fits and the mask of least penalty are chosen.
  public init(bytes: [UInt8], eci: Bool = false, version: Int? = nil, mask: Int? = nil)
    throws(QRError)
  {
    if let mask, !(0...7).contains(mask) { throw .noSuchMask(mask) }
    let chosen = try Self.version(for: bytes.count, eci: eci, forced: version)
    let codewords = DataCodewords.interleaved(
      DataCodewords.data(bytes, version: chosen, eci: eci), version: chosen)
    var matrix = ModuleMatrix(version: chosen)
    matrix.place(codewords)
    let best = mask ?? Self.leastPenalty(matrix)
    matrix.applyMask(best)
    matrix.addInformation(version: chosen, mask: best)
    self.version = chosen.number
    self.mask = best
    size = chosen.size
    modules = matrix.dark
  }

  /// True for a dark module (row and column from 0 at the top left, quiet zone excluded).
  public subscript(row: Int, column: Int) -> Bool { modules[row * size + column] }

  /// The modules row by row, dark as true.
  public var rows: [[Bool]] { (0..<size).map { Array(modules[($0 * size)..<(($0 + 1) * size)]) } }

  /// The most bytes a symbol can hold (version 40), after an ECI header when `eci`.
  public static func capacity(eci: Bool = false) -> Int {
    QRVersion(number: QRVersion.range.upperBound).byteCapacity(eci: eci)
  }

  /// The version to use: `forced` when the data fits it, else the smallest that fits.
  static func version(for count: Int, eci: Bool, forced: Int?) throws(QRError) -> QRVersion {
    if let forced {
      guard QRVersion.range.contains(forced) else { throw .noSuchVersion(forced) }
      let version = QRVersion(number: forced)
      guard count <= version.byteCapacity(eci: eci) else {
        throw .tooLong(bytes: count, capacity: version.byteCapacity(eci: eci))
      }
      return version
    }
    for number in QRVersion.range where count <= QRVersion(number: number).byteCapacity(eci: eci) {
      return QRVersion(number: number)
    }
    throw .tooLong(bytes: count, capacity: capacity(eci: eci))
  }

  /// The mask whose symbol has the least penalty (the lowest number on a tie).
  static func leastPenalty(_ matrix: ModuleMatrix) -> Int {
    var best = (mask: 0, penalty: Int.max)
    for mask in 0...7 {
      var candidate = matrix
      candidate.applyMask(mask)
      let penalty = MaskPenalty.total(candidate.dark, size: candidate.size)
      if penalty < best.penalty { best = (mask, penalty) }
    }
    return best.mask
  }
}

/// Why data could not be made into a QR code.
public enum QRError: Error, Equatable, CustomStringConvertible {
  /// More bytes than the (forced or largest) version holds.
  case tooLong(bytes: Int, capacity: Int)
  /// A forced version outside 1 to 40.
  case noSuchVersion(Int)
  /// A forced mask outside 0 to 7.
  case noSuchMask(Int)

  public var description: String {
    switch self {
    case .tooLong(let bytes, let capacity):
      "\(bytes) bytes do not fit in a QR code of this size (at most \(capacity) at error correction level M)"
    case .noSuchVersion(let version): "QR code version \(version) does not exist (1 to 40)"
    case .noSuchMask(let mask): "QR mask \(mask) does not exist (0 to 7)"
    }
  }
}
