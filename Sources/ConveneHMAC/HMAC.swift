/// HMAC-SHA256 (RFC 2104, FIPS 198-1): a message authentication code that only the holder of
/// the key can compute.
public enum HMAC {
  /// The 32-byte code of `message` under `key`.
  public static func sha256(key: [UInt8], message: [UInt8]) -> [UInt8] {
    var block = key.count > SHA256.blockSize ? SHA256.hash(key) : key
    block += [UInt8](repeating: 0, count: SHA256.blockSize - block.count)
    let inner = SHA256.hash(block.map { $0 ^ 0x36 } + message)
    return SHA256.hash(block.map { $0 ^ 0x5c } + inner)
  }

  /// True when two codes are equal, in a time that does not depend on where they differ.
  public static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    guard a.count == b.count else { return false }
    var difference: UInt8 = 0
    for (x, y) in zip(a, b) { difference |= x ^ y }
    return difference == 0
  }
}
