import ConveneCore

/// Seeded draws for generated test cases, over the same SplitMix64 source as the scheduler: the
/// same seed gives the same case on every machine.
public struct SeededRandom: RandomNumberGenerator {
  var source: RandomSource

  public init(seed: UInt64) { source = RandomSource(seed: seed) }

  public mutating func next() -> UInt64 { source.next() }

  /// `count` bytes, each the low byte of the next number.
  public mutating func bytes(_ count: Int) -> [UInt8] {
    (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) }
  }

  /// A whole number in `range`.
  public mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.count))
  }

  /// True with probability `p`.
  public mutating func chance(_ p: Double) -> Bool { Double(next() % 1_000_000) / 1_000_000 < p }

  /// One of `choices`, each as likely as its weight.
  public mutating func pick<T>(_ choices: [(T, Int)]) -> T {
    var roll = int(0...(choices.map(\.1).reduce(0, +) - 1))
    for (choice, weight) in choices {
      if roll < weight { return choice }
      roll -= weight
    }
    return choices.last!.0
  }

  /// Some of `items`, in their order: at least one, never all (one drawn alone when a draw
  /// gives none or all).
  public mutating func someOf<T>(_ items: [T]) -> [T] {
    let some = items.filter { _ in chance(0.5) }
    return some.isEmpty || some.count == items.count ? [items[int(0...(items.count - 1))]] : some
  }
}
