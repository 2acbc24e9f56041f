/// A zip archive read from memory through its central directory: stored and deflated
/// entries, each checked against its CRC-32. ZIP64 records (which some tools write for every
/// archive, however small) are read; split and encrypted archives are refused, and the limits
/// on entries and sizes hold whatever the records say.
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
    var disk = reader.u16(end + 4)
    var directoryDisk = reader.u16(end + 6)
    var count = reader.u16(end + 10)
    var onThisDisk = reader.u16(end + 8)
    var directorySize = reader.u32(end + 12)
    var directoryOffset = reader.u32(end + 16)
    // The end of the directory as far as entries may reach: the ZIP64 records, when present.
    var directoryEnd = end
    if end >= 20 && reader.u32(end - 20) == 0x0706_4B50 {
      let record = try Self.zip64EndRecord(bytes, locator: end - 20)
      guard reader.u32(end - 20 + 4) == 0, reader.u32(end - 20 + 16) == 1 else { throw .multipleDisks }
      disk = reader.u32(record + 16)
      directoryDisk = reader.u32(record + 20)
      (onThisDisk, count) = (try Self.u64(reader, record + 24), try Self.u64(reader, record + 32))
      (directorySize, directoryOffset) = (try Self.u64(reader, record + 40), try Self.u64(reader, record + 48))
      directoryEnd = record
    } else if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
      throw .corrupt("the end record points to ZIP64 records that are missing")
    }
    guard disk == 0, directoryDisk == 0, onThisDisk == count else { throw .multipleDisks }
    guard count <= Self.entryLimit else { throw .tooLarge(entry: "the archive", bytes: count) }
    guard directoryOffset + directorySize <= directoryEnd else {
      throw .corrupt("the central directory lies outside the file")
    }
    var entries: [Entry] = []
    var names = Set<String>()
    var offset = directoryOffset
    for _ in 0..<count {
      guard offset + 46 <= directoryEnd, reader.u32(offset) == 0x0201_4B50 else {
        throw .corrupt("a central directory entry is missing")
      }
      let nameLength = reader.u16(offset + 28)
      let extraLength = reader.u16(offset + 30)
      let commentLength = reader.u16(offset + 32)
      guard offset + 46 + nameLength + extraLength <= directoryEnd else {
        throw .corrupt("an entry's name runs past the directory")
      }
      var entry = Entry(
        name: String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self),
        method: reader.u16(offset + 10), flags: reader.u16(offset + 8),
        checksum: UInt32(reader.u32(offset + 16)),
        compressedSize: reader.u32(offset + 20), size: reader.u32(offset + 24),
        localHeaderOffset: reader.u32(offset + 42))
      if entry.compressedSize == 0xFFFF_FFFF || entry.size == 0xFFFF_FFFF
        || entry.localHeaderOffset == 0xFFFF_FFFF
      {
        try Self.readZip64Sizes(&entry, extra: (offset + 46 + nameLength)..<(offset + 46 + nameLength + extraLength), reader)
      }
      // Two parts of one name: which one the workbook means is not known (tools differ).
      guard names.insert(entry.name).inserted else { throw .corrupt("it holds \(entry.name) twice") }
      entries.append(entry)
      offset += 46 + nameLength + extraLength + commentLength
    }
    self.entries = entries
  }

  /// The offset of the ZIP64 end-of-central-directory record its locator points to.
  static func zip64EndRecord(_ bytes: [UInt8], locator: Int) throws(ZipError) -> Int {
    let reader = ByteReader(bytes)
    let record = try u64(reader, locator + 8)
    guard record + 56 <= locator, reader.u32(record) == 0x0606_4B50 else {
      throw .corrupt("the ZIP64 end record is missing")
    }
    return record
  }

  /// An eight-byte little-endian size or offset; beyond what an array in memory can hold, the
  /// archive is damaged.
  static func u64(_ reader: ByteReader, _ offset: Int) throws(ZipError) -> Int {
    let high = reader.u32(offset + 4)
    guard high == 0 else { throw .corrupt("a ZIP64 size or offset is larger than the file") }
    return reader.u32(offset)
  }

  /// Reads an entry's sizes and offset from its ZIP64 extra field (header 0x0001), which holds,
  /// in this order, those that the directory entry marks 0xFFFFFFFF.
  static func readZip64Sizes(_ entry: inout Entry, extra: Range<Int>, _ reader: ByteReader) throws(ZipError) {
    var field = extra.lowerBound
    while field + 4 <= extra.upperBound {
      let id = reader.u16(field), length = reader.u16(field + 2)
      guard field + 4 + length <= extra.upperBound else { break }
      if id == 0x0001 {
        var at = field + 4
        func next() throws(ZipError) -> Int {
          guard at + 8 <= field + 4 + length else { throw .corrupt("\(entry.name): its ZIP64 sizes are cut short") }
          defer { at += 8 }
          return try u64(reader, at)
        }
        if entry.size == 0xFFFF_FFFF { entry.size = try next() }
        if entry.compressedSize == 0xFFFF_FFFF { entry.compressedSize = try next() }
        if entry.localHeaderOffset == 0xFFFF_FFFF { entry.localHeaderOffset = try next() }
        return
      }
      field += 4 + length
    }
    throw .corrupt("\(entry.name) has no ZIP64 sizes")
  }

  /// The entry called `name` (exact, then ignoring case), or nil.
  func entry(named name: String) -> Entry? {
    entries.first { $0.name == name } ?? entries.first { $0.name.lowercased() == name.lowercased() }
  }

  /// A reader of `entry`'s uncompressed bytes, a buffer at a time, checked against its size
  /// and checksum as they come.
  func reader(of entry: Entry, limit: Int = sizeLimit) throws(ZipError) -> ZipEntryReader {
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
    return try ZipEntryReader(entry, data: bytes[start..<(start + entry.compressedSize)])
  }

  /// The uncompressed bytes of `entry`, checked against its size and checksum.
  func contents(of entry: Entry, limit: Int = sizeLimit) throws(ZipError) -> [UInt8] {
    let reader = try reader(of: entry, limit: limit)
    var output = [UInt8](repeating: 0, count: entry.size)
    var filled = 0
    var failure: ZipError?
    output.withUnsafeMutableBufferPointer { buffer in
      do throws(ZipError) {
        while case let count = try reader.read(into: UnsafeMutableBufferPointer(rebasing: buffer[filled...])),
          count > 0
        {
          filled += count
        }
        // Filled to the declared size: the entry must end there, with no byte more.
        var spare: UInt8 = 0
        _ = try withUnsafeMutablePointer(to: &spare) { spare throws(ZipError) in
          try reader.read(into: UnsafeMutableBufferPointer(start: spare, count: 1))
        }
      } catch {
        failure = error
      }
    }
    if let failure { throw failure }
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
