/// A span of time in a list cell: `2027-03-09 09:00-12:00`, `day2 09:00-12:00`, a whole day
/// (`2027-03-09`, `day2`), the same hours every day (`09:00-12:00`), or a tag, alone or after a
/// day (`morning`, before 12:00; `afternoon`, from 12:00; `evening`, from 18:00; `day1 morning`).
public struct TimeWindow: Sendable, Hashable, CustomStringConvertible {
  /// The day, or nil for every day.
  public var day: DayReference?
  /// The first minute, or nil for the start of the day.
  public var start: TimeOfDay?
  /// The end, or nil for the end of the day.
  public var end: TimeOfDay?
  /// The tag it was written as, if any.
  public var tag: String?

  /// Creates a window.
  public init(
    day: DayReference? = nil, start: TimeOfDay? = nil, end: TimeOfDay? = nil, tag: String? = nil
  ) {
    self.day = day
    self.start = start
    self.end = end
    self.tag = tag
  }

  /// Parses one window; nil when the text is none of the forms above or the end is not
  /// after the start.
  public init?(_ text: String) {
    let words = text.trimmed.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    if let last = words.last, let (start, end) = Self.tags[last.lowercased()], words.count <= 2 {
      var day: DayReference?
      if words.count == 2 {
        guard let reference = DayReference(words[0]) else { return nil }
        day = reference
      }
      self.init(day: day, start: start, end: end, tag: last.lowercased())
      return
    }
    var day: DayReference?
    var hours: String?
    switch words.count {
    case 1:
      if let reference = DayReference(words[0]) { day = reference } else { hours = words[0] }
    case 2:
      guard let reference = DayReference(words[0]) else { return nil }
      day = reference
      hours = words[1]
    default: return nil
    }
    guard let hours else {
      self.init(day: day)
      return
    }
    let bounds = hours.split(separator: "-").map(String.init)
    guard bounds.count == 2, let start = TimeOfDay(bounds[0]), let end = TimeOfDay(bounds[1]),
      start < end
    else { return nil }
    self.init(day: day, start: start, end: end)
  }

  /// The hours each tag stands for.
  static let tags: [String: (TimeOfDay?, TimeOfDay?)] = [
    "morning": (nil, TimeOfDay(hour: 12)), "afternoon": (TimeOfDay(hour: 12), nil),
    "evening": (TimeOfDay(hour: 18), nil),
  ]

  public var description: String {
    if let tag { return day.map { "\($0) \(tag)" } ?? tag }
    var parts: [String] = []
    if let day { parts.append(day.description) }
    if start != nil || end != nil {
      parts.append("\(start ?? TimeOfDay(minutes: 0))-\(end ?? TimeOfDay(minutes: 1440))")
    }
    return parts.joined(separator: " ")
  }
}
