import ConveneCore

extension EventFile.Decoder {
  /// The event's time zone. A name that is not an IANA zone is an error of `event.json`
  /// itself, so that every command reading the event refuses it with the message `convene
  /// check` prints, rather than writing calendars, badges or reports in no known zone.
  mutating func timeZone() -> String? {
    guard let zone = string(node, "", "timezone", required: true) else { return nil }
    if !TimeZoneNames.isKnown(zone) {
      problem(
        "timezone", lines["timezone"] ?? 0, "unknown time zone \"\(zone)\"",
        hint: "use an IANA name such as Africa/Nairobi or Europe/Paris")
    }
    return zone
  }
}
