/// Reads the submission times form tools write (`2027-01-15T07:32:11.000+03:00` from
/// KoboToolbox, `2027/01/15 10:32:11 AM GMT+3`, `15/01/2027 10:32:11` or `1/15/2027 10:32:11`
/// from Google Forms) into keys that sort in time order.
enum SubmissionTime {
  /// Sort keys for every stamp, or nil when any is missing or unreadable. Day-first or
  /// month-first is decided for the whole file: month-first only when some stamp cannot be
  /// day-first.
  static func sortKeys(_ stamps: [String?]) -> [String]? {
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

  static func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
  static func format4(_ n: Int) -> String { String(repeating: "0", count: max(0, 4 - String(n).count)) + String(n) }

  /// (first date number, second date number, year, seconds of the day, whether the year came first).
  static func components(_ stamp: String) -> (Int, Int, Int, Int, Bool)? {
    // Numbers in order, read from the bytes: a date of three, then hours, minutes, seconds.
    var numbers: [Int] = []
    var current = -1
    var afternoon = false, morning = false
    var previous: UInt8 = 0
    for byte in stamp.utf8 {
      if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
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
