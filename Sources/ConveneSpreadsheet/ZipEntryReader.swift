/// The uncompressed bytes of one zip entry, given a buffer at a time (stored entries copied,
/// deflated ones inflated), so that an entry is read in the memory of one buffer whatever it
/// inflates to. More bytes than the entry declares are refused as soon as they appear; the
/// size and the CRC-32 are checked when the last byte has been given.
final class ZipEntryReader {
  let entry: ZipArchive.Entry
  private let data: ArraySlice<UInt8>
  private let inflater: Inflater?
  private var consumed = 0
  private var produced = 0
  private var checksum: UInt32 = 0
  private var ended = false

  /// Reads `entry`, whose compressed data is `data`.
  init(_ entry: ZipArchive.Entry, data: ArraySlice<UInt8>) throws(ZipError) {
    self.entry = entry
    self.data = data
    switch entry.method {
    case 0:
      guard entry.compressedSize == entry.size else { throw .damaged(entry: entry.name) }
      inflater = nil
    case 8: inflater = try Inflater()
    default: throw .unsupportedMethod(entry: entry.name, method: entry.method)
    }
  }

  /// Fills the start of `buffer` with the next bytes and tells how many; 0 once the entry
  /// has been given whole and found to match its size and checksum.
  func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(ZipError) -> Int {
    if ended { return 0 }
    var count: Int
    if let inflater {
      switch inflater.inflate(data, consumed: &consumed, into: buffer) {
      case .more(let produced): count = produced
      case .ended(let produced):
        count = produced
        ended = true
      case .broken: throw .damaged(entry: entry.name)
      }
    } else {
      count = min(buffer.count, data.count - consumed)
      let start = data.startIndex + consumed
      _ = buffer.initialize(from: data[start..<(start + count)])
      consumed += count
      ended = consumed == data.count
    }
    produced += count
    guard produced <= entry.size else { throw .damaged(entry: entry.name) }
    checksum = Inflater.checksum(UnsafeBufferPointer(rebasing: buffer[..<count]), continuing: checksum)
    if ended {
      guard produced == entry.size, checksum == entry.checksum else { throw .damaged(entry: entry.name) }
      if count == 0 { return 0 }
    }
    return count
  }

  /// Reads to the end, keeping nothing: whether the rest of the entry is sound.
  func drain() throws(ZipError) {
    let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 16)
    defer { scratch.deallocate() }
    while try read(into: scratch) > 0 {}
  }
}
