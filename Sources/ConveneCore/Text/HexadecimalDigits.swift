extension UInt64 {
  /// The number in 16 hexadecimal digits, lower case, leading zeros kept (`0000000000000001`):
  /// how send runs, report editions and content digests are named, so that every such name
  /// has one length.
  public var hexadecimalDigits: String {
    let digits = String(self, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
