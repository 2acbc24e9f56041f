/// An indicator cell as it leaves the workspace: the value, or that it is hidden.
public struct PublishedValue: Sendable, Equatable {
  /// What of a cell is hidden.
  public enum Suppression: String, Sendable, Equatable {
    /// The value and n: the cell is about a small group, or could give one away.
    case cell
    /// The value only: a percentage whose numerator counts a small group (`suppressed` of 20).
    case value
  }

  /// What every hidden value or n shows, whatever the reason it is hidden: a small group and a
  /// complementary cell look alike, so that the mark itself says nothing about the number.
  public static let hiddenMark = "suppressed"

  /// The exact cell.
  public var value: IndicatorValue
  /// What is hidden, or nil when everything is shown.
  public var suppression: Suppression?

  /// Creates a published cell.
  public init(value: IndicatorValue, suppression: Suppression?) {
    self.value = value
    self.suppression = suppression
  }

  /// True when the value is hidden (with or without n).
  public var isValueHidden: Bool { suppression != nil }

  /// True when n is hidden.
  public var isCountHidden: Bool { suppression == .cell }

  /// What a hidden value shows instead of its number.
  public var hiddenText: String? { suppression == nil ? nil : Self.hiddenMark }

  /// The value as published (rounded), nil when hidden or when there was nothing to compute:
  /// charts draw this, never the exact value.
  public var shownValue: Double? {
    guard suppression == nil, value.value != nil else { return nil }
    return Double(valueText)
  }

  /// The value as text: `12`, `83.3`, `4.21`, or the hidden mark; empty when there was nothing
  /// to compute.
  public var valueText: String {
    if let hiddenText { return hiddenText }
    if let exact = value.exact, let text = exact.rounded(places: value.kind.places) {
      return Self.tidy(text)
    }
    guard let number = value.value else { return "" }
    return Self.format(number, kind: value.kind)
  }

  /// n as text, or the hidden mark when n is hidden.
  public var nText: String { isCountHidden ? Self.hiddenMark : String(value.n) }

  /// The target as text, or empty.
  public var targetText: String { value.target.map { Self.format($0, kind: value.kind) } ?? "" }

  /// Counts whole, percentages and scores to one decimal, means to two, rounded half away
  /// from zero (`83.35` → `83.4`, `-0.125` → `-0.13`).
  public static func format(_ number: Double, kind: IndicatorValue.Kind) -> String {
    guard number.isFinite else { return "" }
    // The number as written in millionths, then rounded exactly.
    let millionths = (number * 1_000_000).rounded()
    guard abs(millionths) < 9e15, let fraction = Fraction(Int(millionths), 1_000_000),
      let text = fraction.rounded(places: kind.places)
    else { return String(number) }
    return tidy(text)
  }

  /// No minus sign on a value that rounds to zero.
  static func tidy(_ text: String) -> String {
    guard text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) else {
      return text
    }
    return String(text.dropFirst())
  }
}
