import CZlib

/// Builds zip archives in memory, entry by entry, stored or deflated with zlib, so that the
/// reader's tests control every byte (and can break any of them).
struct ZipBuilder {
  struct Entry {
    var name: String
    var data: [UInt8]
    var deflated: Bool
    var flags: UInt16 = 0
    var method: UInt16? = nil
  }

  var entries: [Entry] = []

  mutating func add(_ name: String, _ text: String, deflated: Bool = true) {
    entries.append(Entry(name: name, data: Array(text.utf8), deflated: deflated))
  }

  /// The archive's bytes.
  func bytes() -> [UInt8] {
    var output: [UInt8] = []
    var directory: [UInt8] = []
    for entry in entries {
      let compressed = entry.deflated ? Self.deflate(entry.data) : entry.data
      let checksum = Self.crc(entry.data)
      let method = entry.method ?? (entry.deflated ? 8 : 0)
      let offset = output.count
      let name = Array(entry.name.utf8)
      output +=
        Self.u32(0x0403_4B50) + Self.u16(20) + Self.u16(entry.flags) + Self.u16(method)
        + Self.u16(0) + Self.u16(0x5A21)
      output +=
        Self.u32(checksum) + Self.u32(UInt32(compressed.count)) + Self.u32(UInt32(entry.data.count))
      output += Self.u16(UInt16(name.count)) + Self.u16(0) + name + compressed
      directory +=
        Self.u32(0x0201_4B50) + Self.u16(20) + Self.u16(20) + Self.u16(entry.flags)
        + Self.u16(method)
      directory +=
        Self.u16(0) + Self.u16(0x5A21) + Self.u32(checksum) + Self.u32(UInt32(compressed.count))
      directory +=
        Self.u32(UInt32(entry.data.count)) + Self.u16(UInt16(name.count)) + Self.u16(0)
        + Self.u16(0)
      directory += Self.u16(0) + Self.u16(0) + Self.u32(0) + Self.u32(UInt32(offset)) + name
    }
    let directoryOffset = output.count
    output += directory
    output += Self.u32(0x0605_4B50) + Self.u16(0) + Self.u16(0) + Self.u16(UInt16(entries.count))
    output +=
      Self.u16(UInt16(entries.count)) + Self.u32(UInt32(directory.count))
      + Self.u32(UInt32(directoryOffset))
    output += Self.u16(0)
    return output
  }

  static func u16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
  static func u32(_ value: UInt32) -> [UInt8] {
    u16(UInt16(value & 0xFFFF)) + u16(UInt16(value >> 16))
  }

  static func crc(_ bytes: [UInt8]) -> UInt32 {
    bytes.withUnsafeBufferPointer { UInt32(crc32_z(0, $0.baseAddress, $0.count)) }
  }

  /// Raw deflate (no zlib header), as zip entries hold it.
  static func deflate(_ bytes: [UInt8]) -> [UInt8] {
    let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    stream.initialize(to: z_stream())
    defer {
      deflateEnd(stream)
      stream.deallocate()
    }
    _ = deflateInit2_(
      stream, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
      Int32(MemoryLayout<z_stream>.size))
    var output = [UInt8](repeating: 0, count: bytes.count + 128)
    var input = bytes
    var produced = 0
    input.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        stream.pointee.next_in = inBuffer.baseAddress
        stream.pointee.avail_in = uInt(inBuffer.count)
        stream.pointee.next_out = outBuffer.baseAddress
        stream.pointee.avail_out = uInt(outBuffer.count)
        _ = CZlib.deflate(stream, Z_FINISH)
        produced = outBuffer.count - Int(stream.pointee.avail_out)
      }
    }
    return Array(output.prefix(produced))
  }
}
