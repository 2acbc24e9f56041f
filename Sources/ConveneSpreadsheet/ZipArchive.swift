/// A zip archive read from memory through its central directory: stored and deflated
/// entries, each checked against its CRC-32. ZIP64, split and encrypted archives are refused.
struct ZipArchive {
  /// One file in the archive, as the central directory describes it.
  struct Entry {
    var name: String
    var method: Int
    var flags: Int
    var checksum: UInt32
    var compressedSize: Int
    var size: Int
    var localHeaderOffset: Int
  }

  /// Entries read at most (a workbook has a few dozen).
  static let entryLimit = 10_000
  /// The largest entry read, uncompressed.
  static let sizeLimit = 512 << 20

  private let bytes: [UInt8]
  /// The entries, in central-directory order.
  let entries: [Entry]

  init(bytes: [UInt8]) throws(ZipError) {
    self.bytes = bytes
    let end = try Self.endOfCentralDirectory(bytes)
    let reader = ByteReader(bytes)
    let disk = reader.u16(end + 4)
    let directoryDisk = reader.u16(end + 6)
    let count = reader.u16(end + 10)
    let onThisDisk = reader.u16(end + 8)
    let directorySize = reader.u32(end + 12)
    let directoryOffset = reader.u32(end + 16)
    if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF
      || (end >= 20 && reader.u32(end - 20) == 0x0706_4B50)
    {
      throw .zip64
    }
    guard disk == 0, directoryDisk == 0, onThisDisk == count else { throw .multipleDisks }
    guard count <= Self.entryLimit else { throw .tooLarge(entry: "the archive", bytes: count) }
    guard directoryOffset + directorySize <= end else {
      throw .corrupt("the central directory lies outside the file")
    }
    var entries: [Entry] = []
    var offset = directoryOffset
    for _ in 0..<count {
      guard offset + 46 <= end, reader.u32(offset) == 0x0201_4B50 else {
        throw .corrupt("a central directory entry is missing")
      }
      let nameLength = reader.u16(offset + 28)
      let extraLength = reader.u16(offset + 30)
      let commentLength = reader.u16(offset + 32)
      guard offset + 46 + nameLength <= end else {
        throw .corrupt("an entry's name runs past the directory")
      }
      let entry = Entry(
        name: String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self),
        method: reader.u16(offset + 10), flags: reader.u16(offset + 8),
        checksum: UInt32(reader.u32(offset + 16)),
        compressedSize: reader.u32(offset + 20), size: reader.u32(offset + 24),
        localHeaderOffset: reader.u32(offset + 42))
      if entry.compressedSize == 0xFFFF_FFFF || entry.size == 0xFFFF_FFFF
        || entry.localHeaderOffset == 0xFFFF_FFFF
      {
        throw .zip64
      }
      entries.append(entry)
      offset += 46 + nameLength + extraLength + commentLength
    }
    self.entries = entries
  }

  /// The entry called `name` (exact, then ignoring case), or nil.
  func entry(named name: String) -> Entry? {
    entries.first { $0.name == name } ?? entries.first { $0.name.lowercased() == name.lowercased() }
  }

  /// The uncompressed bytes of `entry`, checked against its size and checksum.
  func contents(of entry: Entry, limit: Int = sizeLimit) throws(ZipError) -> [UInt8] {
    if entry.flags & 1 != 0 { throw .encrypted(entry: entry.name) }
    guard entry.size <= limit else { throw .tooLarge(entry: entry.name, bytes: entry.size) }
    let reader = ByteReader(bytes)
    let header = entry.localHeaderOffset
    guard header + 30 <= bytes.count, reader.u32(header) == 0x0403_4B50 else {
      throw .corrupt("\(entry.name) has no local header")
    }
    let start = header + 30 + reader.u16(header + 26) + reader.u16(header + 28)
    guard start + entry.compressedSize <= bytes.count else {
      throw .corrupt("\(entry.name) runs past the end of the file")
    }
    let data = bytes[start..<(start + entry.compressedSize)]
    let output: [UInt8]
    switch entry.method {
    case 0:
      guard entry.compressedSize == entry.size else { throw .damaged(entry: entry.name) }
      output = Array(data)
    case 8:
      output = try Inflater().inflate(data, size: entry.size, entry: entry.name)
    default:
      throw .unsupportedMethod(entry: entry.name, method: entry.method)
    }
    guard Inflater.checksum(output) == entry.checksum else { throw .damaged(entry: entry.name) }
    return output
  }

  /// The offset of the end-of-central-directory record, searched from the end (it may be
  /// followed by a comment of up to 65,535 bytes).
  static func endOfCentralDirectory(_ bytes: [UInt8]) throws(ZipError) -> Int {
    guard bytes.count >= 22 else { throw .notAZipArchive }
    let reader = ByteReader(bytes)
    var offset = bytes.count - 22
    let lowest = max(0, bytes.count - 22 - 65_535)
    while offset >= lowest {
      if reader.u32(offset) == 0x0605_4B50 && offset + 22 + reader.u16(offset + 20) == bytes.count {
        return offset
      }
      offset -= 1
    }
    throw .notAZipArchive
  }
}

/// Little-endian integers at offsets of a byte array; reads past the end give 0.
struct ByteReader {
  let bytes: [UInt8]

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  func u16(_ offset: Int) -> Int {
    guard offset >= 0, offset + 2 <= bytes.count else { return 0 }
    return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
  }

  func u32(_ offset: Int) -> Int {
    guard offset >= 0, offset + 4 <= bytes.count else { return 0 }
    return u16(offset) | u16(offset + 2) << 16
  }
}
