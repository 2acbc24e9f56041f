/// The ranges every number read from a file must fall in. A value outside its range is an
/// error where it is read (file, line and field), so that `check` refuses what `schedule`,
/// `explain` or `report` could not handle, and no arithmetic on it can overflow.
public enum Limits {
  /// Years of dates and date-times.
  public static let years = 1900...2200
  /// Session durations, breaks and pauses, in minutes: at most a day.
  public static let minutes = 1...1440
  /// The scheduling grid, in minutes.
  public static let gridMinutes = 1...1440
  /// `min_pause_minutes`.
  public static let pauseMinutes = 0...1440
  /// A venue's `travel_minutes`.
  public static let travelMinutes = 0...1440
  /// Places and seats: the event's capacity, a room's capacity.
  public static let capacity = 1...1_000_000
  /// A category's quota and a session's expected attendance.
  public static let count = 0...1_000_000
  /// A constraint weight in `scheduling.weights`.
  public static let weight = 0...1_000_000
  /// Interpreter teams per language pair.
  public static let interpretationTeams = 0...1_000
  /// A series part number.
  public static let part = 1...1_000
  /// A series' `min_days`.
  public static let minDays = 1...366
  /// The days of one event: at most this many days from the first to the last.
  public static let eventSpanDays = 366
  /// The grid steps from the first day to the end of the last (a year at 15 minutes, four
  /// weeks at 1 minute), so that the scheduler's timeline stays small.
  public static let timelineSteps = 40_000
  /// The bounds of a scale question (`min`, `max`) and so of its answers.
  public static let scale = 0...1_000
  /// An indicator's target.
  public static let target = -1_000_000.0...1_000_000.0
  /// A release number.
  public static let release = 1...100_000
  /// The largest file convene reads, in bytes (256 MiB).
  public static let fileBytes = 256 << 20
  /// Characters in a name, e-mail address, title, organisation, city or other one-line value
  /// of a participant: what fits a badge, a certificate and an e-mail header line (998).
  public static let shortTextCharacters = 500
  /// Characters in a participant's free text (needs, cohorts, unavailable windows).
  public static let longTextCharacters = 2_000
  /// The participant fields (participants.csv columns) held to `longTextCharacters`; every
  /// other one is held to `shortTextCharacters`.
  public static let longTextFields: Set<String> = ["needs", "cohorts", "unavailable", "languages"]

  /// The most characters a participant's `field` (a participants.csv column) may hold.
  public static func textCharacters(field: String) -> Int {
    longTextFields.contains(field) ? longTextCharacters : shortTextCharacters
  }

  /// The length in characters of `text` when it is over `limit`, else nil: counted only when
  /// its UTF-8 bytes are more than the limit (a character is one byte or more).
  public static func overlong(_ text: String, limit: Int) -> Int? {
    guard text.utf8.count > limit else { return nil }
    let characters = text.count
    return characters > limit ? characters : nil
  }
}

extension ClosedRange where Bound == Int {
  /// `1 to 1,440`, for messages.
  public var described: String { "\(lowerBound.grouped) to \(upperBound.grouped)" }
}

extension Int {
  /// The number with thousands separated by commas (`1,000,000`).
  public var grouped: String {
    let digits = String(magnitude)
    var result = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return self < 0 ? "-" + result : result
  }
}
