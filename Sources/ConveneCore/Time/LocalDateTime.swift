/// A date and time as people write them in registration data: `2027-03-09 08:30`,
/// `2027-03-09T08:30`, optionally with seconds and their fractions and an offset (`+03:00`,
/// `+0300`, `Z`), or a bare date (the start or
/// the end of that day, see `BareDate`).
public struct LocalDateTime: Sendable, Hashable, CustomStringConvertible {
  /// What a date written without a time stands for. Someone who arrives on a day is there
  /// from its start; someone who leaves on a day is there until its end, not gone before it
  /// begins.
  public enum BareDate: Sendable {
    /// 00:00 of the day (an arrival, anything else).
    case startOfDay
    /// 23:59 of the day (a departure).
    case endOfDay

    /// The time of day a bare date is stored with.
    public var time: TimeOfDay { self == .startOfDay ? TimeOfDay(minutes: 0) : TimeOfDay(hour: 23, minute: 59) }

    /// What a bare date of a stay's `end` stands for: an arrival its day's start, a departure
    /// its day's end. The one place this is decided: the import, `participants.csv` and
    /// `travel.csv` all ask it.
    public static func of(_ end: StayEnd) -> BareDate {
      switch end {
      case .arrival: .startOfDay
      case .departure: .endOfDay
      }
    }
  }

  /// Which end of a person's stay a date and time is.
  public enum StayEnd: Sendable {
    case arrival, departure
  }

  /// The date.
  public var date: LocalDate
  /// The time on that date.
  public var time: TimeOfDay
  /// The offset from UTC in minutes, when one was written.
  public var offsetMinutes: Int?

  /// Creates a value.
  public init(date: LocalDate, time: TimeOfDay, offsetMinutes: Int? = nil) {
    self.date = date
    self.time = time
    self.offsetMinutes = offsetMinutes
  }

  /// Parses the forms above; seconds (`08:30:00`) are accepted and dropped. A bare date is
  /// its day's start.
  public init?(_ text: String) { self.init(text, bareDate: .startOfDay) }

  /// Parses the forms above; a bare date is given `bareDate`'s time.
  public init?(_ text: String, bareDate: BareDate) {
    let trimmed = text.trimmed
    guard trimmed.count >= 10, let date = LocalDate(String(trimmed.prefix(10))) else { return nil }
    var rest = Substring(trimmed.dropFirst(10))
    guard !rest.isEmpty else {
      self.init(date: date, time: bareDate.time)
      return
    }
    guard rest.first == "T" || rest.first == " " else { return nil }
    rest = rest.dropFirst()
    var offset: Int?
    if rest.hasSuffix("Z") {
      offset = 0
      rest = rest.dropLast()
    } else if let signIndex = rest.lastIndex(where: { $0 == "+" || $0 == "-" }) {
      var offsetText = String(rest[rest.index(after: signIndex)...])
      // `+0200`, as JavaScript and many exports write it, is `+02:00`.
      if offsetText.count == 4, offsetText.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
        offsetText = offsetText.prefix(2) + ":" + offsetText.suffix(2)
      }
      // Offsets in use run from -12:00 to +14:00.
      guard let offsetTime = TimeOfDay(offsetText), offsetTime.minutes <= 14 * 60 else { return nil }
      offset = (rest[signIndex] == "-" ? -1 : 1) * offsetTime.minutes
      rest = rest[..<signIndex]
    }
    var timeParts = rest.split(separator: ":")
    // Fractions of a second (`09:00:00.000`, JavaScript's `toISOString`) are dropped with the seconds.
    // Up to nanoseconds (.NET writes 7 digits); more is no clock's.
    if timeParts.count == 3, let dot = timeParts[2].firstIndex(of: "."), (2...10).contains(timeParts[2][dot...].count),
      timeParts[2][timeParts[2].index(after: dot)...].utf8.allSatisfy({ (0x30...0x39).contains($0) })
    {
      timeParts[2] = timeParts[2][..<dot]
    }
    guard timeParts.count == 2 || timeParts.count == 3,
      let time = TimeOfDay(timeParts[0] + ":" + timeParts[1]),
      timeParts.count == 2 || (timeParts[2].count == 2 && Int(timeParts[2]).map { (0..<60).contains($0) } == true)
    else { return nil }
    self.init(date: date, time: time, offsetMinutes: offset)
  }

  /// The wall-clock time `minutes` after 1970-01-01 00:00 (no offset).
  public init(minutesSinceEpoch minutes: Int) {
    let day = minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440
    self.init(date: LocalDate(daysSinceEpoch: day), time: TimeOfDay(minutes: minutes - day * 1440))
  }

  /// Minutes after 1970-01-01 00:00 of the wall-clock time, ignoring the offset.
  public var minutesSinceEpoch: Int { date.daysSinceEpoch * 1440 + time.minutes }

  public var description: String {
    var text = "\(date) \(time)"
    if let offsetMinutes {
      let sign = offsetMinutes < 0 ? "-" : "+"
      text += sign + TimeOfDay(minutes: abs(offsetMinutes)).description
    }
    return text
  }
}
