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
  /// backslash escapes and bracketed sections (colours `[Red]`, conditions `[>=100]`, locale
  /// tags `[$-409]`, `[$-es-ES]`, `[$-x-sysdate]`) are skipped; `y` or `d` make a date, `h`
  /// or `s` a time; `m` alone is a month. Only a bracket holding nothing but one repeated
  /// `h`, `m` or `s` (`[h]`, `[mm]`, `[ss]`) is a code: elapsed time.
  static func kind(code: String) -> Kind {
    var date = false
    var time = false
    var inQuotes = false
    var bracket: String?
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
      if let inside = bracket {
        if character == "]" {
          if isElapsedTime(inside) { time = true }
          bracket = nil
        } else {
          bracket = inside + String(character)
        }
        continue
      }
      switch character {
      case ";": return result(date: date || month && !time, time: time)
      case "\"": inQuotes = true
      case "\\", "_", "*": escaped = true
      case "[": bracket = ""
      case "y", "d": date = true
      case "h", "s": time = true
      case "m": month = true
      default: break
      }
    }
    return result(date: date || month && !time, time: time)
  }

  /// `h`, `hh`, `mm`, `ss`: the elapsed hours, minutes or seconds of a duration.
  private static func isElapsedTime(_ bracket: String) -> Bool {
    guard let first = bracket.first, "hms".contains(first) else { return false }
    return bracket.allSatisfy { $0 == first }
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
