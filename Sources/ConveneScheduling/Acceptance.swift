import ConveneCore
import Foundation

/// Simulated annealing's rule for taking a move, on scores compared level by level. A move that
/// breaks more hard constraints is refused and one that mends them is taken: the search stays
/// among valid schedules. A move that leaves out or moves fewer published sessions (medium) is
/// taken; one that leaves out or moves more is taken with probability e^(−m/T), so that a hot
/// search may move a published session to make room and a cold one never does. Among moves
/// equal on those levels, one that costs no more soft penalty is taken, and one that costs `d`
/// more with probability e^(−d/T).
enum Acceptance {
  static func accepts(_ delta: Score, temperature: Double, random: inout RandomSource) -> Bool {
    if delta.hard != 0 { return delta.hard < 0 }
    if delta.medium < 0 { return true }
    guard temperature > 0 else { return delta.medium == 0 && delta.soft <= 0 }
    if delta.medium > 0 { return random.unit() < exp(-Double(delta.medium) / temperature) }
    if delta.soft <= 0 { return true }
    return random.unit() < exp(-Double(delta.soft) / temperature)
  }
}

/// The temperature over the budget: the budget is cut into cycles; each cycle cools
/// geometrically from its starting temperature to the final one, and the next cycle reheats
/// (to half the previous start) after every search has restarted from the best schedule found.
struct Cooling: Sendable {
  let initial: Double
  let final: Double
  let cycles: Int

  /// The cycle and the temperature once `fraction` (0 to 1) of the budget is used.
  func at(_ fraction: Double) -> (cycle: Int, temperature: Double) {
    let position = min(max(fraction, 0), 0.999_999) * Double(cycles)
    let cycle = Int(position)
    let start = max(final * 2, initial * pow(0.5, Double(cycle)))
    let temperature = start * pow(final / start, position - Double(cycle))
    return (cycle, temperature)
  }
}

extension RandomSource {
  /// A number from 0 (included) to 1 (excluded).
  mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

  /// A random index below `count` (which must be above 0).
  mutating func index(_ count: Int) -> Int { Int(next(upperBound: UInt64(count))) }
}
