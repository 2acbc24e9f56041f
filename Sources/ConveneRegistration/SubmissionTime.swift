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
    let text = stamp.trimmed.uppercased()
    let dateEnd = text.firstIndex(where: { $0 == " " || $0 == "T" }) ?? text.endIndex
    let dateParts = text[..<dateEnd].split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).compactMap { Int($0) }
    guard dateParts.count == 3 else { return nil }
    let yearFirst = dateParts[0] > 31
    let (first, second, year) = yearFirst ? (dateParts[1], dateParts[2], dateParts[0]) : (dateParts[0], dateParts[1], dateParts[2])
    var seconds = 0
    let rest = text[dateEnd...].dropFirst()
    let timeText = rest.prefix(while: { $0.isNumber || $0 == ":" || $0 == "." })
    if !timeText.isEmpty {
      let numbers = timeText.split(separator: ":").map { Int(Double($0) ?? -1) }
      guard numbers.count >= 2, numbers.allSatisfy({ $0 >= 0 }) else { return nil }
      var hour = numbers[0]
      if rest.contains("PM") && hour < 12 { hour += 12 }
      if rest.contains("AM") && hour == 12 { hour = 0 }
      seconds = hour * 3600 + numbers[1] * 60 + (numbers.count > 2 ? numbers[2] : 0)
    }
    return (first, second, year < 100 ? year + 2000 : year, seconds, yearFirst)
  }
}
