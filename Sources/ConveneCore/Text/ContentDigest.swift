/// A short digest of text (64-bit FNV-1a, hexadecimal): enough to notice that what would be
/// sent differs from what was sent, or to name a record by what it says.
public func contentDigest(_ text: String) -> String {
  var hash: UInt64 = 0xcbf2_9ce4_8422_2325
  for byte in text.utf8 {
    hash ^= UInt64(byte)
    hash = hash &* 0x0000_0100_0000_01B3
  }
  return hash.hexadecimalDigits
}
