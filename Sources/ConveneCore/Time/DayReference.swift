/// A day of the event, by date (`2027-03-09`) or by number (`day2`).
public enum DayReference: Sendable, Hashable, CustomStringConvertible {
  /// A calendar date.
  case date(LocalDate)
  /// The n-th day of the event, from 1.
  case number(Int)

  /// Parses `YYYY-MM-DD` or `dayN`.
  public init?(_ text: String) {
    let trimmed = text.trimmed.lowercased()
    if trimmed.hasPrefix("day"), let number = Int(trimmed.dropFirst(3)), number >= 1 {
      self = .number(number)
    } else if let date = LocalDate(trimmed) {
      self = .date(date)
    } else {
      return nil
    }
  }

  public var description: String {
    switch self {
    case .date(let date): date.description
    case .number(let number): "day\(number)"
    }
  }

  /// The index into `dates` of the day meant, or nil when the event has no such day.
  public func index(in dates: [LocalDate]) -> Int? {
    switch self {
    case .date(let date): dates.firstIndex(of: date)
    case .number(let number): number <= dates.count ? number - 1 : nil
    }
  }
}
