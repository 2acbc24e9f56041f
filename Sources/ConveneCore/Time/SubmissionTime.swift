/// Submission times as form tools write them (`2027-01-15T07:32:11.000+03:00` from
/// KoboToolbox, `2027/01/15 10:32:11 AM GMT+3`, `15/01/2027 10:32:11` or `1/15/2027 10:32:11`
/// from Google Forms; every form `WrittenDateTime` reads, Arabic-Indic digits included) as
/// UTC texts that sort in time order.
public enum SubmissionTime {
  /// The stamp as a UTC ISO 8601 text (`2027-03-11T14:02:33Z`) that sorts in time order, or
  /// nil when it cannot be read. An offset (`+03:00`, `Z`, `GMT+3`) is applied; a stamp
  /// without one is a clock time in `timezone` (an IANA name: the event's, where a form tool
  /// writes the time of its owner's spreadsheet), or UTC when none is given or known.
  public static func utc(_ stamp: String, monthFirst: Bool = false, timezone: String? = nil) -> String? {
    guard let written = WrittenDateTime(stamp),
      var total = written.secondsSinceEpoch(monthFirst ? .monthDayYear : .dayMonthYear)
    else { return nil }
    if written.offsetMinutes == nil, let timezone,
      let offset = TimeZoneNames.offsetMinutes(
        at: LocalDateTime(minutesSinceEpoch: Self.minutes(total)), in: timezone)
    {
      total -= offset * 60
    }
    let day = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
    let rest = total - day * 86_400
    return "\(LocalDate(daysSinceEpoch: day))T\(format2(rest / 3600)):\(format2(rest / 60 % 60)):\(format2(rest % 60))Z"
  }

  static func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

  /// Whole minutes in `seconds` since 1970, rounded down.
  static func minutes(_ seconds: Int) -> Int { seconds >= 0 ? seconds / 60 : (seconds - 59) / 60 }
}
