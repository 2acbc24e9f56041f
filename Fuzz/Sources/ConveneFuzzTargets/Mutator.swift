import ConveneCore

/// Seeded, repeatable damage to a file's bytes: bit flips, truncations, and hostile values
/// written over a cell or a JSON value or inserted anywhere. The same seed gives the same
/// mutations on every machine.
public struct Mutator {
  /// Values that have broken readers and what comes after them, or that must never reach a
  /// path, a header or a page unchanged.
  public static let hostileValues: [String] = [
    "99999999999999999999", "9223372036854775807", "-9223372036854775808", "4611686018427387904",
    "2147483648", "1e308", "-1e308", "1e999", "NaN", "-0", "0", "-1", "1.5",
    "99999999999999-01-01", "2027-02-30", "1899-12-31", "2201-01-01", "00000101", "day999999999999",
    "day0", "24:00", "23:59-00:00", "00:00-24:00", "99:99", "2027-03-09 25:00",
    "2027-03-09T09:00:00+99:00", "20271309", "2027/01/15 10:32:11 PM GMT+99",
    "../../../tmp/x", "/etc/passwd", "..", ".", "a/b", "p001\r\nBcc: victim@example.org", "x\u{0}y",
    "<script>alert(1)</script>", "\"quoted\"", "=HYPERLINK(\"http://x\")", "\u{202E}evil",
    String(repeating: "a", count: 1000), String(repeating: "[", count: 40_000),
    String(repeating: "{\"a\":", count: 2_000), ";;;;", ",,,,", "\r\n\r\n", "\"", "",
  ]

  private var random: RandomSource

  /// A mutator whose choices follow `seed`.
  public init(seed: UInt64) { random = RandomSource(seed: seed) }

  /// A number in `0..<bound` (0 when `bound` is 0).
  public mutating func below(_ bound: Int) -> Int {
    bound <= 0 ? 0 : Int(random.next() % UInt64(bound))
  }

  /// `bytes` with one mutation applied.
  public mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
    var result = bytes
    switch below(10) {
    case 0, 1:  // flip bits of one to four bytes
      guard !result.isEmpty else { return Array(hostile()) }
      for _ in 0...below(4) { result[below(result.count)] ^= UInt8(truncatingIfNeeded: 1 << below(8)) }
    case 2:  // truncate
      result = Array(result.prefix(below(result.count + 1)))
    case 3:  // insert a hostile value anywhere
      result.insert(contentsOf: hostile(), at: below(result.count + 1))
    case 4:  // remove or repeat a run of bytes
      let start = below(result.count + 1)
      let end = min(result.count, start + 1 + below(64))
      if below(2) == 0 {
        result.removeSubrange(start..<end)
      } else {
        result.insert(contentsOf: result[start..<end], at: end)
      }
    default:  // a hostile value over one cell or value
      result = replacingToken(in: result, with: hostile())
    }
    return result
  }

  mutating func hostile() -> [UInt8] {
    Array(Self.hostileValues[below(Self.hostileValues.count)].utf8)
  }

  /// Replaces the text between two separators (of CSV or JSON) around a random position.
  mutating func replacingToken(in bytes: [UInt8], with value: [UInt8]) -> [UInt8] {
    guard !bytes.isEmpty else { return value }
    let separators = Set(",;\t\r\n\":{}[]".utf8)
    let position = below(bytes.count)
    var start = position
    while start > 0 && !separators.contains(bytes[start - 1]) { start -= 1 }
    var end = position
    while end < bytes.count && !separators.contains(bytes[end]) { end += 1 }
    var result = bytes
    result.replaceSubrange(start..<end, with: value)
    return result
  }
}
