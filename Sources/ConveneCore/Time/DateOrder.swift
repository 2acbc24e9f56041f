/// Which of two numbers of a date such as `5/3/2027` is the day.
public enum DateOrder: String, Sendable, Equatable, CaseIterable {
  /// Day, month, year (5/3/2027 is 5 March): most of the world.
  case dayMonthYear = "dmy"
  /// Month, day, year (5/3/2027 is May 3): the United States.
  case monthDayYear = "mdy"
  /// A two-digit year first, then month and day (27/03/08 is 8 March 2027), as some
  /// spreadsheets and East Asian locales write; dates with a four-digit year are not read so.
  case yearMonthDay = "ymd"

  /// The order in words, for summaries.
  public var words: String {
    switch self {
    case .dayMonthYear: "day/month/year"
    case .monthDayYear: "month/day/year (US)"
    case .yearMonthDay: "year/month/day (two-digit year first)"
    }
  }
}
