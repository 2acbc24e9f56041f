#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why iconv could not convert some bytes.
public enum IconvError: Error, Sendable, Equatable, CustomStringConvertible {
  /// iconv does not know the encoding.
  case unknownEncoding(String)
  /// The byte at `offset` (0-based) starts no character of the encoding.
  case invalidSequence(offset: Int)
  /// The bytes end inside a character.
  case truncated(offset: Int)

  public var description: String {
    switch self {
    case .unknownEncoding(let name): "the encoding \"\(name)\" is not known"
    case .invalidSequence(let offset): "byte \(offset + 1) is not a character of the encoding"
    case .truncated(let offset): "the text ends in the middle of a character (byte \(offset + 1))"
    }
  }
}

/// A conversion to UTF-8 by glibc's iconv, owning its descriptor.
final class IconvConverter {
  private let descriptor: iconv_t

  /// Opens a conversion from `encoding` (an iconv name) to UTF-8.
  init(from encoding: String) throws(IconvError) {
    let descriptor = iconv_open("UTF-8", encoding)
    guard let descriptor, descriptor != iconv_t(bitPattern: -1) else {
      throw .unknownEncoding(encoding)
    }
    self.descriptor = descriptor
  }

  deinit { iconv_close(descriptor) }

  /// The UTF-8 bytes of `input`, converted whole; fails at the first byte that is not a
  /// character of the encoding.
  func convert(_ input: [UInt8]) throws(IconvError) -> [UInt8] {
    _ = iconv(descriptor, nil, nil, nil, nil)
    var result: [UInt8] = []
    result.reserveCapacity(input.count * 2)
    // Room for what a chunk of the input converts to: a character of one byte becomes at most
    // four (the code page tables convert 256 single bytes per code page).
    var chunk = [UInt8](repeating: 0, count: min(1 << 16, input.count * 4 + 16))
    var failure: IconvError?
    var source = input
    source.withUnsafeMutableBufferPointer { inBuffer in
      var inPointer = inBuffer.baseAddress.map {
        UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self)
      }
      var inLeft = inBuffer.count
      while inLeft > 0 && failure == nil {
        chunk.withUnsafeMutableBufferPointer { outBuffer in
          var outPointer = outBuffer.baseAddress.map {
            UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self)
          }
          var outLeft = outBuffer.count
          if iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft) == -1 && errno != E2BIG {
            let offset = inBuffer.count - inLeft
            failure =
              errno == EINVAL ? .truncated(offset: offset) : .invalidSequence(offset: offset)
          }
          result.append(contentsOf: outBuffer[..<(outBuffer.count - outLeft)])
        }
      }
    }
    if let failure { throw failure }
    return result
  }

  /// The character one byte stands for, or nil when the byte is not a whole character.
  func character(_ byte: UInt8) -> Unicode.Scalar? {
    guard let bytes = try? convert([byte]), let text = String(validating: bytes, as: UTF8.self),
      text.unicodeScalars.count == 1
    else { return nil }
    return text.unicodeScalars.first
  }
}
