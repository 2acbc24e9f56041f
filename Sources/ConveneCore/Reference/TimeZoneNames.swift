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
}
