import CZlib

/// A raw-deflate decompressor (zlib's `inflate`), owning its stream, fed one output buffer at
/// a time so that a large entry is never whole in memory.
final class Inflater {
  private let stream: UnsafeMutablePointer<z_stream>

  init() throws(ZipError) {
    stream = .allocate(capacity: 1)
    stream.initialize(to: z_stream())
    // Negative window bits: raw deflate data, as zip entries hold it (no zlib header).
    guard
      inflateInit2_(stream, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK
    else {
      stream.deinitialize(count: 1)
      stream.deallocate()
      throw .corrupt("the decompressor could not start")
    }
  }

  deinit {
    inflateEnd(stream)
    stream.deinitialize(count: 1)
    stream.deallocate()
  }

  /// What one step of inflation gave.
  enum Step {
    /// `produced` bytes written; more may follow.
    case more(produced: Int)
    /// `produced` bytes written, and the deflate stream ended with them.
    case ended(produced: Int)
    /// The data is not valid deflate data, or it stops before its end.
    case broken
  }

  /// Inflates `input` from `consumed` on into `output`, as far as either goes, and advances
  /// `consumed` past what was read. The input's address is given to zlib afresh at each call,
  /// so the array may move between calls.
  func inflate(
    _ input: ArraySlice<UInt8>, consumed: inout Int, into output: UnsafeMutableBufferPointer<UInt8>
  ) -> Step {
    guard output.count > 0 else { return .more(produced: 0) }
    var status: Int32 = Z_OK
    input.withUnsafeBufferPointer { inBuffer in
      let rest = UnsafeBufferPointer(rebasing: inBuffer[consumed...])
      stream.pointee.next_in = UnsafeMutablePointer(mutating: rest.baseAddress)
      stream.pointee.avail_in = uInt(rest.count)
      stream.pointee.next_out = output.baseAddress
      stream.pointee.avail_out = uInt(output.count)
      repeat {
        status = CZlib.inflate(stream, Z_NO_FLUSH)
      } while status == Z_OK && stream.pointee.avail_out > 0 && stream.pointee.avail_in > 0
      consumed += rest.count - Int(stream.pointee.avail_in)
    }
    let produced = output.count - Int(stream.pointee.avail_out)
    switch status {
    case Z_STREAM_END: return .ended(produced: produced)
    // Output room left and no input left, yet the stream has not ended: it is cut short.
    case Z_OK where produced > 0 || stream.pointee.avail_in > 0: return .more(produced: produced)
    default: return .broken
    }
  }

  /// The CRC-32 of `bytes` continuing `checksum` (0 to start), as zip records it.
  static func checksum(_ bytes: UnsafeBufferPointer<UInt8>, continuing checksum: UInt32 = 0) -> UInt32 {
    UInt32(crc32_z(uLong(checksum), bytes.baseAddress, bytes.count))
  }
}
