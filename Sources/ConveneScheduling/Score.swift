/// The three levels of a score. Each is a penalty (0 or more); a schedule is better when its
/// hard penalty is lower, then its medium, then its soft. Printed as negative numbers, as
/// constraint solvers usually do (`0hard/-2medium/-340soft`).
public struct Score: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Broken rules: a schedule with hard > 0 is not valid.
  public var hard: Int
  /// Sessions left out and published sessions moved.
  public var medium: Int
  /// Preferences not met.
  public var soft: Int

  /// Creates a score.
  public init(hard: Int = 0, medium: Int = 0, soft: Int = 0) {
    self.hard = hard
    self.medium = medium
    self.soft = soft
  }

  /// The zero score.
  public static let zero = Score()

  /// True when no hard constraint is broken.
  public var isValid: Bool { hard == 0 }

  /// Adds `amount` at `level`.
  public mutating func add(_ amount: Int, at level: ConstraintLevel) {
    switch level {
    case .hard: hard += amount
    case .medium: medium += amount
    case .soft: soft += amount
    }
  }

  public static func + (lhs: Score, rhs: Score) -> Score {
    Score(hard: lhs.hard + rhs.hard, medium: lhs.medium + rhs.medium, soft: lhs.soft + rhs.soft)
  }

  public static func - (lhs: Score, rhs: Score) -> Score {
    Score(hard: lhs.hard - rhs.hard, medium: lhs.medium - rhs.medium, soft: lhs.soft - rhs.soft)
  }

  /// Lower penalties are better: `a < b` means a is the better schedule.
  public static func < (lhs: Score, rhs: Score) -> Bool {
    (lhs.hard, lhs.medium, lhs.soft) < (rhs.hard, rhs.medium, rhs.soft)
  }

  public var description: String { "\(-hard)hard/\(-medium)medium/\(-soft)soft" }
}

/// How serious breaking a constraint is.
public enum ConstraintLevel: String, Sendable, CaseIterable, Comparable {
  case hard, medium, soft

  public static func < (lhs: ConstraintLevel, rhs: ConstraintLevel) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
