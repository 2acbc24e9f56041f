/// A time of day in minutes after midnight, written `HH:MM` (24:00 allowed as an end).
public struct TimeOfDay: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Minutes after midnight, 0-1440.
  public var minutes: Int

  /// Creates a time from minutes after midnight.
  public init(minutes: Int) { self.minutes = minutes }

  /// Creates a time from hours and minutes.
  public init(hour: Int, minute: Int = 0) { self.minutes = hour * 60 + minute }

  /// Parses `HH:MM` or `H:MM`; 24:00 is the end of the day.
  public init?(_ text: String) {
    let parts = text.trimmed.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
      let hour = Int(parts[0]), let minute = Int(parts[1]), (0...24).contains(hour),
      (0..<60).contains(minute), hour * 60 + minute <= 1440
    else { return nil }
    self.minutes = hour * 60 + minute
  }

  public var description: String {
    let hour = minutes / 60, minute = minutes % 60
    return "\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
  }

  public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}
