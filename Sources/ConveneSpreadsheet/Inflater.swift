import CZlib

/// A raw-deflate decompressor (zlib's `inflate`), owning its stream.
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

  /// The data of `input` decompressed, which must be exactly `size` bytes.
  func inflate(_ input: ArraySlice<UInt8>, size: Int, entry: String) throws(ZipError) -> [UInt8] {
    var output = [UInt8](repeating: 0, count: size)
    var status: Int32 = Z_OK
    var produced = 0
    var spare: UInt8 = 0
    input.withUnsafeBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        stream.pointee.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress)
        stream.pointee.avail_in = uInt(inBuffer.count)
        stream.pointee.next_out = outBuffer.baseAddress
        stream.pointee.avail_out = uInt(outBuffer.count)
        while true {
          status = CZlib.inflate(stream, Z_NO_FLUSH)
          if status != Z_OK || stream.pointee.avail_out == 0 { break }
          if stream.pointee.avail_in == 0 { break }
        }
        produced = outBuffer.count - Int(stream.pointee.avail_out)
        if status == Z_OK && produced == outBuffer.count {
          // The declared size is used up: the stream must end here, with no byte more.
          withUnsafeMutablePointer(to: &spare) { spare in
            stream.pointee.next_out = spare
            stream.pointee.avail_out = 1
            status = CZlib.inflate(stream, Z_NO_FLUSH)
            if stream.pointee.avail_out == 0 { status = Z_DATA_ERROR }
          }
        }
      }
    }
    guard status == Z_STREAM_END, produced == size else { throw .damaged(entry: entry) }
    return output
  }

  /// The CRC-32 of `bytes`, as zip records it.
  static func checksum(_ bytes: [UInt8]) -> UInt32 {
    bytes.withUnsafeBufferPointer { buffer in
      UInt32(crc32_z(0, buffer.baseAddress, buffer.count))
    }
  }
}
