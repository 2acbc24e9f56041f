import ConveneCore

/// A span of the event's timeline in minutes, from `start` (included) to `end` (excluded).
/// Minutes count from 1970-01-01 00:00 in the event's local time, so that a minute also names
/// its date and time of day.
public struct Interval: Sendable, Hashable, Comparable {
  /// The first minute.
  public var start: Int
  /// The minute after the last.
  public var end: Int

  /// Creates an interval.
  public init(_ start: Int, _ end: Int) {
    self.start = start
    self.end = end
  }

  /// True when the two share at least one minute.
  public func overlaps(_ other: Interval) -> Bool { start < other.end && other.start < end }

  /// Minutes shared with `other`.
  public func overlap(with other: Interval) -> Int { max(0, min(end, other.end) - max(start, other.start)) }

  /// True when `other` lies within this interval.
  public func contains(_ other: Interval) -> Bool { start <= other.start && other.end <= end }

  public static func < (lhs: Interval, rhs: Interval) -> Bool { (lhs.start, lhs.end) < (rhs.start, rhs.end) }
}

/// Turning minutes on the timeline into dates and times, and back.
public enum TimelineMinute {
  /// The minute of `date` at `minutes` after midnight.
  public static func of(_ date: LocalDate, _ minutes: Int) -> Int {
    LocalDateTime(date: date, time: TimeOfDay(minutes: 0)).minutesSinceEpoch + minutes
  }

  /// The date of a minute.
  public static func date(_ minute: Int) -> LocalDate { LocalDateTime(minutesSinceEpoch: minute).date }

  /// The day (days since the epoch) of a minute.
  public static func day(_ minute: Int) -> Int { minute >= 0 ? minute / 1440 : (minute - 1439) / 1440 }

  /// The hour of a minute on the timeline (days since the epoch × 24 + the hour of the day):
  /// the key of offsets that change within a day.
  public static func hour(_ minute: Int) -> Int { day(minute) * 24 + timeOfDayMinutes(minute) / 60 }

  /// Minutes after midnight of a minute.
  public static func timeOfDayMinutes(_ minute: Int) -> Int { minute - day(minute) * 1440 }

  /// The time of day of a minute.
  public static func time(_ minute: Int) -> TimeOfDay { LocalDateTime(minutesSinceEpoch: minute).time }

  /// `2027-03-09 09:00`.
  public static func describe(_ minute: Int) -> String { "\(date(minute)) \(time(minute))" }

  /// `2027-03-09 09:00-10:30`.
  public static func describe(_ interval: Interval) -> String {
    let startDay = day(interval.start)
    if day(interval.end) == startDay { return "\(describe(interval.start))-\(time(interval.end))" }
    if interval.end == (startDay + 1) * 1440 { return "\(describe(interval.start))-24:00" }
    return "\(describe(interval.start)) to \(describe(interval.end))"
  }
}
