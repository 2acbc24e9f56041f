extension Event {
  /// How many days before the event's first day or after its last a date given for it
  /// (an arrival, a departure, a flight) may be before it is taken for a mistake.
  public static let plausibleDistance = 60

  /// The days from `date` to the event's nearest day (0 within its days), nil for an event
  /// without days.
  public func daysAway(_ date: LocalDate) -> Int? {
    guard let first = dates.min(), let last = dates.max() else { return nil }
    if date < first { return first.daysSinceEpoch - date.daysSinceEpoch }
    return max(0, date.daysSinceEpoch - last.daysSinceEpoch)
  }

  /// True when `date` is further from the event's days than `plausibleDistance`.
  public func isFarFrom(_ date: LocalDate) -> Bool { (daysAway(date) ?? 0) > Self.plausibleDistance }
}
