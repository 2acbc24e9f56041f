/// How a language chooses the form of a word for a count: the categories of Unicode CLDR's
/// plural rules for whole numbers (`one`, `two`, `few`, `many`, `other`, and `zero`).
///
/// A label with a count (`plan.evidence.registered`: `{n} registered`) is the `other` form; a
/// language gives another form under the key with the category after a dot
/// (`plan.evidence.registered.one`), and `LabelSet.phrase(_:count:_:)` picks it.
public enum PluralRule: Sendable {
  /// `one` for 1, `other` for every other count (English, Spanish, European Portuguese).
  case oneForOne
  /// `one` for 0 and 1 (French: « 0 inscrit », « 1 inscrit », « 2 inscrits »).
  case oneForZeroAndOne
  /// Arabic: `zero` 0, `one` 1, `two` 2, `few` 3–10, `many` 11–99 (by the last two digits),
  /// `other` 100, 101, 102 and the rest.
  case arabic

  /// The categories the rule gives, `other` last.
  public var categories: [String] {
    switch self {
    case .oneForOne, .oneForZeroAndOne: return ["one", "other"]
    case .arabic: return ["zero", "one", "two", "few", "many", "other"]
    }
  }

  /// The category of `count` (its absolute value: a count is never negative in a label).
  public func category(of count: Int) -> String {
    let n = count.magnitude
    switch self {
    case .oneForOne: return n == 1 ? "one" : "other"
    case .oneForZeroAndOne: return n <= 1 ? "one" : "other"
    case .arabic:
      switch (n, n % 100) {
      case (0, _): return "zero"
      case (1, _): return "one"
      case (2, _): return "two"
      case (_, 3...10): return "few"
      case (_, 11...99): return "many"
      default: return "other"
      }
    }
  }
}
