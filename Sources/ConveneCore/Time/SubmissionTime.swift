/// Reads the submission times form tools write (`2027-01-15T07:32:11.000+03:00` from
/// KoboToolbox, `2027/01/15 10:32:11 AM GMT+3`, `15/01/2027 10:32:11` or `1/15/2027 10:32:11`
/// from Google Forms) into keys that sort in time order. Arabic-Indic digits read as digits.
public enum SubmissionTime {
  /// Sort keys for every stamp, or nil when any is missing or unreadable. Day-first or
  /// month-first is decided for the whole file: month-first only when some stamp cannot be
  /// day-first.
  public static func sortKeys(_ stamps: [String?]) -> [String]? {
    var parsed: [(Int, Int, Int, Int, Bool)] = []  // first, second, year, seconds of day, year-first
    for stamp in stamps {
      guard let stamp, let parts = components(stamp) else { return nil }
      parsed.append(parts)
    }
    let monthFirst = parsed.contains { !$0.4 && $0.1 > 12 }
    var keys: [String] = []
    keys.reserveCapacity(parsed.count)
    for (first, second, year, seconds, yearFirst) in parsed {
      let (month, day) = yearFirst || monthFirst ? (first, second) : (second, first)
      guard (1...12).contains(month), (1...31).contains(day) else { return nil }
      keys.append(String(format4(year) + format2(month) + format2(day)) + String(seconds + 100_000))
    }
    return keys
  }

  /// True when the stamps of one file write the month before the day (some stamp cannot be
  /// day-first).
  public static func isMonthFirst(_ stamps: [String]) -> Bool {
    stamps.contains { stamp in components(stamp).map { !$0.4 && $0.1 > 12 } ?? false }
  }

  /// The stamp as a UTC ISO 8601 text (`2027-03-11T14:02:33Z`) that sorts in time order, or
  /// nil when it cannot be read. An offset (`+03:00`, `Z`, `GMT+3`) is applied; a stamp
  /// without one is taken as UTC.
  public static func utc(_ stamp: String, monthFirst: Bool = false) -> String? {
    guard let (first, second, year, seconds, yearFirst) = components(stamp) else { return nil }
    let (month, day) = yearFirst || monthFirst ? (first, second) : (second, first)
    guard let date = LocalDate(year: year, month: month, day: day) else { return nil }
    let total = date.daysSinceEpoch * 86_400 + seconds - offsetSeconds(stamp)
    let utcDate = LocalDate(daysSinceEpoch: Int((Double(total) / 86_400).rounded(.down)))
    let rest = total - utcDate.daysSinceEpoch * 86_400
    return "\(utcDate)T\(format2(rest / 3600)):\(format2(rest / 60 % 60)):\(format2(rest % 60))Z"
  }

  /// The offset written after the time (`+03:00`, `-0500`, `GMT+3`), in seconds; 0 for none.
  static func offsetSeconds(_ stamp: String) -> Int {
    let bytes = Array(stamp.asciiDigits.utf8)
    // The offset's sign comes after the time: after the last ':' of hh:mm(:ss).
    guard let lastColonOfTime = timeEnd(bytes) else { return 0 }
    var index = lastColonOfTime
    while index < bytes.count, bytes[index] != UInt8(ascii: "+"), bytes[index] != UInt8(ascii: "-") {
      index += 1
    }
    guard index < bytes.count else { return 0 }
    let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
    let digits = bytes[(index + 1)...].prefix { ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: ":") }
      .filter { $0 != UInt8(ascii: ":") }.map { Int($0 - 48) }
    switch digits.count {
    case 1: return sign * digits[0] * 3600
    case 2: return sign * (digits[0] * 10 + digits[1]) * 3600
    case 3: return sign * (digits[0] * 3600 + (digits[1] * 10 + digits[2]) * 60)
    case 4...: return sign * ((digits[0] * 10 + digits[1]) * 3600 + (digits[2] * 10 + digits[3]) * 60)
    default: return 0
    }
  }

  /// The index just after the seconds (or minutes) of the time of day in a stamp.
  static func timeEnd(_ bytes: [UInt8]) -> Int? {
    guard let firstColon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return nil }
    var index = firstColon + 1
    while index < bytes.count,
      (bytes[index] >= 48 && bytes[index] <= 57) || bytes[index] == UInt8(ascii: ":")
    {
      index += 1
    }
    return index
  }

  static func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
  static func format4(_ n: Int) -> String { String(repeating: "0", count: max(0, 4 - String(n).count)) + String(n) }

  /// (first date number, second date number, year, seconds of the day, whether the year came first).
  static func components(_ stamp: String) -> (Int, Int, Int, Int, Bool)? {
    // Numbers in order, read from the bytes: a date of three, then hours, minutes, seconds.
    var numbers: [Int] = []
    var current = -1
    var afternoon = false, morning = false
    var previous: UInt8 = 0
    for byte in stamp.asciiDigits.utf8 {
      if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        // No part of a date or time has more than 9 digits: a longer one is not a stamp.
        guard current < 100_000_000 else { return nil }
        current = (current < 0 ? 0 : current * 10) + Int(byte - UInt8(ascii: "0"))
      } else {
        if current >= 0 { numbers.append(current) }
        current = -1
        // Fractions of a second and offsets end the part that matters.
        if numbers.count >= 5 && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")) {
          break
        }
        if numbers.count >= 3 && byte == UInt8(ascii: "Z") { break }
        if (byte | 0x20) == UInt8(ascii: "m") {
          if (previous | 0x20) == UInt8(ascii: "p") { afternoon = true }
          if (previous | 0x20) == UInt8(ascii: "a") { morning = true }
        }
      }
      previous = byte
    }
    if current >= 0 { numbers.append(current) }
    guard numbers.count >= 3 else { return nil }
    let yearFirst = numbers[0] > 31
    let (first, second, year) = yearFirst ? (numbers[1], numbers[2], numbers[0]) : (numbers[0], numbers[1], numbers[2])
    var seconds = 0
    if numbers.count >= 5 {
      var hour = numbers[3]
      guard hour < 24, numbers[4] < 60 else { return nil }
      if afternoon && hour < 12 { hour += 12 }
      if morning && hour == 12 { hour = 0 }
      seconds = hour * 3600 + numbers[4] * 60 + (numbers.count > 5 ? min(numbers[5], 59) : 0)
    } else if numbers.count == 4 {
      return nil
    }
    return (first, second, year < 100 ? year + 2000 : year, seconds, yearFirst)
  }
}
