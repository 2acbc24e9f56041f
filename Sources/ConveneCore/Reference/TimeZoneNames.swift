import Foundation

/// IANA time zone names.
public enum TimeZoneNames {
  /// True when `identifier` is an IANA zone name this system knows (`Africa/Nairobi`, `UTC`);
  /// abbreviations such as `EAT` are not accepted, since they are ambiguous.
  public static func isKnown(_ identifier: String) -> Bool {
    (identifier.contains("/") || identifier == "UTC") && TimeZone(identifier: identifier) != nil
  }

  /// The offset from UTC, in minutes, of the clock time `wallClock` (its own offset set aside)
  /// in the zone `identifier`; nil for a zone this system does not know.
  public static func offsetMinutes(at wallClock: LocalDateTime, in identifier: String) -> Int? {
    TimeZone(identifier: identifier).map { offsetMinutes(atWallClockMinute: wallClock.minutesSinceEpoch, in: $0) }
  }

  /// The offset from UTC, in minutes, of the clock time `minute` minutes after 1970-01-01 00:00
  /// in `zone`.
  public static func offsetMinutes(atWallClockMinute minute: Int, in zone: TimeZone) -> Int {
    let asUTC = Date(timeIntervalSince1970: Double(minute) * 60)
    return zone.secondsFromGMT(for: asUTC.addingTimeInterval(-Double(zone.secondsFromGMT(for: asUTC)))) / 60
  }

  /// The offset from UTC, in minutes, in `zone` at the moment `minute` minutes after
  /// 1970-01-01 00:00 UTC.
  public static func offsetMinutes(atUTCMinute minute: Int, in zone: TimeZone) -> Int {
    zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(minute) * 60)) / 60
  }

  /// The offsets, in minutes, with which the clock time `minute` minutes after 1970-01-01 00:00
  /// is a moment in `zone`: one offset for most times, none for a time the clocks skip (moved
  /// forward), two for a time they show twice (moved back), earlier offset first.
  public static func offsetsMinutes(ofWallClockMinute minute: Int, in zone: TimeZone) -> [Int] {
    let day = 24 * 60
    let candidates = Set([minute - day, minute, minute + day].map { offsetMinutes(atWallClockMinute: $0, in: zone) })
    return candidates.filter { offsetMinutes(atUTCMinute: minute - $0, in: zone) == $0 }.sorted(by: >)
  }

  /// A change of the clocks on one day.
  public struct ClockChange: Sendable, Equatable {
    /// The clock times skipped or shown twice, as minutes after 1970-01-01 00:00 of the wall
    /// clock (02:00-03:00).
    public var clocks: Range<Int>
    /// True when the clocks move forward (the times are skipped), false when they go back.
    public var skipped: Bool

    /// The clock times no session may touch: `clocks` and the minute before, since a session
    /// ending exactly where the change begins ends at a time that does not exist (clocks
    /// forward) or that happens twice (clocks back).
    public var blocked: Range<Int> { (clocks.lowerBound - 1)..<clocks.upperBound }
  }

  /// The changes of the clocks on `date` in `zone`: a session then has no single time (or lasts
  /// an hour more or less than it says).
  public static func clockChanges(on date: LocalDate, in zone: TimeZone) -> [ClockChange] {
    let dayStart = date.daysSinceEpoch * 1440
    let day = dayStart..<(dayStart + 1440)
    var changes: [ClockChange] = []
    var after = Date(timeIntervalSince1970: Double(dayStart - 18 * 60) * 60)
    let last = Date(timeIntervalSince1970: Double(dayStart + 1440 + 18 * 60) * 60)
    while let change = zone.nextDaylightSavingTimeTransition(after: after), change < last {
      let moment = Int((change.timeIntervalSince1970 / 60).rounded(.down))
      let before = offsetMinutes(atUTCMinute: moment - 1, in: zone)
      let then = offsetMinutes(atUTCMinute: moment, in: zone)
      let clocks = (moment + min(before, then))..<(moment + max(before, then))
      if !clocks.isEmpty && clocks.overlaps(day) {
        changes.append(ClockChange(clocks: clocks.clamped(to: day), skipped: then > before))
      }
      after = change.addingTimeInterval(60)
    }
    return changes
  }
}
