import ConveneCore
import Foundation

/// A VTIMEZONE cut down to the years an event needs: one observance per offset change, each
/// a single onset (no RRULE), so that strict parsers read it and it carries no rule that
/// stops and restarts. Its TZID is the plain IANA name (`Africa/Nairobi`).
public struct TimeZoneDefinition: Sendable, Equatable {
  /// One offset that starts at a moment.
  public struct Observance: Sendable, Equatable {
    public var isDaylight: Bool
    /// Local time (in the offset before the change) at which it starts.
    public var start: LocalDateTime
    public var offsetFrom: Int
    public var offsetTo: Int
    public var name: String
  }

  public var identifier: String
  public var observances: [Observance]

  /// The definition of `identifier` for the given years, from the system's time zone data;
  /// nil for an unknown zone.
  public init?(identifier: String, years: ClosedRange<Int>) {
    guard let zone = TimeZone(identifier: identifier) else { return nil }
    self.identifier = identifier
    func seconds(_ year: Int) -> Double { Double(LocalDate.daysSinceEpoch(year: year, month: 1, day: 1)) * 86_400 }
    let from = Date(timeIntervalSince1970: seconds(years.lowerBound))
    let until = Date(timeIntervalSince1970: seconds(years.upperBound + 1))
    func minutes(_ date: Date) -> Int { zone.secondsFromGMT(for: date) / 60 }
    func local(_ date: Date, offset: Int) -> LocalDateTime {
      LocalDateTime(minutesSinceEpoch: Int(date.timeIntervalSince1970) / 60 + offset)
    }
    let first = minutes(from)
    var observances = [
      Observance(
        isDaylight: zone.isDaylightSavingTime(for: from), start: local(from, offset: first), offsetFrom: first,
        offsetTo: first, name: zone.abbreviation(for: from) ?? identifier)
    ]
    var cursor = from
    while let change = zone.nextDaylightSavingTimeTransition(after: cursor), change < until {
      let before = minutes(change.addingTimeInterval(-1)), after = minutes(change)
      if before != after {
        observances.append(
          Observance(
            isDaylight: zone.isDaylightSavingTime(for: change), start: local(change, offset: before),
            offsetFrom: before, offsetTo: after, name: zone.abbreviation(for: change) ?? identifier))
      }
      cursor = change.addingTimeInterval(1)
    }
    self.observances = observances
  }
}
