/// Whether a cell's number format shows its number as a date, a time of day, both, or a
/// plain number: Excel stores dates as numbers and tells them apart only by their format.
enum NumberFormat {
  enum Kind: Equatable {
    case number, date, time, dateTime
  }

  /// Excel's built-in formats (ids 14-22 and 45-47, and the East Asian date formats 27-36
  /// and 50-58), then a workbook's own format code.
  static func kind(id: Int, code: String?) -> Kind {
    switch id {
    case 14...17, 27...31, 34...36, 50...58: return .date
    case 18...21, 32, 33, 45...47: return .time
    case 22: return .dateTime
    default: return code.map(kind(code:)) ?? .number
    }
  }

  /// Reads a format code's first section (the one for positive numbers): quoted text,
  /// backslash escapes and bracketed colours or locales (`[Red]`, `[$-409]`) are skipped;
  /// `y` or `d` make a date, `h` or `s` a time (`[h]` elapsed hours too); `m` alone is a month.
  static func kind(code: String) -> Kind {
    var date = false
    var time = false
    var inQuotes = false
    var inBrackets = false
    var escaped = false
    var month = false
    for character in code.lowercased() {
      if escaped {
        escaped = false
        continue
      }
      if inQuotes {
        if character == "\"" { inQuotes = false }
        continue
      }
      if inBrackets {
        if character == "]" { inBrackets = false }
        if character == "h" || character == "s" { time = true }
        continue
      }
      switch character {
      case ";": return result(date: date || month && !time, time: time)
      case "\"": inQuotes = true
      case "\\", "_", "*": escaped = true
      case "[": inBrackets = true
      case "y", "d": date = true
      case "h", "s": time = true
      case "m": month = true
      default: break
      }
    }
    return result(date: date || month && !time, time: time)
  }

  private static func result(date: Bool, time: Bool) -> Kind {
    switch (date, time) {
    case (true, true): .dateTime
    case (true, false): .date
    case (false, true): .time
    case (false, false): .number
    }
  }
}
