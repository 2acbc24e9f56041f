import ConveneCore
import Foundation

extension LocalDate {
  /// Today's date on this computer, in its time zone: the commands that judge or date things
  /// by the day (`init`, `check`, `plan`, `letters`) read the clock here, and pass the date on.
  static var today: LocalDate {
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
      ?? LocalDate(daysSinceEpoch: 0)
  }
}
