/// An indicator cell as it leaves the workspace: the value, or why it is hidden.
public struct PublishedValue: Sendable, Equatable {
  /// Why a cell is hidden.
  public enum Suppression: String, Sendable, Equatable {
    /// It is about fewer than 5 people: shown as `<5`.
    case small
    /// It would let a hidden cell be worked out from a total: shown as `suppressed`.
    case complementary
  }

  /// The exact cell.
  public var value: IndicatorValue
  /// Why it is hidden, or nil when it is shown.
  public var suppression: Suppression?

  /// Creates a published cell.
  public init(value: IndicatorValue, suppression: Suppression?) {
    self.value = value
    self.suppression = suppression
  }

  /// What a hidden cell shows instead of its value and n.
  public var hiddenText: String? {
    switch suppression {
    case .small: "<5"
    case .complementary: "suppressed"
    case nil: nil
    }
  }

  /// The value when it is shown, nil when hidden or when there was nothing to compute.
  public var shownValue: Double? { suppression == nil ? value.value : nil }

  /// The value as text: `12`, `83.3`, `4.21`, or what a hidden cell shows; empty when there
  /// was nothing to compute.
  public var valueText: String {
    if let hiddenText { return hiddenText }
    guard let number = value.value else { return "" }
    return Self.format(number, kind: value.kind)
  }

  /// n as text, or what a hidden cell shows. A percentage hidden because fewer than 5 people
  /// are behind its numerator keeps its n ("<5 of 20").
  public var nText: String {
    if suppression == .small && value.n >= DisclosureControl.threshold { return String(value.n) }
    return hiddenText ?? String(value.n)
  }

  /// The target as text, or empty.
  public var targetText: String { value.target.map { Self.format($0, kind: value.kind) } ?? "" }

  /// Counts whole, percentages and scores to one decimal, means to two.
  public static func format(_ number: Double, kind: IndicatorValue.Kind) -> String {
    let places: Int
    switch kind {
    case .count: places = 0
    case .percent, .score: places = 1
    case .mean: places = 2
    }
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let rounded = (number * scale).rounded() / scale
    if places == 0 || rounded == rounded.rounded() && kind == .count { return String(Int(rounded)) }
    var text = String(rounded)
    if let dot = text.firstIndex(of: ".") {
      let decimals = text.distance(from: dot, to: text.endIndex) - 1
      if decimals < places { text += String(repeating: "0", count: places - decimals) }
    }
    if text == "-0.0" || text == "-0.00" { text.removeFirst() }
    return text
  }
}
