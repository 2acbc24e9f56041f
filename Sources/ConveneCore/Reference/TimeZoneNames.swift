import Foundation

/// IANA time zone names.
public enum TimeZoneNames {
  /// True when `identifier` is an IANA zone name this system knows (`Africa/Nairobi`, `UTC`);
  /// abbreviations such as `EAT` are not accepted, since they are ambiguous.
  public static func isKnown(_ identifier: String) -> Bool {
    (identifier.contains("/") || identifier == "UTC") && TimeZone(identifier: identifier) != nil
  }
}
