#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Plain operations on an open file descriptor.
public enum FileDescriptor {
  /// Writes all of `bytes` to `descriptor`, again after a signal interrupts a write; false
  /// on any other error, with `errno` saying which.
  public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
    var written = 0
    return bytes.withUnsafeBytes { buffer in
      while written < buffer.count {
        let result = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
        if result < 0 {
          if errno == EINTR { continue }
          return false
        }
        written += result
      }
      return true
    }
  }
}
