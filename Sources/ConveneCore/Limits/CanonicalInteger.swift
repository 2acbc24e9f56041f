extension Int {
  /// The number `text` writes the way convene writes one: ASCII digits only, without a sign,
  /// a space or a leading zero (`0`, `4`, `10`); nil for `+4`, `-0`, ` 3`, `04`, `4.0`, or one
  /// of more than 18 digits. For stored answers that are counted as text too (an answer
  /// distribution) and as numbers (a mean): two spellings of one number would be two answers.
  public init?(canonical text: String) {
    let digits = text.utf8
    guard !digits.isEmpty, digits.count <= 18, digits.allSatisfy({ (0x30...0x39).contains($0) }),
      digits.count == 1 || digits.first != 0x30
    else { return nil }
    self.init(text)
  }
}
