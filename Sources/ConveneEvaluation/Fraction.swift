/// An indicator's value exactly, as a whole-number fraction (`29/40`, `175/40`), so that it is
/// rounded half away from zero at the published precision with no binary rounding on the way.
public struct Fraction: Sendable, Equatable, Hashable {
  /// The numerator.
  public var numerator: Int
  /// The denominator, above 0.
  public var denominator: Int

  /// `numerator / denominator`, or nil when the denominator is 0.
  public init?(_ numerator: Int, _ denominator: Int) {
    guard denominator != 0, denominator != Int.min, numerator != Int.min else { return nil }
    self.numerator = denominator < 0 ? -numerator : numerator
    self.denominator = abs(denominator)
  }

  /// The value as a floating-point number (for drawing and targets).
  public var double: Double { Double(numerator) / Double(denominator) }

  /// The decimal text rounded half away from zero to `places` decimals (`72.5`, `4.39`, `-0.4`),
  /// or nil when the scaled numerator does not fit in an Int.
  public func rounded(places: Int) -> String? {
    var scale = 1
    for _ in 0..<places {
      let (next, overflow) = scale.multipliedReportingOverflow(by: 10)
      if overflow { return nil }
      scale = next
    }
    let (scaled, overflow) = numerator.multipliedReportingOverflow(by: scale)
    if overflow { return nil }
    var quotient = scaled / denominator
    let remainder = scaled % denominator
    // Half away from zero: a remainder of half the denominator or more moves outwards.
    if remainder.magnitude * 2 >= denominator.magnitude { quotient += scaled < 0 ? -1 : 1 }
    let negative = quotient < 0
    let digits = String(quotient.magnitude)
    guard places > 0 else { return (negative ? "-" : "") + digits }
    let padded = String(repeating: "0", count: max(0, places + 1 - digits.count)) + digits
    let split = padded.index(padded.endIndex, offsetBy: -places)
    return (negative ? "-" : "") + padded[..<split] + "." + padded[split...]
  }
}
