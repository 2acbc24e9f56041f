import ConveneCore

/// Dates stored as serial numbers: days since the workbook's epoch, the time of day as the
/// fraction. In the 1900 system day 1 is 1900-01-01 and day 60 the 29 February 1900 that
/// never was (Lotus 1-2-3's leap-year bug, kept by Excel); in the 1904 system day 0 is
/// 1904-01-01.
enum ExcelDate {
  /// 9999-12-31, the last day Excel shows.
  static let lastSerial = 2_958_465.0

  /// The ISO text of `serial` (`2027-03-05`, `14:02:11` or `2027-03-05 14:02:11`), or nil
  /// when it is not a date Excel would show.
  static func text(serial: Double, kind: NumberFormat.Kind, uses1904: Bool) -> String? {
    guard serial.isFinite, serial >= 0, serial <= lastSerial else { return nil }
    let seconds = (serial * 86_400).rounded()
    var day = Int(seconds / 86_400)
    let secondOfDay = Int(seconds) - day * 86_400
    let time = clock(secondOfDay)
    if kind == .time { return time }
    let date: String
    if uses1904 {
      date = civil(daysSince1970: day - 24_107)
    } else {
      guard day >= 1 else { return nil }
      if day == 60 {
        date = "1900-02-29"
      } else {
        if day < 60 { day += 1 }
        date = civil(daysSince1970: day - 25_569)
      }
    }
    // A cell shown as a date may hold a time (KoboToolbox's 18:00 in a `d mmmm yyyy` column):
    // it is part of the answer, so it is kept.
    return kind == .date && secondOfDay == 0 ? date : "\(date) \(time)"
  }

  static func clock(_ second: Int) -> String {
    "\(twoDigits(second / 3600)):\(twoDigits(second / 60 % 60)):\(twoDigits(second % 60))"
  }

  /// The proleptic Gregorian date `days` after 1970-01-01, as `yyyy-MM-dd`.
  static func civil(daysSince1970 days: Int) -> String {
    LocalDate(daysSinceEpoch: days).description
  }

  static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
